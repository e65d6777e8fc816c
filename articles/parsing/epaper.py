"""E-paper crawls: head lines flush left, each paragraph one line indented (formats.md, family 2).

What a crawler of a paper's web edition saves: each article opens with up to three head lines
(引题 / 标题 / 副题, an empty one printed as a blank line), then its paragraphs, one a line,
indented with two ideographic spaces. Bylines, datelines, subheads (小标题), 核心阅读 boxes and
jump lines are paragraphs too. So every run of flush-left lines after a paragraph starts the
next article, and the structure needs no guessing about headlines.
"""
from __future__ import annotations

import re

from . import bylines, jumps
from .blocks import HEAD, Block, looks_like_head
from .lines import Line
from .normalise import PARAGRAPH_BREAK, ends_sentence
from .drafts import Draft

_BRIEF = re.compile(r"^\s*[●■◆▲▪]")
_ADVERT = re.compile(r"^[【\[（(]?(?:公益)?广告[】\]）)]?$")
_END_MARK = re.compile(r"[（(]完[）)]\s*$")
_SIGNED_OFF = re.compile(r"\s摄影?$|[（(][^（）()]{1,30}[）)]$")  # …（完）, （记者 X）, …摄
_PHOTO = re.compile(r"摄影?\s*$")
WHOLE_PARAGRAPH = 40  # a flush-left line this long that ends a sentence is a paragraph, not a head line


def is_head_line(line: Line) -> bool:
    """A flush-left line that is not itself a paragraph or a jump line: a head line (引题/标题/副题)."""
    text = line.text.strip()
    if jumps.jump_to(text) or jumps.jump_from(text):
        return False
    if "。" in text.rstrip("。”’）)") and line.width >= WHOLE_PARAGRAPH // 2:
        return False  # a full stop inside: running text (a scan lost the indent), never a headline
    return not line.indented and not (line.width >= WHOLE_PARAGRAPH and line.ends_sentence)


def segment_epaper(lines: list[Line]) -> list[Draft]:
    """The page's articles, each with its head lines as headline, in page order."""
    cutter = _Cutter()
    for line in lines:
        if line.blank:
            cutter.gap = True
        else:
            cutter.feed(line)
            cutter.gap = False
    cutter.finish()
    return cutter.drafts


