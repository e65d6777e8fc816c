"""Read and parse one page (its file, or the files of one page), without the database: what
`import_pages --workers` runs in other processes and a Celery task runs before storing."""
from __future__ import annotations

import logging
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
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


class WorkerDied(Exception):
    """A parse process died (killed, out of memory): `jobs` are the pages from the first one it did not parse on."""

    def __init__(self, jobs: list[PageJob]):
        super().__init__(f"a parse process died; {len(jobs)} page(s) not parsed")
        self.jobs = jobs


def load_in_order(jobs: list[PageJob], workers: int, window: int = 4, max_bytes=None):
    """Yield load_job(job) for each job in order, parsed in `workers` processes.

    At most `workers × window` pages wait parsed at a time, so memory stays bounded however
    many files there are. When a process dies (killed, out of memory) the pool is broken: WorkerDied
    names the pages from the first one not parsed on, after every page before it was yielded.
    """
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: list[tuple[int, object]] = []  # (index of the job, its future), in order
        broken_at = None
        for index, job in enumerate(jobs):
            try:
                pending.append((index, pool.submit(load_job, job, max_bytes=max_bytes)))
            except BrokenProcessPool:
                broken_at = index
                break
            if len(pending) >= workers * window:
                yield _result(pending.pop(0), jobs)
        while pending:
            yield _result(pending.pop(0), jobs)
        if broken_at is not None:
            raise WorkerDied(jobs[broken_at:])


def _result(pending, jobs) -> LoadedPage:
    index, future = pending
    try:
        return future.result()
    except BrokenProcessPool:
        raise WorkerDied(jobs[index:]) from None
