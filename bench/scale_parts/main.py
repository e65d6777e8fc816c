"""bench/scale --articles N: build N articles in a PostgreSQL database of their own, then time the API.

Prints the build time, the plan of a search, one line per request type (p50, p95, ratio to the
article-detail p95) and ends with `search_p95_over_detail_p95=…`. The database is dropped after
the run unless --keep is given; --reuse measures a database kept by an earlier run of the same N
again without rebuilding it (pending migrations are applied to it first).
"""
import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
FACTS_TABLE = "bench_scale_facts"  # in the benchmark database: what a kept build holds


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000, help="how many articles to build")
    parser.add_argument("--requests", type=int, default=60, help="timed requests per request type")
    parser.add_argument("--database", default="bench_scale", help="database to create (dropped first if it exists)")
    parser.add_argument("--keep", action="store_true", help="leave the database in place after the run")
    parser.add_argument("--reuse", action="store_true",
                        help="measure the database kept by an earlier run of the same --articles (implies --keep)")
    parser.add_argument("--workers", type=int, default=None, help="loading processes (default: one per core)")
    args = parser.parse_args()
    args.keep = args.keep or args.reuse

    import dj_database_url
    configured = os.environ.get("DATABASE_URL") or "postgres://postgres@127.0.0.1:5432/postgres"
    server = dj_database_url.parse(configured)
    if "postgresql" not in server["ENGINE"]:
        sys.exit("bench/scale needs PostgreSQL: set DATABASE_URL=postgres://…")
    admin_url = configured.rsplit("/", 1)[0] + "/postgres"
    bench_url = configured.rsplit("/", 1)[0] + "/" + args.database
    os.environ["DATABASE_URL"] = bench_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    import psycopg
    kept = args.reuse and kept_facts(bench_url, args.articles)
    if not kept:
        with psycopg.connect(admin_url.replace("postgres://", "postgresql://"), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{args.database}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{args.database}"')
    import django
    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from scale_parts import load, measure
    try:
        call_command("migrate", verbosity=0)
        if kept:
            from scale_parts.corpus import Corpus
            facts = {**kept, "corpus": Corpus(args.articles)}
            print(f"reusing the {args.articles} articles kept in {args.database} "
                  f"(built in {kept['seconds']:.0f}s; {measure.database_size()})")
        else:
            facts = load.load(args.articles, progress=lambda line: print(f"   {line}", flush=True),
                              workers=args.workers)
            started = time.perf_counter()
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")
            facts["seconds"] += time.perf_counter() - started
            print(f"built {args.articles} articles in {facts['seconds']:.0f}s, VACUUM ANALYZE included "
                  f"({measure.database_size()})")
            if args.keep:
                remember(facts)
        rng = random.Random(7)
        facts["terms"] = measure.search_terms(facts["corpus"], rng)
        print("busiest persons' mentions:", facts["person_mentions"])
        print(f"== plan of a search for {facts['terms']['search frequent'][0]!r} (first page, by rank)")
        print(measure.plan_of_search(facts["terms"]["search frequent"][0]))
        print(f"== plan of a search for {facts['terms']['search phrase'][0]!r}")
        print(measure.plan_of_search(facts["terms"]["search phrase"][0]))
        connection.close()
        process, base, name = measure.start_server(bench_url)
        try:
            started = time.perf_counter()
            timings = measure.measure(base, facts, args.requests, rng)
            print(f"== {args.requests} requests per type over HTTP to {name}, DEBUG off "
                  f"({time.perf_counter() - started:.0f}s); matches per search: {facts['counts']}")
            for kind, terms in facts["terms"].items():
                print(f"   {kind}: {', '.join(terms)}")
            ratio = measure.report(timings)
        finally:
            process.terminate()
            process.wait(timeout=30)
        print(f"search_p95_over_detail_p95={ratio:.2f}")
    finally:
        connection.close()
        if not args.keep:
            with psycopg.connect(admin_url.replace("postgres://", "postgresql://"), autocommit=True) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{args.database}" WITH (FORCE)')


def kept_facts(url: str, articles: int) -> dict | None:
    """The facts of a build of `articles` articles kept in the database at `url`, if there is one."""
    import psycopg
    try:
        with psycopg.connect(url.replace("postgres://", "postgresql://")) as db:
            row = db.execute(f"SELECT facts FROM {FACTS_TABLE}").fetchone()
    except psycopg.Error:
        return None
    facts = row and (row[0] if isinstance(row[0], dict) else json.loads(row[0]))
    return facts if facts and facts.get("articles") == articles else None


def remember(facts: dict) -> None:
    """Record what this build holds, for --reuse."""
    from django.db import connection
    kept = {k: facts[k] for k in ("articles", "persons", "person_mentions", "seconds")}
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE TABLE {FACTS_TABLE} (facts jsonb)")
        cursor.execute(f"INSERT INTO {FACTS_TABLE} VALUES (%s)", [json.dumps(kept)])


if __name__ == "__main__":
    main()
