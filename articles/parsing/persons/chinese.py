"""Chinese names: candidates at a token (a surname and one or two given-name characters, also
across jieba's splits), and how name-like each one is (`score_chinese`).
"""
from __future__ import annotations

import math
import re
from typing import NamedTuple

from .cues import FUNCTION_CHARS, NAME_OR_PLACE_END, ORG_AFTER, PLACE_END, RIGHT_CUES, SOFT_END
from .honorifics import HONORIFICS
from .lexicon import FOREIGN_NON_PERSONS, JAPANESE_SURNAMES
from .stats import NAME_TAGS, NameStats, surname_of
from .text import CJK, Tok
from .weights import (
    COMMON_WORD_FREQ, COMPOUND_HEAD_FREQ, COMPOUND_ON_WORD, FUNCTION_CHAR_END, GUESSED_FULL_NAME, GUESSED_SHORT_NAME,
    KNOWN_FULL_NAME, MADE_UP_WORD, NAME_GLUED_TO_VERB, NAME_INSIDE_WORD, NAME_OR_PLACE_END_CHAR, NAME_WORD_BASE,
    NAME_WORD_SLOPE, NOUN_WORD_BASE, NOUN_WORD_SLOPE, OTHER_TAG_NAME_BASE, OTHER_TAG_NAME_SLOPE, OTHER_WORD_BASE,
    PART_AFTER_KNOWN_NAME, PART_BREAKS_LONG_WORD, PART_CUT_SLOPE, PART_FOREIGN_PLACE, PART_FUNCTION_CHAR,
    PART_GLUED_CHAR, PART_GLUED_CUT, PART_LEAVES_NO_WORD, PART_NAME_CHAR, PART_NAME_HEAD_KNOWN,
    PART_NAME_HEAD_UNKNOWN, PART_PLACE, PART_STARTS_COMMON_WORD, PART_SURNAME_FUNCTION_WORD, PART_TIME_HEAD,
    PART_WORD_HEAD, PART_WORD_SLOPE, RARE_GIVEN_CHAR, RARE_GIVEN_COUNT, REDUPLICATED, REJECT, SHORT_NAME_WORD_BASE,
    SHORT_NAME_WORD_SLOPE, SOFT_END_CHAR, SURNAME_CLOSES_PHRASE, TWO_GIVEN_CHARS, UNKNOWN_GIVEN_CHAR,
    UNKNOWN_SURNAME, VERB_OR_ADJECTIVE,
)

# Endings of words that jieba keeps whole with a name inside (邓小平理论).
_SUFFIX_WORDS = re.compile(r"^(?:理论|思想|主义|同志|总理|主席|先生|女士)$")
# Surnames that are also measure words (一张纸, 这支队伍, 两位代表), and what counts before them.
MEASURE_SURNAMES = frozenset("张支位项门封席盘包管车段连班")
_COUNTING = frozenset(("这", "那", "哪", "每", "该", "此", "某", "各", "整",
                       "几", "两", "数", "多", "半", "头", "上", "下"))
# Characters jieba glues to the end of a name it made up (李秋说).
_GLUED_AFTER = set("说称问答等曾则已")
_NAME_FLAGS = ("nr", "nrfg")


class Candidate(NamedTuple):
    """A possible Chinese name at token i: it ends in token next - 1, cut after `cut` characters
    of that token (0: the whole token)."""

    name: str
    next: int
    cut: int
    surname: str


def score_chinese(m: NameStats, name: str, surname: str, toks: list[Tok], i: int, j: int, cut: int) -> float:
    """How strongly name (tokens i..j-1, the last one cut after `cut` chars) reads as a person name."""
    given = name[len(surname):]
    s = m.sur.get(surname, UNKNOWN_SURNAME) + sum(m.given.get(ch, UNKNOWN_GIVEN_CHAR) for ch in given)
    if given in HONORIFICS:
        return REJECT  # 李阿姨, 王先生: a surname and a form of address
    s = _by_shape(m, s, name, surname, given, toks, i, j, cut)
    if s is None:
        return REJECT
    parts = toks[i:j]
    if len(parts) == 1:
        return _one_token(m, s, name, surname, given, parts[0], cut)
    return _split_tokens(m, s, surname, parts, cut)


