"""Text clean-up shared by every stage: line endings, odd spaces, CJK spacing, joining lines.

A PDF text dump breaks every column line, sometimes inserts blank lines at column breaks
inside a sentence, and spaces out characters of justified lines (``习 近 平 指 出``).
"""
from __future__ import annotations

import re

from .cjk import is_cjk

# characters that end a sentence (a line ending with one may end a paragraph)
SENTENCE_END = "。！？!?…"
# closing marks that may follow the sentence end: 。” 。） 。》
CLOSERS = "”’」』）)》〉】"
# a line holding only this marks a paragraph end the text itself does not show (a subhead)
PARAGRAPH_BREAK = "\f"
# a line ending with one of these is certainly continued on the next line
CONTINUES = "，、：:（(“‘《〈【—-－/"

_SPACES = re.compile(r"[\u3000\u00a0\u2002-\u200a\u202f\u205f\t]")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\ufeff\u2060]")
_MULTI_SPACE = re.compile(r" {2,}")
_GAP = re.compile(r"\s+")
_ASCII_WORD = re.compile(r"[A-Za-z0-9%.]")


# what a scan leaves of rules, boxes and photo edges: a line of these alone, or one at a line's start
_DEBRIS_LINE = re.compile(r"^[\s丨|│┃‖〓■□▲△▼◆◇★☆口lIi'·.,_~=—\-─━═┄┅*▁▂▃▄▅▆▇█▔▌▍▎▏冂冖凵匚＿￣①②③④⑤⑥⑦⑧⑨⑩▫○◎]*$"
                          r"|^\s*一[一\s]{2,}$"
                          r"|^\s*(?:[\[【〔（(]\s*(?:图片?|照片|图表|视频)\s*[\]】〕）)]|!\[[^\]]*\]\([^)]*\))\s*$")
_DEBRIS_LEAD = re.compile(r"^\s*(?:[丨|│┃〓‖｜]|[lI](?=\s+[\u4e00-\u9fff]))\s+|^\s*[丨｜│┃](?=[（(\u4e00-\u9fff\d])")
_DEBRIS_TAIL = re.compile(r"(?<=\S)\s*[丨|｜│┃]\s*$")  # a rule's edge read at a line's end (总投丨, 桥 |)
_DEBRIS_INNER = re.compile(r"(?<=[\u4e00-\u9fff“”])丨(?=[\u4e00-\u9fff“”])")  # 丨 is no word of running text

# the label of a box that opens an article's text (编者按, 核心阅读): a paragraph of its own
BOX_LABEL = re.compile(r"^[【\[]?(?:编者按|编者的话|核心阅读|阅读提示|记者手记|背景链接|相关链接)[】\]：:]?$")


_WORD_PAIR = re.compile(r"[^\W_]{2}")  # two letters, digits or characters side by side: a word
_STRAY = re.compile(r"[.,'`~′‘’\"·\-_=|丨:;^、；･]")  # what a scan makes of specks and photo edges
_KEPT_MARK = re.compile(r"[（）()●■【】《》]")  # a bracket or a brief marker is printed on purpose


def _scattered(line: str) -> bool:
    """A line of specks with at most a lone character between them (``罵 ., `  ~``, ``· ,  ′ ‘ ·``):
    scan debris, though not made only of the usual rule and box marks."""
    return len(_STRAY.findall(line)) >= 2 and not _WORD_PAIR.search(line) and not _KEPT_MARK.search(line) \
        and len(re.findall(r"[^\W_]", line)) <= 2


def clean_lines(text: str) -> list[str]:
    """Split raw page text into lines: no BOM, no CR, one kind of space, no trailing blanks,
    no scan debris (a line of rule and box marks alone, or one such mark opening a line)."""
    text = _ZERO_WIDTH.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = []
    for line in text.split("\n"):
        line = _MULTI_SPACE.sub(" ", _SPACES.sub(" ", line)).rstrip()
        if (_DEBRIS_LINE.match(line) or _scattered(line)) and re.search(r"[^\s]", line) \
                and not re.fullmatch(r"\s*[—\-]{1,2}\s*", line):
            line = ""
        else:
            line = _DEBRIS_INNER.sub("", _DEBRIS_TAIL.sub("", _DEBRIS_LEAD.sub("", line)))
        lines.append(line)
    return _lone_specks(lines)


_SPECKS = "·、一丶"   # a lone one of these on a line is a speck, unless a name is spelt one character a line
_MARKS = "▪●"        # a lone brief marker is a speck only where it cuts a sentence


