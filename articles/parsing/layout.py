"""The shape detector: which family of dump a page (or a stretch of it) is, from evidence alone.

Shapes (formats.md):
- ``markdown``: ``#`` headings mark the headlines;
- ``compilation``: an article-compilation PDF through pdftotext: each article is a title, a
  byline, a citation line ``《X报》（2024年5月13日 第 06 版）`` and text wrapped at a fixed width;
- ``epaper``: an e-paper crawl: head lines flush left, each paragraph one line indented;
- ``columns``: a page-layout PDF through pdftotext: lines wrapped at a narrow column width;
- ``paragraphs``: plain text, a paragraph a line (or a few), blank lines between them.

The evidence is counted on the page's lines (furniture already blanked, citations counted
before that): indentation, the distribution of line widths, where sentence ends fall,
citation lines between title and text, Markdown marks. No paper, person or headline is known.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lines import Line, column_width

MARKDOWN, COMPILATION, EPAPER, COLUMNS, PARAGRAPHS = "markdown", "compilation", "epaper", "columns", "paragraphs"
LAYOUTS = (MARKDOWN, COMPILATION, EPAPER, COLUMNS, PARAGRAPHS)

_MD_HEADING = re.compile(r"^\s*#{1,6}\s+\S")
EPAPER_INDENTED = 0.3   # share of non-blank lines indented in an e-paper crawl (head lines are not)
EPAPER_LONG = 0.5       # share of indented lines that are whole paragraphs (long, or ending a sentence)
MAX_COLUMN = 45         # a wider fixed width is a wrapped text column, not a page column


@dataclass
class Layout:
    """The page's shape, with the width its lines wrap at and the evidence that decided it."""

    name: str
    width: int = 0
    evidence: dict = field(default_factory=dict)


def detect(lines: list[Line], citations: list[int]) -> Layout:
    """The shape of a page from its lines and the positions of its citation lines."""
    filled = [line for line in lines if not line.blank]
    evidence = {"lines": len(filled)}
    headings = sum(1 for line in filled if _MD_HEADING.match(line.text))
    evidence["headings"] = headings
    if headings:
        return Layout(MARKDOWN, 0, evidence)
    inner = _inner_citations(lines, citations)
    evidence["citations"] = len(citations)
    evidence["inner_citations"] = inner
    width = column_width(lines)
    evidence["width"] = width
    if inner:
        return Layout(COMPILATION, width, evidence)
    indented = [line for line in filled if line.indented]
    whole = [line for line in indented if line.width >= 20 or line.ends_sentence]
    evidence["indented"] = round(len(indented) / max(1, len(filled)), 2)
    if filled and len(indented) >= EPAPER_INDENTED * len(filled) and len(whole) >= EPAPER_LONG * len(indented) \
            and not 0 < width <= MAX_COLUMN:
        return Layout(EPAPER, width, evidence)
    if 0 < width <= MAX_COLUMN:
        return Layout(COLUMNS, width, evidence)
    return Layout(PARAGRAPHS, width, evidence)


def _inner_citations(lines: list[Line], citations: list[int]) -> int:
    """Citation lines with a title above and text below: one per article in a compilation
    (a citation printed as the page's header or footer has text on one side only)."""
    filled = [line.n for line in lines if not line.blank or line.n in citations]
    inner = 0
    for n in citations:
        k = filled.index(n) if n in filled else -1
        if 0 < k < len(filled) - 1:
            inner += 1
    return inner
