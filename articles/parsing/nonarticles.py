"""Printed matter that is no article: an advertisement (广告) and a front page's index (今日导读).

Their lines are taken out (their positions added to ``dropped``) so no article holds them.
"""
from __future__ import annotations

import re
from collections.abc import Callable

_INDEX_LABEL = re.compile(r"^[【\[]?\s*(?:(?:今日|本期|本版|要目)?导读|本版(?:新闻|文章|导航)|版面导航)\s*[】\]]?$")
_INDEX_ITEM = re.compile(r"[（(]\s*(?:见|详见)?\s*第?\s*[A-Z]?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*版\s*[）)]$"
                         r"|^[·•]\s*\S")  # ◆…（第2版）, or a title listed ·古城墙下的评弹声
_NAV_WORD = r"(?:上一版|下一版|上一篇|下一篇|返回目录|返回首页|版面导航|往期回顾|本版PDF)"
_NAVIGATION = re.compile(rf"^(?:{_NAV_WORD}[\s|｜/·]*)+$")  # a web edition's 上一版　下一版　返回目录


def drop_index(lines: list[str], dropped: set[int]) -> list[str]:
    """A front page's index (今日导读 over ◆…（第2版） items), a web edition's list of the page's titles
    (本版新闻 over ·… items) and its navigation (上一版　下一版　返回目录): no article."""
    for i, line in enumerate(lines):
        if _NAVIGATION.match(line.strip()):
            dropped.add(i)
        if not _INDEX_LABEL.match(line.strip()):
            continue
        items = []
        for k in range(i + 1, len(lines)):
            if not lines[k].strip():
                continue
            if not _INDEX_ITEM.search(lines[k].strip()):
                break
            items.append(k)
        if items:
            dropped.update([i, *items])
    return ["" if i in dropped else line for i, line in enumerate(lines)]


_ADVERT = re.compile(r"^[【\[（(]?\s*(?:公益|分类)?广告\s*[】\]）)]?$")
_RUNNING_TEXT = re.compile(r"[。，；、！？,;]|[：:]\s*$")  # running text has these; an advert's lines hardly
MAX_ADVERT = 10
_AD_CUES = re.compile(r"热线|电话|地址|咨询|详询|\d{6,}|元起|特惠|优惠|首付|折起|售楼|招商|招聘|诚聘|敬请|欢迎")


def drop_adverts(lines: list[str], dropped: set[int], page_line: Callable[[str], bool]) -> list[str]:
    """An advertisement (``广告``, ``【广告】``, ``（广告）``) is no article: the marker and the advert's
    lines beside it go. The advert is on the side of the marker whose lines read as one (hotlines,
    prices, addresses), or after a marker standing alone; it runs to a blank line where one is near,
    else to a line that ends as running text does (so the text an advert cuts joins up)."""
    for i, line in enumerate(lines):
        if not _ADVERT.match(line.strip()):
            continue
        dropped.add(i)
        sides = {step: _advert_side(lines, i, step, page_line) for step in (1, -1)}
        cues = {step: sum(bool(_AD_CUES.search(lines[k])) for k in span) for step, span in sides.items()}
        step = -1 if cues[-1] > cues[1] or cues[-1] == cues[1] and not sides[1] else 1
        dropped.update(sides[step])
    return ["" if i in dropped else line for i, line in enumerate(lines)]


def _advert_side(lines: list[str], i: int, step: int, page_line: Callable[[str], bool]) -> list[int]:
    """The lines an advert would hold on one side of its marker at line i."""
    k = i + step
    while step == 1 and k < len(lines) and not lines[k].strip() and k - i <= 2:
        k += 1  # a marker standing alone: the advert follows it
    window = range(k, min(len(lines), k + MAX_ADVERT)) if step == 1 else range(k, max(-1, k - MAX_ADVERT), -1)
    bounded = any(not lines[j].strip() for j in window)  # a blank line near: the advert ends there
    out = []
    while 0 <= k < len(lines) and abs(k - i) <= MAX_ADVERT and lines[k].strip() \
            and (bounded or not _RUNNING_TEXT.search(lines[k])) and not page_line(lines[k]):
        out.append(k)
        k += step
    return out
