"""PostgreSQL: the document is a `tsvector` (headline weight A, body D) under a GIN index; rank is ts_rank."""
import math
from datetime import date, timedelta

from django.contrib.postgres.search import SearchQueryField
from django.db import connections
from django.db.models import BooleanField, F, FloatField, Func, TextField, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast

from .text import Document, Query, Term

MAX_POSITION = 16383  # PostgreSQL keeps positions up to this (later ones are stored as this)
MAX_POSITIONS = 256  # and at most this many positions per lexeme
DATED_INDEX = "article_search_newest"  # RUM, the match dates attached (migration 0015, where RUM is installed)
LATEST = "9999-12-31"  # no date Python holds is later: the distance to it orders the matches newest first
READ_AHEAD = 32  # heap pages a bitmap scan of the matches asks the disk for ahead of reading them
NO_BITMAP = {"enable_bitmapscan": "off"}  # planner settings for one query (`_run`)
BITMAP_ONLY = {"enable_indexscan": "off", "enable_seqscan": "off"}
SPAN_GROWTH = 2  # each span of dates read by the RUM index holds this many times the articles of the one before
WALK_COST = 5  # a row checked on the list-order walk against a match read from the RUM index
FEW_UP_TO = 10  # one word estimated at most this many times `fetch` matches is first read whole if it is few


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

    def newest(self, queryset, query: Query, ordering, fetch: int, estimate: int | None = None) -> list[tuple]:
        """(id, issue_date) of the first `fetch` matches in `ordering` (newest first), in one query.

        Where the RUM index is (migration 0015), it hands out the matches of several words or of
        a phrase by date, newest first (`_by_date`), unless they are so many that walking the list
        order finds enough sooner (`frequent`); one word goes on through the GIN index, smaller
        and so more often in memory, as the planner estimates its matches well. Articles of one
        date then come in no set order: the caller keeps or drops a date's matches together.
        Without RUM, the GIN index finds every match and they are sorted.

        RUM reads every match of its query to hand out the newest, so in a large archive the dates
        are read in spans, newest first, each a date range the index reads alone (`date_spans`):
        the first holds as many articles as the estimate says it takes to find `fetch` matches,
        each next one SPAN_GROWTH times more, the last everything older. A span is read only if
        those before it gave fewer than `fetch` matches, so a query reads about as many articles
        as it takes to find them, however large the archive.

        A phrase (`<->`) is a chain neither index can check: every candidate holding its grams
        would be read and checked, each a document of some kilobytes. So the candidates are found
        by the index alone (a chain asked as its grams ANDed, which the index answers without
        reading a document), in date order, and only as many of them are checked for adjacency,
        one by one in that order, as it takes to find `fetch` matches.

        One word the planner cannot count (`_one_word`, estimated at most FEW_UP_TO × `fetch`) is
        first read whole through the GIN index if it has at most `fetch` candidates
        (`_every_candidate`): the rows the dated read would read, from a smaller index, in the
        table's order and read ahead.
        """
        exact, loose = self.tsquery(query), self.tsquery(query, loose=True)
        several = len(query.terms) + len(query.excluded) > 1 or loose != exact  # whose matches the planner misjudges
        candidates = self._match(queryset, loose)
        dated = several and dated_index(queryset.db) and not frequent(queryset.db, estimate, fetch)
        if dated and _one_word(query) and estimate is not None and estimate <= FEW_UP_TO * fetch:
            found = self._every_candidate(candidates, loose != exact and exact, fetch)
            if found is not None:
                return found
        table = queryset.model._meta.db_table
        columns = ["id", "issue_date"] if loose == exact else ["id", "issue_date", "tid"]
        if loose != exact:
            candidates = candidates.annotate(tid=RawSQL(f'"{table}".ctid', [], output_field=TextField()))
        parts = (_in_spans(candidates, date_spans(queryset.db, fetch, estimate)) if dated
                 else [candidates.order_by(*ordering)])
        parts = [part.values_list(*columns) for part in parts]
        if loose == exact:  # the planner knows how few rows are wanted (it picks the walk by that)
            parts = [part[:fetch] for part in parts]
        parts = [part.query.sql_with_params() for part in parts]
        inner = " UNION ALL ".join(f"({sql})" for sql, _ in parts)  # in this order, each read only if needed
        params = tuple(p for _, part_params in parts for p in part_params)
        if loose == exact:
            sql = f"SELECT candidate.id, candidate.issue_date FROM ({inner}) AS candidate LIMIT %s"
        else:
            sql = (f"SELECT candidate.id, candidate.issue_date FROM ({inner} OFFSET 0) AS candidate "
                   f'WHERE (SELECT checked.search_document @@ %s::tsquery FROM "{table}" checked '
                   "WHERE checked.ctid = candidate.tid) LIMIT %s")  # the row by its address: one page read
            params = (*params, exact)
        params = (*params, fetch)
        # The planner underestimates the matches of several words and would read them all to sort them;
        # the matches of one word, read by a bitmap scan, are asked for READ_AHEAD pages at a time.
        return _run(queryset.db, NO_BITMAP if dated else _ahead(queryset.db), sql, params)

    def _every_candidate(self, candidates, exact: str | bool, fetch: int) -> list[tuple] | None:
        """(id, issue_date) of the first `fetch` matches newest first, if at most `fetch` articles are candidates.

        A word of its own in the index (`_one_word`) holds as many articles as the planner's
        statistics say only where it is among the most common; below them the planner guesses.
        Where the candidates are no more than `fetch`, the dated read would read each of them
        anyway: here the GIN index's bitmap (a quarter of RUM's size) gives them in the table's
        order, read ahead, each checked (`exact`, a chain) as it is read, and they are sorted
        here. Where there are more, this read stops at `fetch` + 1, None is returned and the dated
        read follows: at most twice the rows read, where the planner could not tell.
        """
        table = candidates.model._meta.db_table
        check = RawSQL(f'"{table}"."search_document" @@ %s::tsquery', [exact], output_field=BooleanField()) \
            if exact else Value(True, output_field=BooleanField())
        read = candidates.order_by().annotate(checked=check).values_list(
            "id", "issue_date", "page_number", "order", "checked")[:fetch + 1]
        sql, params = read.query.sql_with_params()
        rows = _run(candidates.db, {**BITMAP_ONLY, **_ahead(candidates.db)}, sql, params)
        if len(rows) > fetch:
            return None
        rows = sorted((row for row in rows if row[4]), key=_newest_first)  # NEWEST, in Python
        return [(pk, day) for pk, day, *_ in rows[:fetch]]

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


