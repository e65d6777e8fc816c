"""bench/import_workers: the same pages imported four ways into a fresh PostgreSQL database, timed in one run.

1. `import_pages` as it is (one process), 2. `--workers 2` (parsed in two processes),
3. `--queue --wait` with one Celery worker, 4. with two Celery workers (two `celery worker`
processes of concurrency 1, as on two machines). The database is emptied (`flush`) before each.
The pages are the real page texts of seeds/ and tests/data/heldout/, repeated to N files, each made
distinct by a last line and placed by a manifest on a page of its own.
Prints pages/s of each and their ratios to the one-process import, ending `celery2_over_one=…`.
"""
import argparse
import datetime
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from kombu import Connection

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable


def write_pages(folder: Path, count: int) -> Path:
    """`count` page files cycling through the real pages, and a manifest giving each a page of its own."""
    sources = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests/data/heldout").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    rows = ["file,newspaper,date,page"]
    start = datetime.date(2001, 1, 1)
    for n in range(count):
        name = f"page{n:04d}.txt"
        (folder / name).write_text(texts[n % len(texts)].rstrip("\n") + f"\n（基准第{n}份）\n", encoding="utf-8")
        rows.append(f"{name},基准日报,{start + datetime.timedelta(days=n // 8)},{n % 8 + 1}")
    manifest = folder.parent / "manifest.csv"
    manifest.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return manifest


def manage(env, *args, check=True):
    return subprocess.run([PYTHON, "manage.py", *map(str, args)], cwd=ROOT, env=env, check=check,
                          capture_output=True, text=True)


def timed_import(env, folder, manifest, count, *options) -> float:
    """Seconds `import_pages` takes from an empty archive; exits if a page is not imported."""
    manage(env, "flush", "--no-input")
    start = time.perf_counter()
    done = manage(env, "import_pages", folder, "--manifest", manifest, "--no-progress", *options, check=False)
    seconds = time.perf_counter() - start
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    if done.returncode != 0 or f"{count} file(s): {count} imported" not in summary:
        sys.exit(f"import_pages {' '.join(options)} failed ({done.returncode}): {summary}\n{done.stderr[-2000:]}")
    return seconds


def start_workers(env, count, log_dir) -> list:
    workers = []
    for n in range(count):
        log = log_dir / f"worker{n}.log"
        workers.append((subprocess.Popen(
            [PYTHON, "-m", "celery", "-A", "newsroom", "worker", "--concurrency", "1", "--loglevel", "INFO",
             "--hostname", f"bench{n}-{uuid.uuid4().hex[:6]}@%h", "--without-gossip", "--without-mingle"],
            cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT, start_new_session=True), log))
    deadline = time.monotonic() + 120
    while not all(" ready." in log.read_text() for _, log in workers):
        if time.monotonic() > deadline:
            sys.exit("the Celery workers did not start: " + workers[0][1].read_text()[-2000:])
        time.sleep(0.2)
    return [process for process, _ in workers]


def stop(workers):
    for process in workers:
        os.killpg(process.pid, signal.SIGTERM)
    for process in workers:
        process.wait(60)


def celery_import(env, folder, manifest, count, workers, log_dir) -> float:
    running = start_workers(env, workers, log_dir)
    try:
        return timed_import(env, folder, manifest, count, "--queue", "--wait")
    finally:
        stop(running)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=200, help="how many page files to import each way")
    parser.add_argument("--database", default="bench_import_workers", help="database to create (dropped first)")
    args = parser.parse_args()
    import psycopg

    configured = os.environ.get("DATABASE_URL") or "postgres://postgres@127.0.0.1:5432/postgres"
    if not configured.startswith(("postgres://", "postgresql://")):
        sys.exit("bench/import_workers needs PostgreSQL: set DATABASE_URL=postgres://…")
    server = configured.rsplit("/", 1)[0]
    with psycopg.connect(server.replace("postgres://", "postgresql://") + "/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{args.database}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{args.database}"')
    queue = f"bench-import-{uuid.uuid4().hex[:8]}"
    env = dict(os.environ, DATABASE_URL=f"{server}/{args.database}", CELERY_QUEUE=queue, PYTHONPATH=str(ROOT),
               CELERY_BROKER_URL=os.environ.get("CELERY_BROKER_URL") or "amqp://guest:guest@127.0.0.1:5672//")
    manage(env, "migrate", "--verbosity", "0")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        folder = tmp / "pages"
        folder.mkdir()
        manifest = write_pages(folder, args.pages)
        chars = sum(len(p.read_text(encoding="utf-8")) for p in folder.iterdir())
        print(f"{args.pages} pages, {chars} characters, {os.cpu_count()} CPU cores, "
              f"broker {env['CELERY_BROKER_URL'].split('@')[-1]}", flush=True)
        runs = {}
        for name, run in [
            ("one", lambda: timed_import(env, folder, manifest, args.pages)),
            ("workers2", lambda: timed_import(env, folder, manifest, args.pages, "--workers", "2")),
            ("celery1", lambda: celery_import(env, folder, manifest, args.pages, 1, tmp)),
            ("celery2", lambda: celery_import(env, folder, manifest, args.pages, 2, tmp)),
        ]:
            runs[name] = run()
            print(f"{name:9} {runs[name]:7.1f} s  {args.pages / runs[name]:6.2f} pages/s  "
                  f"{chars / runs[name]:8.0f} chars/s", flush=True)
    with psycopg.connect(server.replace("postgres://", "postgresql://") + "/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{args.database}" WITH (FORCE)')
    with Connection(env["CELERY_BROKER_URL"]) as broker:
        broker.default_channel.queue_delete(queue)
    for name in ("workers2", "celery1", "celery2"):
        print(f"{name}_over_one={runs['one'] / runs[name]:.2f}")


if __name__ == "__main__":
    main()
