"""Fill a migrated PostgreSQL database with N synthetic articles by COPY, in parallel processes.

The secondary indexes are dropped first and rebuilt after loading (two connections at a time,
maintenance_work_mem raised). Issues are split into contiguous ranges, one per process; each
process streams its articles, pages and mentions by COPY on connections of its own. Ids are a
function of the issue, page and article numbers, so the result does not depend on the process count.
"""
from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import random
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta, timezone

from django.db import connection

from articles.models import Article, Issue, Mention, Newspaper, Page, Person
from articles.search import backend

from .corpus import Corpus

PAPERS = ["山城日报", "江北时报"]
PAGES_PER_ISSUE, ARTICLES_PER_PAGE = 16, 8
PER_ISSUE = PAGES_PER_ISSUE * ARTICLES_PER_PAGE
MENTIONS_PER_ARTICLE = 4  # the reporter and at most three persons named (Corpus.article)
SECTIONS = ["要闻", "要闻", "综合", "经济", "社会", "文化", "体育", "副刊"]
TABLES = [Newspaper, Issue, Page, Person, Article, Mention]
INDEX_MEMORY = "1GB"  # maintenance_work_mem of each index build
_CORPUS: Corpus | None = None  # shared with the loading processes by fork


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


def _day(issue_index: int):
    return issue_index % len(PAPERS) + 1, date(2015, 1, 1) + timedelta(days=issue_index // len(PAPERS))


def load(articles: int, progress=print, workers: int | None = None) -> dict:
    """Generate and COPY `articles` articles; returns facts the measurements need (persons, terms)."""
    global _CORPUS
    started = time.perf_counter()
    corpus = _CORPUS = Corpus(articles)
    progress(f"word model and {len(corpus.clauses)} clauses ready in {time.perf_counter() - started:.0f}s")
    issues = -(-articles // PER_ISSUE)
    workers = max(1, min(workers or os.cpu_count() or 1, issues))
    with connection.cursor() as cursor:
        definitions = drop_indexes(cursor)
        for model in TABLES:
            cursor.execute(f'ALTER TABLE "{model._meta.db_table}" DISABLE TRIGGER ALL')  # consistent by construction
        raw = cursor.connection  # psycopg connection, for COPY
        _copy(raw, Newspaper, [_row(Newspaper, {"id": i + 1, "name": n}, {}) for i, n in enumerate(PAPERS)])
        person_defaults = {"needs_review": False, "review_reasons": "[]", "note": ""}
        _copy(raw, Person, [_row(Person, {"id": i + 1, "name": n, "title": t}, person_defaults)
                            for i, (n, t) in enumerate(corpus.persons)])
        _copy(raw, Issue, [_row(Issue, {"id": i + 1, "newspaper_id": _day(i)[0], "date": _day(i)[1]}, {})
                           for i in range(issues)])
    connection.close()  # no connection crosses the fork
    bounds = [issues * k // workers for k in range(workers + 1)]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        results = pool.starmap(_load_issues, [(articles, bounds[k], bounds[k + 1], k, started)
                                              for k in range(workers)])
    mention_counts = [sum(counts) for counts in zip(*(r[0] for r in results))]
    pages, mentions = sum(r[1] for r in results), sum(r[2] for r in results)
    progress(f"{articles} articles, {pages} pages, {mentions} mentions copied by {workers} processes "
             f"({time.perf_counter() - started:.0f}s); rebuilding {len(definitions)} indexes")
    with connection.cursor() as cursor:
        for model in TABLES:
            cursor.execute(f'ALTER TABLE "{model._meta.db_table}" ENABLE TRIGGER ALL')
            cursor.execute(f"SELECT setval(pg_get_serial_sequence('{model._meta.db_table}', 'id'), "
                           f"(SELECT coalesce(max(id), 1) FROM \"{model._meta.db_table}\"))")
    build_indexes(definitions)
    progress(f"indexes rebuilt ({time.perf_counter() - started:.0f}s)")
    busiest = sorted(range(len(mention_counts)), key=lambda i: -mention_counts[i])[:5]
    return {"persons": [i + 1 for i in busiest], "person_mentions": [mention_counts[i] for i in busiest],
            "corpus": corpus, "seconds": time.perf_counter() - started, "articles": articles}


def build_indexes(definitions: list[str]) -> None:
    """Each full-text index (GIN, RUM) on a connection of its own while the others are built on one more."""
    def build(group):
        with _connect() as raw:
            raw.execute(f"SET maintenance_work_mem = '{INDEX_MEMORY}'")
            for definition in group:
                raw.execute(definition)
    slow = [d for d in definitions if " USING gin " in d or " USING rum " in d]
    groups = [[d] for d in slow] + [[d for d in definitions if d not in slow]]
    with ThreadPoolExecutor(len(groups)) as pool:
        list(pool.map(build, groups))


def _load_issues(articles: int, first: int, last: int, process: int, started: float):
    """COPY the articles, pages and mentions of issues [first, last): (mention counts per person, pages, mentions)."""
    corpus = _CORPUS
    corpus.rng = random.Random(corpus.seed * 1000 + process)  # this range's own draws
    db_value = backend("default").db_value
    now = datetime.now(timezone.utc)
    mention_counts = [0] * len(corpus.persons)
    pages = mentions = 0
    with contextlib.ExitStack() as stack:  # one connection per table: COPY streams at once
        article_copy, page_copy, mention_copy = (
            stack.enter_context(stack.enter_context(stack.enter_context(_connect()).cursor()).copy(_copy_sql(m)))
            for m in (Article, Page, Mention))
        for issue_index in range(first, last):
            paper, day = _day(issue_index)
            for number in range(1, PAGES_PER_ISSUE + 1):
                page_id = issue_index * PAGES_PER_ISSUE + number
                first_article = (page_id - 1) * ARTICLES_PER_PAGE + 1
                if first_article > articles:
                    break
                section = SECTIONS[(number - 1) % len(SECTIONS)]
                texts = []
                for article_id in range(first_article, min(first_article + ARTICLES_PER_PAGE, articles + 1)):
                    title, body, document, reporter, named = corpus.article()
                    texts.append(f"{title}\n{body}")
                    place = {"newspaper_id": paper, "issue_date": day, "page_number": number, "section": section}
                    article_copy.write_row(_row(Article, {
                        "id": article_id, "page_id": page_id, "order": article_id - first_article + 1,
                        "title": title, "body": body, "byline": f"本报记者 {corpus.persons[reporter][0]}",
                        "source": "本报", "search_document": db_value(document), **place},
                        {"needs_review": False, "review_reasons": "[]", "kicker": "", "subtitles": "[]",
                         "edited": False, "created_at": now, "updated_at": now}))
                    for k, (index, post, position) in enumerate([(reporter, "", 0), *named]):
                        mentions += 1
                        mention_counts[index] += 1
                        mention_copy.write_row(_row(Mention, {
                            "id": (article_id - 1) * MENTIONS_PER_ARTICLE + k + 1, "person_id": index + 1,
                            "page_id": page_id, "article_id": article_id,
                            "role": "记者" if post == "" else "mentioned", "title": post, "position": position,
                            "issue_date": day, "page_number": number}, {}))
                pages += 1
                page_copy.write_row(_row(Page, {
                    "id": page_id, "issue_id": issue_index + 1, "number": number, "section": section,
                    "raw_text": "\n\n".join(texts), "sha256": f"{page_id:064x}", "source_name": f"{page_id}.txt",
                    "source_path": "", "parser_version": "bench"},
                    {"needs_review": False, "review_reasons": "[]", "pending_newspaper": "",
                     "credits_edited": False, "imported_at": now, "updated_at": now}))
            done = issue_index + 1 - first
            if process == 0 and done % max(1, 20000 // PER_ISSUE) == 0:
                print(f"   process 0: {done * PER_ISSUE} of its {(last - first) * PER_ISSUE} articles "
                      f"({time.perf_counter() - started:.0f}s)", flush=True)
    return mention_counts, pages, mentions


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
