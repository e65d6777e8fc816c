"""Text preparation for the person extractor: whitespace inside names, and jieba's tokens.

- `normalise(text)` drops line breaks and name-spacing between Chinese characters (`李 一`,
  `赖杨\n昊`) and maps every kept character back to its offset in the original text;
- `tokens(text)` is jieba.posseg's segmentation (decoded by `tagger`) with character offsets, repairing one split:
  a post word ending in 长 before a 长孙-type compound surname (处长孙立新).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from . import tagger

from ..cjk import is_cjk
from .lexicon import COMPOUND_SURNAMES, SINGLE_SURNAMES
from .posts import TITLE_SUFFIXES, ends_with_credit_role

COMPOUND = set(COMPOUND_SURNAMES)

_SPACE_IN_CJK = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000\r\n]+(?=[\u4e00-\u9fff])")
CJK = re.compile(r"^[\u4e00-\u9fff]+$")
_SHORT_LINE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")  # a line holding a name alone


def _joinable(text: str, m: re.Match) -> bool:
    """Whitespace inside a name: a line break, or a space between two lone characters (李 一)."""
    gap = m.group()
    if "\n" in gap or "\r" in gap:
        before = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        nxt = text.find("\n", m.end())
        after = text[m.end():nxt if nxt >= 0 else len(text)]
        return not (_SHORT_LINE.match(before) or _SHORT_LINE.match(after))
    a, b = m.start(), m.end()
    left_alone = a < 2 or not is_cjk(text[a - 2])
    right_alone = b + 1 >= len(text) or not is_cjk(text[b + 1])
    if left_alone and not right_alone and text[a - 1] in SINGLE_SURNAMES and b + 2 <= len(text) \
            and (b + 2 == len(text) or not is_cjk(text[b + 2])) and is_cjk(text[b + 1]) \
            and ends_with_credit_role(text[max(0, a - 13):a - 1].rstrip(" \t\u3000")):
        return True  # a byline role, then a surname spaced off a two-character given name (记者 甘 露露)
    if left_alone and right_alone:
        return True
    # a character standing alone between spaces inside running text is letter-spacing: 由习 近 平同志
    return (not left_alone and _lone_between_spaces(text, b)) or (not right_alone and _lone_between_spaces(text, a - 1))


def _lone_between_spaces(text: str, k: int) -> bool:
    """Whether text[k] is a Chinese character with a space (not a line break) on each side and
    Chinese characters beyond."""
    return 2 <= k <= len(text) - 3 and is_cjk(text[k]) and text[k - 1] in " \u3000" and text[k + 1] in " \u3000" \
        and is_cjk(text[k - 2]) and is_cjk(text[k + 2])


def normalise(text: str, paragraphs: bool = False) -> tuple[str, list[int]]:
    """Drop line breaks and name-spacing between Chinese characters; map kept chars to offsets.

    With `paragraphs`, the text is already cleaned and each line is a unit of its own (a headline
    line, a paragraph, a subhead): line breaks stay.
    """
    out, where = [], []
    last = 0
    for m in _SPACE_IN_CJK.finditer(text):
        if (paragraphs and "\n" in m.group()) or not _joinable(text, m):
            continue
        out.append(text[last:m.start()])
        where.extend(range(last, m.start()))
        last = m.end()
    out.append(text[last:])
    where.extend(range(last, len(text)))
    return "".join(out), where


class Tok:
    """One of jieba's tokens: the word, its part-of-speech flag, and where it stands in the text."""

    __slots__ = ("word", "flag", "start", "end")

    def __init__(self, word, flag, start):
        self.word, self.flag, self.start, self.end = word, flag, start, start + len(word)


class Span(NamedTuple):
    """A name found in the text: text[start:end], and the name as reported (· for the dots)."""

    start: int
    end: int
    name: str


class TokenRun(NamedTuple):
    """A name read off the tokens: its span, and the index of the first token after it."""

    start: int
    end: int
    name: str
    next: int


def tokens(text: str) -> list[Tok]:
    """jieba.posseg's tokens with their offsets; 处长孙立新 is cut before the name, not inside it."""
    toks, pos = [], 0
    for pair in tagger.cut(text):
        if pair.word[:2] in COMPOUND and text[:pos + 1].endswith(TITLE_SUFFIXES):
            # 处长孙立新 cut as 处处/长孙/立新: the 长 ends the post, 孙 starts the name
            toks.append(Tok(pair.word[0], "n", pos))
            toks.append(Tok(pair.word[1:], "nr", pos + 1))
            pos += len(pair.word)
            continue
        toks.append(Tok(pair.word, pair.flag, pos))
        pos += len(pair.word)
    return toks
