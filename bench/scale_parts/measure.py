"""Time the API over HTTP against a real server process: p50/p95 per request type, ratios to the detail p95."""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(database_url: str):
    """gunicorn (2 workers) if installed, else runserver; DEBUG off, persistent connections: (process, url, name)."""
    port = free_port()
    env = {**os.environ, "DATABASE_URL": database_url, "DEBUG": "0", "SECRET_KEY": "bench-scale-only",
           "ALLOWED_HOSTS": "127.0.0.1", "DB_CONN_MAX_AGE": "600", "LOG_LEVEL": "ERROR"}
    gunicorn = Path(sys.executable).with_name("gunicorn")
    if gunicorn.exists() or shutil.which("gunicorn", path=str(gunicorn.parent)):
        command = [str(gunicorn), "-w", "2", "-b", f"127.0.0.1:{port}", "newsroom.wsgi:application"]
        name = "gunicorn -w 2"
    else:
        command = [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"]
        name = "runserver --noreload (gunicorn is not installed)"
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            urllib.request.urlopen(url + "/api/", timeout=2).read()
            return process, url, name
        except OSError:
            if process.poll() is not None:
                raise RuntimeError(process.stderr.read().decode()[-2000:])
            time.sleep(0.5)
    process.kill()
    raise RuntimeError("the server did not answer")


def get(url: str) -> tuple[float, dict | list]:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=120) as response:
        body = response.read()
    return time.perf_counter() - started, json.loads(body)


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def search_terms(corpus, rng) -> dict[str, list[str]]:
    """Queries by how many articles they match: frequent words, rare words, two words, a frequent phrase."""
    import jieba
    df, pairs = Counter(), Counter()
    for title, body, *_ in (corpus.article() for _ in range(2000)):
        df.update({w for w in jieba.cut(title + "。" + body, HMM=False) if len(w) >= 2})
    for clause in corpus.clauses[:20000]:
        words = list(jieba.cut(clause.text, HMM=False))  # adjacent words, no punctuation between them
        pairs.update({(a, b) for a, b in zip(words, words[1:]) if len(a) >= 2 and len(b) >= 2})
    names = {ch for name, post in corpus.persons for ch in name + post} | set("记者本报讯出席")
    common = [w for w, _ in df.most_common(60) if not set(w) & names]
    middle = [w for w, n in df.most_common(3000)[500:] if not set(w) & names]
    once = Counter(w for clause in corpus.clauses for w in set(jieba.cut(clause.text, HMM=False)))
    rare = [w for w, n in once.items() if n == 1 and len(w) >= 3 and w not in df]
    rng.shuffle(rare)
    rng.shuffle(middle)
    return {"search frequent": common[:5], "search rare": rare[:10],
            "search two terms": [f"{a} {b}" for a, b in zip(common[:5], middle[:5])],
            "search phrase": [f'"{a}{b}"' for (a, b), _ in pairs.most_common(5)]}


def deep_cursor(articles: int) -> str:
    """The cursor a reader would hold half way down the default list (read once, untimed)."""
    from articles.api.pagination import encode, ordering_keys
    from articles.api.views import ArticleViewSet
    from articles.api.filters import NullsLastOrderingFilter
    from articles.models import Article
    view = ArticleViewSet()
    view.request = None
    queryset = NullsLastOrderingFilter().filter_queryset(_NoQuery(), Article.objects.all(), view)
    row = queryset.only("issue_date", "page_number", "order")[articles // 2]
    return encode(ordering_keys(queryset), row)


class _NoQuery:
    query_params = {}


def plan_of_search(query: str) -> str:
    """EXPLAIN ANALYZE of the queries of a search's first page as the API runs them (by rank, newest matches)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from articles import search
    from articles.api.search import counted_window
    from articles.models import Article
    queryset = Article.objects.select_related("newspaper").defer("body")
    parsed = search.parse_query(query)
    with CaptureQueriesContext(connection) as captured:
        count, ranked = counted_window(search.matches(queryset, parsed), queryset, parsed)
    plans = [f"-- count {count}; the newest matches (window of {search.RANK_WINDOW}, and the count)\n"
             + _explain(q["sql"]) for q in captured.captured_queries if not q["sql"].startswith("EXPLAIN")]
    page = ranked.order_by("-rank", "pk")[:21]
    plans.append("-- the first page by rank\n" + page.explain(analyze=True, buffers=True))
    return "\n".join(plans)


def _explain(sql: str) -> str:
    """EXPLAIN (ANALYZE, BUFFERS) of a captured query, inside the settings it ran with (kept out of EXPLAIN)."""
    import re
    before, sql, after = re.fullmatch(r"((?:SET LOCAL [^;]+; )*)(.*?)((?:; RESET \w+)*)", sql, re.DOTALL).groups()
    with connection.cursor() as cursor:
        cursor.execute(before + "EXPLAIN (ANALYZE, BUFFERS) " + sql + after)
        for _ in range(before.count("SET LOCAL")):
            cursor.nextset()
        return "\n".join(row[0] for row in cursor.fetchall())


def measure(base: str, facts: dict, requests: int, rng) -> dict[str, list[float]]:
    """Each request type in turn, `requests` times after 3 warm-up requests; seconds per request."""
    articles = facts["articles"]
    ids = [rng.randint(1, articles) for _ in range(requests + 3)]
    persons = facts["persons"]
    quote = urllib.parse.quote
    cursor = deep_cursor(articles)
    types = {
        "list": lambda i: "/api/articles/",
        "deep page": lambda i: f"/api/articles/?cursor={cursor}",
        "detail": lambda i: f"/api/articles/{ids[i]}/",
        "person detail": lambda i: f"/api/persons/{persons[i % len(persons)]}/",
        "person mentions": lambda i: f"/api/persons/{persons[i % len(persons)]}/mentions/",
        "co-mentions": lambda i: f"/api/persons/{persons[i % len(persons)]}/co-mentions/",
    }
    for name, queries in facts["terms"].items():
        types[name] = lambda i, queries=queries: f"/api/articles/?search={quote(queries[i % len(queries)])}"
    timings = {}
    for name, path in types.items():
        for i in range(3):
            get(base + path(i))
        timings[name] = [get(base + path(i))[0] for i in range(requests)]
    facts["counts"] = {name: get(base + types[name](0))[1].get("count") for name in facts["terms"]}
    return timings


def report(timings: dict[str, list[float]], out=print) -> float:
    detail = percentile(timings["detail"], 95)
    for name, values in timings.items():
        p50, p95 = percentile(values, 50), percentile(values, 95)
        out(f"{name:16s} p50={p50 * 1000:8.1f}ms p95={p95 * 1000:8.1f}ms p95/detail_p95={p95 / detail:5.2f}")
    worst = max(percentile(v, 95) for k, v in timings.items() if k.startswith("search"))
    return worst / detail


def database_size() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_size_pretty(pg_database_size(current_database())),"
                       " pg_size_pretty(pg_relation_size('article_search'))")
        return "database %s, search index %s" % cursor.fetchone()

