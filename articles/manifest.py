"""Per-file metadata from a CSV or JSON manifest.

CSV: a header row with `file` and any of `newspaper`, `date`, `page`, `section`.
JSON: a list of such objects, or an object mapping file names to them.
A row's `file` may be a path relative to the manifest or a bare file name.
"""
import csv
import datetime
import json
from pathlib import Path

FIELDS = ("newspaper", "date", "page", "section")


class ManifestError(ValueError):
    pass


def load_manifest(path) -> dict[str, dict]:
    """Map of resolved path and bare file name → metadata dict (keys of FIELDS)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ManifestError(f"{path}: cannot read manifest: {exc}") from exc
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ManifestError(f"{path}: invalid JSON: {exc}") from exc
        rows = [dict(v, file=k) for k, v in data.items()] if isinstance(data, dict) else data
    else:
        rows = list(csv.DictReader(text.splitlines()))
    out = {}
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict) or not row.get("file"):
            raise ManifestError(f"{path}: entry {number} has no 'file'")
        meta = clean_meta(row, where=f"{path}: entry {number}")
        out[str((path.parent / row["file"]).resolve())] = meta
        out.setdefault(Path(row["file"]).name, meta)
    return out


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
    return meta


def lookup(manifest: dict, file: Path) -> dict:
    return manifest.get(str(file.resolve())) or manifest.get(file.name) or {}
