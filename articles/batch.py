"""Import a batch of page files: read, parse and store each in its own transaction; one result per file."""
from __future__ import annotations

import logging
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from django.db import IntegrityError, OperationalError, transaction

from .importer import Kept, PageConflict, store_page
from .jobs import PageJob, PageMeta
from .loading import LoadedPage, load_in_order, load_job
from .placement import place_name

__all__ = ["ImportResult", "PageJob", "PageMeta", "import_file", "import_files"]

logger = logging.getLogger(__name__)
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """Control characters escaped (a newline in a file name shows as \\n), so a report line stays one line."""
    return CONTROL_CHARACTERS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


DRY_RUN_LABELS = {"imported": "would import", "replaced": "would replace", "assigned": "would assign",
                  "moved": "would move", "skipped": "would skip"}
STORE_ATTEMPTS = 2  # a page another import stored at the same moment is found on the second attempt
RETRY_PGCODES = {"40P01", "40001"}  # deadlock detected, serialization failure: the second attempt runs alone


@dataclass
class ImportResult:
    path: str
    status: str  # imported, unchanged, replaced, assigned, moved, skipped, failed
    meta: PageMeta = field(default_factory=PageMeta)
    articles: int = 0
    persons: int = 0
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # files skipped, where the page was moved from
    from_path: list[str] = field(default_factory=list)  # fields taken from the path: date, page …
    kept: Kept = field(default_factory=Kept)  # edited articles kept, deleted ones left out on --replace
    error: str | None = None
    dry_run: bool = False

    @property
    def failed(self):
        return self.status == "failed"

    @property
    def label(self) -> str:
        """The status as reported: what a dry run would do."""
        return DRY_RUN_LABELS.get(self.status, self.status) if self.dry_run else self.status

    def line(self) -> str:
        if self.failed:
            return one_line(f"{self.path}: error: {self.error}"
                            + (" (dry run: the import would fail)" if self.dry_run else ""))
        if self.status == "skipped":
            return one_line(f"{self.path}: {self.label}")
        where = place_name(self.meta.newspaper, self.meta.date, self.meta.number)
        line = (f"{self.path}: {self.label} | {where} | articles {self.articles} | "
                f"persons {self.persons} | warnings {len(self.warnings)}")
        if self.from_path:
            line += f" | {_words(self.from_path)} from the path"
        for note in self.kept.notes():
            line += f" | {note}"
        return one_line(line)


@contextmanager
def rolled_back(enabled=True):
    """Everything written inside is undone at the end (a dry run); a no-op when not enabled."""
    if not enabled:
        yield
        return
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def import_files(jobs, *, replace=False, dry_run=False, move=False, max_bytes=None, workers=1):
    """Import PageJobs (or (path, PageMeta) pairs), yielding a result per page, in the order given.

    With `workers` > 1 the pages are read and parsed in that many processes; each is still stored
    here, in order, so the results are those of one process. A dry run stores every page as the
    real run would, in one transaction rolled back at the end, so each result (and every conflict
    between files) is what the real run would report.
    """
    jobs = [_as_job(job) for job in jobs] if workers > 1 else map(_as_job, jobs)
    loaded = load_in_order(jobs, workers, max_bytes=max_bytes) if workers > 1 else None
    with rolled_back(dry_run):
        for job in jobs:
            page = next(loaded) if loaded is not None else load_job(job, max_bytes=max_bytes)
            yield store_loaded(job, page, replace=replace, dry_run=dry_run, move=move)


def import_file(path, meta: PageMeta | None = None, *, replace=False, dry_run=False, move=False,
                max_bytes=None) -> ImportResult:
    """Read, parse and store one page file; never raises for bad input."""
    return import_job(PageJob([Path(path)], meta or PageMeta()), replace=replace, dry_run=dry_run, move=move,
                      max_bytes=max_bytes)


def import_job(job: PageJob, *, replace=False, dry_run=False, move=False, max_bytes=None,
               data: list[bytes] | None = None) -> ImportResult:
    """Read (or decode `data`, the files' bytes read elsewhere: a Celery task), parse and store one page."""
    with rolled_back(dry_run):
        loaded = load_job(job, max_bytes=max_bytes, data=data)
        return store_loaded(job, loaded, replace=replace, dry_run=dry_run, move=move)


def _as_job(job) -> PageJob:
    if isinstance(job, PageJob):
        return job
    path, meta = job
    return PageJob([Path(path)], meta or PageMeta())


def store_loaded(job: PageJob, loaded: LoadedPage, *, replace, dry_run, move) -> ImportResult:
    """Store one read and parsed page in its own transaction: the whole page or nothing."""
    result = ImportResult(job.name, "failed", notes=list(job.notes) + loaded.notes, dry_run=dry_run)
    if loaded.error is not None:
        result.error = loaded.error
        return result
    parsed, text = loaded.parsed, loaded.text
    if parsed is None:
        result.status = "skipped"
        return result
    result.meta, warnings, result.from_path = job.given.merged_with(parsed, job.from_path)
    result.warnings = warnings + parsed.warnings
    if not parsed.articles:
        result.warnings.append("no articles found")
    first = job.paths[0]
    source_name = first.name if len(job.paths) == 1 else f"{first.name} … {job.paths[-1].name}"[:255]
    for _ in range(STORE_ATTEMPTS):
        try:
            with transaction.atomic():
                stored = store_page(text, parsed, result.meta, source_name, source_path=job.source_path,
                                    replace=replace, move=move)
                result.status, result.kept, page = stored.status, stored.kept, stored.page
                result.warnings += stored.warnings
                result.notes += stored.notes
                result.meta = PageMeta.of_page(page)
                result.articles = page.articles.count()
                result.persons = page.mentions.values("person").distinct().count()
            break
        except PageConflict as exc:
            result.status, result.error = "failed", str(exc)
            break
        except (IntegrityError, OperationalError) as exc:  # stored by another import meanwhile: look again
            result.status, result.error = "failed", f"cannot store the page: {exc}"
            if isinstance(exc, OperationalError) and getattr(exc.__cause__, "pgcode", None) not in RETRY_PGCODES:
                break
        except Exception as exc:  # noqa: BLE001 - any failure is this file's error line; the page is rolled back
            logger.error("cannot store %s", job.name, exc_info=True)
            result.status, result.error = "failed", f"cannot store the page: {exc!r}"
            break
    return result


def _words(names: list[str]) -> str:
    """date, page → "date and page"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
