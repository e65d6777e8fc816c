"""bylines: every printed form gives authors with their role and the source."""
import pytest

from articles.parsing import parse_page
from articles.parsing.bylines import parse_byline, split_opening


def people(printed):
    authors, source = parse_byline(printed)
    return [(a.name, a.role) for a in authors], source


@pytest.mark.parametrize("printed, authors, source", [
    ("本报讯 （记者 柯南）", [("柯南", "记者")], "本报"),
    ("本报讯（记 者 甘\n露露）", [("甘露露", "记者")], "本报"),
    ("本报讯 （记者 柯 南 通讯员 钟林）", [("柯南", "记者"), ("钟林", "通讯员")], "本报"),
    ("□新华社记者 柯南 钟林 甘露露", [("柯南", "新华社记者"), ("钟林", "新华社记者"), ("甘露露", "新华社记者")], "新华社"),
    ("本报记者 柯南 钟林 甘露露 何小溪", [("柯南", "记者"), ("钟林", "记者"), ("甘露露", "记者"), ("何小溪", "记者")], "本报"),
    ("本报评论员", [], "本报"),
    ("（记者 何小溪）", [("何小溪", "记者")], None),
    ("（人民日报7月4日社论 新华社北京7月3日电）", [], "人民日报"),
    ("新华社北京 7 月 3 日电", [], "新华社"),
    # a name broken at the line end beside a letter-spaced two-character name
    ("本报讯 （记者 何小\n溪 柯 南）", [("何小溪", "记者"), ("柯南", "记者")], "本报"),
    ("（记者 钟林\n柯 南）", [("钟林", "记者"), ("柯南", "记者")], None),
    ("本报记者 柯\n小南 钟林", [("柯小南", "记者"), ("钟林", "记者")], "本报"),
    ("本报讯 （记者 柯 南 钟 林）", [("柯南", "记者"), ("钟林", "记者")], "本报"),
    ("本 报 讯 （ 记 者 柯 南 实 习 生 何 小 溪 ）", [("柯南", "记者"), ("何小溪", "实习生")], "本报"),
    ("（记者 上官\n小溪 通讯员 柯 南）", [("上官小溪", "记者"), ("柯南", "通讯员")], None),
    ("新华社北京7月3日电（记者 柯 南、何小溪）", [("柯南", "记者"), ("何小溪", "记者")], "新华社"),
    ("（经济日报7月4日评论员文章）", [], "经济日报"),
])
def test_byline_forms(printed, authors, source):
    assert people(printed) == (authors, source)


def test_opening_is_split_from_the_body_text():
    assert split_opening("本报讯（记 者 甘\n露露） 7 月 3 日，青石镇") == ("本报讯（记 者 甘\n露露）", "7 月 3 日，青石镇")
    assert split_opening("新华社北京 7 月 3 日电 7 月 3 日，某会议") == ("新华社北京 7 月 3 日电", "7 月 3 日，某会议")
    assert split_opening("本报记者从市电力公司获悉，") is None
    assert split_opening("经济日报北京4月1日讯（记者 熊一凡）记者从总局获悉") == ("经济日报北京4月1日讯（记者 熊一凡）", "记者从总局获悉")


def test_wrapped_credit_line_keeps_all_names_and_starts_the_next_body():
    text = ("（新华社北京7月3日电）\n"
            " □新华社记者 柯南 钟林\n甘露露 何小溪\n\n"
            "盛夏时节，青石镇的荷塘迎来了一年中最热闹的时候。\n")
    page = parse_page(text)
    art = page.articles[-1]
    assert [a.name for a in art.authors] == ["柯南", "钟林", "甘露露", "何小溪"]
    assert art.source == "新华社"
    assert art.byline == "□新华社记者 柯南 钟林 甘露露 何小溪"
    assert art.body.startswith("盛夏时节")


def test_closing_dateline_sets_source_and_leaves_the_body():
    page = parse_page("荷塘边的新变化让人惊喜。\n全镇的游客比去年多了一倍。\n（人民日报7月4日社论 新华社北京7月3日电）\n")
    art = page.articles[0]
    assert art.source == "人民日报" and art.authors == []
    assert "社论" not in art.body


def test_unnamed_commentator_gives_source_but_no_author():
    text = "稳住基本盘，就要把每一件小事办好。\n\n稳住基本盘\n\n本报评论员\n\n本报讯 （记者 柯南）7月3日，青石镇召开会议。\n"
    page = parse_page(text)
    first = page.articles[0]
    assert first.title == "稳住基本盘" and first.source == "本报" and first.authors == []
    assert [a.name for a in page.articles[1].authors] == ["柯南"]


def test_trailing_credit_on_the_last_line_is_taken_off():
    page = parse_page("●7月3日，青石镇荷花节开幕，游客三万余人次。（记者 何小溪）\n")
    art = page.articles[0]
    assert art.body == "●7月3日，青石镇荷花节开幕，游客三万余人次。"
    assert [a.name for a in art.authors] == ["何小溪"]


