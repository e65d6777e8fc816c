"""Cut the block stream into article drafts and headline groups, in page order.

Rules, all about page structure, none about content:
- an opening byline, a brief marker or ``（上接N版）`` starts an article;
- ``（下转N版）``, a closing dateline or a closing credit ends one;
- plain text continues the oldest article left mid-sentence (columns of two continued
  fragments can come interleaved), else the current article, else starts a new one;
- headline-like lines continue an article left mid-sentence; inside an open article and
  followed by more running text they are a subhead (小标题) and stay in the body;
  otherwise they are a headline group, attached to bodies later (``attach``).
"""
from __future__ import annotations

import re
from .blocks import (BODY, BRIEF, CLOSING, CREDIT, FROM, HEAD, HEADING, OPENING, OPENING_BOX, TO, Block,
                     looks_like_head, run_end)
from .bylines import TITLED, byline_text, is_credit_line, is_photo_credit, is_signature, parse_byline
from .cjk import is_cjk
from .drafts import Draft, HeadGroup, Segments
from .normalise import squeeze_spaces
from .pictures import PictureRules, drop_captions, names

__all__ = ["Draft", "HeadGroup", "Segments", "segment"]

RECENT = 3  # how many of the latest articles a column-broken paragraph may continue
SHORT_LINE = 3  # a head line this much narrower than its column ended there: no word runs on past it
WIDER = 3  # characters past the column width that make a line a headline across columns
STACKED = 3  # head blocks in a row, apart from each other: stacked headlines, never one subhead
_DATED_START = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}\s*年\d{1,2}月")  # a brief's text opening with its date
# a news story's first words (记者从…获悉, 近日，): the text under head lines opens an article, not a section
_LEDE = re.compile(r"^\s*(?:记者(?:近日|日前|\d{1,2}月\d{1,2}日)?从[^，。]{2,30}?(?:获悉|了解到)|近日，|日前，)")
COLUMN_TAG = re.compile(r"[（(][\u4e00-\u9fff·]{2,10}[）)]$")  # （今日谈）, （人民论坛·…）


def segment(blocks: list[Block], column: int = 0) -> Segments:
    """Drafts and headline groups in page order (``column``: the width a column dump wraps at)."""
    return _Cutter(blocks, column).run()


