"""Fill a migrated PostgreSQL database with N synthetic articles by COPY (indexes rebuilt afterwards)."""
from __future__ import annotations

import contextlib
import json
import time
from datetime import date, datetime, timedelta, timezone

from django.db import connection

from articles.models import Article, Issue, Mention, Newspaper, Page, Person
from articles.search import backend

from .corpus import Corpus

PAPERS = ["山城日报", "江北时报"]
PAGES_PER_ISSUE, ARTICLES_PER_PAGE = 16, 8
SECTIONS = ["要闻", "要闻", "综合", "经济", "社会", "文化", "体育", "副刊"]
TABLES = [Newspaper, Issue, Page, Person, Article, Mention]


def _columns(model):
    return [f.column for f in model._meta.concrete_fields]


def _row(model, values: dict, defaults: dict):
    """A COPY row: the values given, else the defaults given, else the field's own default."""
    return [values[f.attname] if f.attname in values else defaults.get(f.attname, _default(f))
            for f in model._meta.concrete_fields]


def _default(field):
    value = field.get_default()
    return json.dumps(value) if isinstance(value, (list, dict)) else value


def drop_indexes(cursor) -> list[str]:
    """Drop the secondary indexes (not those of constraints) of the tables loaded; returns how to remake them."""
    cursor.execute("""
        SELECT i.indexname, i.indexdef FROM pg_indexes i
        WHERE i.tablename IN ('articles_article', 'articles_mention', 'articles_page')
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)""")
    found = cursor.fetchall()
    for name, _ in found:
        cursor.execute(f'DROP INDEX "{name}"')
    return [definition for _, definition in found]


def load(articles: int, progress=print) -> dict:
    """Generate and COPY `articles` articles; returns facts the measurements need (persons, terms)."""
    started = time.perf_counter()
    corpus = Corpus(articles)
    progress(f"word model and {len(corpus.clauses)} clauses ready in {time.perf_counter() - started:.0f}s")
    db_value = backend(connection).db_value
    now = datetime.now(timezone.utc)
    with connection.cursor() as cursor:
        definitions = drop_indexes(cursor)
        for model in TABLES:
            cursor.execute(f'ALTER TABLE "{model._meta.db_table}" DISABLE TRIGGER ALL')  # consistent by construction
        raw = cursor.connection  # psycopg connection, for COPY
        persons = [(i + 1, name, post) for i, (name, post) in enumerate(corpus.persons)]
        _copy(raw, Newspaper, [_row(Newspaper, {"id": i + 1, "name": n}, {}) for i, n in enumerate(PAPERS)])
        person_defaults = {"needs_review": False, "review_reasons": "[]", "note": ""}
        _copy(raw, Person, [_row(Person, {"id": i, "name": n, "title": t}, person_defaults) for i, n, t in persons])
        mention_counts = [0] * (len(persons) + 1)
        issues, page_id, article_id, mention_id = [], 0, 0, 0
        per_issue = PAGES_PER_ISSUE * ARTICLES_PER_PAGE
        with contextlib.ExitStack() as stack:  # one connection per table: COPY streams at once
            article_copy, page_copy, mention_copy = (
                stack.enter_context(stack.enter_context(stack.enter_context(_connect()).cursor()).copy(_copy_sql(m)))
                for m in (Article, Page, Mention))
            for issue_index in range(-(-articles // per_issue)):
                paper = issue_index % len(PAPERS) + 1
                day = date(2015, 1, 1) + timedelta(days=issue_index // len(PAPERS))
                issues.append(_row(Issue, {"id": issue_index + 1, "newspaper_id": paper, "date": day}, {}))
                for number in range(1, PAGES_PER_ISSUE + 1):
                    if article_id >= articles:
                        break
                    page_id += 1
                    section = SECTIONS[(number - 1) % len(SECTIONS)]
                    texts = []
                    for order in range(1, ARTICLES_PER_PAGE + 1):
                        if article_id >= articles:
                            break
                        article_id += 1
                        title, body, document, reporter, named = corpus.article()
                        texts.append(f"{title}\n{body}")
                        place = {"newspaper_id": paper, "issue_date": day, "page_number": number, "section": section}
                        article_copy.write_row(_row(Article, {
                            "id": article_id, "page_id": page_id, "order": order, "title": title, "body": body,
                            "byline": f"本报记者 {corpus.persons[reporter][0]}", "source": "本报",
                            "search_document": db_value(document), **place},
                            {"needs_review": False, "review_reasons": "[]", "kicker": "", "subtitles": "[]",
                             "edited": False, "created_at": now, "updated_at": now}))
                        for index, post, position in [(reporter, "", 0), *named]:
                            mention_id += 1
                            mention_counts[index + 1] += 1
                            mention_copy.write_row(_row(Mention, {
                                "id": mention_id, "person_id": index + 1, "page_id": page_id, "article_id": article_id,
                                "role": "记者" if post == "" else "mentioned", "title": post, "position": position,
                                "issue_date": day, "page_number": number}, {}))
                    page_copy.write_row(_row(Page, {
                        "id": page_id, "issue_id": issue_index + 1, "number": number, "section": section,
                        "raw_text": "\n\n".join(texts), "sha256": f"{page_id:064x}", "source_name": f"{page_id}.txt",
                        "source_path": "", "parser_version": "bench"},
                        {"needs_review": False, "review_reasons": "[]", "pending_newspaper": "",
                         "credits_edited": False, "imported_at": now, "updated_at": now}))
                if article_id % 20000 < per_issue:
                    progress(f"{article_id} articles generated ({time.perf_counter() - started:.0f}s)")
        _copy(raw, Issue, issues)
        progress(f"{articles} articles, {page_id} pages, {mention_id} mentions copied "
                 f"({time.perf_counter() - started:.0f}s); rebuilding {len(definitions)} indexes")
        for model in TABLES:
            cursor.execute(f'ALTER TABLE "{model._meta.db_table}" ENABLE TRIGGER ALL')
            cursor.execute(f"SELECT setval(pg_get_serial_sequence('{model._meta.db_table}', 'id'), "
                           f"(SELECT coalesce(max(id), 1) FROM \"{model._meta.db_table}\"))")
        cursor.execute("SET maintenance_work_mem = '1GB'")
        for definition in definitions:
            cursor.execute(definition)
    progress(f"indexes rebuilt ({time.perf_counter() - started:.0f}s)")
    busiest = sorted(range(1, len(persons) + 1), key=lambda i: -mention_counts[i])[:5]
    return {"persons": busiest, "person_mentions": [mention_counts[i] for i in busiest], "corpus": corpus,
            "seconds": time.perf_counter() - started, "articles": articles}


def _connect():
    """A psycopg connection of its own to the benchmark database (autocommit: each COPY commits)."""
    import psycopg
    settings = connection.settings_dict
    return psycopg.connect(dbname=settings["NAME"], user=settings["USER"], password=settings["PASSWORD"] or None,
                           host=settings["HOST"] or None, port=settings["PORT"] or None, autocommit=True)


def _copy_sql(model) -> str:
    return f'COPY "{model._meta.db_table}" ({", ".join(chr(34) + c + chr(34) for c in _columns(model))}) FROM STDIN'


def _copy(raw, model, rows):
    with raw.cursor() as cursor, cursor.copy(_copy_sql(model)) as copy:
        for row in rows:
            copy.write_row([json.dumps(v) if isinstance(v, list) else v for v in row])
