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

from .bylines import is_closing
from .lines import Line, column_width
from .normalise import CONTINUES

MARKDOWN, COMPILATION, EPAPER, COLUMNS, PARAGRAPHS = "markdown", "compilation", "epaper", "columns", "paragraphs"
LAYOUTS = (MARKDOWN, COMPILATION, EPAPER, COLUMNS, PARAGRAPHS)

_MD_HEADING = re.compile(r"^\s*#{1,6}\s+\S")
EPAPER_INDENTED = 0.3   # share of non-blank lines indented in an e-paper crawl (head lines are not)
EPAPER_LONG = 0.5       # share of indented lines that are whole paragraphs (long, or ending a sentence)
PARAGRAPH_LINE = 30  # the median indented line this long: a paragraph a line, not a column
MAX_COLUMN = 45         # a wider fixed width is a wrapped text column, not a page column
COMPILATION_TEXT = 30   # a compilation's text is wrapped this wide or wider (page columns are narrower)


@dataclass
class Layout:
    """The page's shape, with the width its lines wrap at and the evidence that decided it."""

    name: str
    width: int = 0
    evidence: dict = field(default_factory=dict)


def detect(lines: list[Line], citations: list[int], headers: list[int] = (), running: bool | None = None) -> Layout:
    """The shape of a page from its lines and the positions of its citation lines.

    ``running``: whether the header lines are the page's running header (one heads or ends the
    page), which a part of the page cannot tell alone.
    """
    filled = [line for line in lines if not line.blank]
    evidence = {"lines": len(filled)}
    headings = sum(1 for line in filled if _MD_HEADING.match(line.text))
    evidence["headings"] = headings
    if headings:
        return Layout(MARKDOWN, 0, evidence)
    width = column_width(lines)
    inner = _inner_citations(lines, citations, width)
    cited = _inner_citations(lines, headers, width)
    if width >= COMPILATION_TEXT or cited >= 2 and not (_at_edge(lines, headers) if running is None else running):
        inner += cited  # a header line between title and text cites the article too: in wide text, or
        # in narrow text where several do and none heads or ends the page (a running header repeated)
    evidence["citations"] = len(citations)
    evidence["inner_citations"] = inner
    evidence["width"] = width
    if inner:
        return Layout(COMPILATION, width, evidence)
    indented = [line for line in filled if line.indented]
    whole = [line for line in indented if line.width >= 20 or line.ends_sentence]
    evidence["indented"] = round(len(indented) / max(1, len(filled)), 2)
    long_lines = sorted(line.width for line in indented)[len(indented) // 2] >= PARAGRAPH_LINE if indented else False
    if filled and len(indented) >= EPAPER_INDENTED * len(filled) and len(whole) >= EPAPER_LONG * len(indented) \
            and (not 0 < width <= MAX_COLUMN or long_lines):
        return Layout(EPAPER, width, evidence)
    if 0 < width <= MAX_COLUMN:
        return Layout(COLUMNS, width, evidence)
    return Layout(PARAGRAPHS, width, evidence)


def _inner_citations(lines: list[Line], citations: list[int], width: int = 0) -> int:
    """Citation lines with a title (or byline) above and text below: one per article in a compilation
    (a citation printed as the page's header or footer has text on one side only, and one printed
    inside running text has a line of that text above it: full width, or running on)."""
    by_n = {line.n: line for line in lines}
    filled = [line.n for line in lines if not line.blank or line.n in citations]
    inner = 0
    for n in citations:
        k = filled.index(n) if n in filled else -1
        above = by_n[filled[k - 1]] if k > 0 else None
        if 0 < k < len(filled) - 1 and not _running_text(above, width) and not _article_end(above):
            inner += 1
    return inner


def _article_end(line: Line) -> bool:
    """An indented paragraph or a closing credit （记者 X）: a citation under it closes an article, as an
    e-paper crawl cites each story after it, and heads none."""
    return line.indented or is_closing(line.text)


def _at_edge(lines: list[Line], headers: list[int]) -> bool:
    """Whether the page's first or last printed line is one of these header lines (blanked as furniture)."""
    printed = [line.n for line in lines if not line.blank or line.n in headers]
    return bool(printed) and (printed[0] in headers or printed[-1] in headers)


def _running_text(line: Line, width: int) -> bool:
    """A line of wrapped running text, not the end of a title or a byline."""
    text = line.text.rstrip()
    return bool(text) and ("。" in text or text[-1] in CONTINUES or (width > 0 and line.width >= width - 1))


MIN_REGION = 8  # non-blank lines a stretch needs to be read as a shape of its own
STRONG = (EPAPER, COMPILATION)  # shapes whose segmenters a stretch of the page may need alone


def regions(lines: list[Line], citations: list[int], headers: list[int] = ()) -> list[tuple[int, int, Layout]]:
    """The page cut where its shape changes: (first, end, Layout) over positions in ``lines``.

    Stretches are cut at double blank lines; one stays apart only when it reads, on enough lines,
    as an e-paper crawl or a compilation and its neighbour does not (an e-paper crawl with a PDF
    column dump pasted under it). Most pages are one region, of the shape the whole page reads as.
    """
    running = _at_edge(lines, headers)
    whole = detect(lines, citations, headers, running)
    if whole.name == COMPILATION:
        return [(0, len(lines), whole)]  # its citation lines anchor articles across the whole page
    cuts = [0] + [k for k in range(2, len(lines)) if lines[k - 1].blank and lines[k - 2].blank
                  and not lines[k].blank] + [len(lines)]
    stretches: list[list] = []  # [first, end, shape]: short stretches together, then each read
    for a, b in zip(cuts, cuts[1:]):
        if stretches and _filled(lines[stretches[-1][0]:stretches[-1][1]]) < MIN_REGION:
            stretches[-1][1] = b
        else:
            stretches.append([a, b, None])
    for stretch in stretches:
        part = lines[stretch[0]:stretch[1]]
        if _filled(part) >= MIN_REGION:
            stretch[2] = detect(part, [c for c in citations if part[0].n <= c <= part[-1].n],
                                [c for c in headers if part[0].n <= c <= part[-1].n], running)
    merged: list[list] = []
    for a, b, shape in stretches:  # a short stretch goes with the one before; like shapes join
        if merged and (shape is None or same_kind(merged[-1][2] or shape, shape)):
            merged[-1][1] = b
            merged[-1][2] = merged[-1][2] or shape
        else:
            merged.append([a, b, shape])
    if len(merged) < 2 or not any(r[2] is not None and r[2].name in STRONG for r in merged):
        return [(0, len(lines), whole)]
    return [(a, b, shape or whole) for a, b, shape in merged]


def _filled(lines: list[Line]) -> int:
    return sum(1 for line in lines if not line.blank)


def same_kind(one: Layout, other: Layout) -> bool:
    """Whether two stretches segment alike (only the strong shapes need their own segmenter)."""
    return (one.name in STRONG or other.name in STRONG) is False or one.name == other.name
