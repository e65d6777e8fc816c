"""PostgreSQL: the document is a `tsvector` (headline weight A, body D) under a GIN index; rank is ts_rank."""
from django.contrib.postgres.search import SearchQueryField
from django.db import connections
from django.db.models import BooleanField, F, FloatField, Func, TextField, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast

from .text import Document, Query, Term

MAX_POSITION = 16383  # PostgreSQL keeps positions up to this (later ones are stored as this)
MAX_POSITIONS = 256  # and at most this many positions per lexeme


class PostgreSQLBackend:
    vendor = "postgresql"
    db_type = "tsvector"
    placeholder = "%s::tsvector"

    @staticmethod
    def db_value(document: Document) -> str:
        """The tsvector literal: grams at consecutive positions, the body one position after the headline."""
        positions: dict[str, list[str]] = {}

        def add(token, position, weight):
            found = positions.setdefault(token, [])
            if len(found) < MAX_POSITIONS:
                found.append(f"{min(position, MAX_POSITION)}{weight}")

        for section, offset, weight in ((document.head, 1, "A"), (document.body, len(document.head.grams) + 2, "")):
            for index, gram in enumerate(section.grams):
                add(gram, offset + index, weight)
            for word, index in section.words:
                add(word, offset + index, weight)
        return " ".join(f"'{token}':{','.join(dict.fromkeys(found))}" for token, found in positions.items())

    @staticmethod
    def tsquery(query: Query, loose: bool = False) -> str:
        """`('党代会' | '党代' <-> '代会') & '脱贫' & !('体育')`: every term, none of the excluded.

        `loose`: chains as their grams ANDed (`'党代' & '代会'`), what the GIN index answers without
        reading the rows; it finds every match and some more.
        """
        parts = [_term(t, loose) for t in query.terms] + [f"!{_term(t)}" for t in query.excluded]
        return " & ".join(parts)

    def _tsquery(self, query: Query):
        return _as_tsquery(self.tsquery(query))

    def matches(self, queryset, query: Query):
        return self._match(queryset, self.tsquery(query))

    @staticmethod
    def _match(queryset, tsquery: str):
        match = Func(F("search_document"), _as_tsquery(tsquery), arg_joiner=" @@ ", template="(%(expressions)s)",
                     output_field=BooleanField())
        return queryset.filter(match)

    def rank(self, queryset, query: Query):
        """`rank`: ts_rank, with weights 1.0 for the headline and 0.1 for the body.

        As double precision: ts_rank's real prints rounded, and a cursor must find the very value again.
        """
        rank = Func(F("search_document"), self._tsquery(query), function="ts_rank", output_field=FloatField())
        return queryset.annotate(rank=Cast(rank, FloatField()))

    def newest(self, queryset, query: Query, ordering, fetch: int) -> list[tuple]:
        """(id, issue_date) of the first `fetch` matches in `ordering` (newest first), in one query.

        A phrase (`<->`) is a chain the GIN index cannot check: every candidate holding its grams
        would be read and checked, each a document of some kilobytes. So the candidates are found
        by the index alone (a chain asked as its grams ANDed, which the index answers without
        reading a document), sorted by their dates, and only as many of them are checked for
        adjacency, one by one in that order, as it takes to find `fetch` matches.
        """
        exact, loose = self.tsquery(query), self.tsquery(query, loose=True)
        candidates = self._match(queryset, loose).order_by(*ordering)
        if loose == exact:
            return list(candidates.values_list("id", "issue_date")[:fetch])
        table = queryset.model._meta.db_table
        located = candidates.annotate(tid=RawSQL(f'"{table}".ctid', [], output_field=TextField()))
        inner, params = located.values_list("id", "issue_date", "tid").query.sql_with_params()
        sql = (f"SELECT candidate.id, candidate.issue_date FROM ({inner} OFFSET 0) AS candidate "
               f'WHERE (SELECT checked.search_document @@ %s::tsquery FROM "{table}" checked '
               "WHERE checked.ctid = candidate.tid) LIMIT %s")  # the row by its address: one page read
        with connections[queryset.db].cursor() as cursor:
            cursor.execute(sql, [*params, exact, fetch])
            return cursor.fetchall()

    @staticmethod
    def among(queryset, ids: list[int]):
        """The rows of `queryset` with these ids: one array parameter, however many ids."""
        column = f'"{queryset.model._meta.db_table}"."{queryset.model._meta.pk.column}"'
        return queryset.filter(RawSQL(f"{column} = ANY(%s)", [list(ids)], output_field=BooleanField()))

    @staticmethod
    def estimate_count(queryset) -> int | None:
        """The planner's estimate of how many rows `queryset` gives (no row is read)."""
        sql, params = queryset.order_by().values("pk").query.sql_with_params()
        with connections[queryset.db].cursor() as cursor:
            cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
            plan = cursor.fetchone()[0]
        if isinstance(plan, str):
            import json
            plan = json.loads(plan)
        return int(plan[0]["Plan"]["Plan Rows"])


def _as_tsquery(tsquery: str):
    return Cast(Value(tsquery), output_field=SearchQueryField())


def _lexeme(token: str) -> str:
    return f"'{token}'"


def _term(term: Term, loose: bool = False) -> str:
    if term.prefix:
        return f"{_lexeme(term.chain[0])}:*"
    chain = (" & " if loose else " <-> ").join(_lexeme(g) for g in term.chain)
    return f"({_lexeme(term.word)} | {chain})" if term.word else f"({chain})"