def _lone_specks(lines: list[str]) -> list[str]:
    """Lines of one speck or stray mark alone (``▪`` between two halves of a sentence, ``、``) blanked."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for pos, i in enumerate(filled):
        mark = lines[i].strip()
        if len(mark) != 1 or mark not in _SPECKS + _MARKS:
            continue
        near = [lines[filled[p]].strip() for p in (pos - 1, pos + 1) if 0 <= p < len(filled)]
        if any(len(x) == 1 and x not in _SPECKS + _MARKS for x in near):
            continue  # 责编：/ 张 / 一 / 帆: one character of a name
        before = lines[filled[pos - 1]] if pos else ""
        cuts = before and not ends_sentence(before) and pos + 1 < len(filled)  # text on both sides runs on
        if mark in _SPECKS or cuts:
            lines[i] = ""
    return lines


def squeeze_spaces(text: str) -> str:
    """Drop spaces except between two Latin letters/digits (``CHONGQING DAILY``, ``63907049 63910681``)."""

    def keep(match: re.Match) -> str:
        start, end = match.start(), match.end()
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if before and after and _ASCII_WORD.match(before) and _ASCII_WORD.match(after):
            return " "
        return ""

    return _GAP.sub(keep, text).strip()


def unspace_headline(line: str) -> str:
    """Undo letter-spacing in a headline line (``习 近 平 强 调``) but keep phrase gaps."""
    parts = line.split()
    if len(parts) > 2 and sum(len(p) == 1 for p in parts) * 2 > len(parts):
        return squeeze_spaces(line)
    out = []
    for part in parts:  # a single CJK char glued to its neighbour: ``李 一`` style
        if out and (len(part) == 1 or len(out[-1]) == 1) and is_cjk(part[0]) and is_cjk(out[-1][-1]):
            out[-1] += part
        else:
            out.append(part)
    return " ".join(out)


def merge_single_chars(tokens: list[str], is_word=lambda token: False) -> list[str]:
    """Glue lone CJK characters of a spaced-out name back together: ``李 一`` -> ``李一``.

    A lone character joins the token after it (surname + given name); one left at the end
    joins the name before it. Tokens for which ``is_word`` is true (role words) never glue.
    """
    out: list[str] = []
    pending = ""
    for token in tokens:
        if not token:
            continue
        if len(token) == 1 and is_cjk(token) and not is_word(token):
            pending += token
            continue
        if len(pending) == 1 and not is_word(token):  # a surname before its given name: 李 一鸣
            token, pending = pending + token, ""
        elif pending:
            _flush(out, pending, is_word)
            pending = ""
        out.append(token)
    if pending:
        _flush(out, pending, is_word)
    return out


def _flush(out: list[str], pending: str, is_word) -> None:
    if len(pending) == 1 and out and not is_word(out[-1]):
        out[-1] += pending
    else:
        out.append(pending)


def ends_sentence(text: str) -> bool:
    """True when text ends a sentence: 。！？… possibly followed by closing quotes/brackets."""
    stripped = text.rstrip().rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in SENTENCE_END


def join_broken(lines: list[str]) -> str:
    """Join lines of one paragraph that the dump broke anywhere, dropping CJK gaps."""
    text = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if text and _ASCII_WORD.match(text[-1]) and _ASCII_WORD.match(line[0]) and text[-1].isalpha():
            text += " "
        text += line
    return squeeze_spaces(text)


def paragraphs(lines: list[str]) -> list[str]:
    """Group body lines into paragraphs and join each; ``""`` lines are blank-line gaps.

    A ``PARAGRAPH_BREAK`` line always ends the paragraph before it.

    A paragraph ends at a sentence end that is followed by a blank line or that sits on a
    line clearly shorter than the column (the last line of a printed paragraph).
    """
    width = max((len(squeeze_spaces(x)) for x in lines if x.strip()), default=0)
    out: list[str] = []
    current: list[str] = []
    for i, line in enumerate(lines):
        if line == PARAGRAPH_BREAK:
            if current:
                out.append(join_broken(current))
                current = []
            continue
        if not line.strip():
            if current and ends_sentence(current[-1]):
                out.append(join_broken(current))
                current = []
            continue
        current.append(line)
        if BOX_LABEL.match(line.strip()):
            out.append(join_broken(current))
            current = []
            continue
        short = len(squeeze_spaces(line)) < 0.85 * width
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if ends_sentence(line) and (short or not nxt.strip()):
            out.append(join_broken(current))
            current = []
    if current:
        out.append(join_broken(current))
    return [p for p in out if p]
