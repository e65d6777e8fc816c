"""Review-screen corrections (articles.desk): each changes the articles as an editor expects, and a
re-parse (or an import with --replace) keeps the result. The page is invented; the tests find lines by
their text, so they hold whatever the parser makes of the page."""
import datetime

import pytest

from articles.alignment import compact
from articles.desk import NEW, DeskError, mark_furniture, merge_with_next, move_lines, page_lines, split_article
from articles.desk_page import correct_page_metadata, mark_reviewed, next_in_queue
from articles.models import Article, DismissedArticle, Page
from articles.reparse import reparse_page
from conftest import run_import, stored_page

pytestmark = pytest.mark.django_db

RAW = """江城日报  2024年5月6日  第3版 经济

春 耕 时 节 农 机 忙
——我市推进农业机械化纪实
本报记者 李 明

五月的江城，田间地头一派繁忙景象。记者在城郊
的几个村看到，插秧机、旋耕机来回穿梭。

“今年我们合作社新添了三台插秧机。”种粮大户王
建国说，“效率比人工高多了。”据统计，全市农机总动力较去年增长，主要

第 37 页

农作物耕种收综合机械化率达到七成以上。

记者还了解到，区农业农村委副主任赵刚表示，今年将新建
农机服务中心五个，服务面积覆盖全区主要产粮镇街。

小店经济添活力
连日来，城区各条街道的小店生意红火。
店主们表示，客流明显增加。
"""


# the page as a parser once cut it: two stories as one, the second one's headline inside the body, a PDF
# footer inside a sentence
PARSED = [{
    "title": "春耕时节农机忙", "subtitles": ["——我市推进农业机械化纪实"], "byline": "本报记者 李明", "source": "本报",
    "body": "五月的江城，田间地头一派繁忙景象。记者在城郊的几个村看到，插秧机、旋耕机来回穿梭。\n"
            "“今年我们合作社新添了三台插秧机。”种粮大户王建国说，“效率比人工高多了。”据统计，全市农机总动力较去年增长，"
            "主要第37页农作物耕种收综合机械化率达到七成以上。\n"
            "记者还了解到，区农业农村委副主任赵刚表示，今年将新建农机服务中心五个，服务面积覆盖全区主要产粮镇街。\n"
            "小店经济添活力连日来，城区各条街道的小店生意红火。\n店主们表示，客流明显增加。",
    "persons": [("李明", "记者"), ("王建国", "mentioned"), ("赵刚", "mentioned")],
}]


@pytest.fixture
def page(db):
    return stored_page(RAW, PARSED, "jiangcheng-3.txt")


@pytest.fixture
def imported(tmp_path):
    """The page imported from a file (the metadata tests import it again)."""
    path = tmp_path / "jiangcheng-3.txt"
    path.write_text(RAW, encoding="utf-8")
    code, out, err = run_import(path)
    assert code == 0, err
    return Page.objects.get()


def line_of(page, text) -> int:
    return next(n for n, line in enumerate(RAW.split("\n"), start=1) if text in line)


def articles(page):
    """What a reader sees of the page: (headline, byline, body) in order."""
    return [(a.headline, a.byline, a.body) for a in Article.objects.filter(page=page).order_by("order")]


def edited(page):
    return [(a.headline, a.byline, a.body) for a in Article.objects.filter(page=page, edited=True).order_by("order")]


def survives_reparse(page):
    """What the editor made of the page is what `reparse` leaves too, and no re-cut text comes back twice."""
    page.refresh_from_db()
    before = edited(page)
    assert before
    reparse_page(page)
    assert edited(page) == before
    sentences = [s for a in Article.objects.filter(page=page) for s in compact(a.body).split("。") if s]
    assert len(sentences) == len(set(sentences)), "a sentence is on the page twice"
    return before


def owner(page, number):
    line = page_lines(page)[number - 1]
    return Article.objects.get(pk=line.main.key) if line.main else None


def test_split_at_a_line_makes_two_articles_and_reparse_keeps_them(page):
    story = owner(page, line_of(page, "五月的江城"))
    cut = line_of(page, "记者还了解到")
    split_article(story, cut)
    first, second = Article.objects.filter(page=page).order_by("order")[:2]
    assert first.title == story.title and first.body.endswith("达到七成以上。")
    assert second.body.startswith("记者还了解到") and not second.title
    assert first.edited and second.edited
    assert compact(first.body + second.body) == compact(story.body)
    assert list(second.mentions.values_list("person__name", flat=True)) == ["赵刚"]
    assert "李明" in first.mentions.values_list("person__name", flat=True)
    assert DismissedArticle.objects.get().reason.startswith(f"在第{cut}行拆分")
    survives_reparse(page)


def test_split_outside_the_body_is_refused(page):
    story = owner(page, line_of(page, "五月的江城"))
    with pytest.raises(DeskError):
        split_article(story, line_of(page, "春 耕"))


