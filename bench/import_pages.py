"""Characters per second of plain jieba.posseg, of parse_page and of import_pages, on the same pages, in one run.

    bench/import [--pages 200] [--database NAME] [--keep]

The pages are the sample pages (seeds/, tests/data/zoo/*/) once each, then pages made of the
first part of one and the last part of another (cut at a blank line), until there are --pages
of them, all different; a manifest gives each its own place (eight pages an issue, one issue a
day), so that none is a conflict or a copy of another. import_pages runs into a fresh database:
SQLite in a temporary folder, or, when DATABASE_URL names a PostgreSQL server, a database of
its own on it (`bench_import`, dropped at the end unless --keep). Dictionary loading is left
out of every figure. Ends with `import_over_posseg=…` (goal: at least 0.5).

The three are timed page by page in turn (the import through import_pages' own code, file by
file), so that a machine busy with other work slows them alike. Another way of importing (workers)
is measured after them by adding a function to EXTRA_IMPORTERS: it takes the folder of pages and
the manifest, imports them (into a database of its own: `fresh_database`), and returns the
seconds it took.
"""
from __future__ import annotations

import argparse
import datetime
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def sample_pages(count: int) -> list[str]:
    """`count` different page texts from the sample pages."""
    files = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("tests/data/zoo/*/*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    pages, seen = [], set()
    for text in texts:
        if text not in seen:
            pages.append(text)
            seen.add(text)
    k = 0
    while len(pages) < count:
        first, second = texts[k % len(texts)], texts[(k * 7 + 3) % len(texts)]
        k += 1
        head, tail = _halves(first)[0], _halves(second)[1]
        mixed = head + "\n\n" + tail
        if mixed not in seen:
            pages.append(mixed)
            seen.add(mixed)
    return pages[:count]


def _halves(text: str) -> tuple[str, str]:
    """The text cut at the blank line nearest its middle (at its middle line when it has none)."""
    middle = len(text) // 2
    cut = text.find("\n\n", middle)
    if cut < 0:
        cut = text.find("\n", middle)
    cut = cut if cut >= 0 else middle
    return text[:cut], text[cut:].lstrip("\n")


def fresh_database(name: str | None) -> tuple[str, callable]:
    """(DATABASE_URL of an empty database, function that removes it)."""
    server = os.environ.get("DATABASE_URL", "")
    if server.startswith("postgres"):
        import psycopg

        base = server.rsplit("/", 1)[0]
        name = name or "bench_import"
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')

        def drop():
            from django.db import connections

            connections.close_all()
            with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        return f"{base}/{name}", drop
    folder = tempfile.mkdtemp(prefix="bench_import_")
    return f"sqlite:///{folder}/bench.sqlite3", lambda: shutil.rmtree(folder, ignore_errors=True)


# name -> function(folder of pages, manifest) -> seconds, measured after the reference (e.g. workers)
EXTRA_IMPORTERS = {}


def interleaved(folder: Path, pages: list[str]) -> tuple[float, float, float]:
    """Seconds of jieba.posseg, parse_page and importing (import_pages' own code, file by file) over the
    pages, the three taken page by page in turn, so that a busy machine slows them alike."""
    import jieba.posseg as pseg

    from articles.batch import PageMeta, import_file
    from articles.parsing import parse_page
    from articles.parsing.persons import tagger

    spent = [0.0, 0.0, 0.0]
    first = datetime.date(2024, 1, 1)
    for n, text in enumerate(pages):
        meta = PageMeta("基准日报", first + datetime.timedelta(days=n // 8), n % 8 + 1)
        for k, step in enumerate((lambda: list(pseg.cut(text)), lambda: parse_page(text),
                                  lambda: import_file(folder / f"page_{n:04}.txt", meta))):
            tagger.decode.cache_clear()  # every figure from the same cold cache
            start = time.perf_counter()
            result = step()
            spent[k] += time.perf_counter() - start
        if result.status != "imported":
            raise SystemExit(f"page_{n:04}.txt not imported: {result.line()}")
    return tuple(spent)


def write_pages(folder: Path, pages: list[str]) -> Path:
    """The pages as files, and a manifest giving each its own place: eight pages an issue, one issue a day."""
    rows = ["file,newspaper,date,page,section"]
    first = datetime.date(2024, 1, 1)
    for n, text in enumerate(pages):
        name = f"page_{n:04}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        rows.append(f"{name},基准日报,{first + datetime.timedelta(days=n // 8)},{n % 8 + 1},")
    manifest = folder.parent / f"{folder.name}.csv"
    manifest.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return manifest


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--database", help="PostgreSQL database name to create (default bench_import)")
    ap.add_argument("--keep", action="store_true", help="keep the database (and print where it is)")
    args = ap.parse_args()

    url, remove = fresh_database(args.database)
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from articles.parsing import parse_page
    from articles.parsing.persons import tagger, warm_up

    call_command("migrate", verbosity=0)
    pages = sample_pages(args.pages)
    chars = sum(map(len, pages))
    folder = Path(tempfile.mkdtemp(prefix="bench_import_pages_"))
    try:
        manifest = write_pages(folder, pages)
        warm_up()
        parse_page(pages[0])
        posseg, parser, imported = interleaved(folder, pages)
        figures = {"import_pages": chars / imported}
        for name, run in EXTRA_IMPORTERS.items():
            tagger.decode.cache_clear()
            figures[name] = chars / run(folder, manifest)
        from articles.models import Article, Page

        print(f"pages={len(pages)} chars={chars} database={connection.vendor} "
              f"stored pages={Page.objects.count()} articles={Article.objects.count()}")
        posseg, parser = chars / posseg, chars / parser
        print(f"jieba.posseg: {posseg:,.0f} chars/s")
        print(f"parse_page:   {parser:,.0f} chars/s  ({parser / posseg:.2f} x posseg)")
        for name, speed in figures.items():
            print(f"{name}: {speed:,.0f} chars/s  ({speed / posseg:.2f} x posseg, {speed / parser:.2f} x parse_page)")
        print(f"parse_over_posseg={parser / posseg:.2f}")
        print(f"import_over_posseg={figures['import_pages'] / posseg:.2f}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        folder.with_suffix(".csv").unlink(missing_ok=True)
        if args.keep:
            print(f"kept: {url}")
        else:
            remove()


if __name__ == "__main__":
    main()
