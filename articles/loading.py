"""Read and parse one page (its file, or the files of one page), without the database: what
`import_pages --workers` runs in other processes and a Celery task runs before storing."""
from __future__ import annotations

import logging
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from .jobs import PageJob
from .parsing import PageTooLarge, parse_page
from .parsing.page import ParsedPage
from .parsing.parts import is_advertisement, join_parts, parse_parts
from .textfile import UnreadableFile, decode_page_bytes, read_page_file

logger = logging.getLogger(__name__)


@dataclass
class LoadedPage:
    """A page read and parsed (`parsed` None: nothing to store, see `notes`), or why not (`error`)."""

    text: str = ""
    parsed: ParsedPage | None = None
    error: str | None = None
    notes: list[str] = field(default_factory=list)


def load_job(job: PageJob, *, max_bytes=None, data: list[bytes] | None = None) -> LoadedPage:
    """Read the job's files (or decode `data`, their bytes read elsewhere) and parse; never raises for bad input."""
    if job.error:
        return LoadedPage(error=job.error)
    texts = []
    for k, path in enumerate(job.paths):
        try:
            text = decode_page_bytes(data[k]) if data is not None else read_page_file(path, max_bytes=max_bytes)
        except UnreadableFile as exc:
            return LoadedPage(error=str(exc) if len(job.paths) == 1 else f"{path.name}: {exc}")
        texts.append((path, text))
    if len(texts) == 1 and is_advertisement(texts[0][1]):
        return LoadedPage(texts[0][1], notes=["advertisement only (广告): no article, not imported"])
    try:
        return _parse(texts)
    except PageTooLarge as exc:
        return LoadedPage(error=str(exc))
    except Exception as exc:  # noqa: BLE001 - a parser bug must not stop the other files
        logger.error("parser error on %s", job.name, exc_info=True)
        return LoadedPage(error=f"parser error: {exc!r}")


def _parse(texts) -> LoadedPage:
    """One file as it is, several as the parts of one page (parsed None: every part skipped)."""
    if len(texts) == 1:
        path, text = texts[0]
        return LoadedPage(text, parse_page(text, source=path.name))
    parts = [(path.name, text) for path, text in texts]
    found = parse_parts(parts, parse_page)
    page = None if len(found.notes) == len(parts) else found.page
    return LoadedPage(join_parts(parts), page, notes=list(found.notes))


def load_in_order(jobs, workers: int, window: int = 4, max_bytes=None):
    """Yield load_job(job) for each job in order, parsed in `workers` processes.

    At most `workers × window` pages wait parsed at a time, so memory stays bounded however
    many files there are.
    """
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending = []
        for job in jobs:
            pending.append(pool.submit(load_job, job, max_bytes=max_bytes))
            if len(pending) >= workers * window:
                yield pending.pop(0).result()
        for future in pending:
            yield future.result()