def date_spans(alias: str, fetch: int, estimate: int | None = None) -> list[date]:
    """The first day of each span of dates the dated read goes through, newest first (see `span_starts`)."""
    _, rows, first, last, _ = _catalog(alias)
    return span_starts(rows, first, last, fetch, estimate)


def span_starts(rows: float, first: date | None, last: date | None, fetch: int,
                estimate: int | None = None) -> list[date]:
    """First days of spans of dates back from `last`, each SPAN_GROWTH times as many articles as the one before.

    The first span holds as many articles as it takes to find `fetch` matches by the `estimate`
    (at least 2 × fetch): where the estimate is right, one span does; where it is too high, the
    spans grow until they hold enough; where it is too low, there are fewer spans or none (one
    read of every match, as without spans). The articles are taken as spread evenly over the
    days; no span holds half the archive or more (that is the caller's last span, with everything
    older and the undated).
    """
    if first is None or last is None or rows <= 0:
        return []
    per_day = rows / ((last - first).days + 1)
    articles = max(2 * fetch, fetch * rows / estimate if estimate else 0)
    starts = []
    while articles < rows / 2:
        start = last - timedelta(days=max(1, math.ceil(articles / per_day)) - 1)
        if start <= first or (starts and start >= starts[-1]):
            break
        starts.append(start)
        articles *= SPAN_GROWTH
    return starts


def _in_spans(matches, starts: list[date]) -> list:
    """`matches` newest first, one queryset per span of dates (`starts`, newest first), the undated last.

    Every span but the undated one is a date range of the RUM index's key, read in date order.
    """
    column = f'"{matches.model._meta.db_table}"."issue_date"::timestamp'
    parts, end = [], None
    for start in [*starts, None]:
        part = matches.filter(issue_date__isnull=False) if start is end is None else matches
        if start is not None:
            part = part.filter(RawSQL(f"{column} >= %s::timestamp", [start], output_field=BooleanField()))
        if end is not None:
            part = part.filter(RawSQL(f"{column} < %s::timestamp", [end], output_field=BooleanField()))
        parts.append(_by_date(part))
        end = start
    return parts + [matches.filter(issue_date__isnull=True).order_by()]  # no date to order by


