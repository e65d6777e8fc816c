"""Page metadata from a file's path: a user's pattern, or the common unambiguous forms.

A pattern such as ``{newspaper}/{date:%Y%m%d}/{page}-{section}.md`` is matched against the end
of the path relative to the folder given (a pattern without ``/`` matches the file name). Fields:
``{newspaper}``, ``{date:FORMAT}`` (any strptime format, ``%Y-%m-%d`` when none is given),
``{page}``, ``{section}`` and ``{order}`` (the article's place on its page); ``*`` matches any
characters within one path component; ``{{`` and ``}}`` are literal braces. Pure Python, no Django.
"""
from __future__ import annotations

import datetime
import re
import string
from dataclasses import dataclass
from pathlib import PurePath

FIELDS = ("newspaper", "date", "page", "section", "order")
DEFAULT_DATE_FORMAT = "%Y-%m-%d"

# strptime directive -> regex; two-digit fields are exactly two digits when a digit field follows.
_DIRECTIVES = {
    "Y": r"\d{4}", "y": r"\d{2}", "m": r"\d{1,2}", "d": r"\d{1,2}", "H": r"\d{1,2}", "M": r"\d{1,2}",
    "S": r"\d{1,2}", "j": r"\d{1,3}", "b": r"[A-Za-z]{3}", "B": r"[A-Za-z]+", "a": r"[A-Za-z]{3}",
    "A": r"[A-Za-z]+", "%": "%",
}
_FIELD_REGEX = {"newspaper": r"[^/]+?", "section": r"[^/]+?", "page": r"\d{1,4}", "order": r"\d{1,6}"}


class PatternError(ValueError):
    """The pattern cannot be used; str() says why."""


@dataclass(frozen=True)
class PathMeta:
    """What a path says: each field None when it does not say it."""

    newspaper: str | None = None
    date: datetime.date | None = None
    page: int | None = None
    section: str | None = None
    order: int | None = None
    source: str = "pattern"  # "pattern" or "auto": how the fields were found

    def found(self) -> list[str]:
        return [name for name in FIELDS if getattr(self, name) is not None]


class PathPattern:
    """A compiled --path-pattern."""

    def __init__(self, pattern: str):
        self.pattern = pattern.strip().replace("\\", "/")
        if not self.pattern or self.pattern.startswith("/"):
            raise PatternError(f"path pattern {pattern!r} must be a relative path such as "
                               f"'{{date:%Y%m%d}}-{{page}}-{{order}}.txt'")
        self.date_format = None
        self.fields: list[str] = []
        regex = "".join(self._piece(literal, name, spec)
                        for literal, name, spec, _ in _tokens(self.pattern))
        if not self.fields:
            raise PatternError(f"path pattern {pattern!r} has no field; use any of "
                               + ", ".join(f"{{{f}}}" for f in FIELDS))
        self.regex = re.compile(r"(?:^|/)" + regex + r"$", re.IGNORECASE)
        self.depth = self.pattern.count("/") + 1

    @property
    def has_order(self) -> bool:
        return "order" in self.fields

    def _piece(self, literal, name, spec) -> str:
        out = "[^/]*?".join(re.escape(part) for part in (literal or "").split("*"))
        if name is None:
            return out
        if name not in FIELDS:
            raise PatternError(f"unknown field {{{name}}} in the path pattern; the fields are "
                               + ", ".join(f"{{{f}}}" for f in FIELDS))
        if name in self.fields:
            raise PatternError(f"field {{{name}}} appears twice in the path pattern")
        if spec and name != "date":
            raise PatternError(f"only {{date:FORMAT}} takes a format, not {{{name}:{spec}}}")
        self.fields.append(name)
        if name == "date":
            self.date_format = spec or DEFAULT_DATE_FORMAT
            return out + f"(?P<date>{date_regex(self.date_format)})"
        return out + f"(?P<{name}>{_FIELD_REGEX[name]})"

    def match(self, relative_path) -> PathMeta | None:
        """The fields of a path relative to the folder given, or None when it does not match."""
        found = self.regex.search(PurePath(relative_path).as_posix())
        if found is None:
            return None
        values = found.groupdict()
        date = None
        if values.get("date") is not None:
            try:
                date = datetime.datetime.strptime(values["date"], self.date_format).date()
            except ValueError:
                return None
        page = _positive(values.get("page"))
        if values.get("page") is not None and page is None:
            return None
        order = int(values["order"]) if values.get("order") is not None else None
        return PathMeta(values.get("newspaper"), date, page, values.get("section"), order, "pattern")

    def prefix(self, relative_path) -> str:
        """The part of the path before what the pattern matched (the folders it does not describe)."""
        posix = PurePath(relative_path).as_posix()
        found = self.regex.search(posix)
        return posix[: found.start()] if found else posix


