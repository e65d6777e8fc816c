"""Page-layout PDFs through pdftotext (formats.md, family 1): narrow columns, lines cut anywhere.

Such a dump may or may not keep blank lines where blocks of the page end. The block splitter
(``blocks``) cuts the text at blank lines, so here the ends of units are marked with a blank
line wherever the lines themselves show one: after a line that ends a sentence, and after a
line clearly shorter than its column that does not run on (a head line, a subhead, a name).
The width of a column is read locally, since one page sets columns of different widths.
"""
from __future__ import annotations

from . import bylines
from .lines import Line
from .normalise import CONTINUES

WINDOW = 8      # lines on each side that tell a line's column width
RUN = 20        # a dump with a blank line at least every this many lines marks its blocks itself
INDENTED = 3    # where fewer than one line in this many is indented, an indent marks a paragraph's start
SHORT_BY = 3    # a line this much narrower than its column, running on with nothing, ends its unit


def local_widths(lines: list[Line], shown: bool = False) -> list[int]:
    """For each non-blank line, the width of the column it stands in (the widest common width nearby),
    in characters, or with ``shown`` in printed width (a wrap may count either way)."""
    filled = [k for k, line in enumerate(lines) if not line.blank]
    out = [0] * len(lines)
    for pos, k in enumerate(filled):
        counts: dict[int, int] = {}
        for j in filled[max(0, pos - WINDOW):pos + WINDOW + 1]:
            w = lines[j].shown if shown else lines[j].width
            for near in (w - 1, w, w + 1):  # a line one shorter (a punctuation pushed on) counts for its width
                counts[near] = counts.get(near, 0) + (2 if near == w else 1)
        out[k] = max(counts, key=lambda w: (counts[w], w))  # the commonest width nearby: the column's
    return out


def mark_units(lines: list[Line]) -> list[str]:
    """The page's lines with a blank line after each one that ends a sentence or a short unit,
    where the dump kept no blank lines of its own (one kept at most every RUN lines)."""
    filled = [k for k, line in enumerate(lines) if not line.blank]
    # blank lines the dump itself kept between text lines (a furniture line blanked out is no such gap)
    gaps = sum(1 for a, b in zip(filled, filled[1:]) if any(_own_blank(lines[j]) for j in range(a + 1, b)))
    if gaps * RUN >= len(filled):
        return [line.text for line in lines]
    widths, printed = local_widths(lines), local_widths(lines, shown=True)
    indents = sum(1 for line in lines if line.indented) * INDENTED < sum(1 for line in lines if not line.blank)
    out: list[str] = []
    for k, line in enumerate(lines):
        if line.blank and not _own_blank(line):
            continue  # a furniture or debris line taken out: the text it cut runs on
        if line.indented and indents and out and out[-1]:
            out.append("")  # an indented line opens a paragraph (where only some lines are indented)
        out.append(line.text)
        if line.blank:
            continue
        text = line.text.rstrip()
        nxt = lines[k + 1].text.strip() if k + 1 < len(lines) else ""
        # a bracket left open, or a dateline with its reporters on the next line (…电 / （记者 X）)
        open_bracket = text.count("（") + text.count("(") > text.count("）") + text.count(")") \
            or nxt.startswith(("（", "(")) and bylines.split_opening(text) is not None
        lead = len(line.text) - len(line.text.lstrip())  # an indented paragraph opening is that much narrower
        # short or wide whether the wrap counted characters or printed width (digits take half the room)
        short = line.width + lead <= widths[k] - SHORT_BY and line.shown + lead <= printed[k] - SHORT_BY \
            and text[-1] not in CONTINUES and not open_bracket
        # wider than its column: a headline across columns (its line may go on: 规上工业增加值增长7.2%，)
        wide = line.width >= widths[k] + SHORT_BY and line.shown >= printed[k] + SHORT_BY and text[-1] not in CONTINUES
        credit = bylines.is_credit_line(text)  # a byline or a photo's credit stands on its own
        if line.ends_sentence or short or wide or credit:
            out.append("")
    return out


def _own_blank(line: Line) -> bool:
    """A blank line the dump itself printed (not a furniture line blanked out, nor scan debris)."""
    return line.blank and line.width == 0 and not line.debris
