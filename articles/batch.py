"""Import a batch of page files: read, parse and store each in its own transaction; one result per file."""
from __future__ import annotations

import datetime
import logging
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from .models import Page
from .importer import Kept, PageConflict, store_page
from .parsing import parse_page
from .parsing.page import ParsedPage
from .textfile import UnreadableFile, read_page_file

logger = logging.getLogger(__name__)
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """Control characters escaped (a newline in a file name shows as \\n), so a report line stays one line."""
    return CONTROL_CHARACTERS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


@dataclass
class PageMeta:
    """Metadata supplied by the user (command line or manifest); wins over the parse."""

    newspaper: str | None = None
    date: datetime.date | None = None
    number: int | None = None
    section: str | None = None

    def merged_with(self, parsed: ParsedPage) -> tuple[PageMeta, list[str]]:
        """Fill what was not supplied from what the page prints; warn where they disagree."""
        printed = PageMeta(parsed.newspaper, _to_date(parsed.date), parsed.page.number, parsed.page.section)
        warnings, out = [], PageMeta()
        for name in ("newspaper", "date", "number", "section"):
            given, seen = getattr(self, name), getattr(printed, name)
            if given is not None and seen is not None and given != seen:
                warnings.append(f"{name} given as {given}, page prints {seen}")
            setattr(out, name, given if given is not None else seen)
        return out, warnings

    @property
    def complete(self):
        return bool(self.newspaper and self.date and self.number)

    @classmethod
    def of_page(cls, page: Page) -> PageMeta:
        """Where a stored page is (its issue, or what is known of an unassigned one)."""
        if page.issue_id:
            return cls(page.issue.newspaper.name, page.issue.date, page.number, page.section or None)
        return cls(page.pending_newspaper or None, page.pending_date, page.number, page.section or None)


DRY_RUN_LABELS = {"imported": "would import", "replaced": "would replace", "assigned": "would assign"}


@dataclass
class ImportResult:
    path: str
    status: str  # imported, unchanged, replaced, assigned, failed
    meta: PageMeta = field(default_factory=PageMeta)
    articles: int = 0
    persons: int = 0
    warnings: list[str] = field(default_factory=list)
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
        m = self.meta
        where = " ".join([m.newspaper or "报名未知", str(m.date or "日期未知"),
                          f"第{m.number}版" if m.number else "版次未知"])
        line = (f"{self.path}: {self.label} | {where} | articles {self.articles} | "
                f"persons {self.persons} | warnings {len(self.warnings)}")
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


def import_files(jobs, *, replace=False, dry_run=False):
    """Import (path, PageMeta) pairs, yielding a result per file.

    A dry run stores every file as the real run would, in one transaction rolled back at the
    end, so each result (and every conflict between files) is what the real run would report.
    """
    with rolled_back(dry_run):
        for path, meta in jobs:
            yield _import(path, meta, replace=replace, dry_run=dry_run)


def import_file(path, meta: PageMeta | None = None, *, replace=False, dry_run=False) -> ImportResult:
    """Read, parse and store one page file; never raises for bad input."""
    with rolled_back(dry_run):
        return _import(path, meta, replace=replace, dry_run=dry_run)


def _import(path, meta: PageMeta | None, *, replace, dry_run) -> ImportResult:
    path = Path(path)
    try:
        text = read_page_file(path)
        parsed = parse_page(text, source=path.name)
    except UnreadableFile as exc:
        return ImportResult(str(path), "failed", error=str(exc), dry_run=dry_run)
    except Exception as exc:  # a parser bug must not stop the other files
        logger.error("parser error on %s", path, exc_info=True)
        return ImportResult(str(path), "failed", error=f"parser error: {exc!r}", dry_run=dry_run)
    resolved, warnings = (meta or PageMeta()).merged_with(parsed)
    result = ImportResult(str(path), "failed", resolved, warnings=warnings + parsed.warnings, dry_run=dry_run)
    if not parsed.articles:
        result.warnings.append("no articles found")
    try:
        with transaction.atomic():
            result.status, result.kept, page = store_page(
                text, parsed, resolved, path.name, source_path=str(path.resolve()), replace=replace)
            result.meta = PageMeta.of_page(page)
            result.articles = page.articles.count()
            result.persons = page.mentions.values("person").distinct().count()
    except PageConflict as exc:
        result.status, result.error = "failed", str(exc)
    except Exception as exc:  # noqa: BLE001 - any failure is this file's error line; the page is rolled back
        logger.error("cannot store %s", path, exc_info=True)
        result.status, result.error = "failed", f"cannot store the page: {exc!r}"
    return result


def _to_date(value):
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None
