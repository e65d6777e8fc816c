"""import_pages with metadata from paths: a crawl folder becomes real pages; the same text is one page."""
from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Page
from articles.parsing.parts import split_parts

from conftest import SEEDS, run_import

pytestmark = pytest.mark.django_db

CRAWL = "{date:%Y%m%d}-{page}-{order}.txt"
ARTICLES = {  # invented stories, one file each, as a web-edition crawl saves them
    "20240315-01-01.txt": "城区新建三座口袋公园\n本报讯（记者 王小明）近日，城区新建的三座口袋公园陆续开放，"
                          "市民在家门口就能散步健身。园林部门负责人介绍，今年还将新建五座。\n",
    "20240315-01-02.txt": "春耕备耕有序推进\n本报讯（记者 李大山）连日来，各乡镇抓住有利天气，组织农户开展春耕备耕，"
                          "农资供应充足，农机检修到位。\n",
    "20240315-01-03.txt": "广告\n",
    "20240315-02-01.txt": "社区食堂让老人吃上热乎饭\n本报讯（记者 赵青）城东社区食堂开业一个月，"
                          "每天为两百多位老人提供午餐，价格实惠，菜品每周更新。\n",
    "20240315-02-02.txt": "广告\n",
    "20240315-02-10.txt": "图书馆延长开放时间\n本报讯（记者 孙文）市图书馆自本周起延长开放时间至晚上九点，"
                          "方便上班族借阅图书、自习充电。\n",
    "20240316-01-01.txt": "夜市点亮老街烟火气\n本报讯（记者 钱多多）老街夜市重新开张，六十多个摊位每晚吸引上万市民。\n",
}


@pytest.fixture
def crawl(tmp_path):
    folder = tmp_path / "crawl"
    for name, text in ARTICLES.items():
        day = folder / name[:8]
        day.mkdir(parents=True, exist_ok=True)
        (day / name).write_text(text, encoding="utf-8")
    (folder / "20240315" / "20240315-02-03.txt").write_text(ARTICLES["20240315-02-01.txt"], encoding="utf-8")
    return folder


def titles(page):
    return list(page.articles.order_by("order").values_list("title", flat=True))


def test_a_crawl_folder_imports_into_assigned_pages_with_the_articles_in_file_order(crawl):
    code, out, err = run_import(crawl, "--newspaper", "山城日报", "--path-pattern", CRAWL)
    assert code == 0, err
    pages = {(str(p.issue.date), p.number): p for p in Page.objects.select_related("issue")}
    assert set(pages) == {("2024-03-15", 1), ("2024-03-15", 2), ("2024-03-16", 1)}
    assert all(p.issue.newspaper.name == "山城日报" and not p.needs_review for p in pages.values())
    assert titles(pages["2024-03-15", 1]) == ["城区新建三座口袋公园", "春耕备耕有序推进"]
    # order 10 after order 3: numbers, not names; the ad and the repeated file are no articles
    assert titles(pages["2024-03-15", 2]) == ["社区食堂让老人吃上热乎饭", "图书馆延长开放时间"]
    assert "note: 20240315-01-03.txt: skipped, advertisement only (广告)" in out
    assert "note: 20240315-02-03.txt: skipped, the same text as 20240315-02-01.txt" in out
    assert "date and page from the path" in out
    assert out.strip().splitlines()[-1].startswith("8 file(s) in 3 page(s): 3 imported | articles 5")
    # every file is kept in the page's text, in order
    parts = split_parts(pages["2024-03-15", 2].raw_text)
    assert [name for name, _ in parts] == ["20240315-02-01.txt", "20240315-02-02.txt", "20240315-02-03.txt",
                                           "20240315-02-10.txt"]


def test_the_same_crawl_again_is_unchanged_and_a_changed_file_reimports_its_page_only(crawl):
    run_import(crawl, "--newspaper", "山城日报", "--path-pattern", CRAWL)
    code, out, _ = run_import(crawl, "--newspaper", "山城日报", "--path-pattern", CRAWL)
    assert code == 0 and "3 unchanged" in out
    changed = crawl / "20240315" / "20240315-01-02.txt"
    changed.write_text("春耕备耕全面展开\n本报讯（记者 李大山）各乡镇春耕备耕全面展开，农资供应充足。\n", encoding="utf-8")
    code, _, err = run_import(crawl, "--newspaper", "山城日报", "--path-pattern", CRAWL)
    assert code == 1 and "use --replace" in err
    code, out, _ = run_import(crawl, "--newspaper", "山城日报", "--path-pattern", CRAWL, "--replace")
    assert code == 0 and "1 replaced, 2 unchanged" in out
    page = Page.objects.get(issue__date="2024-03-15", number=1)
    assert titles(page) == ["城区新建三座口袋公园", "春耕备耕全面展开"]
    assert Page.objects.count() == 3


def test_a_reparse_of_a_crawl_page_parses_each_file_as_the_import_did(crawl):
    run_import(crawl, "--newspaper", "山城日报", "--path-pattern", CRAWL)
    before = {p.pk: titles(p) for p in Page.objects.all()}
    Page.objects.update(parser_version="0")
    call_command("reparse", "--no-progress", stdout=StringIO())
    assert {p.pk: titles(p) for p in Page.objects.all()} == before


