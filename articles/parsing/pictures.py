"""Pictures on a page (图片): captions, their photographers' credits and a picture's own headline.

A mixin of the segmenter's cutter (``segment._Cutter``): where a caption stands in the block
stream, whether it is a part of the open article or an article of its own.
"""
from __future__ import annotations

import re

from .blocks import BODY, CLOSING, CREDIT, HEAD, TO, Block, is_caption, looks_like_head, run_end
from .bylines import is_photo_credit, parse_byline
from .drafts import Draft
from .normalise import ends_sentence

CAPTION_BLOCKS, CAPTION_CHARS = 2, 300  # a picture's caption: a paragraph or two, this short at most
PHOTO_HEADLINE = 20  # a picture's headline: short, one phrase (麦浪金黄迎夏收)
_DATED = re.compile(r"\d{1,2}月\d{1,2}日")  # 5月12日，在…: how a news picture's caption opens
_NEXT_IN_SERIES = re.compile(r"^图\s*(?:[②③④⑤⑥⑦⑧⑨⑩]|[2-9]\s*[：:])")  # a later picture of a numbered series


def names(bylines: list[str]) -> set[str]:
    """The names the bylines credit."""
    return {a.name for b in bylines for a in parse_byline(b)[0]}


class PictureRules:
    """The cutter's rules about pictures (it has ``blocks``, ``current`` and ``start``)."""

    def photo_headline(self, lines: list[str], end: int) -> bool:
        """Whether head lines read as a headline over a picture's caption of its own (``photo_of_its_own``)."""
        text = "".join(lines)
        return looks_like_head(lines) and len(text) <= PHOTO_HEADLINE and not re.search(r"[，,]", text) \
            and self.photo_of_its_own(end)

    def photo_of_its_own(self, i: int) -> bool:
        """Whether the running text from block i on ends in a photo credit closing it (nothing or a
        headline after it) that names none of the open article's authors: that text is a picture's
        caption under a headline of its own, not a part of the open article."""
        start, i = i, run_end(self.blocks, i, BODY)
        caption = "".join(b.text for b in self.blocks[start:i])
        if i == len(self.blocks) or i - start > CAPTION_BLOCKS or len(caption) > CAPTION_CHARS:
            return False  # a caption is a short paragraph or two
        block = self.blocks[i]
        if block.kind not in (CREDIT, CLOSING) or not is_photo_credit(block.byline):
            return False
        after = self.blocks[i + 1].kind if i + 1 < len(self.blocks) else None
        if after in (BODY, TO):
            return False  # the text goes on after the credit
        named = names([block.byline])
        return bool(named) and not named & names(self.current.bylines)

    def caption_of_its_own(self, i: int) -> bool:
        """A caption of a picture printed after the open article's text, its photographer's credit at
        block i and its headline under that (pdftotext gives a picture's parts so): the caption leaves
        the article and is an article of its own, for the headline group below. True when so."""
        current, start = self.current, i - 1
        for back in range(i - 1, max(i - 1 - CAPTION_BLOCKS, -1), -1):  # a caption opens with its date
            if self.blocks[back].kind != BODY:
                break
            if _DATED.match(self.blocks[back].text):
                start = back
                break
        lines = [x for n, b in enumerate(self.blocks[start:i]) for x in ([""] if n else []) + b.lines]
        text = "".join(x.strip() for x in lines)
        if current is None or current.closed or not lines or len(text) > CAPTION_CHARS \
                or current.lines[-len(lines):] != lines:
            return False
        if len(current.text) <= len(text) or not ends_sentence("".join(current.lines[:-len(lines)])):
            return False  # the caption is all the article holds, or the text above it runs on into it
        if _NEXT_IN_SERIES.match(text):
            return False  # 图②：… after 图①：…: the pictures of one photo story
        if names([self.blocks[i].byline]) & names(current.bylines):
            return False  # the article's own photographer
        if self.photo_of_its_own(run_end(self.blocks, i + 1, HEAD)):
            return False  # the headline below stands over a caption of its own: headlines over captions here
        del current.lines[-len(lines):]
        while current.lines and not current.lines[-1].strip():
            current.lines.pop()
        current.closed = True
        self.start(Draft(lines=lines, bylines=[self.blocks[i].byline], closed=True))
        self.current = None
        return True


def drop_captions(blocks: list[Block]) -> tuple[list[Block], list[tuple[int, list[str]]]]:
    """Remove runs of lone name lines (photo captions, 图片说明) of two or more.

    Also returns each removed run's names with the index of the block that followed it.
    """
    out: list[Block] = []
    run: list[Block] = []
    dropped: list[tuple[int, list[str]]] = []
    for block in blocks + [Block(BODY)]:
        if is_caption(block):
            run.append(block)
            continue
        if len(run) == 1:
            out.extend(run)
        elif run:
            dropped.append((len(out), [b.lines[0].strip() for b in run]))
        run = []
        out.append(block)
    return out[:-1], dropped
