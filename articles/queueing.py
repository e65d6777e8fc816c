"""`import_pages --queue`: one Celery task per page, and (with --wait) their results as they come."""
from __future__ import annotations

import base64
from pathlib import Path

from celery.exceptions import TimeoutError as CeleryTimeout
from celery.result import ResultSet
from django.conf import settings
from kombu.utils.url import maybe_sanitize_url

from .batch import ImportResult
from .tasks import import_page, job_to_dict, result_from_dict


class QueueUnavailable(Exception):
    """No broker configured or reachable; str() is the one line to print."""


class StillPending(Exception):
    """Waiting stopped (--wait-timeout) with `count` pages not yet stored; they stay queued for the workers."""

    def __init__(self, count: int):
        super().__init__(f"{count} page(s) still pending")
        self.count = count


def check_broker():
    """Fail with one clear line unless CELERY_BROKER_URL names a broker that answers."""
    url = settings.CELERY_BROKER_URL
    if not url:
        raise QueueUnavailable("--queue needs a Celery broker: set CELERY_BROKER_URL (e.g. "
                               "amqp://guest:guest@127.0.0.1:5672// or redis://127.0.0.1:6379/0); "
                               "without --queue the pages are imported in this process")
    try:
        with import_page.app.connection_for_write() as connection:
            connection.ensure_connection(max_retries=1, timeout=5)
    except Exception as exc:  # noqa: BLE001 - any failure to connect is the one line printed
        raise QueueUnavailable(f"cannot reach the Celery broker {maybe_sanitize_url(url)}: {exc}") from exc


def send_imports(jobs, *, replace=False, move=False, keep_results=True) -> list:
    """Queue one task per PageJob; the files' bytes travel with it, so a worker needs no shared disk.

    Returns the tasks' AsyncResults in the jobs' order.
    """
    results = []
    for job in jobs:
        try:
            data = [base64.b64encode(Path(path).read_bytes()).decode("ascii") for path in job.paths]
        except OSError:
            data = None  # the worker reads the paths and reports why it cannot
        results.append(import_page.apply_async((job_to_dict(job), replace, data, move),
                                               ignore_result=not keep_results))
    return results


def collect(results, names, on_done, timeout: float | None = None):
    """Yield each page's ImportResult in the jobs' order; `on_done()` is called as each task finishes, in any order.

    After `timeout` seconds (None: no limit) the pages finished so far are yielded (in order) and
    StillPending says how many are not: their tasks stay queued, and the workers store them.
    """
    position = {result.id: index for index, result in enumerate(results)}
    done: dict[int, ImportResult] = {}
    following = 0
    try:
        for task_id, meta in ResultSet(results).iter_native(timeout=timeout, interval=0.2):
            index = position[task_id]
            if index in done or index < following:
                continue  # a state told twice
            done[index] = _result_of(names[index], meta)
            on_done()
            while following in done:
                yield done.pop(following)
                following += 1
    except (CeleryTimeout, TimeoutError):
        pending = len(results) - following - len(done)
        for index in sorted(done):  # finished after a page still pending
            yield done[index]
        raise StillPending(pending) from None


def _result_of(name, meta) -> ImportResult:
    if meta.get("status") == "SUCCESS":
        return result_from_dict(meta["result"])
    state = str(meta.get("status", "failed")).lower()
    return ImportResult(name, "failed", error=f"task {state}: {meta.get('result')!r}")
