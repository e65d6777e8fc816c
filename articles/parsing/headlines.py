"""Headlines (标题): split a headline into kicker (引题), title (主题) and subtitles (副题).

A text dump loses type sizes, so the split follows the words: a line starting with —— or
naming who presided/attended (``X主持并讲话``) is a subtitle; a first line that reports
speech (``X在…上强调``) is a kicker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocks import Block
from .normalise import squeeze_spaces, unspace_headline

_SUBTITLE = re.compile(
    r"^(?:[—－-]{1,2}|——)"
    r"|(?:主持|出席|讲话|致辞|参加|会见|见证签约|调研|考察|作报告|宣讲|慰问|陪同|发言|批示|签约)"
    r"(?:并(?:讲话|致辞|作报告|发言|宣讲))?[\u4e00-\u9fff]{0,6}$"
)
_KICKER = re.compile(r"(?:强调|指出|表示|要求|提出|寄语|致信|致辞|时说|获悉|发现|透露)$")
MAX_SUBTITLE = 24
_MARKER = re.compile(r"^[●■◆▲▪□◇★]\s*")  # a brief's marker before its headline is not part of it


@dataclass
class Headline:
    kicker: str | None = None
    title: str | None = None
    subtitles: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join([self.kicker or "", self.title or ""] + self.subtitles)


def split_headline(blocks: list[Block]) -> Headline:
    """Kicker, title and subtitles from the blocks of one headline."""
    groups = [[unspace_headline(_MARKER.sub("", x.strip())) for x in b.lines if _MARKER.sub("", x.strip())]
              for b in blocks]
    groups = [g for g in groups if g]
    head = Headline()
    if not groups:
        return head
    lines = [line for group in groups for line in group]
    if len(lines) == 1:
        head.title = lines[0]
        return head
    if _KICKER.search(lines[0]) and not _is_subtitle(lines[1], 1):
        head.kicker = lines[0]
        groups = [groups[0][1:]] + groups[1:]
    rest = [line for group in groups for line in group]
    main: list[str] = []
    for n, line in enumerate(rest):
        if main and _is_subtitle(line, n) or line.startswith(("—", "－")):
            head.subtitles.append(line)
        elif head.subtitles:
            head.subtitles.append(line)
        else:
            main.append(line)
    head.title = _join_title(main) if main else None
    if head.title is None and head.subtitles:
        head.title = head.subtitles.pop(0)
    return head


def _is_subtitle(line: str, position: int) -> bool:
    return position > 0 and len(squeeze_spaces(line)) <= MAX_SUBTITLE and bool(_SUBTITLE.search(line))


def _join_title(lines: list[str]) -> str:
    """Lines of the main title: a wrapped line joins directly, parallel phrases with a space."""
    title = lines[0]
    for line in lines[1:]:
        wrapped = len(line) < 0.7 * len(title.split(" ")[-1]) and len(title) >= 10
        title += ("" if wrapped else " ") + line
    return title
