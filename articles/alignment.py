"""Which raw lines of a page each stored article came from (the parser does not keep them).

Pure Python. The parser's cleaning only removes spaces, joins broken lines and drops lines
(furniture, jump lines), so every article part — headline lines, byline, body — is found
in the page's raw text with all white space taken out: bodies first (long, hardly
ambiguous), then bylines and headlines near their bodies. A part is matched piece by piece
(a short seed looked up, then extended character by character), so text the parser dropped
or an editor changed only leaves a gap. Each raw line then gets the pieces of article text
it holds, with their columns, so a line can be moved to another article and its text rebuilt.
"""
from __future__ import annotations

from dataclasses import dataclass, field

HEADLINE, BYLINE, BODY = "headline", "byline", "body"
SEED = 8  # characters looked up at once
AHEAD = 800  # how far past the last match the next piece of a text is looked for first
MIN_JUMP = 4  # a piece found away from the last match must be at least this long
NEARBY = 120  # except a shorter paragraph found this close after it
MAIN_SHARE = 0.3  # a line belongs to the part holding at least this share of its characters
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060"


@dataclass
class ArticleText:
    """What is stored of one article: its key (id), headline lines, byline and body."""

    key: int
    headline: list[str] = field(default_factory=list)
    byline: str = ""
    body: str = ""


@dataclass
class Piece:
    """Characters of one raw line that belong to one part of one article."""

    key: int
    part: str
    start: int  # first column in the raw line
    end: int  # one past the last column
    chars: int  # characters matched (white space not counted)
    paragraph: bool = False  # a paragraph of the body starts with this piece


@dataclass
class Line:
    number: int  # 1-based, as shown to editors
    text: str
    pieces: list[Piece] = field(default_factory=list)

    @property
    def size(self) -> int:
        return sum(1 for ch in self.text if not _blank(ch))

    @property
    def main(self) -> Piece | None:
        """The piece this line belongs to, if one holds enough of it."""
        best = max(self.pieces, key=lambda p: p.chars, default=None)
        if best is None or best.chars < max(1, MAIN_SHARE * self.size):
            return None
        return best

    def span_text(self) -> str:
        """The text of the line that belongs to articles (all of it when none does)."""
        if not self.pieces:
            return self.text.strip()
        return self.text[min(p.start for p in self.pieces):max(p.end for p in self.pieces)].strip()


def raw_lines(raw_text: str) -> list[str]:
    """The raw text's lines as editors see them numbered (line ends of any kind)."""
    return raw_text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _blank(ch: str) -> bool:
    return ch.isspace() or ch in _INVISIBLE


def compact(text: str) -> str:
    return "".join(ch for ch in text if not _blank(ch))


def align(raw_text: str, articles: list[ArticleText]) -> list[Line]:
    """Every raw line with the article pieces found on it."""
    return _Aligner(raw_lines(raw_text)).run(articles)


