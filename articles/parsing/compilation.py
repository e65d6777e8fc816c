"""Article-compilation PDFs through pdftotext (formats.md, family 3).

A tool built the PDF from the web edition, one article after another: the title (wrapped over
a line or two, maybe with a kicker or a ——subtitle), the byline role and the names on lines of
their own with blank lines around them, a citation line naming paper, date and page, then the
text wrapped at a fixed width with no blank line between paragraphs. The citation lines (read
and blanked by ``furniture``, as are the PDF's page footers) anchor the articles: the lines just
above each one are its head, everything from it to the next head is its body.
"""
from __future__ import annotations

import re

from . import bylines, jumps
from .blocks import HEAD, Block
from .lines import Line
from .drafts import Draft
from .vocabulary import AUTHOR_ROLES

MAX_HEAD_LINES = 5  # kicker, a title wrapped over two lines, a subtitle and one more
_ROLE_ONLY = re.compile(
    r"^[□■]?\s*(?:本报|新华社|人民日报)?\s*(?:驻[\u4e00-\u9fff]{1,8})?\s*(?:"
    + "|".join(sorted(AUTHOR_ROLES, key=len, reverse=True)) + r")\s*$")
_NAMES = re.compile(r"^(?:[\u4e00-\u9fff·]{2,6}|[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]){1,3})"
                    r"(?:\s+(?:[\u4e00-\u9fff·]{2,6}|[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]){1,3}))*$")
_SPACED_NAME = re.compile(r"^[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]){1,3}$")


SHORT_TITLE = 6  # a title line this much narrower than the text did not wrap


def segment_compilation(lines: list[Line], citations: set[int], width: int) -> list[Draft]:
    """One draft per citation line: its head above it, its body below it (``width``: the text's wrap width)."""
    anchors = [k for k, line in enumerate(lines) if line.n in citations]
    heads = []
    for i, anchor in enumerate(anchors):
        floor = anchors[i - 1] + 1 if i else 0
        heads.append(_head_start(lines, anchor, floor, width))
    wrap = width or max((line.width for line in lines if not line.blank), default=0)  # no fixed width: the widest
    drafts = []
    if anchors and any(not line.blank for line in lines[:heads[0]]):  # text before the first article
        drafts.append(_body(Draft(), lines[:heads[0]]))
    for i, anchor in enumerate(anchors):
        end = heads[i + 1] if i + 1 < len(anchors) else len(lines)
        draft = Draft()
        title, byline = _split_head([line for line in lines[heads[i]:anchor] if not line.blank], wrap)
        if title:
            draft.headline = [Block(HEAD, title)]
        if byline:
            draft.bylines.append(" ".join(byline))
        drafts.append(_body(draft, lines[anchor + 1:end]))
    return [d for d in drafts if d.lines or d.headline]


def _head_start(lines: list[Line], anchor: int, floor: int, width: int) -> int:
    """Where the head of the article cited at ``anchor`` begins: going up from the citation past
    the byline lines and the title, to the blank line or the finished paragraph before them."""
    k, taken, head = anchor - 1, 0, anchor
    while k >= floor:
        line = lines[k]
        if line.blank:
            if taken and not _byline_line(lines[head].text):
                break  # the gap before the title
            k -= 1
            continue
        text = line.text.strip()
        if _ends_body(lines, k, floor, width) or taken and (jumps.jump_to(text) or bylines.is_closing(text)):
            break
        taken += 1
        head = k
        if taken >= MAX_HEAD_LINES + 4:
            break
        k -= 1
    return head


def _ends_body(lines: list[Line], k: int, floor: int, width: int) -> bool:
    """Whether line k is the last line of a paragraph, not a head line: it ends with 。 or ；
    (a title does not), or with ？ or ！ right under a line of the text's full width."""
    text = lines[k].text.strip()
    if re.search(r"[。；;…][”’」』）)》]*$", text) or bylines.split_trailing_closing(text):
        return True  # a sentence's end, or one followed by a closing credit (…补贴。（记者 曾 琳）)
    if not re.search(r"[！？!?][”’」』]*$", text) or k == floor or lines[k - 1].blank:
        return False
    return width > 0 and lines[k - 1].width >= width - 2


def _byline_line(text: str) -> bool:
    text = text.strip()
    return bool(_ROLE_ONLY.match(text) or bylines.is_credit_line(text) or _NAMES.match(text) and len(text) <= 20)


def _split_head(head: list[Line], width: int = 0) -> tuple[list[str], list[str]]:
    """Title lines and byline lines of one head (role lines and the names after them; a name
    alone under the title only where it cannot be the end of a wrapped title)."""
    texts = [line.text.strip() for line in head]
    for n, text in enumerate(texts):
        if n and (_ROLE_ONLY.match(text) or bylines.is_credit_line(text)) \
                and all(_byline_line(rest) for rest in texts[n:]):
            return texts[:n], texts[n:]
    if len(texts) >= 2 and _NAMES.match(texts[-1]) and _signed(texts[-2], texts[-1], width):
        return texts[:-1], texts[-1:]
    return texts, []


def _signed(above: str, name: str, width: int = 0) -> bool:
    """Whether a lone name under a title line is a signature, not the title's wrapped end: spaced,
    after a closed title, or a name under a title line too short to have wrapped."""
    short = width > 0 and len(above.replace(" ", "")) <= width - SHORT_TITLE
    return bool(_SPACED_NAME.match(name)) or above.endswith(("）", ")", "”", "》", "？", "！")) \
        or short and bylines.is_signature(name)


def _body(draft: Draft, lines: list[Line]) -> Draft:
    """The article text: opening byline, jump lines and a closing credit taken out of it."""
    body = [line.text.strip() for line in lines]
    while body and not body[0]:
        body.pop(0)
    if body:
        jumped = jumps.jump_from(body[0])
        if jumped:
            draft.continued_from = jumped[0]
            body[0] = jumped[1]
        opening = bylines.split_opening("\n".join(body))
        if opening:
            draft.bylines.append(opening[0])
            body = opening[1].split("\n")
    kept: list[str] = []
    for text in body:
        jumped = jumps.jump_to(text)
        if jumped:
            draft.continued_to = jumped[0]
            text = " ".join(part for part in jumped[1:] if part)
        kept.append(text)
    while kept and not kept[-1]:
        kept.pop()
    _closing_credit(draft, kept)
    draft.lines.extend(kept)
    return draft


def _closing_credit(draft: Draft, kept: list[str]) -> None:
    """A credit in brackets at the very end (``（本报记者 许言）``), even broken over two lines."""
    for span in (1, 2):
        if len(kept) < span:
            return
        tail = "".join(kept[-span:])
        trailing = bylines.split_trailing_closing(tail)
        if trailing is None and bylines.is_closing(tail):
            trailing = ("", tail.strip())
        if trailing is not None:
            del kept[-span:]
            if trailing[0]:
                kept.append(trailing[0])
            draft.bylines.append(trailing[1])
            return
