"""jieba.posseg's segmentation and tags, with its hidden Markov model decoded faster.

jieba.posseg spends most of its time decoding the character model it runs on runs of
characters its dictionary does not know: for every character and every state it may be in,
it tries every state the previous character could be in. Most of those transitions do not
exist (each state has about 20 successors out of 256), so they add minus infinity and never
win. `decode` tries only the transitions that exist, and falls back to jieba's own rule where
none does, so it finds the very same path, tie-breaks included (`tests/persons/test_tagger.py`
compares the two on sample pages and on random characters).

`cut(text)` yields the same (word, flag) pairs as `jieba.posseg.cut(text)`.
"""
from __future__ import annotations

import math
from functools import lru_cache

import jieba
import jieba.posseg as pseg
from jieba.posseg import POSTokenizer, char_state_tab_P, emit_P, pair, start_P, trans_P

jieba.setLogLevel(60)

UNSEEN = -3.14e100  # jieba's log-probability of a character a state never emits

_ALL_STATES = tuple(trans_P.keys())
# state -> [(previous state, log-probability of the transition)]: the transitions into it
_INTO: dict[tuple, list[tuple[tuple, float]]] = {}
for _prev, _nexts in trans_P.items():
    for _state, _logp in _nexts.items():
        _INTO.setdefault(_state, []).append((_prev, _logp))


@lru_cache(maxsize=8192)  # unknown runs (names above all) come back within a page
def decode(chars: str) -> tuple[tuple[str, str], ...]:
    """The most likely (position, tag) state of each character, as jieba.posseg's viterbi finds it."""
    score = {y: start_P[y] + emit_P[y].get(chars[0], UNSEEN) for y in char_state_tab_P.get(chars[0], _ALL_STATES)}
    back = [dict.fromkeys(score, "")]
    for ch in chars[1:]:
        live = [y for y in score if trans_P[y]]
        expected = _successors(frozenset(live))
        states = set(char_state_tab_P.get(ch, _ALL_STATES)) & expected or expected or set(_ALL_STATES)
        new_score, came_from = {}, {}
        for y in states:
            new_score[y], came_from[y] = _best_into(y, ch, score, live)
        score = new_score
        back.append(came_from)
    state = max((p, y) for y, p in score.items())[1]
    path = [state] * len(chars)
    for t in range(len(chars) - 1, 0, -1):
        state = back[t][state]
        path[t - 1] = state
    return tuple(path)


@lru_cache(maxsize=4096)
def _successors(states: frozenset) -> frozenset:
    """Every state a transition leads to from one of `states`."""
    return frozenset(y for x in states for y in trans_P[x])


def _best_into(y: tuple, ch: str, score: dict, live: list) -> tuple[float, tuple]:
    """(score, previous state) of the best way into y, ties going to the greater previous state.

    Only existing transitions can give more than minus infinity; where none does, every way in
    is minus infinity and the greatest previous state wins, as in jieba.
    """
    emit = emit_P[y].get(ch, UNSEEN)
    best = None
    into = _INTO.get(y, ())
    if len(into) > len(score):  # walk the shorter side
        into = [(prev, trans_P[prev].get(y)) for prev in score]
    for prev, logp in into:
        if logp is None:
            continue
        p = score.get(prev)
        if p is not None:
            candidate = (p + logp + emit, prev)
            if best is None or candidate > best:
                best = candidate
    if best is None or best[0] == -math.inf:
        return -math.inf, max(live)
    return best


class Tagger(POSTokenizer):
    """jieba.posseg's tokenizer (sharing its dictionaries) whose character model decodes with `decode`."""

    def __init__(self, base: POSTokenizer = pseg.dt):
        self.tokenizer = base.tokenizer
        self.word_tag_tab = base.word_tag_tab

    def _POSTokenizer__cut(self, sentence):  # the hook jieba.posseg calls on a run of unknown characters
        yield from _words(sentence, decode(sentence))


def _words(chars: str, path: tuple) -> list:
    """The words of a decoded run: from the last B (begin) to an E (end), or one S (single) character;
    what follows the last word is one word, tagged as its first character."""
    out, begin, done = [], 0, 0
    for i, (position, tag) in enumerate(path):
        if position == "B":
            begin = i
        elif position == "E":
            out.append(pair(chars[begin:i + 1], tag))
            done = i + 1
        elif position == "S":
            out.append(pair(chars[i], tag))
            done = i + 1
    if done < len(chars):
        out.append(pair(chars[done:], path[done][1]))
    return out


_TAGGER = Tagger()


def cut(text: str):
    """(word, flag) pairs, the same as jieba.posseg.cut(text)."""
    return _TAGGER.cut(text)

