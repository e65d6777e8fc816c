"""A Chinese candidate weighed in its context: the cue words around it, a list of names it
stands in, and the signs of a place, an organisation or a thing (`score_in_context`).

Each step takes the score so far and returns it moved, in a fixed order; the weights are in
`weights`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from .chinese import Candidate, score_chinese
from .cues import (
    BOUNDARY, DATELINE, FUNCTION_CHARS, NAMED_AFTER, ORG_AFTER, PARALLEL_FOUR, PLACE_END, PLACE_UNITS, PLACES_AFTER,
    QUOTED_THING, RIGHT_CUES, SPEECH_AFTER, in_place_list, left_cue, opens_clause, right_cue,
)
from .lexicon import FOREIGN_NON_PERSONS, JAPANESE_SURNAMES
from .posts import ends_with_credit_role
from .stats import COMMON_SURNAMES, NameStats
from .text import CJK, Span, Tok
from .weights import (
    ABBREVIATION_RUN, AFTER_COUNTRY, AFTER_QUANTITY, AT_BOUNDARY, CUED_WORD_FLOOR, CUT_BEFORE_PUNCTUATION,
    DISTRICT_IN_BRACKETS, FIRST_OF_LIST, IN_PLACE_LIST, JAPANESE_FULL_NAME, JAPANESE_SURNAME_ALONE, LONE_CHAR_LEFT,
    NAME_LIST, NAME_LIST_TO_SEPARATOR, NOUN_AND_MEASURE, ORG_WORD_AFTER, OWN_LINE, PLACE_LIST_AFTER, PLACE_UNIT_AFTER,
    POST_CUE, POST_TO_PUNCTUATION, QUOTED_CAMPAIGN, QUOTED_PHRASE, SET_PHRASE_HALF, SPEECH_SUBJECT,
    THING_NAMED_AFTER,
)


@dataclass
class Walk:
    """The finder's state: the cleaned text, its tokens, and the names found so far."""

    stats: NameStats
    clean: str
    toks: list[Tok]
    found: list[Span] = field(default_factory=list)

    def clear_of(self, start: int) -> bool:
        """Whether a name starting at `start` begins after the last name found."""
        return not self.found or start >= self.found[-1].end

    def follows_name(self, start: int, separators: str) -> bool:
        """Whether the last name found ends one separator before `start` (a list: 徐起超、沈求我)."""
        return start > 0 and self.clean[start - 1] in separators and bool(self.found) \
            and self.found[-1].end == start - 1


class Scored(NamedTuple):
    """A candidate with its score in context: the name ends at clean[end] and in token next - 1."""

    score: float
    name: str
    next: int
    end: int
    cut: int


def score_in_context(w: Walk, i: int, c: Candidate) -> Scored:
    """How strongly candidate c at token i reads as a person's name where it stands."""
    start = w.toks[i].start
    end = start + len(c.name)
    s = _name_score(w, i, c)
    left = _left_cue(w, start)
    s += left
    s = _after_post_word(w, i, c, s, left)
    s = _in_list_of_names(w, i, c, end, s)
    s = _by_what_follows(w, i, c, end, s, left)
    s = _against_a_person(w, i, c, end, s, left)
    s = _against_a_place(w, i, c, end, s)
    return Scored(s, c.name, c.next, end, c.cut)


def _name_score(w: Walk, i: int, c: Candidate) -> float:
    """How name-like the candidate is in itself."""
    if c.surname in JAPANESE_SURNAMES:
        return JAPANESE_FULL_NAME if len(c.name) > len(c.surname) else JAPANESE_SURNAME_ALONE
    return score_chinese(w.stats, c.name, c.surname, w.toks, i, c.next, c.cut)


def _left_cue(w: Walk, start: int) -> float:
    """The cue before the candidate; none where it is the post word written after the name before
    it (习近平总书记/殷殷嘱托)."""
    left = left_cue(w.clean, start)
    if left and w.found and 0 < start - w.found[-1].end <= 5:
        between = w.clean[w.found[-1].end:start]
        if CJK.match(between) and not ends_with_credit_role(between):
            return 0.0
    return left


def _after_post_word(w: Walk, i: int, c: Candidate, s: float, left: float) -> float:
    """A post word or byline role right before a whole word that may be a name lets it pass."""
    tok = w.toks[i]
    if left >= POST_CUE and not c.cut and c.next == i + 1 and len(tok.word) == len(c.name) \
            and c.surname in COMMON_SURNAMES \
            and (tok.flag in ("nr", "nrfg", "nrt", "ns", "nz") or not w.stats.dict_freq(tok.word)) \
            and c.name[-1] not in FUNCTION_CHARS and c.name[-1] not in PLACE_END:
        return max(s, CUED_WORD_FLOOR)
    return s


def _in_list_of_names(w: Walk, i: int, c: Candidate, end: int, s: float) -> float:
    """s moved by a list of names the candidate stands in (徐起超、沈求我，)."""
    clean, toks, j = w.clean, w.toks, c.next
    if w.follows_name(toks[i].start, "、 \u3000"):
        s += NAME_LIST
        if clean[end:end + 1] in "、，。；":
            s += NAME_LIST_TO_SEPARATOR  # this one runs up to the next separator
    if clean[end:end + 1] == "、" and j + 1 < len(toks) and toks[j].start == end \
            and toks[j + 1].flag in ("nr", "nrfg") and 2 <= len(toks[j + 1].word) <= 4 \
            and not w.stats.dict_freq(toks[j + 1].word):
        s += FIRST_OF_LIST  # the first of a list of names (余国东、焦兴涛)
    if not c.cut and j + 1 < len(toks) and len(toks[j].word) == 1 and CJK.match(toks[j].word) \
            and toks[j].word not in FUNCTION_CHARS and toks[j + 1].word in ("、", "，"):
        s -= LONE_CHAR_LEFT  # a lone character would be left before the comma (余国/东、)
    return s


