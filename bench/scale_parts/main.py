"""bench/scale --articles N: build N articles in a PostgreSQL database of their own, then time the API.

Prints the build time, the plan of a search, one line per request type (p50, p95, ratio to the
article-detail p95) and ends with `search_p95_over_detail_p95=…`. The database is dropped after
the run unless --keep is given.
"""
import argparse
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000, help="how many articles to build")
    parser.add_argument("--requests", type=int, default=60, help="timed requests per request type")
    parser.add_argument("--database", default="bench_scale", help="database to create (dropped first if it exists)")
    parser.add_argument("--keep", action="store_true", help="leave the database in place after the run")
    args = parser.parse_args()

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
        facts = load.load(args.articles, progress=lambda line: print(f"   {line}", flush=True))
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
        print(f"built {args.articles} articles in {facts['seconds']:.0f}s ({measure.database_size()})")
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


if __name__ == "__main__":
    main()
