"""Person identity: one Person per real individual, same-name different-post split and flagged."""
import pytest

from articles.identity import SAME_NAME_REASON, resolve_person
from articles.parsing.persons import titles_compatible
from articles.models import Mention, Page, Person
from conftest import run_import

pytestmark = pytest.mark.django_db


def mention(person, title):
    page = Page.objects.first() or Page.objects.create(raw_text="x", sha256="0" * 64, source_name="x",
                                                        parser_version="t")
    Mention.objects.create(person=person, page=page, title=title or "")


def test_compatible_posts():
    assert titles_compatible("区委书记", "某某区委书记")
    assert titles_compatible("", "市长")
    assert not titles_compatible("市发展改革委规划处处长", "市交通局安全监督处处长")


def test_same_name_with_the_same_or_no_post_is_one_person():
    first = resolve_person("郑测试", "某市副市长")
    mention(first, "某市副市长")
    assert resolve_person("郑测试", "副市长") == first
    assert resolve_person("郑测试", None) == first
    assert Person.objects.count() == 1 and not first.needs_review


def test_same_name_with_different_posts_gives_two_flagged_persons():
    one = resolve_person("刘测试", "市发展改革委规划处处长")
    mention(one, "市发展改革委规划处处长")
    two = resolve_person("刘测试", "市交通局安全监督处处长")
    assert one != two
    one.refresh_from_db()
    assert one.needs_review and two.needs_review and SAME_NAME_REASON in two.review_reasons


def test_the_same_reporter_across_pages_is_one_person(tmp_path):
    for n, story in enumerate(["某区召开防汛工作会议", "某镇举办农民丰收节"], start=1):
        (tmp_path / f"p{n}.txt").write_text(
            f"本报讯 （记者 欧阳测试）{story}，{story}的有关情况如下。\n\n{story}\n", encoding="utf-8")
        assert run_import(tmp_path / f"p{n}.txt", "--newspaper", "某报", "--date", "2022-01-0%d" % n,
                          "--page", "1")[0] == 0
    reporter = Person.objects.get(name="欧阳测试")
    assert reporter.mentions.filter(role="记者").count() == 2


def test_two_people_of_one_name_with_different_posts_in_one_article_stay_apart(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text(
        "本报讯 （记者 钱测试）日前，全市水务工作会召开。\n"
        "市水利局河湖管理处处长吴建明介绍了河长制落实情况。吴建明表示，将持续推进河湖治理。\n"
        "市财政局预算处处长吴建明说，今年已安排专项资金支持水利建设。\n\n"
        "全市水务工作会召开\n", encoding="utf-8")
    assert run_import(page, "--newspaper", "某报", "--date", "2022-02-02", "--page", "3")[0] == 0
    namesakes = Person.objects.filter(name="吴建明").order_by("id")
    assert [p.title for p in namesakes] == ["市水利局河湖管理处处长", "市财政局预算处处长"]
    assert all(p.needs_review for p in namesakes)
