"""Re-parsing with a newer parser updates untouched articles and keeps edited ones."""
from io import StringIO

import pytest
from django.core.management import call_command

from articles import reparse, search
from articles.models import Article, Page
from conftest import run_import

pytestmark = pytest.mark.django_db


def test_reparse_updates_outdated_pages_and_keeps_edited_articles(seeds, monkeypatch):
    assert run_import(seeds[0])[0] == 0
    page = Page.objects.get()
    count = page.articles.count()
    edited = page.articles.exclude(title="").first()
    edited.title, edited.edited = "编辑定稿标题", True
    edited.save()
    untouched_ids = set(page.articles.filter(edited=False).values_list("id", flat=True))

    out = StringIO()
    call_command("reparse", "--no-progress", stdout=out)
    assert "0 page(s)" in out.getvalue()  # nothing is outdated yet

    monkeypatch.setattr(reparse, "PARSER_VERSION", "99.0")
    monkeypatch.setattr("articles.importer.PARSER_VERSION", "99.0")
    call_command("reparse", "--no-progress", stdout=out)
    assert "编辑定稿标题" in out.getvalue() and "1 page(s)" in out.getvalue()
    page.refresh_from_db()
    assert page.parser_version == "99.0" and page.articles.count() == count
    assert Article.objects.get(pk=edited.pk).title == "编辑定稿标题"
    assert untouched_ids <= set(page.articles.values_list("id", flat=True))  # same parse: same rows, links stay
    assert page.mentions.exists()


def test_admin_reparse_action(staff_client, seeds):
    run_import(seeds[0])
    page = Page.objects.get()
    response = staff_client.post("/admin/articles/page/", {"action": "reparse", "_selected_action": [page.pk]},
                                 follow=True)
    assert "已重新解析" in response.content.decode()


def test_a_one_character_change_updates_the_article_in_place(seeds, tmp_path):
    page_file = tmp_path / seeds[0].name
    text = seeds[0].read_text(encoding="utf-8")
    page_file.write_text(text, encoding="utf-8")
    assert run_import(page_file)[0] == 0
    page = Page.objects.get()
    ids = set(page.articles.values_list("id", flat=True))
    article = max(page.articles.all(), key=lambda a: len(a.body))
    snippet = next(article.body[i:i + 16] for i in range(len(article.body) // 2, len(article.body))
                   if text.count(article.body[i:i + 16]) == 1 and "\n" not in article.body[i:i + 16])
    changed = snippet[:8] + ("的" if snippet[8] != "的" else "了") + snippet[9:]
    page_file.write_text(text.replace(snippet, changed), encoding="utf-8")

    code, out, err = run_import(page_file, "--replace")
    assert code == 0 and "replaced" in out, err
    assert set(page.articles.values_list("id", flat=True)) == ids  # API links stay valid
    article.refresh_from_db()
    assert changed in article.body and not article.edited
    found = search.search(Article.objects.all(), search.parse_query(f'"{changed}"'))  # the index follows
    assert list(found.values_list("pk", flat=True)) == [article.pk]


def test_reparse_keeps_ids_of_the_same_stories_and_makes_rows_for_new_ones(seeds, monkeypatch):
    assert run_import(seeds[0])[0] == 0
    page = Page.objects.get()
    first, second = page.articles.order_by("order")[:2]
    real_parse = reparse.parse_page

    def newer_parse(text, **kwargs):
        parsed = real_parse(text, **kwargs)
        parsed.articles[0].body = parsed.articles[0].body.replace("，", ",", 1)  # the same story
        parsed.articles[1].body = "本报讯 全市今年新增绿地一千公顷，城市公园达到三百座，市民出门见绿。"  # a new one
        return parsed

    monkeypatch.setattr(reparse, "parse_page", newer_parse)
    call_command("reparse", "--all", "--no-progress", stdout=StringIO())
    assert Article.objects.get(pk=first.pk).body.count(",") == first.body.count(",") + 1
    assert not Article.objects.filter(pk=second.pk).exists()
    assert page.articles.get(order=2).body.startswith("本报讯 全市今年新增绿地")