def _by_what_follows(w: Walk, i: int, c: Candidate, end: int, s: float, left: float) -> float:
    """s moved by what follows: a cue word, a verb of speech, punctuation or the line's end."""
    clean, start = w.clean, w.toks[i].start
    s += right_cue(w.toks, c.next, clean, end) if not c.cut else (
        CUT_BEFORE_PUNCTUATION if clean[end:end + 1] in "、，。" else 0.0)
    if not c.cut and opens_clause(clean, start) and SPEECH_AFTER.match(clean, end):
        s += SPEECH_SUBJECT  # the subject of a clause that says something (罗干说，…)
    if end >= len(clean) or clean[end] in BOUNDARY:
        s += AT_BOUNDARY
        if left >= POST_CUE and not c.cut and (end >= len(clean) or clean[end] in "：:，\n"):
            s += POST_TO_PUNCTUATION  # all that stands between a post word and the punctuation (党委书记向东海：)
        if (start == 0 or clean[start - 1] == "\n") and (end >= len(clean) or clean[end] == "\n"):
            s += OWN_LINE  # a name standing on a line of its own
    return s


def _against_a_person(w: Walk, i: int, c: Candidate, end: int, s: float, left: float) -> float:
    """s moved by signs of a thing, a quality or a phrase: a quantity word before, a run of
    abbreviations, a country before, quotation marks around."""
    toks, j, start = w.toks, c.next, w.toks[i].start
    before = toks[i - 1] if i > 0 else None
    if before is not None and before.flag == "m" and before.end == start and CJK.match(before.word) and not left:
        s -= AFTER_QUANTITY  # after a quantity word (半点马虎, 一些): a thing or a quality, not a person
    if len(c.name) == 2 and not c.cut and not left and j + 1 < len(toks) and len(toks[j].word) == 1 \
            and toks[j].flag in ("vn", "n", "ng") and toks[j].word not in RIGHT_CUES \
            and CJK.match(toks[j + 1].word):
        s -= ABBREVIATION_RUN  # a run of one-character abbreviations (农/文/旅融合): a phrase, not a name
    if before is not None and before.word in FOREIGN_NON_PERSONS and before.end == start \
            and not left and w.stats.dict_freq(c.name) and not c.cut and j == i + 1:
        s -= AFTER_COUNTRY  # a word jieba knows right after a country or city: a city (荷兰/鹿特丹)
    if _part_of_quoted_phrase(w.clean, start, end):
        s -= QUOTED_PHRASE
    return s


def _against_a_place(w: Walk, i: int, c: Candidate, end: int, s: float) -> float:
    """s moved by signs of a place or an organisation around the candidate."""
    clean, toks, j = w.clean, w.toks, c.next
    s -= place_or_thing(clean, toks, i, j, toks[i].start, end, c.cut)
    if in_place_list(toks, i, j) or DATELINE.match(clean, end):
        s -= IN_PLACE_LIST
    if ORG_AFTER.match(clean[end:end + 3]):
        s -= ORG_WORD_AFTER
        if j < len(toks) and toks[j].word in PLACE_UNITS and toks[j].start == end:
            s -= PLACE_UNIT_AFTER  # a place unit standing as its own word after it (甘棠/镇)
    return s


def _part_of_quoted_phrase(clean: str, start: int, end: int) -> bool:
    """Whether start..end is only a part of a short quoted phrase (“智融惠畅”, “富春山居图”): a slogan or a
    title, not a name."""
    q = clean.rfind("“", max(0, start - 8), start + 1)
    if q < 0 or "”" in clean[q:start]:
        return False
    close = clean.find("”", end, end + 9)
    if close < 0:
        return False
    inner = clean[q + 1:close]
    return len(inner) > end - start and CJK.match(inner.replace("、", "").replace("，", "")) is not None


def place_or_thing(clean: str, toks: list[Tok], i: int, j: int, start: int, end: int, cut: int) -> float:
    """How much the surroundings say the candidate is a place, an institution or a thing."""
    weight = 0.0
    if PLACES_AFTER.match(clean, end) and (clean[end:end + 1] in "、等"):
        weight += PLACE_LIST_AFTER
    if NAMED_AFTER.match(clean, end):
        weight += THING_NAMED_AFTER
    if end - start == 2 and start > 0 and clean[start - 1] in "（(" and clean[end:end + 1] in "）)" and i >= 2 \
            and toks[i - 2].flag == "ns" and toks[i - 2].end == start - 1:
        weight += DISTRICT_IN_BRACKETS  # 重庆（荣昌）: a district named after its city
    if start > 0 and clean[start - 1] == "“" and clean[end:end + 1] == "”" and QUOTED_THING.match(clean, end + 1):
        weight += QUOTED_CAMPAIGN
    if not cut and j == i + 2 and len(toks[i].word) == 1 and toks[i + 1].flag == "q" and len(toks[i + 1].word) == 1:
        weight += NOUN_AND_MEASURE  # a noun and its measure word (楼/栋)
    if end - start == 2 and start >= 2 and CJK.match(clean[start - 2:start]) and not left_cue(clean, start) and (
            PARALLEL_FOUR.match(clean, end) or start >= 7 and clean[start - 3] == "、"
            and CJK.match(clean[start - 7:start - 3])):
        weight += SET_PHRASE_HALF  # the second half of a four-character phrase in a series (精准施策、靶向发力)
    return weight
