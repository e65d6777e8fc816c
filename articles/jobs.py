"""What to import: page files (or, with {order} in the path pattern, the files of one page) and their metadata.

Metadata comes from three places, in this order of precedence: the options and manifest
(`given`), what the page prints (found by the parse), and the file's path (`from_path`).
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path

from .pathmeta import PathMeta, PathPattern, detect, looks_like_date_page_order
from .textfile import page_files

META_FIELDS = ("newspaper", "date", "number", "section")
FIELD_WORDS = {"newspaper": "newspaper", "date": "date", "number": "page", "section": "section"}
ORDER_HINT = ('file names like 20240315-01-03.txt (date, page, order): --path-pattern '
              '"{date:%Y%m%d}-{page}-{order}.txt" imports the files of one page as that page\'s articles')


@dataclass
class PageMeta:
    """Newspaper, date, page number and section of a page, each None when not known."""

    newspaper: str | None = None
    date: datetime.date | None = None
    number: int | None = None
    section: str | None = None

    def merged_with(self, parsed, from_path: PageMeta | None = None) -> tuple[PageMeta, list[str], list[str]]:
        """Given (self) > printed > path: merged metadata, warnings where they disagree, fields from the path."""
        printed = PageMeta(parsed.newspaper, _to_date(parsed.date), parsed.page.number, parsed.page.section)
        from_path = from_path or PageMeta()
        warnings, used, out = [], [], PageMeta()
        for name in META_FIELDS:
            given, seen, pathed = getattr(self, name), getattr(printed, name), getattr(from_path, name)
            if given is not None and seen is not None and given != seen:
                warnings.append(f"{name} given as {given}, page prints {seen}")
            elif given is None and seen is not None and pathed is not None and seen != pathed:
                warnings.append(f"{FIELD_WORDS[name]} from the path {pathed}, page prints {seen}: the page wins")
            value = next((v for v in (given, seen, pathed) if v is not None), None)
            if given is None and seen is None and pathed is not None:
                used.append(FIELD_WORDS[name])
            setattr(out, name, value)
        return out, warnings, used

    @property
    def complete(self):
        return bool(self.newspaper and self.date and self.number)

    @classmethod
    def of_page(cls, page) -> PageMeta:
        """Where a stored page is (its issue, or what is known of an unassigned one)."""
        from .placement import place_of

        return cls(*place_of(page), page.section or None)

    @classmethod
    def of_path(cls, found: PathMeta | None) -> PageMeta | None:
        return None if found is None else cls(found.newspaper, found.date, found.page, found.section)


@dataclass
class PageJob:
    """One page to import: one file, or the files of one page in article order."""

    paths: list[Path]
    given: PageMeta = field(default_factory=PageMeta)
    from_path: PageMeta | None = None
    notes: list[str] = field(default_factory=list)
    error: str | None = None  # the job fails with this line, unread
    group: str | None = None  # the page's place in the folder, for the files of one page

    @property
    def source_path(self) -> str:
        """What an unassigned page is known by: the file's absolute path, or the folder and place of its files."""
        return self.group or str(self.paths[0].resolve())

    @property
    def name(self) -> str:
        if len(self.paths) == 1:
            return str(self.paths[0])
        return f"{self.paths[0]} … {self.paths[-1].name} ({len(self.paths)} files)"


def page_jobs(paths, given: dict, manifest, pattern: PathPattern | None = None) -> tuple[list[PageJob], list[str]]:
    """The jobs for the paths given (files, or folders searched recursively), and hints to print once."""
    singles, groups, hints = [], {}, set()
    for raw in paths:
        root = Path(raw)
        for path in page_files([raw]):
            relative = path.relative_to(root) if root.is_dir() else path
            meta = _given(given, manifest.lookup(path))
            if pattern is None:
                found = detect(path)  # a dated folder given itself counts too
                if found is None and looks_like_date_page_order(path):
                    hints.add(ORDER_HINT)
                singles.append(PageJob([path], meta, PageMeta.of_path(found)))
                continue
            found = pattern.match(relative)
            if found is None:
                singles.append(PageJob([path], meta, error=f"path does not match --path-pattern {pattern.pattern!r}"))
            elif pattern.has_order:
                key = (str(root), pattern.prefix(relative), found.newspaper, found.date, found.page)
                groups.setdefault(key, []).append((found, path, meta))
            else:
                singles.append(PageJob([path], meta, PageMeta.of_path(found)))
    return singles + [_group_job(key, files) for key, files in groups.items()], sorted(hints)


def _group_job(key, files) -> PageJob:
    files.sort(key=lambda item: (item[0].order, str(item[1])))
    first = files[0][0]
    section = next((found.section for found, _, _ in files if found.section), None)
    given = files[0][2]  # the options (and the first file's manifest entry) for the whole page
    notes = []
    orders = [found.order for found, _, _ in files]
    for order in sorted({o for o in orders if orders.count(o) > 1}):
        same = [path.name for found, path, _ in files if found.order == order]
        notes.append(f"order {order} is in {len(same)} files ({', '.join(same)}): taken in name order")
    root, prefix = Path(key[0]).resolve(), key[1]
    place = " ".join(str(value) for value in (first.newspaper, first.date, first.page and f"第{first.page}版") if value)
    group = f"{root / prefix if prefix else root}/<{place or '同一版'}>"
    return PageJob([path for _, path, _ in files], given, PageMeta(first.newspaper, first.date, first.page, section),
                   notes, group=group)


def _given(common: dict, entry: dict) -> PageMeta:
    """Options for every file, overridden by the manifest entry for this file."""
    meta = {k: v for k, v in common.items() if v is not None}
    meta.update({k: v for k, v in entry.items() if v is not None})
    return PageMeta(meta.get("newspaper"), meta.get("date"), meta.get("page"), meta.get("section"))


def _to_date(value):
    if not value:
        return None
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None