def dated_index(alias: str) -> bool:
    """Whether the database has the RUM index of match dates."""
    return _catalog(alias)[0]


def frequent(alias: str, estimate: int | None, fetch: int) -> bool:
    """Whether a query's estimated matches are so many that walking the list order finds `fetch` sooner.

    The walk reads about fetch × rows / matches rows, the RUM index every match (each cheaper).
    """
    rows = _catalog(alias)[1]
    return estimate is not None and rows > 0 and estimate * estimate > WALK_COST * fetch * rows


def _one_word(query: Query) -> bool:
    """Whether the query is one jieba word of three characters or more (a lexeme of its own, or its grams)."""
    return len(query.terms) == 1 and not query.excluded and query.terms[0].word is not None


def _newest_first(row: tuple):
    """The sort key of NEWEST for (id, issue_date, page_number, order, …): date newest first, then page, order, id."""
    pk, day, page, order = row[:4]
    return (day is None, -day.toordinal() if day else 0, page is None, page or 0, order, pk)


def _ahead(alias: str) -> dict:
    return {"effective_io_concurrency": str(READ_AHEAD)} if read_ahead(alias) else {}


def _run(alias: str, settings: dict, sql: str, params) -> list[tuple]:
    """The rows of `sql`, run with these planner settings for itself alone (SET LOCAL before it, RESET after)."""
    before = "".join(f"SET LOCAL {name} = {value}; " for name, value in settings.items())
    after = "".join(f"; RESET {name}" for name in settings)
    with connections[alias].cursor() as cursor:
        cursor.execute(f"{before}{sql}{after}", params)
        for _ in settings:
            cursor.nextset()  # past each SET
        return cursor.fetchall()


def read_ahead(alias: str) -> bool:
    """Whether the server reads pages ahead (posix_fadvise) and is set to fewer than READ_AHEAD at a time."""
    return _catalog(alias)[4]


def _catalog(alias: str) -> tuple[bool, float, date | None, date | None, bool]:
    """(the RUM index is there, the planner's count of articles, the first and last dates, `read_ahead`), once
    per connection.

    Read through the driver's connection: a look at the catalog for the connection's lifetime,
    not one of a request's queries.
    """
    wrapper = connections[alias]
    wrapper.ensure_connection()
    known = getattr(wrapper, "_search_catalog", None)
    if known is None or known[0] is not wrapper.connection:
        with wrapper.connection.cursor() as cursor:
            cursor.execute("SELECT to_regclass(%s) IS NOT NULL, reltuples, "
                           "(SELECT min(issue_date) FROM articles_article), "
                           "(SELECT max(issue_date) FROM articles_article), "
                           "(SELECT boot_val <> '0' AND setting::int < %s FROM pg_settings "
                           " WHERE name = 'effective_io_concurrency') FROM pg_class "  # 0: no posix_fadvise
                           "WHERE oid = 'articles_article'::regclass", [DATED_INDEX, READ_AHEAD])
            known = wrapper._search_catalog = (wrapper.connection, *cursor.fetchone())
    return known[1:]


def _by_date(matches):
    """`matches` newest first by the RUM index's dates (undated last), in no set order within a date."""
    table = matches.model._meta.db_table
    distance = RawSQL(f'"{table}"."issue_date"::timestamp <=| %s::timestamp', [LATEST], output_field=FloatField())
    return matches.annotate(by_date=distance).order_by("by_date")


def _as_tsquery(tsquery: str):
    return Cast(Value(tsquery), output_field=SearchQueryField())


def _lexeme(token: str) -> str:
    return f"'{token}'"


def _term(term: Term, loose: bool = False) -> str:
    if term.prefix:
        return f"{_lexeme(term.chain[0])}:*"
    chain = (" & " if loose else " <-> ").join(_lexeme(g) for g in term.chain)
    return f"({_lexeme(term.word)} | {chain})" if term.word else f"({chain})"
