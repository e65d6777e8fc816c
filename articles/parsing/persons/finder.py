"""The walk over jieba's tokens that finds person mentions, and the per-person list.

At each token the finder tries, in order (`_READERS`): a foreign name (`foreign.foreign_name`),
a surname before an honorific (`honorifics`), the best Chinese candidate weighed in its context
(`chinese`, `context`), and a transliterated name jieba cut into pieces (`foreign.translit_run`).
The first that finds a name says where to read on. Tokens no name can start at (`may_start_name`)
are passed over without asking the readers.
"""
from __future__ import annotations

import json

from ..page import PersonRef
from .chinese import chinese_candidates
from .context import Scored, Walk, score_in_context
from .cues import (
    FOREIGN_THING_AFTER, FUNCTION_CHARS, NAMED_AFTER, ORG_AFTER, PLACE_UNITS, PLACES_AFTER, before_place, left_cue,
    right_cue,
)
from .foreign import foreign_name, translit_run
from .honorifics import honorific_surname
from .lexicon import COMPOUND_SURNAMES, FOREIGN_NON_PERSONS, JAPANESE_SURNAMES, SINGLE_SURNAMES, TRANSLIT_CHARS
from .posts import title_before, titles_compatible
from .stats import COMMON_SURNAMES, NAME_TAGS, name_stats
from .text import CJK, Span, Tok, TokenRun, normalise, tokens
from .weights import POST_CUE, THRESHOLD, TWO_CHAR_MARGIN


def find_mentions(text: str, paragraphs: bool = False) -> list[PersonRef]:
    """Every person mention in text, in order: name, the title printed right before it, position."""
    if not text:
        return []
    clean, where = normalise(text, paragraphs)
    walk = Walk(name_stats(), clean, tokens(clean))
    i = 0
    while i < len(walk.toks):
        i = _read_at(walk, i)
    return _with_titles(walk.found, clean, where)


def _read_at(walk: Walk, i: int) -> int:
    """Read what stands at token i (recording a name found); the index of the next token to read."""
    tok = walk.toks[i]
    if not may_start_name(tok) or not walk.clear_of(tok.start):
        return i + 1  # no reader finds a name here (most tokens), or inside the last name found
    for read in _READERS:
        nxt = read(walk, i)
        if nxt is not None:
            return nxt
    return i + 1


def _foreign(walk: Walk, i: int) -> int | None:
    """A foreign name seeded at token i that its context accepts."""
    run = foreign_name(walk.stats, walk.toks, i)
    if run is None or _chinese_name_then_lone_char(walk, i, run) or not _foreign_accepted(walk, i, run) \
            or not walk.clear_of(run.start):
        return None
    walk.found.append(Span(run.start, run.end, run.name))
    return run.next


def _chinese_name_then_lone_char(walk: Walk, i: int, run: TokenRun) -> bool:
    """A Chinese surname and given name, then a character jieba left alone (温雅/婷): not foreign."""
    toks, j = walk.toks, run.next
    tok = toks[i]
    return j == i + 1 and tok.flag in ("nr", "nrfg") and tok.word[0] in COMMON_SURNAMES \
        and j < len(toks) and len(toks[j].word) == 1 and toks[j].flag in ("x", "ng", "g", "zg") \
        and CJK.match(toks[j].word) is not None and toks[j].word not in FUNCTION_CHARS


def _foreign_accepted(walk: Walk, i: int, run: TokenRun) -> bool:
    """Whether the foreign name has evidence (a ·, jieba's tags, a cue, a list) and no sign of a
    place or of a thing named after a person."""
    clean, toks = walk.clean, walk.toks
    start, end, name, j = run
    evidence = "·" in name or any(t.flag == "nrt" for t in toks[i:j]) or (
        len(name) >= 3 and any(t.flag in NAME_TAGS for t in toks[i:j]))
    cue = left_cue(clean, start) + right_cue(toks, j, clean, end)
    if not (evidence or cue > 0 or walk.follows_name(start, "、")):
        return False
    if not cue and _foreign_place_or_org(walk, i, run):
        return False
    return not (NAMED_AFTER.match(clean, end) or FOREIGN_THING_AFTER.match(clean, end))  # 葛兰素·威康公司, 阿尔茨海默病


def _foreign_place_or_org(walk: Walk, i: int, run: TokenRun) -> bool:
    """Signs that an uncued foreign name is a place or an organisation: what follows, or stands before."""
    clean, toks = walk.clean, walk.toks
    start, end, name, j = run
    if ORG_AFTER.match(clean[end:end + 3]) or PLACES_AFTER.match(clean, end) or (
            j < len(toks) and toks[j].flag == "ns" and toks[j].word[-1] in PLACE_UNITS):
        return True
    if "·" in name or start == 0:
        return False
    first = next(k for k in range(i, -1, -1) if toks[k].start <= start)  # the token the name starts in
    return before_place(toks, first) or clean[start - 1] in "《“"


