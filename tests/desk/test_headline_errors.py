"""Review-screen corrections of a headline the parser got wrong (the kinds the parsing issue lists): a
byline's role and name on their own lines glued to the headline, a citation line 《报》（日期 版次） glued
to it, and a body line taken as part of a headline. Each is fixed from the lines and kept by a re-parse."""
import pytest

from articles.alignment import compact
from articles.desk import mark_furniture, move_lines, page_lines
from articles.models import Article
from articles.reparse import reparse_page
from conftest import stored_page

pytestmark = pytest.mark.django_db

RAW = """春耕时节农机忙
本报记者
李 明
《江城日报》（2024年5月6日 第3版）

五月的江城，田间地头一派繁忙景象。记者在城郊
的几个村看到，插秧机、旋耕机来回穿梭。

全市农机总动力较去年增长，主要农作物耕种收综合机械化率达到七成以上。

小店经济添活力
连日来，城区各条街道的小店生意红火。
店主们表示，客流明显增加。
"""

# as a parser once cut it: byline lines and the citation glued to the first headline, the second story's
# opening sentence taken as its subtitle
PARSED = [
    {"title": "春耕时节农机忙本报记者李明", "subtitles": ["《江城日报》（2024年5月6日第3版）"],
     "body": "五月的江城，田间地头一派繁忙景象。记者在城郊的几个村看到，插秧机、旋耕机来回穿梭。\n"
             "全市农机总动力较去年增长，主要农作物耕种收综合机械化率达到七成以上。"},
    {"title": "小店经济添活力", "subtitles": ["连日来，城区各条街道的小店生意红火。"],
     "body": "店主们表示，客流明显增加。"},
]


@pytest.fixture
def page(db):
    return stored_page(RAW, PARSED, "spring.txt")


def line_of(text) -> int:
    return next(n for n, line in enumerate(RAW.split("\n"), start=1) if text in line)


def article_at(page, text) -> Article:
    line = page_lines(page)[line_of(text) - 1]
    return Article.objects.get(pk=line.main.key)


def kept_by_reparse(page):
    def edited():
        return [(a.headline, a.byline, a.body) for a in Article.objects.filter(page=page, edited=True).order_by("order")]

    before = edited()
    assert before
    reparse_page(page)
    assert edited() == before
    sentences = [s for a in Article.objects.filter(page=page) for s in compact(a.body).split("。") if s]
    assert len(sentences) == len(set(sentences)), "a sentence is on the page twice"


def test_the_lines_are_found_in_the_glued_headline(page):
    lines = page_lines(page)
    for text in ["本报记者", "李 明", "《江城日报》"]:
        assert lines[line_of(text) - 1].main.part == "headline"
    assert lines[line_of("连日来")].main.part == "body"


def test_byline_lines_glued_to_the_headline_become_its_byline(page):
    story = article_at(page, "五月的江城")
    move_lines(page, line_of("本报记者"), line_of("李 明"), story.pk, "byline")
    story.refresh_from_db()
    assert (story.title, story.byline, story.source) == ("春耕时节农机忙", "本报记者 李明", "本报")
    assert story.subtitles == ["《江城日报》（2024年5月6日第3版）"]
    assert story.mentions.filter(person__name="李明", role="记者").exists()
    mark_furniture(page, line_of("《江城日报》"))
    story.refresh_from_db()
    assert (story.title, story.subtitles, story.byline) == ("春耕时节农机忙", [], "本报记者 李明")
    assert story.body.startswith("五月的江城")
    kept_by_reparse(page)
    # however today's parser cuts the page, the editor's story stays first and the rest holds the other story
    first, *rest = Article.objects.filter(page=page).order_by("order")
    assert first.pk == story.pk
    assert "五月的江城" not in "".join(a.body for a in rest) and "店主们表示" in "".join(a.body for a in rest)


def test_a_citation_line_glued_to_the_headline_is_furniture(page):
    story = article_at(page, "五月的江城")
    mark_furniture(page, line_of("《江城日报》"))
    story.refresh_from_db()
    assert story.subtitles == [] and "江城日报" not in story.headline
    kept_by_reparse(page)


def test_a_body_line_taken_as_a_subtitle_goes_back_into_the_body(page):
    shops = article_at(page, "小店经济添活力")
    move_lines(page, line_of("连日来"), line_of("连日来"), shops.pk, "body")
    shops.refresh_from_db()
    assert (shops.title, shops.subtitles) == ("小店经济添活力", [])
    assert shops.body.replace("\n", "") == "连日来，城区各条街道的小店生意红火。店主们表示，客流明显增加。"
    kept_by_reparse(page)
