"""Attach headline groups to article bodies.

A page dump often prints a body first and its headline after it; several bodies may come
first and their headlines after them, stacked in another order. So each headline group is
matched, by the words it shares with the bodies (jieba tokens), to the bodies on the side
where the page puts headlines. A group may hold several stacked headlines: every way of
cutting it into consecutive headlines is tried and the best-matching one kept.
"""
from __future__ import annotations

import itertools
import re
from functools import lru_cache

from .segment import Draft, HeadGroup, Segments

MAX_BLOCKS = 8        # a longer group is taken as one headline (keeps the search small)
MAX_DRAFTS = 6        # bodies considered for one group, nearest first
UNIT_COST = 0.5       # cutting a group into one more headline must be earned by the words
NEAR_BONUS = 0.6      # favours the body next to the headline when words do not decide
FRAGMENT_PENALTY = 2  # a continued fragment (上接) rarely has its headline printed
DOUBT_MARGIN = 1.0    # closer than this between best and second best: ask an editor
_STOP = frozenset("的 了 和 与 及 在 为 以 是 对 把 等 上 中 将 从 向 并 让 被 由".split())


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[str, ...]:
    import jieba  # loaded on first use only

    words = []
    for word in jieba.lcut(re.sub(r"\s+", "", text)):
        if len(word) >= 2 and word not in _STOP and not re.fullmatch(r"[\W\d_]+", word):
            words.append(word)
    return tuple(dict.fromkeys(words))


def headlines_after_bodies(items: list) -> bool:
    """Whether this page prints headlines after their bodies (decided from unambiguous spots)."""
    groups = [n for n, item in enumerate(items) if isinstance(item, HeadGroup)]
    if not groups or any(items[n].explicit for n in groups):
        return False
    first = groups[0]
    leading = [x for x in items[:first] if isinstance(x, Draft) and not x.brief and x.continued_from is None]
    return bool(leading) or groups[-1] == len(items) - 1


def attach(segments: Segments) -> list[str]:
    """Give each headline group's headlines to drafts; returns page warnings."""
    items = segments.items
    after = headlines_after_bodies(items)
    warnings = []
    for n, item in enumerate(items):
        if not isinstance(item, HeadGroup):
            continue
        side = _side(items, n, before=after) or _side(items, n, before=not after)
        if not side:
            warnings.append("标题未能归属：" + "".join(b.text for b in item.blocks)[:30])
            continue
        _assign(item, side)
    return warnings


def _side(items: list, n: int, before: bool) -> list[Draft]:
    """Headline-less drafts between this group and the neighbouring group, nearest first."""
    step = -1 if before else 1
    out = []
    k = n + step
    while 0 <= k < len(items) and not isinstance(items[k], HeadGroup):
        draft = items[k]
        if not draft.brief and draft.headline is None:
            out.append(draft)
        k += step
    return out


def _cuts(count: int, parts: int):
    """Ways to cut ``count`` blocks into ``parts`` consecutive runs, as (start, end) pairs."""
    for bounds in itertools.combinations(range(1, count), parts - 1):
        edges = (0,) + bounds + (count,)
        yield [(edges[k], edges[k + 1]) for k in range(parts)]


def _assign(group: HeadGroup, drafts: list[Draft]) -> None:
    drafts = drafts[:MAX_DRAFTS]
    blocks = group.blocks
    if len(blocks) > MAX_BLOCKS:
        drafts[0].headline = list(blocks)
        return
    bodies = [re.sub(r"\s+", "", d.text) for d in drafts]
    fit = {}
    for a in range(len(blocks)):
        for b in range(a + 1, len(blocks) + 1):
            tokens = _tokens("".join(x.text for x in blocks[a:b]))
            fit[a, b] = [_fit(tokens, k, drafts, bodies) for k in range(len(drafts))]
    ranked: list[tuple[float, list]] = []
    for parts in range(1, min(len(blocks), len(drafts)) + 1):
        for cut in _cuts(len(blocks), parts):
            for chosen in itertools.permutations(range(len(drafts)), parts):
                score = sum(fit[span][k] for span, k in zip(cut, chosen)) - UNIT_COST * (parts - 1)
                ranked.append((score, list(zip(cut, chosen))))
    ranked.sort(key=lambda x: x[0], reverse=True)
    score, plan = ranked[0]
    doubt = len(drafts) > 1 and score - ranked[1][0] < DOUBT_MARGIN
    for (a, b), k in plan:
        drafts[k].headline = blocks[a:b]
        drafts[k].headline_doubt = doubt


def _fit(tokens: tuple[str, ...], k: int, drafts: list[Draft], bodies: list[str]) -> float:
    """How well headline tokens fit body k: shared words count, missing ones count against."""
    score = 0.0
    for token in tokens:
        present = [token in body for body in bodies]
        weight = 1.0 if len(set(present)) > 1 else 0.3  # words every body has decide little
        score += weight if present[k] else -weight
    if k == 0:
        score += NEAR_BONUS
    if drafts[k].continued_from is not None:
        score -= FRAGMENT_PENALTY
    return score
