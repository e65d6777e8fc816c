"""Markdown exports (formats.md, family 4): ``#`` headings for headline levels, a ``——`` line for
the subtitle, captions and name lists under images.

Before the page is read, the export's own marks are taken off (they are not printed text):
emphasis ``**``, quote ``>``, escapes ``\\.``, hard line breaks, image lines; Setext headings
(a line underlined with ``===`` or ``---``) become ``#`` headings, and a short plain line right
above a heading (a kicker printed without a mark) joins that heading's group.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice

from . import bylines

_ATX = re.compile(r"^\s*(#{1,6})\s+\S")
_SETEXT = re.compile(r"^\s*(=+|-+)\s*$")
_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_QUOTE = re.compile(r"^\s*>\s?")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
_IMAGE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_SENTENCE_END = re.compile(r"[。！？!?；;][”’」』）)]*\s*$")
_BOLD_TITLE = re.compile(r"^\s*\*\*([^*]{2,60})\*\*\s*$")
_RULE = re.compile(r"^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
_BOLD_LINE = re.compile(r"^\s*\*\*([^*]{2,30})\*\*\s*$")
SUBHEAD = "######"  # the level given to a bold line standing as a subhead
KICKER_MAX = 20  # a plain line above a heading longer than this is text, not a kicker
SUBTITLE_MAX = 40  # a plain line under a heading longer than this is text


def is_markdown(text: str) -> bool:
    """Whether the text marks its headlines with Markdown headings (ATX or Setext), or with lines
    wholly in bold where a ``---`` rule or another bold line shows the marks are Markdown's."""
    lines = text.split("\n")
    if any(_ATX.match(line) for line in lines):
        return True
    bold = sum(1 for line in lines if _BOLD_TITLE.match(line))
    if bold >= 2 or bold and any(_RULE.match(line) for line in lines):
        return True
    return any(_SETEXT.match(b) and a.strip() and not _SETEXT.match(a) and b.strip()[0] == "="
               for a, b in zip(lines, lines[1:]))