def test_a_file_outside_the_pattern_is_an_error_line_and_the_others_import(crawl):
    (crawl / "index.txt").write_text("目录\n一版 要闻\n", encoding="utf-8")
    code, out, err = run_import(crawl, "--newspaper", "山城日报", "--path-pattern", CRAWL)
    assert code == 1
    assert "index.txt: error: path does not match --path-pattern" in err
    assert Page.objects.count() == 3


def test_without_a_pattern_a_dated_folder_gives_date_and_page_and_says_so(tmp_path):
    day = tmp_path / "2024-03-15"
    day.mkdir()
    (day / "03-民生.txt").write_text(ARTICLES["20240315-02-01.txt"], encoding="utf-8")
    code, out, err = run_import(tmp_path, "--newspaper", "山城日报")
    assert code == 0, err
    page = Page.objects.get()
    assert (page.issue.newspaper.name, str(page.issue.date), page.number, page.section) == \
        ("山城日报", "2024-03-15", 3, "民生")
    assert "山城日报 2024-03-15 第3版" in out and "date, page and section from the path" in out


def test_a_dated_folder_given_itself_gives_the_date(tmp_path):
    day = tmp_path / "20240315"
    day.mkdir()
    (day / "02.txt").write_text(ARTICLES["20240315-02-01.txt"], encoding="utf-8")
    code, out, _ = run_import(day, "--newspaper", "山城日报")
    assert code == 0 and ": imported | 山城日报 2024-03-15 第2版" in out


def test_a_crawl_without_a_pattern_gets_a_hint(crawl):
    code, out, _ = run_import(crawl / "20240316")
    assert "hint: file names like 20240315-01-03.txt" in out and '"{date:%Y%m%d}-{page}-{order}.txt"' in out
    assert Page.objects.get().issue is None


def test_what_the_page_prints_wins_over_the_path_with_a_warning(tmp_path):
    day = tmp_path / "2024-03-15"
    day.mkdir()
    (day / "07.txt").write_bytes((SEEDS / "000_271eacad1fd7c2b4.txt").read_bytes())  # prints 重庆日报 2020-11-24 第2版
    code, out, err = run_import(tmp_path)
    assert code == 0, err
    page = Page.objects.get()
    assert (str(page.issue.date), page.number) == ("2020-11-24", 2)
    assert "warning: date from the path 2024-03-15, page prints 2020-11-24: the page wins" in out
    assert "warning: page from the path 7, page prints 2: the page wins" in out
    assert "from the path" not in out.splitlines()[0]  # nothing was taken from it


def test_same_text_with_other_metadata_is_a_conflict_naming_both_places(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text(ARTICLES["20240315-01-01.txt"], encoding="utf-8")
    assert run_import(page, "--newspaper", "山城日报", "--date", "2024-03-15", "--page", "1")[0] == 0
    code, out, err = run_import(page, "--newspaper", "山城日报", "--date", "2024-03-16", "--page", "1")
    assert code == 1
    assert ("the same text is already stored as 山城日报 2024-03-15 第1版" in err
            and "this file says 山城日报 2024-03-16 第1版: use --move" in err)
    assert Page.objects.count() == 1 and str(Page.objects.get().issue.date) == "2024-03-15"
    # a copy of the file elsewhere, unassigned but saying another date: a conflict too
    other = tmp_path / "2024-03-20"
    other.mkdir()
    (other / "05.txt").write_bytes(page.read_bytes())
    code, _, err = run_import(other / "05.txt")
    assert code == 1 and "this file says 报名未知 2024-03-20 第5版" in err
    # without metadata that disagrees, it is the same page
    code, out, _ = run_import(tmp_path / "p.txt")
    assert code == 0 and ": unchanged | 山城日报 2024-03-15 第1版" in out


def test_move_puts_the_page_where_the_import_says(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text(ARTICLES["20240315-01-01.txt"], encoding="utf-8")
    run_import(page, "--newspaper", "山城日报", "--date", "2024-03-15", "--page", "1")
    stored = Page.objects.get()
    code, out, err = run_import(page, "--newspaper", "山城日报", "--date", "2024-03-16", "--page", "4", "--move")
    assert code == 0, err
    assert ": moved | 山城日报 2024-03-16 第4版" in out and "note: moved from 山城日报 2024-03-15 第1版" in out
    moved = Page.objects.get()
    assert moved.pk == stored.pk and (str(moved.issue.date), moved.number) == ("2024-03-16", 4)
    assert moved.articles.get().issue_date.isoformat() == "2024-03-16"  # the articles' copy of the place follows
    # a taken place stays taken
    other = tmp_path / "q.txt"
    other.write_text(ARTICLES["20240316-01-01.txt"], encoding="utf-8")
    run_import(other, "--newspaper", "山城日报", "--date", "2024-03-15", "--page", "1")
    code, _, err = run_import(other, "--newspaper", "山城日报", "--date", "2024-03-16", "--page", "4", "--move")
    assert code == 1 and "already has a page 4" in err


def test_a_page_an_editor_placed_stays_where_the_editor_put_it(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text(ARTICLES["20240315-01-01.txt"], encoding="utf-8")
    run_import(page, "--newspaper", "山城日报", "--date", "2024-03-15", "--page", "1")
    stored = Page.objects.get()
    stored.number, stored.metadata_edited = 2, True
    stored.save()
    code, out, _ = run_import(page, "--newspaper", "山城日报", "--date", "2024-03-15", "--page", "1", "--move")
    assert code == 0 and ": unchanged | 山城日报 2024-03-15 第2版" in out and "where an editor put it" in out
