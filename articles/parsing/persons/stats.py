"""Statistics for judging name candidates, computed once: surname priors, given-name character
ratios, jieba's dictionary frequencies and tags; and small word tests built on them.

`name_stats()` returns the one shared `NameStats` (plain numbers, not a Django model).
"""
from __future__ import annotations

import math

import jieba
import jieba.posseg as pseg

from .lexicon import (
    AMBIGUOUS_SURNAMES,
    FOREIGN_NON_PERSONS,
    SINGLE_SURNAMES,
    TRANSLIT_CHARS,
    given_char_counts,
    given_char_llr,
    surname_logp,
    text_char_counts,
)
from .text import COMPOUND

jieba.setLogLevel(60)

NAME_TAGS = {"nr", "nrfg", "nrt"}
COMMON_SURNAMES = set(SINGLE_SURNAMES[:150]) - AMBIGUOUS_SURNAMES


class NameStats:
    """Surname priors (`sur`), given-name character ratios (`given`, `given_n`), jieba's
    word frequencies and part-of-speech tags."""

    def __init__(self):
        jieba.initialize()
        self.freq = jieba.dt.FREQ
        tc, tt = text_char_counts()
        self.sur = {}
        for s, lp in surname_logp().items():
            ptext = sum(math.log((tc.get(ch, 0) + 50) / tt) for ch in s) / len(s)
            self.sur[s] = lp - ptext - (2.0 if s in AMBIGUOUS_SURNAMES else 0.0)
        self.given = given_char_llr()
        self.given_n = given_char_counts()[0]
        self.tags = pseg.dt.word_tag_tab

    def tag_of(self, word: str) -> str | None:
        """jieba's part-of-speech tag for word, or None when its dictionary lacks it."""
        return self.tags.get(word)

    def dict_freq(self, word: str) -> int:
        """word's frequency in jieba's dictionary (0 when it is not there)."""
        return self.freq.get(word, 0) or 0


_STATS: NameStats | None = None


def name_stats() -> NameStats:
    """The shared statistics, built on first use (loads jieba's dictionary)."""
    global _STATS
    if _STATS is None:
        _STATS = NameStats()
    return _STATS


def surname_of(word: str) -> str | None:
    """The surname word starts with (compound first), or None."""
    if len(word) >= 2 and word[:2] in COMPOUND:
        return word[:2]
    if word and word[0] in name_stats().sur:
        return word[0]
    return None


def translit_chars(word: str) -> bool:
    """Whether word is written with transliteration characters only."""
    return bool(word) and TRANSLIT_CHARS.issuperset(word)


def is_translit(word: str) -> bool:
    """Written with transliteration characters, and not a country or city (荷兰, 荷兰人)."""
    if not word or not TRANSLIT_CHARS.issuperset(word):
        return False
    return word not in FOREIGN_NON_PERSONS and word[:-1] not in FOREIGN_NON_PERSONS