def _honorific(walk: Walk, i: int) -> int | None:
    """A surname alone before an honorific or a post (王先生, 老于)."""
    span = honorific_surname(walk.stats, walk.toks, i, walk.clean)
    if span is None:
        return None
    walk.found.append(span)
    return i + 1


def _chinese(walk: Walk, i: int) -> int | None:
    """The best Chinese candidate at token i, where it scores as a name."""
    best = _best_candidate(walk, i)
    if best is None or not _passes(best):
        return None
    walk.found.append(Span(walk.toks[i].start, best.end, best.name))
    return best.next - 1 if best.cut and best.end < walk.toks[best.next - 1].end else best.next


def _best_candidate(walk: Walk, i: int) -> Scored | None:
    """The highest scoring of the Chinese candidates at token i (the first of equals)."""
    best = None
    for candidate in chinese_candidates(walk.stats, walk.toks, i):
        scored = score_in_context(walk, i, candidate)
        if best is None or scored.score > best.score:
            best = scored
    return best


def _passes(best: Scored) -> bool:
    """Whether the best candidate scores as a name (two characters need a margin more)."""
    need = THRESHOLD + (TWO_CHAR_MARGIN if len(best.name) == 2 else 0.0)
    return best.score >= need and best.name not in FOREIGN_NON_PERSONS


def _transliterated(walk: Walk, i: int) -> int | None:
    """A transliterated name jieba cut into pieces (总理素/帕/猜), with a cue and not where a place stands."""
    if walk.toks[i].flag in ("ns", "nt"):
        return None
    run = translit_run(walk.stats, walk.toks, i)
    if run is None:
        return None
    cued = left_cue(walk.clean, run.start) >= POST_CUE or right_cue(walk.toks, run.next, walk.clean, run.end)
    if not cued or (run.start > 0 and before_place(walk.toks, i)) or not walk.clear_of(run.start):
        return None
    walk.found.append(Span(run.start, run.end, run.name))
    return run.next


_READERS = (_foreign, _honorific, _chinese, _transliterated)
# What a token a reader finds a name at starts with: a surname (single, compound or Japanese),
# 老 (老于), or a transliteration character.
_NAME_START = frozenset(SINGLE_SURNAMES) | {"老"} | TRANSLIT_CHARS | {s[0] for s in COMPOUND_SURNAMES} \
    | {s[0] for s in JAPANESE_SURNAMES}


def may_start_name(tok: Tok) -> bool:
    """Whether any of the readers can find a name at this token: it starts as a name can, or jieba
    tags it as one. Most tokens cannot, and the walk passes over them at once."""
    return tok.word[:1] in _NAME_START or tok.flag in NAME_TAGS


def _with_titles(found: list[Span], clean: str, where: list[int]) -> list[PersonRef]:
    """The names found as PersonRefs: each with the title printed before it (not reading back into
    the name before) and its offset in the original text."""
    out = []
    floor = 0
    for start, end, name in found:
        title = title_before(clean, start, floor)
        out.append(PersonRef(name=name, title=title, position=where[start] if start < len(where) else start))
        floor = end
    return out


def find_persons(text: str, paragraphs: bool = False) -> list[PersonRef]:
    """Each person once, in order of first appearance, with the first title seen for them.

    The same name printed with a clearly different post is another person (two 处长 of one
    name in different bureaus) and is listed again.
    """
    persons: dict[str, list[PersonRef]] = {}
    out: list[PersonRef] = []
    mentions = find_mentions(text, paragraphs)
    full = [r.name for r in mentions if "·" in r.name]
    for ref in mentions:
        if len(ref.name) == 1 or _short_for(ref.name, full):
            # a bare surname (张女士, 钟医生) is no full name; 米洛舍维奇 after 伊万娜·米洛舍维奇 is the same person
            continue
        same = persons.setdefault(ref.name, [])
        have = next((p for p in same if titles_compatible(p.title, ref.title)), None)
        if have is None:
            have = PersonRef(name=ref.name, title=ref.title, position=ref.position)
            same.append(have)
            out.append(have)
        elif have.title is None and ref.title:
            have.title = ref.title
    return out


def _short_for(name: str, full: list[str]) -> bool:
    """Whether `name` is the last part of a foreign name written with · in the same text."""
    return "·" not in name and any(f.endswith("·" + name) for f in full)


def mentions_as_json(line: str) -> str:
    """One line of the extractor's stdin/stdout protocol: a JSON array of {"name", "title"}."""
    refs = find_mentions(line.rstrip("\r\n"))
    return json.dumps([{"name": r.name, "title": r.title} for r in refs], ensure_ascii=False)


def warm_up() -> None:
    """Load jieba's dictionary and the character tables (done once, before the first line)."""
    name_stats()
