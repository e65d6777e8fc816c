"""Split the page text (furniture already removed) into typed blocks.

A block is a run of lines between blank lines, cut further at lines that mean something on
their own: an opening byline, a brief marker ●/■, a jump line, a credit or a closing
dateline, a Markdown heading. Plain text blocks are told apart as body text or headline-like
lines by their look; what they really are is decided in ``segment``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import bylines, jumps
from .bylines import is_name_line
from .cjk import is_cjk
from .normalise import BOX_LABEL, CONTINUES, ends_sentence, squeeze_spaces

# block kinds
BODY = "body"          # running text
HEAD = "head"          # short lines without sentence punctuation: a headline or a subhead
OPENING = "opening"    # first paragraph of an article, with its byline or dateline taken off
BRIEF = "brief"        # a paragraph starting with ● or ■ (简讯)
FROM = "from"          # （上接1版） and the text after it
TO = "to"              # （下转2版）
CREDIT = "credit"      # a credit line on its own: □新华社记者 樊曦 / 本报评论员
CLOSING = "closing"    # （记者 李珩） / （新华社北京11月23日电）
HEADING = "heading"    # a Markdown heading

_MD_HEADING = re.compile(r"^\s*(#{1,6})\s+(.+?)\s*#*\s*$")
_BRIEF = re.compile(r"^\s*[●■◆▲▪]")
_BOXES = "编者按|编者的话|核心阅读|阅读提示"  # boxes that open an article's text
# a box that opens an article's text (编者按：…, 核心阅读): the head lines above it are the article's headline
OPENING_BOX = re.compile(rf"^[【\[]?(?:{_BOXES})[】\]：:]?")
BOX_OPENING = re.compile(rf"^[【\[]?(?:{_BOXES})[】\]]?[：:]")  # 编者按：… the box's text on the label's line
MAX_HEAD_LINES = 8  # stacked headlines may come without blank lines between them
SHORT_HEAD = 4      # up to this many lines a headline may wrap at a comma
MAX_HEAD_LINE = 50
LONG_HEAD_LINES = 3  # a headline with several commas (坚持…，加快…，推动…) spans at most this many lines


@dataclass
class Block:
    kind: str
    lines: list[str] = field(default_factory=list)
    byline: str | None = None  # printed byline, dateline or credit
    page: int | None = None    # page of a jump
    level: int = 0             # Markdown heading level

    @property
    def text(self) -> str:
        return squeeze_spaces("".join(self.lines))


def split_blocks(lines: list[str]) -> list[Block]:
    """Typed blocks in page order."""
    splitter = _Splitter()
    for line in _join_broken_closings(lines):
        splitter.feed(line)
    splitter.close()
    return _marked_subheads(_signed_heads(_split_headline_tails(splitter.out)))


def _marked_subheads(blocks: list[Block]) -> list[Block]:
    """A ■ line that ends no sentence, right over a byline, is a part's subhead (■ 社区食堂：…), not a brief."""
    for block, after in zip(blocks, blocks[1:]):
        if block.kind == BRIEF and len(block.lines) == 1 and block.byline is None \
                and len(block.lines[0].strip()) <= MAX_HEAD_LINE and not ends_sentence(block.lines[0]) \
                and (after.kind == CREDIT or after.kind == OPENING and after.byline):
            block.kind = HEAD
    return blocks


WIDE_TEXT = 24  # a paragraph dump's lines are at least this wide (a column's are narrower)
_SPACED_NAME = re.compile(r"^[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]){1,2}$")


def _signed_heads(blocks: list[Block]) -> list[Block]:
    """A writer's name closing head lines (``在字里行间读懂城市的记忆`` / ``（书里书外）`` / ``孟 然``)
    is the byline under the headline, not part of it: letter-spaced, or after a column tag."""
    out: list[Block] = []
    for block in blocks:
        lines = [x.strip() for x in block.lines]
        above = lines[-2] if len(lines) >= 2 else (out[-1].lines[-1].strip() if out and out[-1].kind == HEAD else "")
        if block.kind == HEAD and above and (
                _SPACED_NAME.match(lines[-1]) or above.endswith(("）", ")")) and is_name_line(lines[-1])):
            if len(lines) > 1:
                out.append(Block(HEAD, block.lines[:-1]))
            out.append(Block(CREDIT, byline=lines[-1]))
        else:
            out.append(block)
    return out


def _join_broken_closings(lines: list[str]) -> list[str]:
    """Put a closing credit the dump broke over two lines back on one: ``…活动。（通`` +
    ``讯员 伏 妍）``."""
    out = list(lines)
    for n in range(len(out) - 1):
        cut = max(out[n].rfind("（"), out[n].rfind("("))
        if cut < 0 or "）" in out[n][cut:] or ")" in out[n][cut:] or not out[n + 1].strip():
            continue
        tail = out[n][cut:].rstrip() + out[n + 1].strip()
        if bylines.is_closing(tail):
            out[n], out[n + 1] = out[n].rstrip() + out[n + 1].strip(), ""
    return out


