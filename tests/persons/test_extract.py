"""The person-name extractor on sentences written for these tests (invented names)."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from articles.parsing.persons import find_mentions, find_persons, mentions_as_json, title_before

ROOT = Path(__file__).resolve().parents[2]


def names(text):
    return [p.name for p in find_mentions(text)]


def pairs(text):
    return [(p.name, p.title) for p in find_persons(text)]


def test_name_broken_across_lines_is_one_name():
    text = "参加座谈的有王建\n国、刘晓梅等同志。"
    assert names(text) == ["王建国", "刘晓梅"]


def test_spaced_out_name_is_one_name():
    assert names("（记者 孙 涛）昨天下午，会议在北碚召开。") == ["孙涛"]


def test_names_in_a_credit_line_stay_apart():
    assert names("本报记者 马丽娟 郑志强 周敏") == ["马丽娟", "郑志强", "周敏"]


def test_enumeration():
    text = "获奖者邓海波、魏春燕、蒋文杰、石磊分别发言。"
    assert names(text) == ["邓海波", "魏春燕", "蒋文杰", "石磊"]


def test_title_right_before_the_name():
    assert pairs("县委书记冯志远主持会议并讲话。") == [("冯志远", "县委书记")]


def test_title_with_several_posts():
    text = "会上，市委常委、组织部部长丁雅琴作动员讲话。"
    assert pairs(text) == [("丁雅琴", "市委常委、组织部部长")]


def test_title_after_a_verb_starts_after_it():
    text = "出席会议的有省交通运输厅副厅长汪国平。"
    assert pairs(text) == [("汪国平", "省交通运输厅副厅长")]


def test_title_after_the_name_is_not_taken():
    refs = find_persons("韩立新书记在调研时强调，要抓好秋粮收购。")
    assert [(p.name, p.title) for p in refs] == [("韩立新", None)]


def test_bare_title_is_not_a_name():
    assert names("总书记的嘱托，大家牢记在心。") == []


def test_list_under_one_title_gives_it_to_the_first_name_only():
    assert pairs("镇领导曹永胜、潘丽华参加活动。") == [("曹永胜", "镇领导"), ("潘丽华", None)]


def test_title_goes_to_each_name_in_a_list_of_posts():
    text = "区委书记廖文斌、区长彭晓东出席。"
    assert pairs(text) == [("廖文斌", "区委书记"), ("彭晓东", "区长")]


def test_compound_surname():
    assert pairs("省政协副主席司马文韬出席开幕式。") == [("司马文韬", "省政协副主席")]
    assert names("欧阳春晓表示，明年还会再来。") == ["欧阳春晓"]


def test_byline_role_is_not_a_title():
    text = "本报讯（记者 林晓雯）昨日，一场招聘会在江北举行。"
    assert pairs(text) == [("林晓雯", None)]


def test_editor_credits():
    assert names("责编 龚佳音 美编 严浩") == ["龚佳音", "严浩"]


def test_place_named_after_a_person_is_not_a_person():
    assert names("中山市的游客越来越多。") == []
    assert names("游客们来到黄家坪村参观果园。") == []


def test_organisation_named_after_a_person_is_not_a_person():
    assert names("李宁公司发布了新一季的产品。") == []


def test_common_words_jieba_tags_as_names_are_dropped():
    text = "这份祝福令人感动，孩子们明白了友谊的可贵。"
    assert names(text) == []


def test_places_in_a_list_are_not_persons():
    assert names("来自江津、綦江、巫山等区县的代表参加。") == []


def test_foreign_name_with_a_dot():
    assert names("美国作家约翰·史密斯说，他喜欢重庆。") == ["约翰·史密斯"]


def test_mentions_repeat_but_persons_do_not():
    text = "区长彭晓东说，要抓落实。彭晓东要求各部门加强协作。"
    assert names(text) == ["彭晓东", "彭晓东"]
    assert pairs(text) == [("彭晓东", "区长")]


def test_positions_point_into_the_original_text():
    text = "会议由\n副县长 汤\n建华主持。"
    (ref,) = find_mentions(text)
    assert ref.name == "汤建华"
    assert text[ref.position] == "汤"


def test_title_before_reads_back_to_the_clause():
    text = "昨天，市教委主任郭明出席。"
    assert title_before(text, text.index("郭明")) == "市教委主任"
    assert title_before("他和郭明", 2) is None


def test_json_line():
    assert json.loads(mentions_as_json("区委书记冯志远讲话\n")) == [{"name": "冯志远", "title": "区委书记"}]


@pytest.mark.parametrize("text", ["", "   ", "2024年3月5日", "。。。"])
def test_nothing_in_empty_or_nameless_text(text):
    assert find_mentions(text) == []


def test_cli_prints_one_line_per_input_line():
    lines = "区委书记冯志远讲话\n\n今天天气很好\n邓海波、魏春燕发言\n"
    done = subprocess.run([sys.executable, "-m", "articles.parsing.persons"], input=lines, text=True,
                          capture_output=True, cwd=ROOT, check=True)
    out = done.stdout.splitlines()
    assert len(out) == 4
    assert [json.loads(x) for x in out] == [
        [{"name": "冯志远", "title": "区委书记"}], [], [],
        [{"name": "邓海波", "title": None}, {"name": "魏春燕", "title": None}],
    ]


@pytest.mark.skipif(not (ROOT / "manage.py").exists(), reason="the Django project is not there")
def test_management_command_prints_one_line_per_input_line():
    done = subprocess.run([sys.executable, "manage.py", "extract_persons"], input="县委书记冯志远讲话\n\n", text=True,
                          capture_output=True, cwd=ROOT, check=True)
    assert [json.loads(x) for x in done.stdout.splitlines()] == [[{"name": "冯志远", "title": "县委书记"}], []]


def test_find_persons_lists_a_name_again_when_its_post_clearly_differs():
    from articles.parsing.persons import find_persons

    text = ("省交通厅规划处处长孙立新介绍了路网规划。孙立新说，明年将开工三个项目。"
            "省卫健委医政处处长孙立新表示，将加强基层医疗服务。")
    found = [(p.name, p.title) for p in find_persons(text)]
    assert found == [("孙立新", "省交通厅规划处处长"), ("孙立新", "省卫健委医政处处长")]


def test_a_title_keeps_a_company_name_holding_a_function_character():
    from articles.parsing.persons import find_persons
    found = find_persons("青石同禾食品有限公司董事长柯明远作为企业代表发言。")
    assert [(p.name, p.title) for p in found] == [("柯明远", "青石同禾食品有限公司董事长")]
    found = find_persons("市委书记同县长钟林交谈。")
    assert [(p.name, p.title) for p in found] == [("钟林", "县长")]


def test_letter_spaced_name_inside_running_text():
    from articles.parsing.persons import find_mentions
    assert [m.name for m in find_mentions("会议由柯 明 远同志主持。")] == ["柯明远"]
    assert [m.name for m in find_mentions("本报记者 柯南 何小溪")] == ["柯南", "何小溪"]


def test_a_verb_jieba_glued_to_the_last_given_character():
    from articles.parsing.persons import find_mentions
    assert [m.name for m in find_mentions("街道办事处主任李鹏程说，游客多了。")] == ["李鹏程"]


def test_a_broad_title_fits_any_post_of_the_same_name():
    from articles.parsing.persons import titles_compatible
    assert titles_compatible("县委副书记、县长", "县领导") and titles_compatible("区领导", "区委副书记")
    assert not titles_compatible("市生态环境局水生态环境处处长", "市经信委规划投资处处长")


def test_on_a_cleaned_page_each_line_is_a_unit_of_its_own():
    from articles.parsing.persons import find_persons
    text = "走好绿色发展之路\n清晨6点，护林员柯明远已经出发。\n以科技创新赋能乡村振兴\n全国政协委员、青石大学副校长钟林说。"
    found = [(p.name, p.title) for p in find_persons(text, paragraphs=True)]
    assert found == [("柯明远", "护林员"), ("钟林", "全国政协委员、青石大学副校长")]
    # raw text (a sentence broken over lines) still joins across the break
    assert [p.name for p in find_persons("区委书记柯明\n远出席。")] == ["柯明远"]


def test_a_party_group_member_is_a_post():
    from articles.parsing.persons import find_persons
    found = find_persons("副区长柯南、钟林，区政府党组成员何小溪出席。")
    assert [(p.name, p.title) for p in found] == [("柯南", "副区长"), ("钟林", None), ("何小溪", "区政府党组成员")]
