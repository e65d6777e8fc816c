"""A page made of several files (a crawl with one article a file): joined text, and its parse.

The page's raw text is the files' texts in order, each after a line ``<<<文件 NAME>>>``, so the
stored page keeps every file (and which part came from which file), a re-import of the same
files gives the same text (``unchanged``), and a re-parse parses each part as the import did.
A part that is only an advertisement (``广告``) or repeats an earlier part word for word gives no
article; both are noted.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .page import ParsedPage

PART_LINE = "<<<文件 {name}>>>"
_PART_RE = re.compile(r"^<<<文件 (?P<name>[^\n]*)>>>[ \t]*\r?$", re.MULTILINE)
ADVERTISEMENT = "广告"
AD_REST_LIMIT = 10  # characters other than 广告 (and spaces, punctuation) that still make an ad-only file


@dataclass
class PartsParse:
    """The page parsed from its parts, and the parts that gave no article (with why)."""

    page: ParsedPage
    notes: list[str] = field(default_factory=list)


def join_parts(parts: list[tuple[str, str]]) -> str:
    """One text from (file name, text) pairs, in order; LF line ends, no BOM, one newline at each end."""
    out = []
    for name, text in parts:
        text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").strip("\n")
        out.append(PART_LINE.format(name=name.replace("\n", " ")) + "\n" + text + "\n")
    return "".join(out)


def split_parts(text: str) -> list[tuple[str, str]] | None:
    """(file name, text) pairs of a joined text; None when the text is not one."""
    text = text.removeprefix("\ufeff")
    marks = list(_PART_RE.finditer(text))
    if not marks or marks[0].start() != 0:
        return None
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return [(m["name"], text[m.end():end].strip("\r\n")) for m, end in zip(marks, ends)]


def is_advertisement(text: str) -> bool:
    """Only 广告, with nothing else worth an article (a few characters at most)."""
    compact = "".join(ch for ch in text if not ch.isspace())
    if ADVERTISEMENT not in compact:
        return False
    rest = "".join(ch for ch in compact.replace(ADVERTISEMENT, "")
                   if not unicodedata.category(ch).startswith(("P", "S")))
    return len(rest) < AD_REST_LIMIT


def parse_parts(parts: list[tuple[str, str]], parse, source: str | None = None) -> PartsParse:
    """Parse each part with `parse` (text, source) -> ParsedPage; one page of their articles in order.

    Paper, date, number and section are the first each part prints; editors' credits all of them.
    """
    page, notes, seen = ParsedPage(source=source), [], {}
    for name, text in parts:
        key = text.strip()
        if is_advertisement(text):
            notes.append(f"{name}: skipped, advertisement only ({ADVERTISEMENT})")
            continue
        if key in seen:
            notes.append(f"{name}: skipped, the same text as {seen[key]}")
            continue
        seen[key] = name
        parsed = parse(text, source=name)
        page.newspaper = page.newspaper or parsed.newspaper
        page.date = page.date or parsed.date
        page.page.number = page.page.number or parsed.page.number
        page.page.section = page.page.section or parsed.page.section
        page.page.editors += parsed.page.editors
        page.layout = page.layout or parsed.layout
        page.articles += parsed.articles
        page.warnings += [f"{name}: {warning}" for warning in parsed.warnings]
        if len(parsed.articles) > 1:
            page.warnings.append(f"{name}: 一个文件解析出{len(parsed.articles)}篇文章")
    if not page.articles:
        page.warnings.append("未识别出文章")
    return PartsParse(page, notes)


def parse_stored(text: str, parse, source: str | None = None) -> PartsParse:
    """A stored page's parse: by parts when its text is joined files, else `parse` of the whole."""
    parts = split_parts(text)
    if parts is None:
        return PartsParse(parse(text, source=source))
    return parse_parts(parts, parse, source)