class _Aligner:
    def __init__(self, lines: list[str]):
        self.lines = lines
        chars, self.where = [], []
        for n, line in enumerate(lines):
            for col, ch in enumerate(line):
                if not _blank(ch):
                    chars.append(ch)
                    self.where.append((n, col))
        self.stream = "".join(chars)
        self.owner: list[tuple[int, str] | None] = [None] * len(self.stream)
        self.starts: set[int] = set()  # stream positions where a body paragraph starts
        self.line_start = {n for n, (line, col) in enumerate(self.where) if n == 0 or self.where[n - 1][0] != line}

    def run(self, articles: list[ArticleText]) -> list[Line]:
        spans: dict[int, tuple[int, int]] = {}
        after = 0
        for art in articles:
            span = self.match(art.body, art.key, BODY, (after, after), ahead_only=True)
            if span:
                spans[art.key] = span
                after = span[1]
        for art in articles:
            near = spans.get(art.key, (after, after))
            span = self.match(art.byline, art.key, BYLINE, near)
            if span:
                near = (min(near[0], span[0]), max(near[1], span[1]))
            for part in art.headline:
                span = self.match(part, art.key, HEADLINE, near, whole_lines=True)
                if span:
                    near = (min(near[0], span[0]), max(near[1], span[1]))
            spans[art.key] = near
        return self.lines_out()

    def match(self, text, key, part, near, *, ahead_only=False, whole_lines=False):
        """Claim the stream characters of `text` for (key, part); returns the stream span claimed."""
        flat, starts = "", set()
        for paragraph in (text or "").split("\n"):
            piece = compact(paragraph)
            if piece:
                starts.add(len(flat))
                flat += piece
        i, cursor, span = 0, None, None
        bounds = sorted(starts | {len(flat)})
        while i < len(flat):
            stop = next(b for b in bounds if b > i)  # a seed never runs into the next paragraph
            found = self.locate(flat, i, stop, cursor, near, ahead_only, whole_lines)
            if found is None:
                i += 1
                continue
            pos, length = found
            for k in range(length):
                self.owner[pos + k] = (key, part)
                if part == BODY and i + k in starts:
                    self.starts.add(pos + k)
            span = (pos, pos + length) if span is None else (min(span[0], pos), max(span[1], pos + length))
            cursor, i = pos + length, i + length
        return span

    def locate(self, flat, i, stop, cursor, near, ahead_only, whole_lines):
        """(stream position, length) of the text from flat[i], extended as far as it agrees."""
        size = min(SEED, stop - i)
        seed = flat[i:i + size]
        pos = None
        if cursor is not None:
            if self.stream.startswith(seed, cursor) and self.free(cursor, size):
                pos = cursor
            elif size >= MIN_JUMP:
                pos = self.first(seed, cursor, cursor + AHEAD)
                pos = pos if pos is not None else self.nearest(seed, (cursor, cursor), False)
            elif i + size == stop:  # a short paragraph of its own: only close by
                pos = self.first(seed, cursor, cursor + NEARBY)
        elif whole_lines and self.nearest(flat, near, True, whole=True) is not None:
            pos, size = self.nearest(flat, near, True, whole=True), len(flat)
        elif size >= min(MIN_JUMP, stop - i):
            pos = self.first(seed, near[1], len(self.stream)) if ahead_only else None
            pos = pos if pos is not None else self.nearest(seed, near, whole_lines)
        if pos is None:
            return None
        length = size
        while (i + length < len(flat) and pos + length < len(self.stream)
               and self.stream[pos + length] == flat[i + length] and self.owner[pos + length] is None):
            length += 1
        return pos, length

    def free(self, pos, size) -> bool:
        return all(self.owner[k] is None for k in range(pos, pos + size))

    def occurrences(self, seed, lo=0, hi=None):
        hi = len(self.stream) if hi is None else hi
        pos = self.stream.find(seed, lo, hi + len(seed))
        while pos >= 0:
            if self.free(pos, len(seed)):
                yield pos
            pos = self.stream.find(seed, pos + 1, hi + len(seed))

    def first(self, seed, lo, hi):
        return next(self.occurrences(seed, lo, hi), None)

    def nearest(self, seed, near, whole_lines, whole=False):
        """The free occurrence closest to the span `near`; headlines prefer whole lines before it."""
        best, best_key = None, None
        for pos in self.occurrences(seed):
            end = pos + len(seed)
            distance = near[0] - end if end <= near[0] else max(0, pos - near[1]) * 1.5
            at_edges = pos in self.line_start and (end == len(self.stream) or end in self.line_start)
            if whole and not at_edges:
                continue
            key = (whole_lines and not at_edges, distance)
            if best_key is None or key < best_key:
                best, best_key = pos, key
        return best

    def lines_out(self) -> list[Line]:
        out = [Line(n + 1, text) for n, text in enumerate(self.lines)]
        pieces: dict[tuple[int, int, str], Piece] = {}
        for pos, owner in enumerate(self.owner):
            if owner is None:
                continue
            n, col = self.where[pos]
            piece = pieces.get((n, *owner))
            if piece is None:
                piece = pieces[(n, *owner)] = Piece(owner[0], owner[1], col, col + 1, 0, pos in self.starts)
                out[n].pieces.append(piece)
            piece.end, piece.chars = col + 1, piece.chars + 1
        return out
