"""Full-text search of articles: one interface, one backend per database.

`articles.search.text` decides what is indexed and what a query asks (the same for every
database); the backend for a connection stores the document (`SearchDocumentField`), finds and
ranks the matches of a parsed query (`search`), and estimates how many rows a query gives.

- PostgreSQL (`postgresql.py`): a `tsvector` column under a GIN index, ranked by ts_rank;
- SQLite (`sqlite.py`): the document as text, indexed by an FTS5 table that triggers keep in
  sync with the articles table (inserts, updates and deletes by any path), ranked by bm25.
"""
from __future__ import annotations

from django.db import connections, models
from django.db.models import F

from .text import Document, Query, QueryError, document_of, parse_query, snippet

__all__ = ["Document", "Query", "QueryError", "RANK_WINDOW", "SearchDocumentField", "backend", "document_of",
           "matches", "parse_query", "ranked", "ranked_newest", "search", "snippet"]


def backend(connection_or_alias="default"):
    """The search backend of a database connection (or alias)."""
    connection = connections[connection_or_alias] if isinstance(connection_or_alias, str) else connection_or_alias
    if connection.vendor == "postgresql":
        from .postgresql import PostgreSQLBackend
        return PostgreSQLBackend()
    if connection.vendor == "sqlite":
        from .sqlite import SQLiteBackend
        return SQLiteBackend()
    raise NotImplementedError(f"no search backend for {connection.vendor}")


RANK_WINDOW = 500  # ranking by relevance looks at this many of the newest matches
NEWEST = (F("issue_date").desc(nulls_last=True), F("page_number").asc(nulls_last=True), "order", "id")


def matches(queryset, query: Query):
    """Articles of `queryset` that match `query` (every term, none of the excluded)."""
    return backend(queryset.db).matches(queryset, query)


def ranked(queryset, query: Query):
    """Every match annotated with `rank` (higher is better)."""
    return backend(queryset.db).rank(matches(queryset, query), query)


def ranked_newest(queryset, query: Query, window: int, fetch: int, estimate: int | None = None):
    """(the `window` newest matches ranked, how many matches were read: every match if fewer than `fetch`).

    Ranking reads every candidate's document, so a query that matches a large part of the
    archive is ranked among its newest matches: the cost stays that of `window` articles however
    many match. Articles of the same date as the last one in the window are kept with it. One
    query reads the ids and dates of the `fetch` newest matches (`fetch` > `window`); the window
    is then ranked by id, without matching again, unless its last date goes on past them. Only
    the dates of the matches read decide what is ranked, not their order within a date.
    `estimate`: how many matches the database expects (it picks how they are read).
    """
    db = backend(queryset.db)
    found = matches(queryset, query)
    rows = db.newest(queryset, query, NEWEST, fetch, estimate)
    read = len(rows)
    if read >= window:
        last = rows[window - 1][1]
        if last is None:  # the window reaches undated articles: all matches
            return db.rank(found, query), read
        if read == fetch and rows[-1][1] == last:  # the last day may hold more matches than were read
            return db.rank(found.filter(issue_date__gte=last), query), read
        rows = [row for row in rows if row[1] is not None and row[1] >= last]
    return db.rank(db.among(queryset, [pk for pk, _ in rows]), query), read


def search(queryset, query: Query):
    """Every article of `queryset` that matches `query`, with its `rank`."""
    return ranked(queryset, query)


class SearchDocumentField(models.Field):
    """What the search index holds for an article, made from its headline and body whenever it is saved.

    Its column is a tsvector on PostgreSQL and text on SQLite (see the backends); it is never
    read back by the application.
    """

    description = "search document"

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("editable", False)
        kwargs.setdefault("null", True)
        super().__init__(*args, **kwargs)

    def db_type(self, connection):
        return backend(connection).db_type

    def get_placeholder(self, value, compiler, connection):
        return backend(connection).placeholder

    def pre_save(self, model_instance, add):
        value = document_of(model_instance.kicker, model_instance.title, model_instance.subtitles,
                            model_instance.body)
        setattr(model_instance, self.attname, value)
        return value

    def get_db_prep_value(self, value, connection, prepared=False):
        if isinstance(value, Document):
            return backend(connection).db_value(value)
        return value
