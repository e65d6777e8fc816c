"""Jump lines (转版): ``（上接1版）`` opens a continued fragment, ``（下转2版）`` ends one."""
from __future__ import annotations

import re

_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_PAGE = r"第?\s*[A-Z]?\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*版"
JUMP_FROM = re.compile(rf"[（(]\s*(?:上接|接上|紧接|接)\s*{_PAGE}\s*[）)]")
JUMP_TO = re.compile(rf"[（(]\s*(?:下转|转)\s*{_PAGE}\s*[）)]")


def page_number(printed: str) -> int:
    """``2`` or ``二`` → 2 (Chinese numerals up to 三十)."""
    if printed.isdigit():
        return int(printed)
    if printed.startswith("十"):
        printed = "一" + printed
    if "十" in printed:
        tens, _, ones = printed.partition("十")
        return _NUMERALS[tens] * 10 + (_NUMERALS[ones] if ones else 0)
    return _NUMERALS[printed]


def jump_from(line: str) -> tuple[int, str] | None:
    """(page, text after the marker) when the line opens with ``（上接N版）``."""
    m = JUMP_FROM.match(line.strip())
    if not m:
        return None
    return page_number(m.group(1)), line.strip()[m.end():]


def jump_to(line: str) -> tuple[int, str, str] | None:
    """(page, text before, text after) when the line holds ``（下转N版）``."""
    m = JUMP_TO.search(line)
    if not m:
        return None
    return page_number(m.group(1)), line[: m.start()].rstrip(), line[m.end():].strip()