def _tokens(pattern: str):
    try:
        return list(string.Formatter().parse(pattern))
    except ValueError as exc:
        raise PatternError(f"path pattern {pattern!r}: {exc} (write {{{{ and }}}} for literal braces)") from exc


def date_regex(fmt: str) -> str:
    """A regex for dates written with strptime format `fmt`."""
    parts, index = [], 0
    while index < len(fmt):
        char = fmt[index]
        if char == "%" and index + 1 < len(fmt):
            directive = fmt[index + 1]
            if directive not in _DIRECTIVES:
                raise PatternError(f"date format {fmt!r}: %{directive} is not supported in a path pattern "
                                   f"(use %Y %y %m %d %j %b %B %a %A %H %M %S)")
            regex = _DIRECTIVES[directive]
            follows = fmt[index + 2: index + 4]
            if regex == r"\d{1,2}" and follows[:1] == "%" and _DIRECTIVES.get(follows[1:2], "").startswith(r"\d"):
                regex = r"\d{2}"
            parts.append(regex)
            index += 2
        else:
            parts.append(re.escape(char))
            index += 1
    return "".join(parts)


# --- the common forms recognised without a pattern ---------------------------------------------

_DATE = r"(?P<date>(?:19|20)\d{2}(?:-\d{2}-\d{2}|\d{4}))"
_PAGE = r"第?(?P<page>\d{1,3})版?"
_SECTION = r"(?:[-_ ]+(?P<section>[^\d\s-][^/]*?))?"
_DATED_NAME = re.compile(_DATE + r"[-_ ]+" + _PAGE + _SECTION)
_PAGE_NAME = re.compile(_PAGE + _SECTION)
_DATE_ONLY = re.compile(_DATE)
_DATE_PAGE_NUMBER = re.compile(_DATE + r"[-_ ]+\d{1,3}[-_ ]+\d+.*")


def detect(path) -> PathMeta | None:
    """Date and page (and a section after the page) from the common unambiguous forms, else None.

    ``2024-03-15/01.txt``, ``20240315/01.txt``, ``20240315/01-要闻.txt``, ``20240315-01.txt``,
    ``2024-03-15_01_要闻.md``; the date must be a real date (1900–2099) and the page 1–999.
    """
    path = PurePath(path)
    stem = path.stem
    named = _DATED_NAME.fullmatch(stem)
    if named is not None:
        date = _date(named["date"])
        folder = _DATE_ONLY.fullmatch(path.parent.name)
        if folder is not None and _date(folder["date"]) != date:
            return None  # the folder and the file name disagree: not unambiguous
        return _meta(date, named)
    folder = _DATE_ONLY.fullmatch(path.parent.name)
    page = _PAGE_NAME.fullmatch(stem)
    if folder is not None and page is not None:
        return _meta(_date(folder["date"]), page)
    return None


def looks_like_date_page_order(path) -> bool:
    """A name like ``20240315-01-03.txt``: date, page and a third number (the order, most likely)."""
    return _DATE_PAGE_NUMBER.fullmatch(PurePath(path).stem) is not None


def _meta(date, found) -> PathMeta | None:
    page = _positive(found["page"])
    if date is None or page is None:
        return None
    section = (found["section"] or "").strip() or None
    return PathMeta(None, date, page, section, None, "auto")


def _date(text: str) -> datetime.date | None:
    digits = text.replace("-", "")
    try:
        return datetime.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def _positive(text) -> int | None:
    if text is None:
        return None
    value = int(text)
    return value if value > 0 else None
