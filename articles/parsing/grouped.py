"""Grouped stories (组稿): several short stories under one banner headline are one article.

Papers print a 组稿 as a banner headline (kicker, title, subtitle), a short unsigned intro (or
编者按), then parts that each open with a short subhead and a byline. In a dump the parts look
like articles of their own; the banner gives them away: a headline of two or more lines over
nothing but a short intro, right before a part. The parts' subheads and bylines stay in the
article's text, and their reporters are its authors (formats.md, family 7).
"""
from __future__ import annotations

import re

from .bylines import byline_text, is_photo_credit
from .normalise import PARAGRAPH_BREAK, ends_sentence
from .drafts import Draft

_EDITORS_NOTE = re.compile(r"^[【\[]?(?:编者按|编者的话)")  # the note that opens a series of stories
_BREAKS = ("", PARAGRAPH_BREAK)  # what stands between two paragraphs of a draft
MAX_INTRO = 200      # characters of a banner's own text before the first part
MAX_PART_HEAD = 20   # a part's subhead is short and on one line
MAX_LABELLED_HEAD = 32  # one led by its label (蓝莓产业功能型党支部：把支部建在合作社里) may be longer
_LABELLED = re.compile(r"^[\u4e00-\u9fff]{1,12}[：:]\S")  # a part's subhead led by its label: 人才：“新农人”扎根田野


def merge_grouped(drafts: list[Draft]) -> list[Draft]:
    """Drafts with each 组稿's parts folded into its banner article."""
    out: list[Draft] = []
    banner: Draft | None = None
    kind: tuple[bool, bool] | None = None  # how the group's parts are marked and signed: all of them are so
    for n, draft in enumerate(drafts):
        if banner is not None and _is_part(draft) and kind in (None, _part_kind(draft)):
            _fold(banner, draft)
            kind = kind or _part_kind(draft)
            continue
        opened = _first_part_in_banner(draft, drafts[n + 1:])
        if opened:
            _part_out_of_banner(draft)
        inside = _first_part_inside(draft, drafts[n + 1:])
        banner = draft if opened or inside or _is_banner(draft) or _labelled_parts_follow(draft, drafts[n + 1:]) \
            else None
        kind = _part_kind(drafts[n + 1]) if opened or inside else None
        out.append(draft)
    return out


def _closed_alike(banner: Draft, part: Draft) -> bool:
    """A banner of two lines or more whose text and the next part's each end with a bracketed credit
    （本报记者 X）: the parts of a group signed as its first one is."""
    return len(_headline_lines(banner)) >= 2 and _closed(banner) and _closed(part)


def _closed(draft: Draft) -> bool:
    """Whether the draft is signed only by bracketed credits at its end （本报记者 X）."""
    return bool(draft.bylines) and all(b.strip().startswith(("（", "(")) for b in draft.bylines)


def _part_kind(draft: Draft) -> tuple[bool, bool]:
    """(labelled subhead, signed at its end): the parts of one group are alike in both."""
    return _marked(draft), _closed(draft)


def _marked(draft: Draft) -> bool:
    """Whether the draft's headline opens with a label (周美玲：…)."""
    lines = _headline_lines(draft)
    return bool(lines) and _LABELLED.match(lines[0]) is not None


def _labelled_parts_follow(draft: Draft, after: list[Draft]) -> bool:
    """A headline of two or more lines followed by two parts or more whose subheads are labelled alike
    (``人才：…``, ``生态：…``): a 组稿 whose first part was read into the banner's own text."""
    parts = 0
    for part in after:
        lines = _headline_lines(part)
        if not _is_part(part) or not _LABELLED.match(lines[0]):
            break
        parts += 1
    banner = len(_headline_lines(draft)) >= 2 or _headline_lines(draft) and len(draft.text) <= MAX_INTRO \
        and not draft.bylines  # one line over a short unsigned intro (its subtitle read into the intro)
    return parts >= 2 and bool(banner) and not draft.brief


