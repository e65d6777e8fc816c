"""The Celery app as bin/worker runs it, for the kill -9 test: each page is stored, then the worker
waits inside the page's transaction (writing the file's name to $SLOW_STORE_MARKER) until killed."""
import os
import time
from pathlib import Path

from celery import signals

from newsroom.celery import app

__all__ = ["app"]


@signals.worker_process_init.connect
def store_slowly(**_):
    import articles.batch

    store_page = articles.batch.store_page

    def slow(text, parsed, meta, source_name, **kwargs):
        outcome = store_page(text, parsed, meta, source_name, **kwargs)
        Path(os.environ["SLOW_STORE_MARKER"]).write_text(source_name, encoding="utf-8")
        time.sleep(600)
        return outcome

    articles.batch.store_page = slow
