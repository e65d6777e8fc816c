"""PostgreSQL: the document is a `tsvector` (headline weight A, body D) under a GIN index; rank is ts_rank."""
from django.contrib.postgres.search import SearchQueryField
from django.db import connections
from django.db.models import BooleanField, F, FloatField, Func, Value
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
    def tsquery(query: Query) -> str:
        """`('党代会' | '党代' <-> '代会') & '脱贫' & !('体育')`: every term, none of the excluded."""
        parts = [_term(t) for t in query.terms] + [f"!{_term(t)}" for t in query.excluded]
        return " & ".join(parts)

    def _tsquery(self, query: Query):
        return Cast(Value(self.tsquery(query)), output_field=SearchQueryField())

    def matches(self, queryset, query: Query):
        match = Func(F("search_document"), self._tsquery(query), arg_joiner=" @@ ", template="(%(expressions)s)",
                     output_field=BooleanField())
        return queryset.filter(match)

    def rank(self, queryset, query: Query):
        """`rank`: ts_rank, with weights 1.0 for the headline and 0.1 for the body.

        As double precision: ts_rank's real prints rounded, and a cursor must find the very value again.
        """
        rank = Func(F("search_document"), self._tsquery(query), function="ts_rank", output_field=FloatField())
        return queryset.annotate(rank=Cast(rank, FloatField()))

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


def _lexeme(token: str) -> str:
    return f"'{token}'"


def _term(term: Term) -> str:
    if term.prefix:
        return f"{_lexeme(term.chain[0])}:*"
    chain = " <-> ".join(_lexeme(g) for g in term.chain)
    return f"({_lexeme(term.word)} | {chain})" if term.word else f"({chain})"