def prepare(text: str) -> str:
    """The export's marks taken off, Setext headings made ``#`` headings, bare kickers joined to their heading."""
    lines = _front_matter(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    out: list[str] = []
    headed = any(_ATX.match(line) for line in lines)  # without headings, bold lines after a rule are the titles
    after_image = False
    captions: set[str] = set()  # credits left of captions
    for n, line in enumerate(lines):
        if _SETEXT.match(line) and out and out[-1].strip() and not _ATX.match(out[-1]) \
                and len(out[-1].strip()) <= 50 and not _SENTENCE_END.search(out[-1]):
            level = "#" if line.strip()[0] == "=" else "##"
            out[-1] = f"{level} {out[-1].strip()}"
            out.append("")
            continue
        if _IMAGE.match(line):
            out.append("")
            after_image = True
            continue
        if after_image and line.strip():
            after_image = False
            credit = _caption_credit(line)
            if credit is None and _credited_below(line, islice(lines, n + 1, None)):
                continue  # 湘源县…抢收中稻。 / 龙　川　摄影: the caption goes, its credit line follows
            if credit is not None:
                captions.add(credit)
                out.append(credit)  # a picture's caption is not the article's text; its credit names the photographer
                continue
        line = _QUOTE.sub("", line)
        bold = _BOLD_LINE.match(line)
        previous = next((x for x in reversed(out) if x.strip()), "")
        title = _BOLD_TITLE.match(line) if not headed else None
        if title and (not previous or _RULE.match(previous)):
            out.append(f"## {title.group(1).strip()}")
            continue
        if bold and (_SENTENCE_END.search(previous) or previous.rstrip().endswith(("）", ")"))
                     or previous in captions):
            line = f"{SUBHEAD} {bold.group(1).strip()}"  # a line wholly in bold after running text: a subhead
        line = _LINK.sub(r"\1", _ESCAPE.sub(r"\1", _EMPHASIS.sub("", line))).rstrip()
        if line.endswith("\\"):
            line = line[:-1]
        out.append(line)
    return "\n".join(_join_kickers(out))


CAPTION_MAX = 120  # a picture's caption is one short paragraph
_CAPTION_MARK = re.compile(r"^(?:[▲△]|图为)")  # a numbered caption (图①：…) may be a photo story's text
_CAPTION_CREDIT = re.compile(r"[（(]?\s*([^。！？（(]{2,24}?)\s*[）)]?\s*$")


def _caption_credit(line: str) -> str | None:
    """The credit line left of a caption printed right under a picture (``…采摘春茶。 摄影 陈立``):
    the credit alone (an empty line where it names no one), or None when the line is no caption."""
    text = _EMPHASIS.sub("", line).strip()
    if len(text) > CAPTION_MAX or _ATX.match(text) or bylines.split_opening(text) or text.count("。") > 2:
        return None
    end = max(text.rfind(mark) for mark in "。！？")
    tail = _CAPTION_CREDIT.fullmatch(text[end + 1:].strip()) if end >= 0 else None
    if tail and bylines.is_photo_credit(tail.group(1)) and bylines.is_credit_line(tail.group(1)):
        return tail.group(1)
    return "" if _CAPTION_MARK.match(text) else None


def _credited_below(line: str, after: Iterable[str]) -> bool:
    """Whether a short finished sentence under a picture has a photographer's credit line right under it."""
    text = line.strip()
    filled = list(islice((x.strip() for x in after if x.strip()), 2))
    below = filled[0] if filled else ""
    # the article's text goes on after the credit (a photo story's caption, under its own headline, is its text)
    more = len(filled) > 1 and not (_ATX.match(filled[1]) or _IMAGE.match(filled[1]) or set(filled[1]) <= set("-*_ "))
    return len(text) <= CAPTION_MAX and bool(_SENTENCE_END.search(text)) and not bylines.split_opening(text) \
        and bylines.is_photo_credit(below) and bylines.is_credit_line(below) and more


_FRONT_LABELS = {"newspaper": "报名", "paper": "报名", "date": "日期", "page": "版次", "section": "版名"}
_FRONT_KEY = re.compile(r"^\s*([\w\u4e00-\u9fff]{1,12})\s*:\s*(.*)$")


def _front_matter(lines: list[str]) -> list[str]:
    """A front-matter block (``---`` / ``key: value`` lines / ``---``) at the top: its lines stay, as
    ``key：value`` lines the furniture reader knows (版名：要闻), and its fences go."""
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is None or lines[first].strip() != "---":
        return lines
    end = next((n for n in range(first + 1, min(len(lines), first + 20)) if lines[n].strip() == "---"), None)
    if end is None or not all(_FRONT_KEY.match(line) or not line.strip() for line in lines[first + 1:end]):
        return lines
    inner = [_FRONT_KEY.sub(lambda m: f"{_FRONT_LABELS.get(m.group(1).lower(), m.group(1))}：{m.group(2)}", line)
             for line in lines[first + 1:end]]
    inner = [re.sub(r"\s*[；;，,]\s*", "  ", line.split("：", 1)[1]) if line.startswith("editors：") else line
             for line in inner]  # the credits as a page prints them: 责任编辑 X  美术编辑 Y
    return lines[:first] + [""] + inner + [""] + lines[end + 1:]


def _join_kickers(lines: list[str]) -> list[str]:
    """A short plain line right above a heading (no blank between) is that heading's kicker, and
    one right under it, ending no sentence, its subtitle."""
    out = list(lines)
    for n in range(1, len(out)):
        m = _ATX.match(out[n - 1])
        text = out[n].strip()
        if m and text and not _ATX.match(out[n]) and len(text) <= SUBTITLE_MAX and not _SENTENCE_END.search(text) \
                and (n + 1 == len(out) or not out[n + 1].strip()):
            out[n] = f"{m.group(1)}# {text}"
    for n in range(len(out) - 1):
        gap = not out[n + 1].strip() and n + 2 < len(out)  # a blank line between kicker and heading
        m = _ATX.match(out[n + 2 if gap else n + 1])
        text = out[n].strip()
        if m and text and not _ATX.match(out[n]) and len(text) <= KICKER_MAX and not _SENTENCE_END.search(text) \
                and (n == 0 or not out[n - 1].strip()) and "广告" not in text and not set(text) <= set("-*_ ") \
                and not (gap and (len(m.group(1)) > 2 or " " in text or bylines.is_credit_line(text)
                                  or text.endswith(("）", ")")))):
            out[n] = f"{m.group(1)} {text}"
    return out
