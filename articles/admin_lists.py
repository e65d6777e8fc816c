"""Pieces of the admin lists an editor scans: clipped titles, archive date filters, the review queue."""
from __future__ import annotations

from django.contrib import admin
from django.db.models.functions import ExtractMonth, ExtractYear
from django.utils.html import format_html
from django.utils.text import Truncator


def clipped(text: str, length: int) -> str:
    """Text cut to `length` characters with …, the whole of it on hover."""
    return format_html('<span class="clip" title="{}">{}</span>', text, Truncator(text).chars(length))


def page_label(page) -> str:
    """A page in few characters for a column: 重庆日报 2020-11-24 第2版 (unassigned: what is known)."""
    if page.issue_id:
        return f"{page.issue.newspaper} {page.issue.date:%Y-%m-%d} 第{page.number}版"
    return str(page)


class PageColumnMixin:
    """A short page column (paper, date, number) for lists of things on a page."""

    @admin.display(description="版面", ordering="page__issue__date")
    def page_column(self, obj):
        return clipped(page_label(obj.page), 28)


class ArchiveMonthFilter(admin.SimpleListFilter):
    """By year, then by month of the chosen year — what an archive is browsed by (not 今天 / 过去7天)."""

    title = "出版年月"
    field = ""

    @classmethod
    def on(cls, field: str):
        return type("ArchiveMonthFilter", (cls,), {"field": field, "parameter_name": "month"})

    def lookups(self, request, model_admin):
        dates = (model_admin.get_queryset(request).filter(**{f"{self.field}__isnull": False}).order_by()
                 .annotate(y=ExtractYear(self.field), m=ExtractMonth(self.field)).values_list("y", "m").distinct())
        pairs = sorted(set(dates), reverse=True)
        chosen = (self.value() or "")[:4]
        out = []
        for year in sorted({y for y, _ in pairs}, reverse=True):
            out.append((str(year), f"{year}年"))
            if chosen == str(year):
                out += [(f"{year}-{m:02d}", f"　{year}年{m}月") for y, m in sorted(pairs) if y == year]
        return out

    def queryset(self, request, queryset):
        value = self.value() or ""
        year, _, month = value.partition("-")
        if not year.isdigit() or (month and not month.isdigit()):
            return queryset
        queryset = queryset.filter(**{f"{self.field}__year": int(year)})
        return queryset.filter(**{f"{self.field}__month": int(month)}) if month else queryset


class ReviewQueueFilter(admin.SimpleListFilter):
    """The review queue: pages flagged (or holding a flagged article) that no editor has marked reviewed."""

    title = "审核队列"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [("todo", "待审核"), ("done", "已审核")]

    def queryset(self, request, queryset):
        if self.value() == "todo":
            return queryset.filter(pk__in=queryset.model.objects.review_queue().values("pk"))
        if self.value() == "done":
            return queryset.filter(reviewed_at__isnull=False)
        return queryset