class _Cutter:
    def __init__(self) -> None:
        self.drafts: list[Draft] = []
        self.current: Draft | None = None
        self.heads: list[str] = []        # head lines waiting for their article's first paragraph
        self.head_bylines: list[str] = []  # bylines printed flush left among them
        self.advert = False               # inside an advertisement: nothing is kept
        self.gap = False                  # a blank line stands before the line fed
        self.signed_off = False           # the open article's text ended with a closing credit （记者 X）
        self.gapped: tuple[Draft, int] | None = None  # where the last paragraph after a blank line began

    def feed(self, line: Line) -> None:
        text = line.text.strip()
        if not line.indented and not self.heads and self.broken_paragraph():
            self.current.lines[-2] += text  # a paragraph the dump broke mid-sentence goes on flush left
            return
        credit = bylines.is_credit_line(text) or bylines.is_closing(text)
        signed = bool(self.heads) and not line.indented and not credit and bylines.is_signature(text)
        if is_head_line(line) and not credit and not signed:
            if self.current is not None and self.current.lines:
                self.close()
            self.heads.append(text)
            return
        if not line.indented and self.heads and (credit or signed):
            self.head_bylines.append(text)  # 本报记者 X (or a lone name) printed under the headline
            return
        if not line.indented and self.heads and not ends_sentence(self.heads[-1]) and not self.head_bylines \
                and not _BRIEF.match(text):  # a brief's marker opens an item: the lines above are its headline
            text = "".join(self.heads) + text  # flush-left lines running into a sentence: a paragraph
            self.heads = []                    # a scan broke, not head lines
        if self.heads:
            self.open_headed()
        if not self.advert:
            self.paragraph(text)

    def broken_paragraph(self) -> bool:
        """Whether the open article's last paragraph stops mid-sentence (its line was broken)."""
        draft = self.current
        if draft is None or len(draft.lines) < 2 or draft.lines[-1] != PARAGRAPH_BREAK:
            return False
        last = draft.lines[-2].rstrip()
        signed_off = _SIGNED_OFF.search(last) is not None  # …（完）, a caption's …摄: the paragraph is whole
        return bool(last) and not ends_sentence(last) and last[-1] not in "：:" and not signed_off and not self.advert

    def open_headed(self) -> None:
        """The first paragraph after head lines: the article they head begins."""
        self.close()
        heading = "".join(self.heads).replace(" ", "")
        self.advert = bool(_ADVERT.match(heading))
        if not self.advert:
            draft = self.start(Draft())
            draft.headline = [Block(HEAD, list(self.heads))]
            draft.bylines.extend(self.head_bylines)
        self.heads, self.head_bylines = [], []

    def start(self, draft: Draft) -> Draft:
        self.drafts.append(draft)
        self.current = draft
        return draft

    def close(self) -> None:
        if self.current is not None:
            self.current.closed = True
        self.current = None

    def finish(self) -> None:
        """The page's end: head lines with no paragraph under them are text if they do not look like heads."""
        self.close()
        if self.heads and (not looks_like_head(self.heads) or len(self.heads) > 3):
            self.start(Draft()).add_paragraphs(self.heads)
        self.heads = []

    def paragraph(self, text: str) -> None:
        """One indented line: a byline, a jump, a brief, or a paragraph of the open article."""
        draft = self.current
        jumped = jumps.jump_from(text)
        if jumped:
            draft = draft if draft is not None and not draft.lines else self.start(Draft())
            draft.continued_from = jumped[0]
            text = jumped[1]
        jumped = jumps.jump_to(text)
        if jumped:
            target = draft or self.start(Draft())
            target.continued_to = jumped[0]
            for part in jumped[1:]:
                if part:
                    self.paragraph(part)
            return
        if not text:
            return
        if bylines.is_credit_line(text) or bylines.is_closing(text):
            draft = self.caption_apart(draft, text) or draft
            (draft or self.start(Draft())).bylines.append(text)
            self.signed_off = bylines.is_closing(text) and bool((draft or self.current).lines)
            return
        if _BRIEF.match(text) and (draft is None or draft.lines or draft.headline is None) and not _listing(draft):
            draft = self.start(Draft(brief=True))
        elif draft is None or (self.gap and self.signed_off and draft.lines):
            draft = self.start(Draft())  # a paragraph after a story's closing credit and a blank line: a new one
        self.signed_off = False
        lead = _lead_credit(text) if not draft.lines else None
        if lead:  # 本报记者 X　夜幕降临…: the byline opens the first paragraph, set off by a wide space
            draft.bylines.append(lead[0])
            text = lead[1]
        opening = bylines.split_opening(text)
        if opening and draft.lines and (_finished(draft) or bylines.TITLED.match(opening[1]) or self.gap):
            draft = self.start(Draft())  # a dateline after a story's （完）, after a blank line or with its title
        if not draft.lines and opening:
            draft.bylines.append(opening[0])
            text = opening[1].strip()
            titled = bylines.TITLED.match(text)
            if titled and draft.headline is None:  # 新华社开罗3月20日电 题：尼罗河畔的“中国课堂”
                draft.headline, text = [Block(HEAD, [titled.group(1).strip()])], ""
        trailing = bylines.split_trailing_closing(text)
        if trailing:
            text = trailing[0]
            draft.bylines.append(trailing[1])
        if text:
            self.gapped = (draft, len(draft.lines)) if self.gap and draft.lines else None
            draft.add_paragraphs([text])

    def caption_apart(self, draft: Draft | None, credit: str) -> Draft | None:
        """A photo credit under one paragraph set off from its story by a blank line: that paragraph
        is a picture's caption (…拍照游玩。 / 新华社记者 X 摄), an item of its own."""
        if draft is None or self.gapped is None or self.gapped[0] is not draft or not _PHOTO.search(credit):
            return None
        cut = self.gapped[1]
        if draft.lines[cut:].count(PARAGRAPH_BREAK) != 2:
            return None  # more than the one paragraph since the blank line
        caption = self.start(Draft(lines=draft.lines[cut:]))
        del draft.lines[cut:]
        self.gapped = None
        return caption


def _finished(draft: Draft) -> bool:
    """Whether the draft's last paragraph ends the story with its end mark （完）."""
    last = next((x for x in reversed(draft.lines) if x.strip() and x != PARAGRAPH_BREAK), "")
    return _END_MARK.search(last) is not None or bool(draft.bylines) and _END_MARK.search(draft.bylines[-1]) is not None


def _listing(draft: Draft | None) -> bool:
    """Whether the draft's last paragraph opens or goes on with a list (…提醒市民：, ■…；): a ■ line is an item."""
    last = next((x for x in reversed(draft.lines) if x.strip() and x != PARAGRAPH_BREAK), "") if draft else ""
    last = last.rstrip()
    return last.endswith(("：", ":")) or bool(_BRIEF.match(last)) and last.endswith(("；", ";"))


def _lead_credit(text: str) -> tuple[str, str] | None:
    """(credit, rest) when a paragraph opens with a credit and a space: ``本报记者 X　夜幕降临…``.

    The longest opening that is a credit line with a name, the rest running text.
    """
    found = None
    for cut in (n for n, ch in enumerate(text[:30]) if ch == " "):
        credit, rest = text[:cut].strip(), text[cut:].strip()
        if " " in credit and len(rest) >= 8 and bylines.is_credit_line(credit):
            found = credit, rest
    return found