def _by_shape(m: NameStats, s: float, name: str, surname: str, given: str, toks: list[Tok], i: int, j: int,
              cut: int) -> float | None:
    """s moved by the characters the name ends with and its length; None where it cannot be a name."""
    if given[-1] in FUNCTION_CHARS:
        s -= FUNCTION_CHAR_END
    if given[-1] in PLACE_END:
        whole_guess = j == i + 1 and not cut and toks[i].flag in _NAME_FLAGS and len(toks[i].word) == len(name) \
            and len(given) == 2 and not m.dict_freq(name)
        if given[-1] not in NAME_OR_PLACE_END or not whole_guess:
            return None
        s -= NAME_OR_PLACE_END_CHAR
    if given[-1] in SOFT_END:
        s -= SOFT_END_CHAR
    if len(given) == 1 and given == surname:
        s -= REDUPLICATED  # 殷殷, 苗苗: a reduplicated word
    elif len(given) == 2 and given[-1] == surname:
        s -= SURNAME_CLOSES_PHRASE  # 以武养武, 面对面: the surname character again closes a phrase
    if len(given) == 2:
        s += TWO_GIVEN_CHARS
    return s


def _one_token(m: NameStats, s: float, name: str, surname: str, given: str, tok: Tok, cut: int) -> float:
    """The score of a name that jieba holds in one token (whole, or the start of it)."""
    if cut:
        if len(tok.word) == len(name) + 1:
            return s + NAME_GLUED_TO_VERB  # jieba glued the verb after the name to it (李秋说)
        return NAME_INSIDE_WORD  # a known full name inside a word named after it (马克思主义)
    f = m.dict_freq(tok.word)
    s = _jieba_verdict(m, s, name, surname, given, tok, f)
    if f and len(name) == 3 and len(surname) == 1 and m.dict_freq(name[:2]) >= COMPOUND_HEAD_FREQ:
        s -= COMPOUND_ON_WORD  # a dictionary word built on a word (农家/乐, 马兰/花): a compound, not a name
    known = f and len(name) == 3 and len(surname) == 1 and not m.dict_freq(given) and (
        tok.flag in ("nr", "nrfg", "t"))  # a full name jieba's dictionary holds (周恩来/t)
    if min(m.given_n.get(ch, 0) for ch in given) < RARE_GIVEN_COUNT and not known:
        s -= RARE_GIVEN_CHAR
    return s


def _jieba_verdict(m: NameStats, s: float, name: str, surname: str, given: str, tok: Tok, f: int) -> float:
    """s moved by what jieba says of the whole token: its tag, and how common a word it is (f)."""
    if tok.flag in _NAME_FLAGS:
        if tok.flag == "nrfg" and f:
            s += KNOWN_FULL_NAME  # jieba's dictionary has it as a full name
        elif f == 0:
            s += GUESSED_FULL_NAME if len(name) - len(surname) == 2 else GUESSED_SHORT_NAME
        elif len(name) == 3 or len(surname) == 2:
            s += NAME_WORD_BASE - NAME_WORD_SLOPE * math.log10(f + 1)
        else:
            s += SHORT_NAME_WORD_BASE - SHORT_NAME_WORD_SLOPE * math.log10(f + 1)
    elif f == 0:
        s += MADE_UP_WORD  # a word jieba's HMM made up that starts with a surname
    elif len(name) == 3 and len(surname) == 1 and not m.dict_freq(given) and tok.flag in ("n", "nz", "t", "i", "l"):
        s += OTHER_TAG_NAME_BASE - OTHER_TAG_NAME_SLOPE * math.log10(f + 1)  # a full name under another tag
    elif len(name) >= 3 and tok.flag in ("n", "nz", "t"):
        s -= NOUN_WORD_BASE + NOUN_WORD_SLOPE * math.log10(f + 1)
    else:
        s -= OTHER_WORD_BASE + math.log10(f + 1)
        if len(name) == 2 and tok.flag in ("v", "a", "d", "ad", "vn", "an", "c", "p"):
            s -= VERB_OR_ADJECTIVE  # a verb or adjective jieba's dictionary holds (揭晓)
    return s


def _split_tokens(m: NameStats, s: float, surname: str, parts: list[Tok], cut: int) -> float:
    """The score of a name jieba split over several tokens: its head token, then each part after it."""
    head = parts[0]
    hf = m.dict_freq(head.word)
    glued = head.flag in _NAME_FLAGS and hf == 0 and len(head.word) == len(surname) + 1
    s = _by_head(s, surname, parts, hf)
    for k, tok in enumerate(parts[1:], start=1):
        if k == len(parts) - 1 and cut:
            s = _cut_part(m, s, tok, cut, glued)
        elif len(tok.word) == 1:
            s = _one_char_part(m, s, tok, head, hf, surname, glued)
        else:
            f = m.dict_freq(tok.word)
            if f:
                s -= PART_WORD_SLOPE * math.log10(f + 1)
    return s


