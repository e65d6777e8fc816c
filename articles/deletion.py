"""Deleting a newspaper, issue or page together with what it holds: only when an editor asks for it.

The foreign keys protect contents (a plain delete of a page holding articles is refused); the admin's
"连同内容删除" action calls `delete_with_contents` after a confirmation page.
"""
from django.db import transaction
from django.db.models import ProtectedError

from .models import Article, Issue, Newspaper, Page

def contents_of(model, pks) -> dict:
    """The querysets that go with the records: their articles, pages and issues (those that apply)."""
    pks = list(pks)
    if model is Newspaper:
        issues = Issue.objects.filter(newspaper__in=pks)
        pages = Page.objects.filter(issue__newspaper__in=pks)
        articles = Article.objects.filter(page__issue__newspaper__in=pks) | Article.objects.filter(newspaper__in=pks)
        return {"articles": articles, "pages": pages, "issues": issues}
    if model is Issue:
        return {"articles": Article.objects.filter(page__issue__in=pks), "pages": Page.objects.filter(issue__in=pks)}
    if model is Page:
        return {"articles": Article.objects.filter(page__in=pks)}
    raise TypeError(f"{model.__name__} holds no contents")


def count_contents(queryset) -> dict[str, int]:
    """How many articles, pages and issues would go with the records (for the confirmation page)."""
    pks = queryset.values_list("pk", flat=True)
    return {name: rows.count() for name, rows in contents_of(queryset.model, pks).items()}


@transaction.atomic
def delete_with_contents(queryset) -> dict[str, int]:
    """Delete the records and everything they hold, innermost first; returns how many of each went."""
    pks = list(queryset.values_list("pk", flat=True))
    deleted = {}
    for name, rows in contents_of(queryset.model, pks).items():  # articles, then pages, then issues
        deleted[name] = rows.delete()[1].get(rows.model._meta.label, 0)
    deleted["records"] = queryset.model.objects.filter(pk__in=pks).delete()[0]
    return deleted


def refusal(exc: ProtectedError) -> str:
    """Why a delete was refused, in an editor's words: 仍有2个版面、5篇文章属于它 …"""
    counts = {}
    for model, unit in ((Issue, "个"), (Page, "个"), (Article, "篇")):
        n = sum(1 for obj in exc.protected_objects if isinstance(obj, model))
        if n:
            counts[model._meta.verbose_name] = f"{n}{unit}{model._meta.verbose_name}"
    held = "、".join(counts.values()) or "内容"
    return (f"仍有{held}属于它，不能删除；请先删除或移走这些内容，"
            "或在后台用“连同内容删除”操作一并删除。")
