"""The page's edges: the run of furniture lines a dump opens (and closes) with.

A masthead or page header comes as a run of short lines, in any order and any split:
``华夏日报`` / ``HUAXIA RIBAO`` / ``2024年5月13日`` / ``星期一`` / ``甲辰年四月初六`` / ``今日16版`` /
``第27658期``, or ``5`` / ``评论`` / ``2024年6月18日 星期二``. Each line of the run is furniture of
some kind; a bare number is the page number and a bare word the section (版名) only inside a
run that also prints a date, a page or a paper, and only while that field is still unknown.
The run ends at the first line that is none of these: the first headline or text line.
"""
from __future__ import annotations

import re

from .metadata import PAPER_WORD, Header, date_of, prepare, read_header

_LUNAR = re.compile(r"^(?:农历)?[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\S{0,8}$")
_NOISE = re.compile(r"^(?:今日\s*\d+\s*版|总?第\s*\d+\s*期|星期[一二三四五六日天]|农历\S+|代号\s*[\d\-]+)"
                    r"(?:\s+(?:今日\s*\d+\s*版|总?第\s*\d+\s*期|代号\s*[\d\-]+))*$")
_LATIN = re.compile(r"^[A-Z][A-Z'’ .&]{3,}$")
_ORGAN = re.compile(r"^[\u4e00-\u9fff（）()\s、·]{2,40}(?:机关报|主管|主办|出版|编辑出版)(?:\s+.*)?$")
_RULE = re.compile(r"^[\s—－\-_=~·.…一■□▲△▼◆◇●○★☆|丨│｜]{3,}$")
_PAPER = re.compile(rf"^(?:{PAPER_WORD})$")
_SECTION = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:·[\u4e00-\u9fff]{2,6})?$")
_NUMBER = re.compile(r"^[A-Z]?\d{1,3}$")
MAX_RUN = 12


def edge_run(texts: list[str], top: bool = True) -> tuple[list[int], Header]:
    """Positions of the furniture lines the page opens with (``top``) or closes with, and what they say.

    Nothing is taken unless the run prints a date, a page number or a paper name.
    """
    order = range(len(texts)) if top else range(len(texts) - 1, -1, -1)
    head = Header()
    taken: list[int] = []
    strong = gap = False
    for i in order:
        text = texts[i].strip()
        if not text:
            gap = bool(taken)
            continue
        if len(taken) >= MAX_RUN:
            break
        kind = _kind(text, head, guess=not gap)
        if kind is None:
            break
        taken.append(i)
        if isinstance(kind, Header):
            strong = strong or kind.date is not None or kind.number is not None or kind.newspaper is not None
            head.fill(kind)
    if not strong:
        return [], Header()
    return taken, head


def _kind(text: str, known: Header, guess: bool = True) -> Header | str | None:
    """What a line of the run is: a Header of what it prints, a str for other furniture, None for text.

    A bare number or word is read as page number or section only with ``guess`` (no blank line
    yet between it and the rest of the run)."""
    flat = prepare(text)
    squeezed = re.sub(r"\s+", "", flat)
    header = read_header(text)
    if header is not None:
        return header
    dated = date_of(flat)
    if dated:
        return Header(date=dated)
    if _PAPER.match(squeezed.strip("*#《》")):
        return Header(newspaper=squeezed.strip("*#《》"))
    if _NOISE.match(flat) or _LUNAR.match(squeezed) or _LATIN.match(flat) or _ORGAN.match(flat) or _RULE.match(flat):
        return "furniture"
    if guess and _NUMBER.match(squeezed) and known.number is None:
        return Header(number=int(re.sub(r"\D", "", squeezed)))
    if guess and _SECTION.match(squeezed) and known.section is None and len(squeezed) <= 6:
        return Header(section=squeezed)
    return None