def _by_head(s: float, surname: str, parts: list[Tok], hf: int) -> float:
    """s moved by the head token (a name guess, a time word …) and by places among the parts."""
    head = parts[0]
    if head.flag in _NAME_FLAGS and len(head.word) > len(surname):
        s += PART_NAME_HEAD_UNKNOWN if hf == 0 else PART_NAME_HEAD_KNOWN
    if any(t.word in FOREIGN_NON_PERSONS for t in parts[1:]):
        s -= PART_FOREIGN_PLACE
    elif any(t.flag in ("ns", "nt") for t in parts[1:]):
        s -= PART_PLACE
    if hf and head.flag in ("ns", "nt", "n", "v", "t", "a", "d", "vn", "m") and len(head.word) > len(surname):
        s -= PART_TIME_HEAD if head.flag == "t" else PART_WORD_HEAD  # 周二/晚: a time word
    elif len(head.word) == len(surname) and head.flag in ("v", "p", "c", "d", "m", "a", "t"):
        s -= PART_SURNAME_FUNCTION_WORD
    return s


def _cut_part(m: NameStats, s: float, tok: Tok, cut: int, glued: bool) -> float:
    """s moved by the last part, where the name ends inside it: only where jieba made that word up,
    or what is left is a word."""
    f = m.dict_freq(tok.word)
    rest = tok.word[cut:]
    if f:
        s -= PART_CUT_SLOPE * math.log10(f + 1)
        if f >= COMMON_WORD_FREQ and not set(rest) & FUNCTION_CHARS:
            s -= PART_STARTS_COMMON_WORD  # the last given character starts a common word (尹莉/明白)
    if glued:
        s += PART_GLUED_CUT
    if f and (not m.dict_freq(rest) or (len(rest) == 1 and rest not in FUNCTION_CHARS)):
        s -= PART_LEAVES_NO_WORD
    if f and len(tok.word) >= 3:
        # the last given character would break a dictionary word (华晟/新能源, 马钢/克服困难)
        s -= PART_BREAKS_LONG_WORD
    return s


def _one_char_part(m: NameStats, s: float, tok: Tok, head: Tok, hf: int, surname: str, glued: bool) -> float:
    """s moved by a one-character part after the head."""
    f = m.dict_freq(tok.word)
    if glued:
        s += PART_GLUED_CHAR
    elif tok.flag in ("nr", "nrfg", "ng", "zg", "g", "nrt") or not f:
        s += PART_NAME_CHAR
    elif tok.flag in ("v", "p", "c", "u", "d", "r", "uj", "ul", "y", "m", "q", "f", "a", "vn", "ad", "an", "tg"):
        s -= PART_FUNCTION_CHAR
        if hf and head.flag in _NAME_FLAGS and len(head.word) == len(surname) + 1 and f >= COMMON_WORD_FREQ:
            s -= PART_AFTER_KNOWN_NAME  # a two-character name jieba knows, then a common verb (张骞/乘)
    return s


def _japanese_given(m: NameStats, word: str, rest: str) -> bool:
    """A token jieba's dictionary holds whole, a Japanese surname and then a given name, not a word
    (东条英机, 桥本龙太郎; not 丰田汽车)."""
    return len(rest) >= 2 and (m.tag_of(rest) in NAME_TAGS or (m.dict_freq(word) > 0 and m.dict_freq(rest) < 50))


def _japanese_given_after(m: NameStats, toks: list[Tok], k: int) -> tuple[str, int]:
    """A given name in the tokens from k on, after a Japanese surname token: (given name, next index)."""
    if k >= len(toks):
        return "", k
    nxt = toks[k]
    w = nxt.word
    if len(w) == 1 and k + 1 < len(toks) and len(toks[k + 1].word) == 1:
        pair = w + toks[k + 1].word
        if CJK.match(pair) and not set(pair) & FUNCTION_CHARS and not m.dict_freq(pair):
            return pair, k + 2
    if len(w) not in (2, 3) or not CJK.match(w) or ORG_AFTER.match(w):
        return "", k
    cue_after = k + 1 < len(toks) and toks[k + 1].word in RIGHT_CUES and m.dict_freq(w) < 5000
    if nxt.flag in NAME_TAGS or not m.dict_freq(w) or cue_after:
        return w, k + 1
    return "", k


def chinese_candidates(m: NameStats, toks: list[Tok], i: int) -> list[Candidate]:
    """The possible Chinese (or Japanese) names that start at token i."""
    w = toks[i].word
    if not CJK.match(w):
        return []
    jp = next((w[:k] for k in (3, 2) if w[:k] in JAPANESE_SURNAMES), None)
    if jp:
        return _japanese_candidates(m, toks, i, jp)
    return _surname_candidates(m, toks, i)