def _first_part_inside(draft: Draft, after: list[Draft]) -> bool:
    """A headlined text holding one subhead of its own, labelled (菜篮子：平价菜店覆盖所有街道), or under an
    编者按, or signed as the part next is (（本报记者 X）), with a part (labelled alike) next: the first part
    was read into the banner's text."""
    nxt = after[0] if after else None
    # 编者按 opens a series, and parts signed alike are one: any subhead in the text is a part's
    boxed = _EDITORS_NOTE.match(draft.text) is not None or nxt is not None and _closed_alike(draft, nxt)
    if nxt is None or not _is_part(nxt) or not (boxed or _marked(nxt)) or not draft.headline \
            or draft.brief or draft.continued_from is not None:
        return False
    paragraphs = [x.strip() for a, x, b in zip(draft.lines, draft.lines[1:], draft.lines[2:])
                  if a in _BREAKS and b in _BREAKS and x.strip() and not ends_sentence(x)]  # subheads in the text
    subheads = [x for x in paragraphs if len(x) <= MAX_PART_HEAD and (boxed or _LABELLED.match(x))]
    return len(subheads) == 1  # the first part only (a text holding them all is the whole group already)


def _first_part_in_banner(draft: Draft, after: list[Draft]) -> bool:
    """A banner of three lines or more whose last line is a part's subhead, with a part next alike: labelled
    both (滑河县：…), or both signed at their end (（记者 X）): the first part's subhead was read into the banner."""
    lines = _headline_lines(draft)
    nxt = after[0] if after else None
    if len(lines) < 3 or len(lines[-1]) > MAX_PART_HEAD or lines[-1].startswith(("——", "—")) \
            or nxt is None or not _is_part(nxt) \
            or draft.brief or draft.continued_from is not None:
        return False
    return bool(_LABELLED.match(lines[-1])) and _marked(nxt) or _closed(draft) and _closed(nxt)


def _part_out_of_banner(draft: Draft) -> None:
    """The banner's last line goes to the head of its text, as the first part's subhead."""
    last = draft.headline[-1]
    subhead = last.lines[-1]
    last.lines = last.lines[:-1]
    if not any(x.strip() for x in last.lines):
        draft.headline = draft.headline[:-1]
    draft.lines[:0] = [PARAGRAPH_BREAK, subhead.strip(), PARAGRAPH_BREAK]


def _headline_lines(draft: Draft) -> list[str]:
    return [line.strip() for block in draft.headline or [] for line in block.lines if line.strip()]


def _is_banner(draft: Draft) -> bool:
    """A headline of two or more lines over a short unsigned intro of its own (the parts are signed)."""
    return len(_headline_lines(draft)) >= 2 and len(draft.text) <= MAX_INTRO and not draft.brief \
        and not draft.bylines


def _is_part(draft: Draft) -> bool:
    """A short one-line subhead over a signed text: one story of the group."""
    lines = _headline_lines(draft)
    limit = MAX_LABELLED_HEAD if lines and _LABELLED.match(lines[0]) else MAX_PART_HEAD
    if len(lines) != 1 or len(lines[0].lstrip("●■◆▲▪ ")) > limit or lines[0].endswith(("）", ")")):
        return False  # a column piece (记者手记) is an article of its own
    signed = [b for b in draft.bylines if not is_photo_credit(b)]  # a picture's credit signs no story
    return bool(signed) and not draft.brief and draft.continued_from is None


def _fold(banner: Draft, part: Draft) -> None:
    """The part's subhead, byline and text go on in the banner's article."""
    banner.lines.extend([PARAGRAPH_BREAK, *_headline_lines(part), PARAGRAPH_BREAK])
    banner.lines.extend(line for b in part.bylines for line in (PARAGRAPH_BREAK, byline_text(b), PARAGRAPH_BREAK))
    banner.lines.extend(part.lines)
    banner.bylines.extend(part.bylines)
    banner.continued_to = banner.continued_to or part.continued_to
