"""Attach headline groups to article bodies.

A page dump often prints a body first and its headline after it; several bodies may come
first and their headlines after them, stacked in another order. So each headline group is
matched, by the words it shares with the bodies (jieba tokens), to the bodies on the side
where the page puts headlines. A group may hold several stacked headlines: every way of
cutting it into consecutive headlines is weighed and the best-matching one kept.
"""
from __future__ import annotations

import re

from .blocks import HEAD, Block
from .drafts import Draft, HeadGroup, Segments
from .stacked import cut_for_stacked
from .words import content_words, head_words

MAX_LINES = 12        # a longer group is taken as one headline
INNER_CUT = 0.5       # cutting inside a block (no blank line between) needs more evidence
MAX_DRAFTS = 6        # bodies considered for one group, nearest first
UNIT_COST = 0.5       # cutting a group into one more headline must be earned by the words
NEAR_BONUS = 0.6      # favours the body next to the headline when words do not decide
FRAGMENT_PENALTY = 2  # a continued fragment (上接) rarely has its headline printed
STRUCTURE_VOTE = 2    # weight of the page's first and last items in deciding the headline side
DOUBT_MARGIN = 1.0    # closer than this between best and second best: ask an editor
ADOPT_PASSES = 3      # rounds of giving headline-less bodies a headline from the other side
FAR_SIDE = 2.0        # a headline taken by a body on the page's other side must be earned by the words
SHAPE_CUT = 3.0       # a cut the lines' shape forbids (before a ——subtitle) or invites (after one)
PAIR_WEIGHT = 0.4  # a headline's character pair (no word of its own) counts this much of a word


def headlines_after_bodies(items: list) -> bool:
    """Whether this page prints headlines after their bodies.

    Votes: the page opening with a body (or ending with a headline) says "after", opening
    with a headline says "before"; each headline group also votes for the side whose
    nearest body shares more of its words. Ties go to "after", the commoner dump order.
    """
    groups = [n for n, item in enumerate(items) if isinstance(item, HeadGroup)]
    if not groups or any(items[n].explicit for n in groups):
        return False
    votes = 0.0
    whole = [x for x in items[:groups[0]] if isinstance(x, Draft) and not x.brief and x.continued_from is None]
    votes += STRUCTURE_VOTE if whole else -STRUCTURE_VOTE
    if groups[-1] == len(items) - 1:
        votes += STRUCTURE_VOTE
    for n in groups:
        prev, nxt = _side(items, n, before=True)[:1], _side(items, n, before=False)[:1]
        if prev and nxt:
            tokens = content_words("".join(b.text for b in items[n].blocks))
            bodies = [re.sub(r"\s+", "", prev[0].text), re.sub(r"\s+", "", nxt[0].text)]
            share = [sum(t in body for t in tokens) for body in bodies]
            votes += (share[0] > share[1]) - (share[0] < share[1])
    return votes >= 0


def attach(segments: Segments) -> list[str]:
    """Give each headline group's headlines to drafts; returns page warnings."""
    items = segments.items
    after = headlines_after_bodies(items)
    warnings = []
    sides: dict[int, list[Draft]] = {}
    for n, item in enumerate(items):
        if not isinstance(item, HeadGroup):
            continue
        side = _side(items, n, before=after, briefs=not after)
        other = _side(items, n, before=not after)
        if not _whole(side) and _whole(other):  # only 上接 fragments here: the body on the other side
            side = other
        if not side:
            warnings.append("标题未能归属：" + "".join(b.text for b in item.blocks)[:30])
            continue
        _assign(item, side)
        sides[n] = side
    for _ in range(ADOPT_PASSES):  # an adoption may leave another body without its headline
        if not _adopt_orphans(items, after, sides):
            break
    cut_for_stacked(items)
    return warnings


def _adopt_orphans(items: list, after: bool, sides: dict[int, list[Draft]]) -> bool:
    """Bodies left without a headline may have theirs printed on the other side, in the
    neighbouring group (stacked headlines serving the bodies before and after them): weigh that
    group again with those bodies as more, less likely, takers. True when a body got one."""
    adopted = False
    for k, takers_before in list(sides.items()):
        group = items[k]
        orphans = [d for d in _side(items, k, before=not after)
                   if d.headline is None and d.continued_from is None][:MAX_DRAFTS - 1]
        if not orphans:
            continue
        takers = [d for d in takers_before if d.headline is None or d.headline_group is group]
        for d in takers:
            d.headline = None
        _assign(group, takers + orphans, far=orphans)
        adopted = adopted or any(d.headline is not None for d in orphans)
    return adopted


def _side(items: list, n: int, before: bool, briefs: bool = False) -> list[Draft]:
    """Headline-less drafts between this group and the neighbouring group, nearest first (``briefs``:
    a brief right after the group may take it, where headlines stand over their bodies)."""
    step = -1 if before else 1
    out = []
    k = n + step
    while 0 <= k < len(items) and not isinstance(items[k], HeadGroup):
        draft = items[k]
        # a brief takes no headline, unless one is printed right above it (a headline of its own)
        if (not draft.brief or briefs and k == n + 1 and _brief_headline(items[n])) \
                and draft.headline is None:
            out.append(draft)
        k += step
    return out


