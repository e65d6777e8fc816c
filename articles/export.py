"""Bulk export of articles as JSON lines or CSV, streamed in chunks (constant memory at any archive size).

The API (`/api/articles/export/`) and `manage.py export_articles` both call `export_lines`.
"""
import csv
import io
import json

from django.db.models import Prefetch

from .models import MENTIONED, Mention

FORMATS = {"jsonl": "application/x-ndjson; charset=utf-8", "csv": "text/csv; charset=utf-8"}
COLUMNS = ["id", "newspaper", "date", "page_number", "section", "order", "kicker", "title", "subtitles", "byline",
           "source", "authors", "body", "continued_from", "continued_to", "needs_review", "edited"]
CHUNK = 1000


def exported(queryset):
    """The articles of `queryset` with what an export row shows, read in chunks from a database cursor."""
    credits = Mention.objects.exclude(role=MENTIONED).select_related("person").only(
        "article", "role", "title", "position", "person__name").order_by("position", "id")
    return (queryset.select_related("newspaper").defer("page", "created_at", "updated_at")
            .prefetch_related(Prefetch("mentions", queryset=credits)).iterator(chunk_size=CHUNK))


def row_of(article) -> dict:
    return {
        "id": article.pk, "newspaper": article.newspaper.name if article.newspaper_id else None,
        "date": article.issue_date.isoformat() if article.issue_date else None,
        "page_number": article.page_number, "section": article.section, "order": article.order,
        "kicker": article.kicker, "title": article.title, "subtitles": list(article.subtitles or []),
        "byline": article.byline, "source": article.source,
        "authors": [{"name": m.person.name, "role": m.role, "title": m.title} for m in article.mentions.all()],
        "body": article.body, "continued_from": article.continued_from, "continued_to": article.continued_to,
        "needs_review": article.needs_review, "edited": article.edited,
    }


def _csv_line(values) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerow(values)
    return buffer.getvalue()


def _csv_value(name, value):
    if name == "subtitles":
        return " / ".join(value)
    if name == "authors":
        return "；".join(f"{a['role']}:{a['name']}" for a in value)
    return "" if value is None else value


def export_lines(queryset, format: str):
    """Lines of the export (a header first for CSV), one article per line."""
    if format not in FORMATS:
        raise ValueError(f"unknown export format {format!r}: {', '.join(FORMATS)}")
    if format == "csv":
        yield _csv_line(COLUMNS)
    for article in exported(queryset):
        row = row_of(article)
        if format == "jsonl":
            yield json.dumps(row, ensure_ascii=False) + "\n"
        else:
            yield _csv_line([_csv_value(name, row[name]) for name in COLUMNS])