class _Cutter(PictureRules):
    def __init__(self, blocks: list[Block], column: int = 0):
        self.column = column
        self.blocks, self.captions = drop_captions(blocks)
        self.pending: list[str] = []  # caption names waiting for the article they belong to
        self.held_credits: list[str] = []  # photo credits waiting for the article they belong to
        self.out = Segments()
        self.drafts: list[Draft] = []
        self.current: Draft | None = None
        # with Markdown headings the headlines are marked: plain lines are all running text
        self.markdown = any(b.kind == HEADING for b in self.blocks)
        # the page's headline level: the shallowest heading with text under it
        followed = [b.level for b, n in zip(self.blocks, self.blocks[1:]) if b.kind == HEADING and n.kind != HEADING]
        self.headline_level = min(followed, default=2)

    def run(self) -> Segments:
        i = 0
        while i < len(self.blocks):
            self.take_captions(i)
            i = self.step(i)
        self.take_captions(len(self.blocks))
        if self.pending and self.drafts:
            self.drafts[-1].add_captions(self.pending)
        return self.out

    def take_captions(self, i: int) -> None:
        """Caption names printed before block i go to the open article, else to the next one."""
        while self.captions and self.captions[0][0] <= i:
            self.pending.extend(self.captions.pop(0)[1])
        if self.pending and self.current is not None and not self.current.closed:
            self.current.add_captions(self.pending)
            self.pending = []

    def step(self, i: int) -> int:
        block = self.blocks[i]
        kind = block.kind
        if self.markdown and self.out.items and isinstance(self.out.items[-1], HeadGroup) and _subtitle(block):
            self.out.items[-1].blocks.append(block)  # a subtitle line right under a Markdown heading
        elif kind == BODY or (kind == HEAD and self.markdown):
            self.continue_text(block.lines)
        elif kind == HEAD:
            return self.head(i)
        elif kind == HEADING:
            self.heading(i)
        elif kind in (OPENING, CREDIT) and self.part_byline():
            self.current.bylines.append(block.byline)  # a 组稿 part's byline: the part's reporters are authors,
            self.current.add_paragraphs([byline_text(block.byline)])  # and its byline stays in the body
            self.current.after_subhead = False
            if block.lines:
                self.current.add(block.lines)
        elif kind == OPENING and self.same_reporters(block):
            self.current.bylines.append(block.byline)  # the story's dateline after its byline and 核心阅读 box
            self.current.add(block.lines)
        elif kind == OPENING and self.titled_only():
            self.current.bylines.append(block.byline)  # 新华社…电 题：… / 新华社记者 X and the text: one story
            self.current.add(block.lines)
        elif kind == OPENING and self.under_box(block):
            self.current.bylines.append(block.byline)  # 编者按：… / 本报记者 X / the text: the box's article goes on
            self.current.add(block.lines)
        elif kind == BRIEF and (size := self.brief_headline(i)):
            lines = [x.strip() for b in self.blocks[i:i + size] for x in b.lines]
            draft = self.start(Draft(brief=True, headline=[Block(HEAD, lines)]))
            opening = self.blocks[i + size]  # the brief's text, under its headline
            if opening.byline:
                draft.bylines.append(opening.byline)
            draft.add(opening.lines)
            return i + size + 1
        elif kind in (OPENING, BRIEF, FROM):
            draft = self.start(Draft(brief=kind == BRIEF, continued_from=block.page))
            if block.byline:
                draft.bylines.append(block.byline)
            if block.lines:
                draft.add(block.lines)
            if kind == BRIEF and not draft.unfinished:
                draft.closed = True
        elif kind == CLOSING and is_photo_credit(block.byline) and self.current is not None \
                and not self.current.closed and i + 1 < len(self.blocks) and self.blocks[i + 1].kind == BODY:
            self.current.bylines.append(block.byline)  # （本报记者 X 摄） under a picture: the text goes on
        elif kind in (TO, CLOSING):
            ending = self.current or (self.drafts[-1] if self.drafts else None)
            if ending is not None:
                if kind == TO:
                    ending.continued_to = block.page
                else:
                    ending.bylines.append(block.byline)
                ending.closed = True
        elif kind == CREDIT:
            self.credit(i)
        return i + 1

    def titled_only(self) -> bool:
        """Whether the open article holds only a wire dateline's title (题：…) so far: its byline and text follow."""
        current = self.current
        return current is not None and not current.closed and TITLED.match(current.text) is not None

    def under_box(self, block: Block) -> bool:
        """Whether a byline line over text comes right after an unsigned 编者按 or 核心阅读 box that opened
        the open article: it signs that article, whose text follows."""
        current = self.current
        return current is not None and not current.closed and not current.bylines and bool(block.byline) \
            and is_credit_line(block.byline) and OPENING_BOX.match(current.text) is not None

    def same_reporters(self, block: Block) -> bool:
        """Whether an opening dateline names the reporters the open article is already signed by
        (本报记者 X Y, then 核心阅读, then 本报北京3月14日电（记者X、Y）): the same story goes on."""
        current = self.current
        if current is None or current.closed or not current.bylines or not block.byline:
            return False
        if not all(is_credit_line(b) for b in current.bylines):
            return False  # an article with a dateline of its own: the next dateline is the next story's
        named = names([block.byline])
        return bool(named) and named <= names(current.bylines)

    def part_byline(self) -> bool:
        """Whether a byline stands right under a Markdown subhead of the open article: the byline of
        one part of a 组稿 (stories under one banner headline, one article with their bylines)."""
        return self.markdown and self.current is not None and not self.current.closed and self.current.after_subhead

    def brief_headline(self, i: int) -> int:
        """How many blocks from brief block i on are only the brief's own headline (``●城区新增2处夜间
        便民集市``, a wrapped line with it), with its text after them; 0 when it is text."""
        block = self.blocks[i]
        size = 2 if len(block.lines) == 1 and i + 2 < len(self.blocks) and self.blocks[i + 1].kind == HEAD \
            and len(self.blocks[i + 1].lines) == 1 else 1  # ■我国首个海上…示范工程 / 累计注入量突破10万吨
        lines = [x for b in self.blocks[i:i + size] for x in b.lines]
        nxt = self.blocks[i + size] if i + size < len(self.blocks) else None
        heads = [lines[0].lstrip(" ●■◆▲▪"), *lines[1:]]
        dated = _DATED_START.match(heads[0]) or _LEDE.match(heads[0])  # ●5月12日, ●记者从…获悉: its text
        fits = len(lines) <= 2 and nxt is not None and nxt.kind in (OPENING, BODY) and looks_like_head(heads)
        return size if fits and not dated else 0

    def start(self, draft: Draft) -> Draft:
        draft.bylines.extend(self.held_credits)
        self.held_credits = []
        self.drafts.append(draft)
        self.out.items.append(draft)
        if self.pending:
            draft.add_captions(self.pending)
            self.pending = []
        self.current = draft
        return draft

    def waiting(self) -> Draft | None:
        """The oldest recent article that stopped mid-sentence and is not closed."""
        for draft in self.drafts[-RECENT:]:
            if not draft.closed and draft.unfinished:
                return draft
        return None

    def continue_text(self, lines: list[str]) -> None:
        target = self.waiting()
        if target is None:
            target = self.current if self.current is not None and not self.current.closed else self.start(Draft())
        target.add(lines)
        self.current = target

    def head(self, i: int) -> int:
        """A headline-like block: continuation, subhead, a lone name signing the text under it, or
        the start of a headline group."""
        if self.signature(i):
            self.blocks[i] = Block(CREDIT, byline=self.blocks[i].lines[0].strip())
            self.credit(i)
            return i + 1
        current = self.current
        if current is not None and not current.closed and (current.unfinished or self.broken_off(i)):
            current.add(self.blocks[i].lines)  # the sentence goes on
            return i + 1
        end = run_end(self.blocks, i, HEAD)
        after = self.blocks[end].kind if end < len(self.blocks) else None
        lines = [x.strip() for b in self.blocks[i:end] for x in b.lines]
        main_headline = _headline_evidence(lines, self.local_column(i, end)) \
            or (self.column > 0 and end - i >= STACKED) \
            or (after == BODY and OPENING_BOX.match(self.blocks[end].text) is not None) \
            or (after == BODY and _LEDE.match(self.blocks[end].text) is not None)  # what a subhead never has
        if self.current is not None and not self.current.closed and after == BODY and not main_headline \
                and not self.photo_headline(lines, end) and not self.signed_again(end):
            for block in self.blocks[i:end]:  # a subhead inside the running article
                self.current.add_paragraphs(block.lines)
            return end
        self.out.items.append(HeadGroup(self.blocks[i:end]))
        if self.current is not None:
            self.current.closed = True
        self.current = None
        return end

    def signature(self, i: int) -> bool:
        """Whether head block i is a lone person's name over running text: the author's signature
        (a commentary signed ``姜 涛``), not a headline."""
        block, nxt = self.blocks[i], self.blocks[i + 1] if i + 1 < len(self.blocks) else None
        if len(block.lines) != 1 or nxt is None or nxt.kind not in (BODY, OPENING):
            return False
        return not (self.current is not None and self.current.unfinished) and is_signature(block.lines[0])

    def local_column(self, i: int, end: int) -> int:
        """In a column dump, the width of the text around head blocks i..end (0 elsewhere): the
        widest line of the running text just before and just after them, last lines left out."""
        if not self.column:
            return 0
        near = [b for b in (self.blocks[i - 1] if i else None, self.blocks[end] if end < len(self.blocks) else None)
                if b is not None and b.kind in (BODY, OPENING) and len(b.lines) > 2]
        widths = [len(squeeze_spaces(x)) for b in near for x in b.lines[:-1]]
        return max(widths, default=0)

    def broken_off(self, i: int) -> bool:
        """Whether the text after head-like block i carries on its sentence: it opens with a word
        of one or two characters and a comma (``路过这`` / ``里，发现老人…``), as a new sentence does
        not, or a word runs across the gap (``分类指导、精`` / ``准施策，``)."""
        nxt = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
        if nxt is None or nxt.kind != BODY:
            return False
        # a line of a paragraph dump is a whole paragraph: a sentence is cut so only in a column
        last = self.blocks[i].lines[-1]
        short = self.column > 0 and len(squeeze_spaces(last)) < self.column - SHORT_LINE  # its line ended there
        return self.column > 0 and re.match(r"[\u4e00-\u9fff]{1,2}[，、；：。！？]", nxt.text) is not None \
            or not short and _word_across(self.blocks[i].text, nxt.text)

    def signed_again(self, i: int) -> bool:
        """Whether the running text from block i on ends in a closing byline of other authors
        or another source than the open, already signed article (or than a story continued from
        another page, signed there): then the headline before it starts another article (a
        dateline of the same source is the same article's)."""
        while i < len(self.blocks) and self.blocks[i].kind in (BODY, HEAD):
            i += 1
        if i == len(self.blocks) or self.blocks[i].kind != CLOSING:
            return False
        authors, source = parse_byline(self.blocks[i].byline)
        if self.current.continued_from is not None and not self.current.bylines:
            return bool(authors)  # a continued story was signed on its first page: this credit is another's
        signed = [parse_byline(b) for b in self.current.bylines]
        sources = {s for _, s in signed if s}
        if not any(authors or is_credit_line(b) for b, (authors, _) in zip(self.current.bylines, signed)):
            # a dateline of one source (据新华社…电), a credit of another (（本报记者 X））: another story
            return source is not None and bool(sources) and source not in sources
        return bool(authors) or (source is not None and source not in sources)

    def heading(self, i: int) -> None:
        """Markdown: headings one after another are one headline (kicker, title, subtitle); a heading
        deeper than the page's headline level inside an open article is a subhead; a top-level
        heading opening the page over a deeper one (not a ——subtitle) names the section."""
        block = self.blocks[i]
        nxt = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
        last = self.out.items[-1] if self.out.items else None
        text = block.lines[0].strip()
        if isinstance(last, HeadGroup) and last.explicit and self.current is None:
            last.blocks.append(block)  # the same headline goes on
        elif isinstance(last, Draft) and last.closed and last.subhead_level == block.level \
                and (nxt is None or nxt.kind != HEADING):
            # the next part of a 组稿 after a part's closing credit: the article goes on, the credit in its text
            last.closed, self.current = False, last
            last.add_paragraphs([byline_text(b) for b in last.bylines[last.parts_signed:]] + block.lines)
            last.parts_signed = len(last.bylines)
            last.after_subhead = True
        elif block.level == 1 and self.out.section is None and not self.out.items and nxt is not None \
                and nxt.kind == HEADING and nxt.level > 1 and not nxt.lines[0].strip().startswith(("—", "－")):
            self.out.section = text
        elif block.level > self.headline_level and self.current is not None and not self.current.closed \
                and (nxt is None or nxt.kind not in (HEADING, OPENING, BRIEF)) and not _subtitle(nxt):
            self.current.add_paragraphs(block.lines)
            self.current.after_subhead = True
            self.current.subhead_level = block.level
        else:
            self.out.items.append(HeadGroup([block], explicit=True))
            if self.current is not None:
                self.current.closed = True
            self.current = None

    def credit(self, i: int) -> None:
        """A credit on its own line: the end of the article before or the start of the next."""
        block = self.blocks[i]
        after = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
        if is_photo_credit(block.byline) and (self.current is None or self.current.closed) \
                and after is not None and after.kind in (OPENING, BODY):
            self.held_credits.append(block.byline)  # a picture's credit between a headline and its text
            return
        if is_photo_credit(block.byline) and after is not None and after.kind == HEAD and self.caption_of_its_own(i):
            return
        if is_photo_credit(block.byline) and self.current is not None and not self.current.closed:
            self.current.bylines.append(block.byline)  # a picture's credit: the article goes on,
            subhead = after is not None and after.kind == HEADING and after.level > self.headline_level
            if (after is None or after.kind in (HEAD, HEADING)) and not subhead and not self.current.unfinished:
                self.current.closed = True  # unless a headline follows: then it closed a photo's caption
            return
        nxt = next((b for b in self.blocks[i + 1:] if b.kind != HEAD), None)
        prev = self.drafts[-1] if self.drafts else None
        if prev is not None and prev is self.current and not prev.closed and not prev.bylines \
                and OPENING_BOX.match(prev.text) and nxt is not None and nxt.kind == BODY:
            prev.bylines.append(block.byline)  # the byline under a 编者按 box: the article's text follows
            return
        if self.titled_only():
            self.current.bylines.append(block.byline)  # 新华社…电 题：… / 新华社记者 X: the story's text follows
            return
        next_signed = nxt is None or nxt.kind in (OPENING, FROM, BRIEF, CREDIT, HEADING)
        if prev is not None and (next_signed or (not prev.closed and not prev.bylines)):
            prev.bylines.append(block.byline)
            prev.closed = True
            self.current = None
        else:
            self.start(Draft(bylines=[block.byline]))




