"""import_pages: seeds against the gold, idempotence, --replace, options, manifest, dry run."""
import json
import re
import shutil

import pytest

from articles.models import Article, Issue, Mention, Page, Person
from conftest import SEEDS, gold_of, run_import

pytestmark = pytest.mark.django_db


def squash(headline):
    """A headline without spaces and dashes, as the gold scorer compares them."""
    return re.sub(r"[\s—―-]+", "", headline)


def snapshot():
    return (Page.objects.count(), Article.objects.count(), Mention.objects.count(), Person.objects.count(),
            list(Page.objects.order_by("id").values_list("updated_at", flat=True)))


def test_every_seed_imports_with_the_metadata_and_headlines_of_the_gold(imported_seeds):
    for seed in imported_seeds:
        gold = gold_of(seed)
        page = Page.objects.get(source_name=seed.name)
        if gold["date"]:
            assert page.issue.newspaper.name == gold["newspaper"]
            assert page.issue.date.isoformat() == gold["date"]
            assert page.number == gold["page"]["number"]
        else:
            assert page.issue is None and page.needs_review
        assert page.section == (gold["page"]["section"] or "")
        editors = {(m.person.name, m.role) for m in page.mentions.filter(article=None)}
        assert editors == {(e["name"], e["role"]) for e in gold["page"]["editors"]}
        headlines = {squash(a.headline) for a in page.articles.all() if a.title}
        gold_headlines = [squash(" ".join([a["kicker"] or "", a["title"], *a["subtitles"]]))
                          for a in gold["articles"] if a["title"]]
        found = sum(h in headlines for h in gold_headlines)
        assert found >= 0.9 * len(gold_headlines), (seed.name, headlines, gold_headlines)
        assert abs(page.articles.count() - len(gold["articles"])) <= 1, seed.name


def test_reimporting_the_same_files_reports_unchanged_and_writes_nothing(imported_seeds):
    before = snapshot()
    code, out, _ = run_import(SEEDS)
    assert code == 0
    assert out.count(": unchanged") == len(imported_seeds)
    assert snapshot() == before


def test_changed_text_needs_replace_and_replace_keeps_edited_articles(db, seeds, tmp_path):
    page_file = tmp_path / seeds[0].name
    shutil.copy(seeds[0], page_file)
    assert run_import(page_file)[0] == 0
    page = Page.objects.get()
    edited = page.articles.exclude(title="").order_by("order").first()
    edited.title, edited.edited = "编辑改过的标题", True
    edited.save()
    untouched_count, old_sha = page.articles.count(), page.sha256

    page_file.write_text(page_file.read_text(encoding="utf-8") + "\n■本报一则新增简讯，测试用。\n", encoding="utf-8")
    code, _, err = run_import(page_file)
    assert code != 0 and page_file.name in err and "--replace" in err
    assert Page.objects.get().sha256 == old_sha

    code, out, _ = run_import(page_file, "--replace")
    assert code == 0 and ": replaced" in out and "编辑改过的标题" in out
    page.refresh_from_db()
    assert page.sha256 != old_sha
    assert page.articles.filter(title="编辑改过的标题", edited=True).count() == 1
    assert page.articles.count() == untouched_count + 1
    assert page.articles.filter(body__contains="新增简讯").exists()


def test_page_without_printed_metadata_is_unassigned_until_an_editor_completes_it(db):
    seed = next(s for s in sorted(SEEDS.glob("*.txt")) if gold_of(s)["date"] is None)
    assert run_import(seed)[0] == 0
    page = Page.objects.get()
    assert page.issue is None and page.needs_review and Issue.objects.count() == 0
    page.pending_newspaper, page.pending_date, page.number = "测试日报", "2022-06-02", 3
    page.full_clean()
    page.save()
    page.refresh_from_db()
    assert str(page.issue) == "测试日报 2022年06月02日" and page.number == 3 and not page.needs_review


def test_supplying_metadata_later_assigns_the_unassigned_page(db):
    seed = next(s for s in sorted(SEEDS.glob("*.txt")) if gold_of(s)["date"] is None)
    run_import(seed)
    code, out, _ = run_import(seed, "--newspaper", "测试日报", "--date", "2022-06-02", "--page", "1")
    assert code == 0 and ": assigned" in out
    assert Page.objects.get().issue.newspaper.name == "测试日报"


def test_options_apply_to_every_file_and_manifest_per_file(db, seeds, tmp_path):
    code, out, _ = run_import(seeds[1], "--newspaper", "甲报", "--date", "2021-01-02", "--page", "5",
                              "--section", "综合")
    assert code == 0
    page = Page.objects.get(source_name=seeds[1].name)
    assert (page.issue.newspaper.name, str(page.issue.date), page.number, page.section) == \
        ("甲报", "2021-01-02", 5, "综合")

    csv_manifest = tmp_path / "pages.csv"
    csv_manifest.write_text(f"file,newspaper,date,page\n{seeds[2]},乙报,2021-03-04,7\n", encoding="utf-8")
    assert run_import(seeds[2], "--manifest", csv_manifest)[0] == 0
    page = Page.objects.get(source_name=seeds[2].name)
    assert (page.issue.newspaper.name, page.number) == ("乙报", 7)

    json_manifest = tmp_path / "pages.json"
    json_manifest.write_text(json.dumps({seeds[3].name: {"newspaper": "丙报", "date": "2021-05-06", "page": 2}}),
                             encoding="utf-8")
    assert run_import(seeds[3], "--manifest", json_manifest)[0] == 0
    assert Page.objects.get(source_name=seeds[3].name).issue.newspaper.name == "丙报"


def test_bad_option_values_are_rejected(db, seeds):
    code, _, err = run_import(seeds[0], "--date", "2021-13-45")
    assert code != 0 and "date" in err
    assert Page.objects.count() == 0


def test_dry_run_parses_and_reports_but_writes_nothing(db, seeds):
    code, out, _ = run_import(SEEDS, "--dry-run")
    assert code == 0 and out.count(": would import") == len(seeds)
    assert "articles" in out
    assert Page.objects.count() == Article.objects.count() == Person.objects.count() == 0


def test_a_folder_is_searched_recursively_for_txt_and_md(db, seeds, tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    shutil.copy(seeds[0], tmp_path / "a" / "b" / "page.md")
    shutil.copy(seeds[2], tmp_path / "a" / "page.txt")
    (tmp_path / "a" / "notes.csv").write_text("x", encoding="utf-8")
    code, out, _ = run_import(tmp_path)
    assert code == 0 and Page.objects.count() == 2 and "2 file(s)" in out


def test_the_page_shape_is_stored_and_shown(tmp_path, client):
    from articles.models import LAYOUT_CHOICES
    from articles.parsing.layout import LAYOUTS

    assert {value for value, _ in LAYOUT_CHOICES} == set(LAYOUTS)  # every shape the parser reports can be stored
    page_file = tmp_path / "crawl.txt"
    page_file.write_text("荷花节开幕\n\n\u3000\u3000本报讯（记者 林一舟）5月12日，青石镇举行荷花节开幕式。\n"
                         "\u3000\u3000镇上的民宿家家客满，不少游客专程带着孩子来观赏荷花。\n", encoding="utf-8")
    code, _, err = run_import(page_file)
    assert code == 0, err
    page = Page.objects.get()
    assert page.layout == "epaper" and page.get_layout_display() == "电子版抓取"
    assert client.get(f"/api/pages/{page.pk}/").json()["layout"] == "epaper"
