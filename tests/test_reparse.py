"""Re-parsing with a newer parser updates untouched articles and keeps edited ones."""
from io import StringIO

import pytest
from django.core.management import call_command

from articles import reparse
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
