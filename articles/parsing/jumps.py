"""Jump lines (转版): ``（上接1版）`` opens a continued fragment, ``（下转2版）`` ends one."""
from __future__ import annotations

import re
from dataclasses import dataclass

_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_PAGE = r"第?\s*[A-Z]?\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*版"
# a scan may print every character spaced out: （ 上 接 第 一 版 ）
JUMP_FROM = re.compile(rf"[（(]\s*(?:上\s*接|接\s*上|紧\s*接|接)\s*{_PAGE}\s*[）)]")
JUMP_TO = re.compile(rf"[（(]\s*(?:下\s*转|转)\s*{_PAGE}\s*[）)]")


def page_number(printed: str) -> int:
    """``2`` or ``二`` → 2 (Chinese numerals up to 三十)."""
    if printed.isdigit():
        return int(printed)
    if printed.startswith("十"):
        printed = "一" + printed
    if "十" in printed:
        tens, _, ones = printed.partition("十")
        return _NUMERALS[tens] * 10 + (_NUMERALS[ones] if ones else 0)
    return _NUMERALS[printed]


def jump_from(line: str) -> tuple[int, str] | None:
    """(page, text after the marker) when the line opens with ``（上接N版）``."""
    m = JUMP_FROM.match(line.strip())
    if not m:
        return None
    return page_number(m.group(1)), line.strip()[m.end():]


def jump_to(line: str) -> tuple[int, str, str] | None:
    """(page, text before, text after) when the line holds ``（下转N版）``."""
    m = JUMP_TO.search(line)
    if not m:
        return None
    return page_number(m.group(1)), line[: m.start()].rstrip(), line[m.end():].strip()


_SENTENCE_END = re.compile(r"[。！？!?；;]")
_WORDLIKE = re.compile(r"\w")


@dataclass
class JumpHead:
    """An article that goes on elsewhere: its page, the page of （下转N版）, its headline and body."""

    page: int | None
    continued_to: int | None
    headline: str
    body: str


@dataclass
class JumpTail:
    """A continued fragment: its page, the page of （上接N版）, its body."""

    page: int | None
    continued_from: int | None
    body: str


def pair_continuations(tails: list[JumpTail], heads: list[JumpHead]) -> list[tuple[int, int]]:
    """(tail index, head index) pairs: each 上接 fragment with the 下转 article whose text it continues.

    Candidates jump from the fragment's 上接 page to its page; among them the one sharing most
    words with the fragment wins (the head's unfinished last sentence counted twice), one to one,
    ties by position.
    """
    candidates = [(i, j) for i, tail in enumerate(tails) for j, head in enumerate(heads)
                  if head.page == tail.continued_from and head.continued_to == tail.page]
    tail_words = {i: _words(tails[i].body) for i in {i for i, _ in candidates}}  # cut each text once
    head_words = {j: _head_words(heads[j]) for j in {j for _, j in candidates}}
    ranked = sorted((-_continuation_score(head_words[j], tail_words[i]), i, j) for i, j in candidates)
    pairs, used_tails, used_heads = [], set(), set()
    for _, i, j in ranked:
        if i not in used_tails and j not in used_heads:
            used_tails.add(i)
            used_heads.add(j)
            pairs.append((i, j))
    return pairs


def _head_words(head: JumpHead) -> tuple[set[str], set[str]]:
    """The words of a 下转 article (headline and body) and those of its unfinished last sentence."""
    tail = _SENTENCE_END.split(head.body.rstrip())[-1]
    return _words(f"{head.headline}\n{head.body}"), _words(tail)


def _continuation_score(head_words: tuple[set[str], set[str]], tail_words: set[str]) -> int:
    whole, unfinished = head_words
    return len(tail_words & whole) + len(tail_words & unfinished)


def _words(text: str) -> set[str]:
    """Words of two or more characters (jieba), punctuation and single characters left out."""
    import jieba  # loaded only when continuations are linked

    jieba.setLogLevel(60)
    return {w for w in jieba.lcut(text) if len(w) >= 2 and _WORDLIKE.search(w)}