def _split_headline_tails(blocks: list[Block]) -> list[Block]:
    """Cut off a headline printed right under a body without a blank line between them.

    Only where the next block starts an article (or the page ends), the lines after the
    body's last full stop look like a headline, and the first of them is not as wide as the
    column (a new paragraph would be).
    """
    out: list[Block] = []
    for n, block in enumerate(blocks):
        nxt = blocks[n + 1].kind if n + 1 < len(blocks) else None
        head = _headline_head(block.lines) if block.kind == BODY and (not out or _closed(out[-1])) else 0
        if head:  # 晨光里的护林人 / 6月1日清晨，…(a paragraph): the headline on top of its text, no blank between
            out.append(Block(HEAD, block.lines[:head]))
            block.lines = block.lines[head:]
        tail = _headline_tail(block.lines, nxt == OPENING) if block.kind in (BODY, OPENING, BRIEF, FROM) else 0
        boxed = nxt == BODY and BOX_OPENING.match(blocks[n + 1].lines[0].strip()) is not None  # 编者按：… opens one
        if tail and (nxt in (None, OPENING, BRIEF, FROM, CREDIT) or boxed):
            out.append(block)
            out.append(Block(HEAD, block.lines[-tail:]))
            block.lines = block.lines[:-tail]
        else:
            out.append(block)
    return out


def _headline_head(lines: list[str]) -> int:
    """How many first lines (1 to 3) form a headline over paragraph-wide text: lines clearly narrower
    than the paragraph's first line under them (not a narrow column's wrap), the text holding a sentence's end."""
    for head in (1, 2, 3):
        text = [x for x in lines[head:] if not BOX_LABEL.match(x.strip())]  # 核心阅读 opens the text
        if not text or not any(ends_sentence(x) for x in text):
            return 0
        first = len(squeeze_spaces(text[0]))  # the text's first line: as wide as a paragraph's
        if first >= WIDE_TEXT and looks_like_head(lines[:head]) and _clearly_narrower(lines[:head], first):
            return head
    return 0


def _clearly_narrower(lines: list[str], width: int) -> bool:
    """Every line at most two thirds of `width`: no wrap of paragraph-wide text that wide."""
    return all(len(squeeze_spaces(x)) * 3 <= width * 2 for x in lines)


def _closed(block: Block) -> bool:
    """Whether nothing of the block before runs on into the next one."""
    return block.kind in (CREDIT, CLOSING, HEAD, HEADING) or not block.lines or ends_sentence(block.lines[-1])


