"""import_pages --queue: a real broker, real `celery worker` processes, the PostgreSQL test database.

Skipped on SQLite (the workers are other processes: they need the database the test sees) and when
no broker answers (RabbitMQ on 5672, else Redis on 6379; or TEST_CELERY_BROKER_URL).
"""
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.db import connection
from kombu import Connection

from articles.models import Article, Page
from conftest import ROOT, SEEDS

BROKERS = [("amqp://guest:guest@127.0.0.1:5672//", 5672), ("redis://127.0.0.1:6379/0", 6379)]
LINE = re.compile(r"^(?P<path>\S+): (?P<status>[a-z ]+) \| .* \| articles (?P<articles>\d+) \|", re.M)


def reachable_broker():
    if os.environ.get("TEST_CELERY_BROKER_URL"):
        return os.environ["TEST_CELERY_BROKER_URL"]
    for url, port in BROKERS:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return url
        except OSError:
            continue
    return None


@pytest.fixture
def celery_env(transactional_db, tmp_path):
    """Environment for the command and the workers: the broker, a queue of this test's own, the test database."""
    if connection.vendor != "postgresql":
        pytest.skip("Celery workers are other processes and need a shared database: run on PostgreSQL "
                    "(DATABASE_URL=postgres://…)")
    broker = reachable_broker()
    if broker is None:
        pytest.skip("no Celery broker reachable (RabbitMQ 127.0.0.1:5672 or Redis 127.0.0.1:6379); "
                    "start one or set TEST_CELERY_BROKER_URL")
    db = connection.settings_dict  # NAME is pytest-django's test database (test_…) by now
    queue = f"newsroom-test-{uuid.uuid4().hex[:12]}"
    env = dict(os.environ, CELERY_BROKER_URL=broker, CELERY_QUEUE=queue, PYTHONPATH=str(ROOT),
               DATABASE_URL=f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST'] or '127.0.0.1'}:"
                            f"{db['PORT'] or 5432}/{db['NAME']}",
               CELERY_RESULT_BACKEND="rpc://" if broker.startswith("amqp") else broker,
               CELERY_VISIBILITY_TIMEOUT="20", SLOW_STORE_MARKER=str(tmp_path / "storing"), LOG_LEVEL="INFO")
    yield env
    with Connection(broker) as conn:
        conn.default_channel.queue_delete(queue)


@pytest.fixture
def start_worker(celery_env, tmp_path):
    """start_worker(app) → a running `celery -A app worker` (its own process group); all killed at the end."""
    started = []

    def start(app="newsroom"):
        log = tmp_path / f"worker{len(started)}.log"
        process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", app, "worker", "--concurrency", "1", "--loglevel", "INFO",
             "--hostname", f"test{len(started)}-{uuid.uuid4().hex[:6]}@%h", "--without-gossip", "--without-mingle"],
            cwd=ROOT, env=celery_env, stdout=log.open("w"), stderr=subprocess.STDOUT, start_new_session=True)
        started.append(process)
        wait_for(lambda: " ready." in log.read_text(), 60, f"worker did not start: {log.read_text()[-2000:]}")
        return process

    yield start
    for process in started:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def wait_for(condition, seconds, message):
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(message)
        time.sleep(0.2)


def import_pages(env, *args):
    return subprocess.Popen([sys.executable, "manage.py", "import_pages", *map(str, args)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finished(process, seconds=240):
    """(exit code, stdout, stderr) of import_pages; a page whose task was lost fails the test, not hangs it."""
    try:
        out, err = process.communicate(timeout=seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        pytest.fail(f"import_pages --wait still waiting after {seconds} s: a task was lost\n{out}\n{err}")
    return process.returncode, out, err


@pytest.fixture
def folder(tmp_path):
    """Three seed pages and one file that is not page text."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(seed, folder)
    (folder / "zz_binary.txt").write_bytes(b"\x00\x01binary")
    return folder


def stored():
    """Each stored page's file name and its number of articles."""
    return sorted((p.source_name, p.articles.count()) for p in Page.objects.all())


def test_queued_pages_are_imported_by_a_worker_once_with_the_commands_lines(celery_env, start_worker, folder):
    start_worker()
    code, out, err = finished(import_pages(celery_env, folder, "--queue", "--wait"))
    assert code != 0 and "1 file(s) failed" in err  # the binary file
    assert "zz_binary.txt: error: binary file" in err
    lines = {m["path"]: m for m in LINE.finditer(out)}
    assert sorted(Path(p).name for p in lines) == ["000_271eacad1fd7c2b4.txt", "001_46c0d8967e19a58f.txt",
                                                   "002_0fa9e87e941c1344.txt"]
    assert {m["status"] for m in lines.values()} == {"imported"}
    assert "4 file(s): 1 failed, 3 imported |" in out
    first = stored()
    assert first == sorted((Path(p).name, int(m["articles"])) for p, m in lines.items())
    assert all(n > 0 for _, n in first)

    code, out, err = finished(import_pages(celery_env, folder, "--queue", "--wait", "--no-progress"))
    assert "4 file(s): 1 failed, 3 unchanged |" in out
    assert stored() == first and Article.objects.count() == sum(n for _, n in first)

    (folder / "zz_binary.txt").unlink()
    code, out, err = finished(import_pages(celery_env, folder, "--queue"))
    assert (code, out.strip()) == (0, "3 page(s) queued for the Celery workers (bin/worker)")


def test_a_worker_killed_mid_page_leaves_no_half_page_and_another_finishes_every_page_once(
        celery_env, start_worker, folder):
    (folder / "zz_binary.txt").unlink()
    slow = start_worker("tests.celery_slow_app")
    waiting = import_pages(celery_env, folder, "--queue", "--wait", "--no-progress")
    marker = Path(celery_env["SLOW_STORE_MARKER"])
    wait_for(marker.exists, 120, "the slow worker never got to store a page")
    os.killpg(slow.pid, signal.SIGKILL)  # the worker and its pool, in the middle of a page's transaction
    slow.wait()
    assert Page.objects.count() == 0 and Article.objects.count() == 0  # nothing of the page was committed

    start_worker()
    code, out, err = finished(waiting)
    assert code == 0, err
    assert "3 file(s): 3 imported |" in out
    lines = {Path(m["path"]).name: int(m["articles"]) for m in LINE.finditer(out)}
    assert marker.read_text(encoding="utf-8") in lines  # the killed worker's page was redelivered
    assert stored() == sorted(lines.items())  # every page once, each with all its articles
    assert Page.objects.values("sha256").distinct().count() == 3


def test_wait_timeout_stops_waiting_says_how_many_pages_are_pending_and_a_worker_stores_them_later(
        celery_env, start_worker, folder):
    (folder / "zz_binary.txt").unlink()
    started = time.monotonic()
    code, out, err = finished(import_pages(celery_env, folder, "--queue", "--wait", "--wait-timeout", "3",
                                           "--no-progress"), seconds=120)  # no worker runs
    assert 3 <= time.monotonic() - started < 60
    assert code != 0 and "Traceback" not in err
    assert [line for line in err.splitlines() if " INFO " not in line] == ["CommandError: stopped waiting after 3 s (--wait-timeout): 3 page(s) still "
                                        "pending; they stay queued and the workers will store them"]
    assert "3 file(s): 3 pending |" in out
    assert stored() == []

    start_worker()  # the pages were left queued: a worker started later stores each of them
    wait_for(lambda: len(stored()) == 3, 120, f"the queued pages were not stored: {stored()}")
    assert all(n > 0 for _, n in stored())
