"""Per-file metadata from a CSV or JSON manifest.

CSV: a header row with `file` and any of `newspaper`, `date`, `page`, `section` (UTF-8 or GBK/GB18030,
as Excel saves it on Chinese Windows). JSON: a list of such objects, or an object mapping file
names to them. A row's `file` may be a path relative to the manifest or a bare file name.
"""
import csv
import datetime
import json
from pathlib import Path

from .textfile import UnreadableFile, read_page_file

FIELDS = ("newspaper", "date", "page", "section")


class ManifestError(ValueError):
    pass


class Manifest:
    """Manifest entries, found by a page file's resolved path or (when only one entry has it) its name."""

    def __init__(self, path=None, entries=()):
        self.path = path
        self.entries = list(entries)  # (file as written, resolved path, metadata)
        self.used = set()
        names = {}
        for index, (file, _, _) in enumerate(self.entries):
            names.setdefault(Path(file).name, []).append(index)
        self.by_path = {resolved: index for index, (_, resolved, _) in enumerate(self.entries)}
        self.by_name = {name: found[0] for name, found in names.items() if len(found) == 1}

    def lookup(self, file: Path) -> dict:
        index = self.by_path.get(str(Path(file).resolve()), self.by_name.get(Path(file).name))
        if index is None:
            return {}
        self.used.add(index)
        return self.entries[index][2]

    def unmatched(self) -> list[str]:
        """Entries no file looked up so far matched, as written in the manifest."""
        return [file for index, (file, _, _) in enumerate(self.entries) if index not in self.used]


def load_manifest(path) -> Manifest:
    path = Path(path)
    try:
        text = read_page_file(path)
    except UnreadableFile as exc:
        raise ManifestError(f"{path}: cannot read manifest: {exc}") from exc
    rows = _json_rows(path, text) if path.suffix.lower() == ".json" else list(csv.DictReader(text.splitlines()))
    entries = []
    for number, row in enumerate(rows, start=1):
        where = f"{path}: entry {number}"
        if not isinstance(row, dict):
            raise ManifestError(f"{where} is {json.dumps(row, ensure_ascii=False)[:40]}, not an object "
                                f"with file, newspaper, date, page, section")
        file = str(row.get("file") or "").strip()
        if not file:
            raise ManifestError(f"{where} has no 'file'")
        entries.append((file, str((path.parent / file).resolve()), clean_meta(row, where=where)))
    return Manifest(path, entries)


def _json_rows(path, text) -> list:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ManifestError(f"{path}: invalid JSON: {exc}") from exc
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        for name, value in data.items():
            if not isinstance(value, dict):
                raise ManifestError(f"{path}: the value for {name!r} is {json.dumps(value, ensure_ascii=False)[:40]}, "
                                    f"not an object like {{\"newspaper\": …, \"date\": …, \"page\": …}}")
        return [dict(value, file=name) for name, value in data.items()]
    raise ManifestError(f"{path}: a JSON manifest must be a list of objects or an object mapping file names "
                        f"to objects, not {json.dumps(data, ensure_ascii=False)[:40]}")


def clean_meta(row: dict, where: str) -> dict:
    """Validate newspaper/date/page/section values; blanks become None."""
    meta = {k: (str(row[k]).strip() or None) if row.get(k) not in (None, "") else None for k in FIELDS}
    try:
        if meta["date"]:
            meta["date"] = datetime.date.fromisoformat(meta["date"])
    except ValueError as exc:
        raise ManifestError(f"{where}: date {meta['date']!r} is not a valid YYYY-MM-DD date ({exc})") from exc
    try:
        if meta["page"]:
            meta["page"] = int(meta["page"])
            if meta["page"] < 1:
                raise ValueError("must be positive")
    except ValueError as exc:
        raise ManifestError(f"{where}: page {meta['page']!r} is not a page number ({exc})") from exc
    for name, limit in LIMITS.items():  # the database's column sizes (Newspaper.name, Page.number, Page.section)
        value = meta[name]
        if value is not None and (value > limit if isinstance(value, int) else len(value) > limit):
            raise ManifestError(f"{where}: {name} is too long or too large (at most {limit})")
    return meta


LIMITS = {"newspaper": 100, "section": 100, "page": 32767}
