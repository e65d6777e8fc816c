"""A stack of headlines with a body too few: the body that holds two articles is cut.

Column dumps print bodies first and their headlines stacked after them; when two bodies ran
together (no headline between them to part them), the stack holds one headline more than there
are bodies, and one body is given two. That headline's words are then missing from the body
that took it and present in the second half of a body beyond it (one that already has its own
headline, or none): that body is cut at the paragraph break after which the headline's words
are found (where the text changes subject most, of several), and its second half takes the
headline, marked for an editor's review.
"""
from __future__ import annotations

import re

from .drafts import Draft
from .normalise import PARAGRAPH_BREAK, ends_sentence
from .words import content_words

MIN_WORDS = 2     # words of the spare headline that must be found in the second half
TAKEN = 0.5       # a headline block sharing this part of its words with its body is that body's
SPARE = 0.25      # a headline sharing at most this part of its words with the body that took it may be spare
WINDOW = 120      # characters each side of a cut compared for a change of subject


def cut_for_stacked(items: list) -> None:
    """Where a draft took two or more stacked headlines and one of them does not fit it, cut the
    draft beside their group that holds that headline's words in its second half."""
    n = 0
    while n < len(items):
        draft = items[n]
        if isinstance(draft, Draft) and draft.headline and len(draft.headline) >= 2:
            _cut_one(items, n)
        n += 1


def _cut_one(items: list, n: int) -> None:
    draft = items[n]
    if draft.headline_group is None or draft.headline_group.explicit:
        return  # a Markdown heading is a headline where it stands
    body = _squash(draft.text)
    fits = [_share(block.text, body) for block in draft.headline]
    spare = min(range(len(fits)), key=fits.__getitem__)
    if fits[spare] > SPARE or max(fits) < TAKEN:
        return  # every headline fits its body, or none does: nothing tells which is spare
    words = content_words(draft.headline[spare].text)
    kept = [b for i, b in enumerate(draft.headline) if i != spare]
    for k in _donors(items, n):
        donor = items[k]
        at = _best_cut(donor, words) if not donor.brief else None
        if at is not None:
            second = Draft(lines=donor.lines[at + 1:], headline=[draft.headline[spare]],
                           headline_group=draft.headline_group, headline_doubt=True,
                           continued_to=donor.continued_to)
            donor.lines, donor.continued_to = donor.lines[:at], None
            draft.headline = kept
            items.insert(k + 1, second)
            return


def _donors(items: list, n: int) -> list[int]:
    """The drafts beyond this one from its headline's group, up to the next group, nearest first."""
    group = items[n].headline_group
    at = next((k for k, item in enumerate(items) if item is group), n)
    step = 1 if n > at else -1
    out = []
    k = n + step
    while 0 <= k < len(items) and isinstance(items[k], Draft):
        out.append(k)
        k += step
    return out


def _best_cut(donor: Draft, words: tuple[str, ...]) -> int | None:
    """The paragraph break of ``donor`` after which the headline's words are found and before
    which they are not; of several, the one where the text changes subject most."""
    best, best_key = None, None
    for i in _breaks(donor):
        first, second = _squash("".join(donor.lines[:i])), _squash("".join(donor.lines[i + 1:]))
        found = sum(w in second for w in words)
        if found < MIN_WORDS or found < TAKEN * len(words):
            continue
        gain = found - sum(w in first for w in words)
        if gain <= 0:
            continue
        change = -_overlap(first[-WINDOW:], second[:WINDOW])
        key = (gain, change)
        if best_key is None or key > best_key:
            best, best_key = i, key
    return best


def _breaks(draft: Draft) -> list[int]:
    """Positions of the draft's paragraph breaks that follow the end of a sentence."""
    return [i for i, line in enumerate(draft.lines)
            if line in ("", PARAGRAPH_BREAK) and 0 < i < len(draft.lines) - 1
            and ends_sentence("".join(draft.lines[:i]).rstrip())]


def _overlap(one: str, other: str) -> float:
    a, b = set(content_words(one)), set(content_words(other))
    return len(a & b) / max(1, min(len(a), len(b)))


def _share(text: str, body: str) -> float:
    words = content_words(text)
    return sum(w in body for w in words) / len(words) if words else 1.0


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)

