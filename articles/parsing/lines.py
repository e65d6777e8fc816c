"""Shared line features: what the shape detector and every family's segmenter ask of a line.

A page arrives as lines of raw text. Each line keeps its position, its cleaned text (one kind
of space, no trailing blanks), how far it is indented (an e-paper paragraph opens with two
ideographic spaces) and its width (characters, spaces left out: a PDF dump wraps at a fixed
width). Furniture found on a line is recorded on it, so later stages see a blank there.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .normalise import clean_lines, ends_sentence, squeeze_spaces

INDENT = 2  # leading width (ideographic space 2, other spaces 1, tab 4) that marks an indented line
_LEADING = re.compile(r"^[\s\u3000\u00a0\ufeff]*")
_WIDTHS = {"\u3000": 2, "\t": 4}


@dataclass
class Line:
    """One line of the page."""

    n: int        # position in the page (0-based)
    text: str     # cleaned text, "" for a blank line or one taken as furniture
    indent: int   # width of the leading whitespace as printed
    width: int    # characters, spaces left out
    debris: bool = False  # printed, but only scan debris (rules, specks): blank now, no blank of the dump's own
    shown: int = 0  # width as printed: two ASCII letters or digits take the room of one CJK character

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def indented(self) -> bool:
        return self.indent >= INDENT

    @property
    def ends_sentence(self) -> bool:
        return ends_sentence(self.text)


def read_lines(text: str) -> list[Line]:
    """The page's lines with their features (BOM, CR and odd spaces already dealt with)."""
    raw = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cleaned = clean_lines("\n".join(raw))
    out = []
    for n, (r, c) in enumerate(zip(raw, cleaned)):
        lead = _LEADING.match(r).group(0)
        indent = sum(_WIDTHS.get(ch, 1) for ch in lead) if c.strip() else 0
        packed = squeeze_spaces(c)
        narrow = sum(1 for ch in packed if ch < "\u0100" and not ch.isspace())
        out.append(Line(n, c, indent, len(packed), debris=bool(r.strip()) and not c.strip(),
                        shown=len(packed) - narrow + (narrow + 1) // 2))
    return out


def texts(lines: list[Line]) -> list[str]:
    return [line.text for line in lines]


def column_width(lines: list[Line]) -> int:
    """The width most lines are wrapped at (0 when no width dominates).

    Lines of the wrap width, give or take one character (a full-width quote or a digit pair),
    must be at least a third of the non-blank lines and most lines must not end a sentence:
    that is a dump with a fixed line width, whatever its paragraphs are.
    """
    widths = [line.width for line in lines if not line.blank]
    if len(widths) < 6:
        return 0
    counts: dict[int, int] = {}
    for w in widths:
        counts[w] = counts.get(w, 0) + 1
    best = max(counts, key=lambda w: (counts.get(w - 1, 0) + counts[w] + counts.get(w + 1, 0), w))
    near = counts.get(best - 1, 0) + counts[best] + counts.get(best + 1, 0)
    wrapped = sum(1 for line in lines if not line.blank and not ends_sentence(line.text))
    if near * 3 < len(widths) or wrapped * 2 < len(widths) or best < 4:
        return 0
    return best


def ends_paragraph(line: Line, width: int) -> bool:
    """A sentence end on a line clearly shorter than the wrap width: the last line of a paragraph."""
    return line.ends_sentence and (width == 0 or line.width < width - 1)