def _subtitle(block: Block | None) -> bool:
    """A ——subtitle line: a heading over it, over a dateline or over a brief is a headline, never a subhead."""
    return block is not None and block.kind == HEAD and block.lines[0].strip().startswith(("——", "—", "－"))


def _headline_evidence(lines: list[str], column: int = 0) -> bool:
    """Whether head lines are certainly a headline, not a subhead (小标题): a ——subtitle under them,
    a column tag at the end (（今日谈）), or, in a column dump, a line wider than the column (a
    headline spans columns; a subhead stands in its column)."""
    wide = column > 0 and any(len(squeeze_spaces(x)) >= column + WIDER for x in lines)
    tagged = any(COLUMN_TAG.search(x.strip()) for x in lines)
    return any(x.startswith("——") for x in lines[1:]) or tagged or wide


def _word_across(before: str, after: str, min_freq: int = 20) -> bool:
    """Whether a common word (jieba's dictionary) is cut by the gap between two texts (精 / 准施策)."""
    import jieba  # loaded on first use only

    if not before or not after or not is_cjk(before[-1]) or not is_cjk(after[0]):
        return False
    jieba.dt.check_initialized()
    freq = jieba.dt.FREQ
    return any(freq.get(a + b, 0) >= min_freq for a, b in ((before[-1], after[0]), (before[-2:], after[0]),
                                                          (before[-1], after[:2])) if len(a + b) >= 2)