def test_single_name_on_the_credit_lines_second_line_is_an_author():
    text = ("（新华社北京7月3日电）\n"
            " □新华社记者 柯南 钟林\n甘露露\n\n"
            "盛夏时节，青石镇的荷塘迎来了一年中最热闹的时候。\n")
    art = parse_page(text).articles[-1]
    assert [(a.name, a.role) for a in art.authors] == [("柯南", "新华社记者"), ("钟林", "新华社记者"), ("甘露露", "新华社记者")]
    assert art.body.startswith("盛夏时节")


def test_spaced_out_opening_byline_is_recognised():
    page = parse_page(" 本 报 讯 （ 记 者 柯 南 ） 7 月 3 日 ， 青 石 镇 荷 花 节\n开 幕 ， 游 客 三 万 余 人 次 。\n")
    art = page.articles[0]
    assert [(a.name, a.role) for a in art.authors] == [("柯南", "记者")] and art.source == "本报"
    assert art.body == "7月3日，青石镇荷花节开幕，游客三万余人次。"


def test_name_broken_in_the_byline_is_one_name_for_the_persons_step():
    page = parse_page("本报讯 （记者 甘露\n露） 7月3日，青石镇荷花节开幕，游客三万余人次。\n")
    art = page.articles[0]
    assert art.byline == "本报讯 （记者 甘露露）"
    assert [a.name for a in art.authors] == ["甘露露"]
    assert "甘露" not in [p.name for p in art.persons]


def test_byline_is_stored_on_one_line_with_names_apart():
    page = parse_page("本报记者 柯南\n甘露露 何 小 溪\n\n7月3日，青石镇荷花节开幕，游客三万余人次。\n")
    assert page.articles[0].byline == "本报记者 柯南 甘露露 何小溪"


def test_closing_credit_broken_over_two_lines_is_taken_off():
    page = parse_page("■7月3日，青石镇开展防溺水宣传进村活动，发放资料三千余份。（通\n讯员 柯 南）\n\n"
                      "■7月2日，白沙河流域治理工程通过验收。（记者 钟林）\n")
    first = page.articles[0]
    assert first.body == "■7月3日，青石镇开展防溺水宣传进村活动，发放资料三千余份。"
    assert [(a.name, a.role) for a in first.authors] == [("柯南", "通讯员")]
    assert len(page.articles) == 2


def test_a_credit_line_with_the_names_run_on_is_a_credit_and_a_sentence_is_not():
    from articles.parsing.bylines import is_credit_line
    assert is_credit_line("本报记者宋雅楠") and is_credit_line("新华社记者张晓宇摄")
    assert is_credit_line("本报驻巴西记者  宋一鸣")
    assert not is_credit_line("本报记者从市教育局获悉") and not is_credit_line("记者调查")


def test_a_dateline_a_scan_misread_is_still_a_dateline():
    opening, text = split_opening("新华社杭州10月15曰 电（记者 蔡明远 周晓岚）记者15日从国家能源集团获悉")
    assert text == "记者15日从国家能源集团获悉"
    assert [a.name for a in parse_byline(opening)[0]] == ["蔡明远", "周晓岚"]


def test_a_column_name_led_by_a_role_word_is_the_next_headlines_kicker_not_a_byline():
    text = ("　　就业是大事，要以更大力度稳就业惠民生。\n　　本报评论员\n\n\n"
            "评论员观察\n数字赋能基层治理，既要“有数”更要“有度”\n\n\n"
            "　　本报记者　程朗\n　　网格员用手机随手拍上报问题，系统自动派单到责任部门。\n"
            "　　数字赋能基层治理，既要“有数”，也要“有度”。\n")
    page = parse_page(text)
    last = page.articles[-1]
    assert ((last.kicker or "") + last.title).replace(" ", "") == "评论员观察数字赋能基层治理，既要“有数”更要“有度”"
    assert all("观察" not in (a.byline or "") for a in page.articles)


@pytest.mark.parametrize("closing, source", [("（据新华社）", "新华社"), ("（据人民日报）", "人民日报"), ("（据新华\n社）", "新华社")])
def test_a_brief_credited_to_its_source_closes_it_and_names_the_source(closing, source):
    page = parse_page("财经简讯\n\n●今年以来已下达中央预算内投资超过4000亿元，重点支持产业项目建设。" + closing + "\n")
    brief = page.articles[-1]
    assert brief.body.endswith("产业项目建设。") and brief.source == source


def test_the_paper_named_by_a_publisher_footer_is_the_pages_paper():
    page = parse_page("荷花节开幕\n\n本报讯（记者 林一舟）5月12日，青石镇举行荷花节开幕式。\n\n"
                      "滨海商报社出版　新闻热线：96088　广告热线：0631-5208866\n")
    assert page.newspaper == "滨海商报"