BRIEF_HEADLINE = 10  # a line over a brief this long at least is its headline; a shorter one labels the run (财经短波)


def _brief_headline(group: HeadGroup) -> bool:
    """Whether a headline group could be a brief's own headline: one line, longer than a label."""
    lines = [x for b in group.blocks for x in b.lines if x.strip()]
    return len(lines) == 1 and len(lines[0].replace(" ", "")) >= BRIEF_HEADLINE


def _whole(drafts: list[Draft]) -> list[Draft]:
    """The drafts that are not continued from another page (上接 fragments rarely print a headline)."""
    return [d for d in drafts if d.continued_from is None]


def _assign(group: HeadGroup, drafts: list[Draft], far: list[Draft] | None = None) -> None:
    """Cut the group's lines into headlines and give each to a different draft, best fit first.

    Dynamic programming over (lines used, drafts used): every cut into consecutive lines and
    every one-to-one assignment is weighed without listing them all.
    """
    drafts = drafts[:MAX_DRAFTS]
    lines = [(line, n) for n, block in enumerate(group.blocks) for line in block.lines if line.strip()]
    if len(lines) > MAX_LINES:
        drafts[0].headline = list(group.blocks)
        drafts[0].headline_group = group
        return
    bodies = [re.sub(r"\s+", "", d.text) for d in drafts]
    fit = {}
    for a in range(len(lines)):
        for b in range(a + 1, len(lines) + 1):
            tokens = head_words("".join(x for x, _ in lines[a:b]), PAIR_WEIGHT)
            inside = lines[a][1] == lines[a - 1][1] if a else False  # cut in the middle of a block
            shape = _cut_shape(lines, a) + _cut_shape(lines, b)
            fit[a, b] = [_fit(tokens, k, drafts, bodies) - INNER_CUT * inside + shape - FAR_SIDE * _far(drafts[k], far)
                         for k in range(len(drafts))]
    # states: (lines covered, drafts used bitmask) -> up to two best (score, plan)
    states = {(0, 0): [(0.0, ())]}
    for a in range(len(lines)):
        for (at, used), options in list(states.items()):
            if at != a:
                continue
            for b in range(a + 1, len(lines) + 1):
                for k in range(len(drafts)):
                    if used >> k & 1:
                        continue
                    key = (b, used | 1 << k)
                    cost = UNIT_COST if a else 0.0
                    extended = [(score + fit[a, b][k] - cost, plan + ((a, b, k),)) for score, plan in options]
                    states[key] = sorted(states.get(key, []) + extended, key=lambda x: -x[0])[:2]
    finals = sorted((o for (at, _), opts in states.items() if at == len(lines) for o in opts), key=lambda x: -x[0])
    score, plan = finals[0]
    doubt = len(drafts) > 1 and len(finals) > 1 and score - finals[1][0] < DOUBT_MARGIN
    for a, b, k in plan:
        drafts[k].headline = _as_blocks(lines[a:b])
        drafts[k].headline_group = group
        drafts[k].headline_doubt = doubt or _far(drafts[k], far)


def _cut_shape(lines: list[tuple[str, int]], at: int) -> float:
    """What the lines say of a cut before line ``at``: a ——subtitle or a bracketed column tag
    goes on the headline above it (no cut before it), a ——subtitle ends its headline (a cut after it)."""
    if at <= 0 or at >= len(lines):
        return 0.0
    here, above = lines[at][0].strip(), lines[at - 1][0].strip()
    if here.startswith(("——", "—", "（", "(")) or above.endswith(("，", "、", "：")):
        return -SHAPE_CUT
    if above.startswith(("——", "—")):
        return SHAPE_CUT / 2
    return 0.0


def _far(draft: Draft, far: list[Draft] | None) -> bool:
    """Whether the draft is one of the bodies on the page's other side."""
    return any(draft is f for f in far or ())


def _as_blocks(lines: list[tuple[str, int]]) -> list[Block]:
    """Headline lines back into blocks, keeping the blank-line grouping of the page."""
    out: list[Block] = []
    last = None
    for line, n in lines:
        if n != last:
            out.append(Block(HEAD, []))
            last = n
        out[-1].lines.append(line)
    return out


def _fit(tokens: tuple[tuple[str, float], ...], k: int, drafts: list[Draft], bodies: list[str]) -> float:
    """How well headline tokens fit body k: shared words count, missing ones count against."""
    score = 0.0
    for token, weight in tokens:
        present = [token in body for body in bodies]
        weight *= 1.0 if len(set(present)) > 1 else 0.3  # words every body has decide little
        score += weight if present[k] else -weight
    if k == 0:
        score += NEAR_BONUS
    if drafts[k].continued_from is not None:
        score -= FRAGMENT_PENALTY
    return score