def test_merge_with_next_keeps_both_texts_and_the_second_headline_as_body(page):
    story = owner(page, line_of(page, "五月的江城"))
    split_article(story, line_of(page, "记者还了解到"))  # two stories now: merge them back
    first = Article.objects.filter(page=page).order_by("order").first()
    merge_with_next(first)
    merged = Article.objects.filter(page=page).order_by("order").first()
    assert merged.pk == first.pk and compact(merged.body) == compact(story.body)
    assert set(merged.mentions.values_list("person__name", flat=True)) >= {"李明", "王建国", "赵刚"}
    survives_reparse(page)


def starts_an_article(page, number):
    """Split the article holding line `number` there, unless it already starts one (two stories as one)."""
    story = owner(page, number)
    try:
        split_article(story, number)
    except DeskError:
        pass
    return owner(page, number)


def test_lines_made_a_headline_leave_the_body_they_were_glued_to(page):
    shops = line_of(page, "小店经济添活力")
    story = starts_an_article(page, shops)
    move_lines(page, shops, shops, story.pk, "headline")
    story.refresh_from_db()
    assert story.title == "小店经济添活力" and story.body.startswith("连日来")
    survives_reparse(page)


def test_lines_moved_to_a_new_article(page):
    first = line_of(page, "记者还了解到")
    count = Article.objects.filter(page=page).count()
    move_lines(page, first, first + 1, NEW, "body")
    texts = articles(page)
    assert len(texts) == count + 1 and texts[1][2].startswith("记者还了解到")  # right after the story it left
    assert "记者还了解到" not in texts[0][2] and "七成以上。" in texts[0][2]
    survives_reparse(page)


def test_a_byline_line_moved_into_the_byline_names_its_author(page):
    number = line_of(page, "记者还了解到")
    story = owner(page, number)
    split_article(story, number)
    second = Article.objects.filter(page=page).order_by("order")[1]
    move_lines(page, line_of(page, "本报记者"), line_of(page, "本报记者"), second.pk, "byline")
    second.refresh_from_db()
    assert second.byline == "本报记者 李明" and second.source == "本报"
    assert second.mentions.filter(person__name="李明", role="记者").exists()
    survives_reparse(page)


def test_a_page_footer_inside_a_sentence_is_marked_furniture(page):
    footer = line_of(page, "第 37 页")
    story = owner(page, footer)
    mark_furniture(page, footer)
    story.refresh_from_db()
    assert "第37页" not in story.body and "去年增长，主要农作物耕种收" in story.body
    assert owner(page, footer) is None
    survives_reparse(page)


def test_a_line_in_no_article_cannot_be_marked(page):
    with pytest.raises(DeskError):
        mark_furniture(page, 2)


def test_page_metadata_corrected_and_kept_by_reparse_and_replace(imported, tmp_path):
    page = imported
    correct_page_metadata(page, "江城晚报", datetime.date(2024, 5, 7), 5, "要闻")
    page.refresh_from_db()
    assert (page.issue.newspaper.name, page.issue.date, page.number, page.section) == \
        ("江城晚报", datetime.date(2024, 5, 7), 5, "要闻")
    reparse_page(page)
    path = tmp_path / "jiangcheng-3.txt"
    path.write_text(RAW.replace("客流明显增加", "客流增加明显"), encoding="utf-8")
    code, out, err = run_import(path, "--replace")
    assert code == 0, err
    assert Page.objects.count() == 1
    page.refresh_from_db()
    assert (page.issue.newspaper.name, page.number, page.section) == ("江城晚报", 5, "要闻")


def test_metadata_taking_another_page_slot_is_refused(imported, tmp_path):
    page = imported
    other = tmp_path / "other.txt"
    other.write_text(RAW.replace("第3版", "第4版").replace("小店", "大店"), encoding="utf-8")
    run_import(other)
    with pytest.raises(DeskError, match="已有此版次"):
        correct_page_metadata(page, "江城日报", datetime.date(2024, 5, 6), 4, "经济")


def test_a_reviewed_page_leaves_the_queue_and_reparse_does_not_put_it_back(imported):
    page = imported
    Article.objects.filter(page=page).update(needs_review=True, review_reasons=["未找到标题"])
    assert list(Page.objects.review_queue()) == [page]
    mark_reviewed(page)
    assert not Page.objects.review_queue().exists() and next_in_queue(page) is None
    reparse_page(page)
    assert not Page.objects.review_queue().exists()


def test_headline_parts_typed_by_the_editor_survive_reparse(page):
    from articles.desk_page import correct_headline

    story = owner(page, line_of(page, "五月的江城"))
    correct_headline(story, "引题：农忙时节", "春耕时节农机忙", ["——我市推进农业机械化纪实"], "本报记者 李明")
    story.refresh_from_db()
    assert (story.kicker, story.title, story.edited) == ("引题：农忙时节", "春耕时节农机忙", True)
    survives_reparse(page)