def _headline_tail(lines: list[str], opening_next: bool = False) -> int:
    """How many last lines form a headline after the body's final sentence (0: none); ``opening_next``:
    a dateline or byline opens the next block."""
    widest = max((len(squeeze_spaces(x)) for x in lines), default=0)
    # a question a headline asks (作业少了，时间都去哪儿了？) is no sentence of paragraph-wide text
    ends = [n for n, line in enumerate(lines[:-1]) if ends_sentence(line)
            and not (widest >= WIDE_TEXT and line.rstrip()[-1] in "？！?!" and _clearly_narrower([line], widest))]
    if not ends:
        return 0
    tail = lines[ends[-1] + 1:]
    widths = sorted(len(squeeze_spaces(x)) for x in lines[: ends[-1] + 1])
    column = widths[len(widths) // 2]
    if not looks_like_head(tail):
        return 0
    if widths[-1] >= WIDE_TEXT and _clearly_narrower(tail, widths[-1]):
        return len(tail)  # under paragraph-wide text, a line clearly narrower than it is no wrap of it
    if opening_next and len(tail) <= 2 and tail[0][:1] not in " \u3000":
        return len(tail)  # head-like lines, flush left, right over the next article's dateline
    if len(widths) < 3:
        return 0
    return len(tail) if abs(len(squeeze_spaces(tail[0])) - column) > 1 else 0


class _Splitter:
    def __init__(self) -> None:
        self.out: list[Block] = []
        self.current: Block | None = None

    def close(self, running: bool = False) -> None:
        """End the current block; ``running``: it is body text whatever it looks like."""
        block = self.current
        if block is not None and (block.lines or block.kind not in (BODY, HEAD)):
            self.out.append(_finish(block, running))
        self.current = None

    def text(self, line: str) -> None:
        if self.current is None:
            self.current = Block(BODY)
        self.current.lines.append(line)

    def emit(self, block: Block) -> None:
        self.close()
        self.out.append(block)

    def feed(self, line: str) -> None:
        """Take one line: a blank ends the block, a meaningful line starts its own."""
        if not line.strip():
            self.close()
            return
        trailing = bylines.split_trailing_closing(line)
        if trailing:
            line = trailing[0]
        special = _special(line)
        if special is None:
            if BOX_LABEL.match(line.strip()) or BOX_OPENING.match(line.strip()):
                self.close()  # 核心阅读, 编者按: the label opens a text; it ends whatever stood above it
            self.text(line)
        elif special.kind == TO:
            before, after = special.lines
            if before.strip():
                self.text(before)
            special.lines = []
            self.close(running=True)  # text going on to another page is running text
            self.out.append(special)
            if after:  # text printed after the jump line belongs to what follows
                self.feed(after)
        elif special.kind == CREDIT and self.current is not None and self.current.kind == CREDIT:
            self.current.byline += "\n" + line.strip()
        elif special.kind in (OPENING, BRIEF, FROM, CREDIT):
            self.close()
            self.current = special
        else:
            self.emit(special)
        if trailing:
            self.emit(Block(CLOSING, byline=trailing[1]))


def _special(line: str) -> Block | None:
    """The block a meaningful line starts, or None for an ordinary text line."""
    m = _MD_HEADING.match(line)
    if m:
        return Block(HEADING, [m.group(2)], level=len(m.group(1)))
    jumped = jumps.jump_from(line)
    if jumped:
        return Block(FROM, [jumped[1]] if jumped[1] else [], page=jumped[0])
    jumped = jumps.jump_to(line)
    if jumped:
        return Block(TO, [jumped[1], jumped[2]], page=jumped[0])
    if bylines.is_closing(line):
        return Block(CLOSING, byline=line.strip())
    if bylines.is_credit_line(line):
        return Block(CREDIT, byline=line.strip())
    if _BRIEF.match(line):
        return Block(BRIEF, [line])
    if bylines.split_opening(line):
        return Block(OPENING, [line])
    return None


def _finish(block: Block, running: bool = False) -> Block:
    """Take the byline off an opening; type a plain text block; add name lines to a credit."""
    if block.kind == OPENING:
        found = bylines.split_opening("\n".join(block.lines))
        if found is None and len(block.lines) > 1:  # a dateline broken over two lines, read joined
            found = bylines.split_opening("".join(block.lines[:2]) + "\n" + "\n".join(block.lines[2:]))
        if found is None:
            block.kind = BODY
            return block
        block.byline, rest = found
        block.lines = [x for x in rest.split("\n") if x.strip()]
    elif block.kind == BRIEF:  # ●本报北京6月17日电（记者 X）…: the dateline is the brief's byline
        marker = _BRIEF.match(block.lines[0]).group(0)
        found = bylines.split_opening("\n".join(block.lines)[len(marker):].lstrip())
        if found is not None:
            block.byline, rest = found
            block.lines = [x for x in (marker.strip() + rest.lstrip()).split("\n") if x.strip()]
    elif block.kind == CREDIT:
        while block.lines and bylines.is_name_line(block.lines[0]):  # the credit's wrapped tail
            block.byline += "\n" + block.lines.pop(0).strip()
        if block.lines:  # text right under the credit: the article starts here
            block.kind = OPENING
    elif block.kind == BODY and len(block.lines) > 1 and bylines.split_opening("".join(block.lines[:2])):
        block.kind = OPENING  # a dateline broken over two lines: 新华社内罗毕3月26日 / 电（记者 X）
        return _finish(block)
    elif block.kind == BODY and not running and looks_like_head(block.lines):
        block.kind = HEAD
    return block


def run_end(blocks: list[Block], start: int, kind: str) -> int:
    """Where the run of blocks of ``kind`` from ``start`` on ends (``start`` itself when none is)."""
    end = start
    while end < len(blocks) and blocks[end].kind == kind:
        end += 1
    return end


def looks_like_head(lines: list[str]) -> bool:
    """Short lines without sentence punctuation: how headlines and subheads look."""
    text = squeeze_spaces("".join(lines))
    if not text or len(lines) > MAX_HEAD_LINES or any(len(squeeze_spaces(x)) > MAX_HEAD_LINE for x in lines):
        return False
    if BOX_LABEL.match(text):
        return False  # 编者按, 核心阅读: the label of a box that opens an article's text
    if re.search(r"[。；;]", text) or text[-1] in CONTINUES.replace("—", "") or text.endswith("…"):
        return False
    if any(x.strip().startswith("——") for x in lines[1:]):
        return sum(is_cjk(c) for c in text) >= 2  # a title wrapped over a ——subtitle: a headline, commas and all
    if text.count("，") + text.count(",") >= 2 and (len(lines) > LONG_HEAD_LINES or len(text) > MAX_HEAD_LINE + 10):
        return False  # running text, not a headline (which may hold commas, in a line or three)
    if len(lines) > SHORT_HEAD and any(x.rstrip()[-1] in CONTINUES for x in lines):
        return False
    return sum(is_cjk(c) for c in text) >= 2


def is_caption(block: Block) -> bool:
    """A lone name line, as printed under a portrait photo."""
    if block.kind != HEAD or len(block.lines) != 1:
        return False
    text = block.lines[0].strip()
    return 2 <= len(text) <= 4 and all(is_cjk(c) for c in text)