def _japanese_candidates(m: NameStats, toks: list[Tok], i: int, jp: str) -> list[Candidate]:
    """Names at token i, which starts with the Japanese surname jp."""
    tok = toks[i]
    w = tok.word
    out = []
    rest = w[len(jp):]
    if not rest:
        out.append((w, i + 1, 0))
        given, j = _japanese_given_after(m, toks, i + 1)
        if given and (tok.flag in NAME_TAGS or m.dict_freq(w) < 500):  # not 清水 (clear water)
            out.append((w + given, j, 0))  # 久间/章生, 武村/正义说, 西村/健/一: surname + given name
    elif len(rest) <= 3 and rest[-1] not in PLACE_END and (
            (tok.flag in NAME_TAGS and not m.dict_freq(w)) or _japanese_given(m, w, rest)):
        out.append((w, i + 1, 0))  # 东条英机, 桥本龙太郎: jieba keeps the full name whole
    else:
        out.append((jp, i + 1, len(jp)))
    return [Candidate(n, j, c, jp) for n, j, c in out]


def _surname_candidates(m: NameStats, toks: list[Tok], i: int) -> list[Candidate]:
    """Names at token i: its surname and one or two given-name characters, in it or the next tokens."""
    sur = surname_of(toks[i].word)
    if not sur or _counted(toks, i, sur):
        return []
    nxt = toks[i + 1].word if i + 1 < len(toks) else ""
    out = _glued_verb_names(m, toks[i], i, sur, nxt) + _given_names(m, toks, i, sur, nxt)
    return [Candidate(n, j, c, sur) for n, j, c in out]


def _counted(toks: list[Tok], i: int, sur: str) -> bool:
    """Whether the surname at token i is a number's measure word (3张卫星图片, 那张小巧的门票)."""
    tok = toks[i]
    if tok.flag in ("m", "q", "mq") and i > 0 and toks[i - 1].flag in ("m", "mq"):
        return True
    return sur in MEASURE_SURNAMES and i > 0 and toks[i - 1].end == tok.start and (
        toks[i - 1].flag in ("m", "mq") or toks[i - 1].word in _COUNTING)


def _glued_verb_names(m: NameStats, tok: Tok, i: int, sur: str, nxt: str) -> list[tuple[str, int, int]]:
    """(name, next, cut) where jieba glued a verb to the name (李秋说) or to its last character (李鹏/程说)."""
    w = tok.word
    extra = len(w) - len(sur)
    out = []
    if 2 <= extra <= 3 and w[-1] in _GLUED_AFTER and tok.flag in NAME_TAGS and not m.dict_freq(w):
        out.append((w[:-1], i + 1, len(w) - 1))
    if extra <= 1 and len(nxt) == 2 and CJK.match(nxt) and nxt[1] in _GLUED_AFTER and nxt[0] not in FUNCTION_CHARS:
        out.append((w + nxt[0], i + 2, 1))  # jieba glued the verb to the last given character (李鹏/程说, 孙/三等)
    return out


def _given_names(m: NameStats, toks: list[Tok], i: int, sur: str, nxt: str) -> list[tuple[str, int, int]]:
    """(name, next, cut): the surname with the given-name characters in its token, the next one or two."""
    tok = toks[i]
    w = tok.word
    extra = len(w) - len(sur)
    nxt_cjk = CJK.match(nxt) is not None  # False at the end of the text (nxt == "")
    out = []
    if 1 <= extra <= 2:
        out.append((w, i + 1, 0))
        if extra == 1 and nxt_cjk:
            if len(nxt) == 1:
                out.append((w + nxt, i + 2, 0))
            elif tok.flag in ("nr", "nrfg") and not m.dict_freq(w):
                out.append((w + nxt[0], i + 2, 1))
    elif extra == 0 and nxt_cjk:
        if len(nxt) <= 2:
            out.append((w + nxt, i + 2, 0))
            if len(nxt) == 1 and i + 2 < len(toks):
                nn = toks[i + 2].word
                if len(nn) == 1 and CJK.match(nn):
                    out.append((w + nxt + nn, i + 3, 0))
    elif extra >= 3 and tok.flag in ("nr", "nrfg", "n", "nz") and _SUFFIX_WORDS.match(w[len(sur) + 2:]):
        # a thing named after a person that jieba keeps whole (邓小平理论): the name inside it
        head = w[:len(sur) + 2]
        if m.tag_of(head) in ("nr", "nrfg"):
            out.append((head, i + 1, len(head)))
    return out
