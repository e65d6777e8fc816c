"""SQLite: the document is stored as text and indexed by an FTS5 table that triggers keep in sync; rank is bm25."""
from django.db.models import F, FloatField, Func, Value
from django.db.models.expressions import RawSQL

from .text import Document, Query, Term

TABLE = "articles_article_fts"
SEPARATOR = "\x1e"  # between the four sections of the stored document
COLUMNS = ("head", "body", "head_words", "body_words")
WEIGHTS = "10.0, 1.0, 10.0, 1.0"  # bm25 per column: the headline above the body, as on PostgreSQL
GRAMS, WORDS, EVERY = "{head body}", "{head_words body_words}", "{head body head_words body_words}"


class SQLiteBackend:
    vendor = "sqlite"
    db_type = "text"
    placeholder = "%s"

    @staticmethod
    def db_value(document: Document) -> str:
        sections = [document.head.grams, document.body.grams,
                    [w for w, _ in document.head.words], [w for w, _ in document.body.words]]
        return SEPARATOR.join(" ".join(tokens) for tokens in sections)

    @staticmethod
    def match(query: Query) -> str:
        """The FTS5 query: `({head_words body_words}: "党代会" OR {head body}: "党代 代会") AND … NOT …`."""
        found = " AND ".join(_term(t) for t in query.terms)
        for term in query.excluded:
            found = f"({found}) NOT {_term(term)}"
        return found

    def matches(self, queryset, query: Query):
        return queryset.filter(pk__in=RawSQL(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s", [self.match(query)]))

    def rank(self, queryset, query: Query):
        """`rank`: minus bm25 (so that higher is better, as on PostgreSQL), the headline weighted 10 to 1."""
        rank = Func(Value(self.match(query)), F("id"), arg_joiner=" AND rowid = ", output_field=FloatField(),
                    template=f"(SELECT -bm25({TABLE}, {WEIGHTS}) FROM {TABLE} WHERE {TABLE} MATCH %(expressions)s)")
        return queryset.annotate(rank=rank)

    def newest(self, queryset, query: Query, ordering, fetch: int, estimate: int | None = None) -> list[tuple]:
        """(id, issue_date) of the first `fetch` matches in `ordering` (newest first)."""
        return list(self.matches(queryset, query).order_by(*ordering).values_list("pk", "issue_date")[:fetch])

    @staticmethod
    def among(queryset, ids: list[int]):
        """The rows of `queryset` with these ids."""
        return queryset.filter(pk__in=ids)

    @staticmethod
    def estimate_count(queryset) -> int | None:
        return None  # SQLite has no estimate: it counts


def _phrase(tokens) -> str:
    return '"' + " ".join(tokens) + '"'


def _term(term: Term) -> str:
    if term.prefix:
        return f"{EVERY}: {_phrase(term.chain)}*"
    grams = f"{GRAMS}: {_phrase(term.chain)}"
    return f"({WORDS}: {_phrase([term.word])} OR {grams})" if term.word else f"({grams})"


def _section(expression: str, index: int) -> str:
    """SQL for section `index` of a stored document (SQLite has no split function)."""
    for _ in range(index):
        expression = f"substr({expression}, instr({expression}, char(30)) + 1)"
    if index == len(COLUMNS) - 1:
        return expression
    return f"substr({expression}, 1, instr({expression}, char(30)) - 1)"


def _values(row: str) -> str:
    return ", ".join(_section(f"{row}.search_document", i) for i in range(len(COLUMNS)))


COLUMN_LIST = ", ".join(COLUMNS)
INSTALL = [
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5({COLUMN_LIST}, content='', "
    "tokenize='unicode61 remove_diacritics 0')",
    f"""CREATE TRIGGER IF NOT EXISTS {TABLE}_insert AFTER INSERT ON articles_article
        WHEN new.search_document IS NOT NULL BEGIN
        INSERT INTO {TABLE}(rowid, {COLUMN_LIST}) VALUES (new.id, {_values("new")}); END""",
    f"""CREATE TRIGGER IF NOT EXISTS {TABLE}_delete AFTER DELETE ON articles_article
        WHEN old.search_document IS NOT NULL BEGIN
        INSERT INTO {TABLE}({TABLE}, rowid, {COLUMN_LIST}) VALUES ('delete', old.id, {_values("old")}); END""",
    f"""CREATE TRIGGER IF NOT EXISTS {TABLE}_update AFTER UPDATE OF search_document ON articles_article BEGIN
        INSERT INTO {TABLE}({TABLE}, rowid, {COLUMN_LIST}) SELECT 'delete', old.id, {_values("old")}
            WHERE old.search_document IS NOT NULL;
        INSERT INTO {TABLE}(rowid, {COLUMN_LIST}) SELECT new.id, {_values("new")}
            WHERE new.search_document IS NOT NULL; END""",
]
UNINSTALL = [f"DROP TRIGGER IF EXISTS {TABLE}_{name}" for name in ("insert", "delete", "update")]
UNINSTALL.append(f"DROP TABLE IF EXISTS {TABLE}")
