"""Text an editor already placed on a page is not added to it again by a re-parse (articles.importer).

An editor re-cuts a page (split, merge, lines moved: articles.desk); a newer parser may cut the same
text differently again. A parsed article whose text the editor's articles hold is left out; one that
holds some of it besides text of its own (the parser glued two stories the editor kept apart, one of
them untouched) keeps only its own text, flagged for review, so nothing is on the page twice and
nothing is lost.
"""
from __future__ import annotations

import dataclasses
import difflib
import re

from .alignment import compact as _compact
from .models import Article
from .parsing.page import ParsedArticle

COVERED = 0.8  # share of a text found in the editor's articles from which it is theirs
MIN_RUN = 4  # shortest run of characters that counts as found (shorter ones are found anywhere)
SENTENCE_END = re.compile(r"(?<=[。！？!?])")
SEED = 12  # characters of a body looked up to find where it starts
PARTLY_HELD = "部分文字已在编辑修改的文章中，此处只留其余文字，请核对"


def compact(text: str | None) -> str:
    return _compact(text or "")


def text_position(raw_text: str, body: str) -> int:
    """Where `body` starts in the page's raw text (white space ignored), -1 when it is not found there."""
    start = compact(body)[:SEED]
    return compact(raw_text).find(start) if start else -1


class _Held:
    """The editor's articles' text (headlines, bylines and bodies), asked how much of a text it holds."""

    def __init__(self, edited: list[Article]):
        self.bylines = {compact(a.byline) for a in edited if compact(a.byline)}
        held = "\n".join(compact(p) for a in edited for p in (a.kicker, a.title, *a.subtitles, a.byline, a.body))
        self.matcher = difflib.SequenceMatcher(None, autojunk=False)
        self.matcher.set_seq2(held)
        self.text = held

    def holds(self, text: str) -> bool:
        text = compact(text)
        if len(text) < MIN_RUN:
            return bool(text) and text in self.text
        self.matcher.set_seq1(text)
        found, spans = 0, [(0, len(text))]
        while spans:  # the longest run found anywhere in the held text, then the same left and right of it
            lo, hi = spans.pop()
            at, _, size = self.matcher.find_longest_match(lo, hi, 0, len(self.text))
            if size >= MIN_RUN:
                found += size
                spans += [(lo, at), (at + size, hi)]
        return found >= COVERED * len(text)


def not_held_by(items: list[ParsedArticle], edited: list[Article]) -> list[ParsedArticle]:
    """The parsed articles as far as their text is not already in the editor's articles."""
    if not edited:
        return items
    held = _Held(edited)
    return [rest for rest in (_remainder(item, held) for item in items) if rest is not None]


def _remainder(item: ParsedArticle, held: _Held) -> ParsedArticle | None:
    """`item` itself, None when its body is the editor's, or the part of it that is not theirs."""
    paragraphs = [[(s, held.holds(s)) for s in SENTENCE_END.split(p.strip()) if s] for p in item.body.split("\n")]
    total = sum(len(compact(s)) for p in paragraphs for s, _ in p)
    found = sum(len(compact(s)) for p in paragraphs for s, is_held in p if is_held)
    if not found:
        return item
    if found >= COVERED * total:
        return None
    body = "\n".join(text for text in ("".join(s for s, is_held in p if not is_held) for p in paragraphs) if text)
    kicker, title = (None if held.holds(p or "") else p for p in (item.kicker, item.title))
    byline_held = compact(item.byline) in held.bylines
    text = "".join(p or "" for p in (kicker, title, body))
    persons = [dataclasses.replace(p, position=max(0, body.find(p.name)))
               for p in item.persons if p.name in text or (p.role != "mentioned" and not byline_held)]
    return dataclasses.replace(
        item, kicker=kicker, title=title, subtitles=[s for s in item.subtitles if not held.holds(s)], body=body,
        byline=None if byline_held else item.byline, authors=[] if byline_held else item.authors,
        source=None if byline_held else item.source, persons=persons,
        review_reasons=[*item.review_reasons, PARTLY_HELD])
