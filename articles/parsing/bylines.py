"""Bylines (署名) and datelines (电头): finding them in the text and reading who and what source.

Forms handled: an opening ``本报讯 （记者 周尤）`` or ``新华社北京 4 月 25 日电``, a standalone
credit line ``□新华社记者 樊曦 齐中熙`` or ``本报评论员``, a closing list
``本报记者 张莎 颜若雯 …`` and a closing bracket ``（记者 李珩）`` or
``（人民日报11月24日社论 新华社北京11月23日电）``.
"""
from __future__ import annotations

import re

from .cjk import is_cjk
from .normalise import ends_sentence, merge_single_chars
from .page import Credit
from .persons import COMPOUND_SURNAMES, find_persons
from .persons.lexicon import SINGLE_SURNAMES
from .vocabulary import AUTHOR_ROLES, SIGNED

# news organisations that sign articles; a general list, longest first where they overlap
AGENCIES = (
    "新华社", "人民日报", "中新社", "中国新闻社", "中新网", "央视新闻", "央视网", "央视", "中央广播电视总台",
    "光明日报", "经济日报", "解放军报", "中国日报", "工人日报", "农民日报", "科技日报", "法治日报",
    "中国青年报", "人民网", "新华网", "求是", "澎湃新闻", "新京报",
)
_AGENCY_RE = "|".join(sorted(AGENCIES, key=len, reverse=True))
_PAPER_RE = r"[\u4e00-\u9fff]{2,5}(?:日报|晚报|晨报|商报)"
# author roles as printed; a space may sit inside a role word in a dump (``记 者``)
_ROLE_RE = "|".join(r"\s?".join(map(re.escape, role)) for role in sorted(AUTHOR_ROLES, key=len, reverse=True))
_ORG = rf"(?:本报|{_AGENCY_RE}|{_PAPER_RE})"
# what follows a role word in a sentence, not in a credit (本报记者从市教育局获悉, 记者近日走访)
_NOT_NAMES = r"[\u4e00-\u9fff]{0,3}?(?:从|在|近日|日前|获悉|了解|走访|来到|看到|发现|注意到|采访|调查|随|跟随|探访)"
_COLUMN_WORDS = "手记|观察|调查|札记|随笔|笔记|走笔|视点|来信"  # （记者手记） is a column's name, not a credit
_POSTED = r"(?:驻[\u4e00-\u9fff]{1,8}?)?"  # 本报驻巴西记者: a correspondent posted abroad
_DATE = r"(?:\d+\s*月\s*\d+\s*[日曰])"  # 曰: a scan's misreading of 日
_PLACE = r"(?:(?!记者|通讯员|从|在|获悉|日前)[\u4e00-\u9fff]){0,8}?"

# openings at the start of an article's first paragraph
OPENING = re.compile(
    rf"^\s*[□■]?\s*(?:本报讯|(?:据)?{_ORG}\s*{_PLACE}\s*{_DATE}?\s*电|(?:据)?{_ORG}(?:\s*{_PLACE}\s*{_DATE}\s*)?讯)"
    rf"(?:\s*[（(](?:[^）)\n]|\n){{1,60}}[）)])?\s*"
)
# a wire story's title after its dateline: 新华社开罗3月20日电　题：尼罗河畔的“中国课堂”
TITLED = re.compile(r"^\s*题\s*[：:]\s*(\S.*)$")
# a standalone credit line: optional □, organisation, role, then names (or nothing: 本报评论员)
CREDIT_LINE = re.compile(rf"^\s*[□■]?\s*(?:{_ORG}{_POSTED})?\s*(?:{_ROLE_RE})(?:\s+[\u4e00-\u9fff·]{{1,6}})*\s*$"
                         rf"|^\s*[□■]?\s*(?:{_ORG}{_POSTED})?\s*(?:{_ROLE_RE})(?!{_NOT_NAMES}|(?:{_COLUMN_WORDS})\s*$)[\u4e00-\u9fff·]{{2,9}}\s*摄?\s*$")
# a closing bracket: （记者 李珩） （新华社北京11月23日电） （人民日报11月24日社论 …）
CLOSING = re.compile(rf"^\s*[（(]\s*(?:(?:{_ORG}{_POSTED}\s*)?(?:{_ROLE_RE})(?!{_COLUMN_WORDS})\s*[^）)]{{0,40}}"
                     rf"|[^）)]{{0,40}}(?:电|社论|评论员文章|报道|供稿|来源\S*)|完"
                     rf"|据\s*[\u4e00-\u9fff]{{2,10}}?(?:社|报|网|台)"  # （据新华社）, （据人民日报）
                     rf"|(?:原载|摘自|转载自|选自)[^）)]{{0,20}}?《[^》]{{2,12}}》[^）)]{{0,12}}"  # （原载…《X报》）
                     rf")\s*[）)]\s*$")
# a photo credit: names a photographer, does not end the article
PHOTO_CREDIT = re.compile(r"(?:摄|摄影|供图|图片)\s*[）)]?\s*$|^\s*(?:摄影|图片|图)\s*[：:]|^\s*摄影\s")
# a credit printed label first: 摄影：龚平, 文/图：王一
_NAME = r"[\u4e00-\u9fff·](?:\s?[\u4e00-\u9fff·]){1,3}"  # a name of 2-4 characters, maybe letter-spaced (贺　洋)
_NAMES = rf"{_NAME}(?:\s*[、\s]\s*{_NAME})*"
LABELLED_CREDIT = re.compile(rf"^\s*(?:摄影|图片|图|文|文字|文/图|图/文|制图)\s*[：:]\s*{_NAMES}\s*$")
# a photo credit printed name first: 祁　峰　摄影, 邱然 孔令辉 摄
NAMED_PHOTO_CREDIT = re.compile(rf"^\s*{_NAMES}\s+摄影?\s*$")
# one name (2-4 characters) or several, spaced: the wrapped tail of a credit line
SURNAMES = frozenset(SINGLE_SURNAMES)
NAME_LINE = re.compile(r"^\s*(?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff·]{1,4}(?:\s+[\u4e00-\u9fff·]{1,4})+)\s*$")


def find_source(text: str) -> str | None:
    """The producing organisation named in a byline: 本报, 新华社, 人民日报 … (first one printed)."""
    text = re.sub(r"\s+", "", text).lstrip("□■（(").removeprefix("据")  # （据人民日报）: the paper, not 据
    if text.startswith("本报"):
        return "本报"
    m = re.search(rf"{_AGENCY_RE}|{_PAPER_RE}", text)
    return m.group(0) if m else None


_MARKS = re.compile(r"\s*([（()）□■、，,])\s*")
_ROLE_WORD = re.compile("|".join(sorted((re.escape(r) for r in AUTHOR_ROLES), key=len, reverse=True)))


def _lone(token: str) -> bool:
    return len(token) == 1 and is_cjk(token)


def _name_word(token: str) -> bool:
    return 2 <= len(token) <= 3 and all(is_cjk(c) for c in token) and not _ROLE_WORD.fullmatch(token)


def _byline_tokens(printed: str) -> list[str]:
    """Words of a byline with the dump's line breaks and letter-spacing undone.

    Letter-spaced names come as runs of lone characters (``李 一``, ``郎 清 源``); a run is cut
    at role words (``甄 楠 实 习 生 付 小 满``) and a run of four is two names. A line break
    next to a lone character is inside a name: ``邓\n浩``; and since spaced two-character names
    come in pairs, an odd run opening a line starts with the last character of the name
    before the break: ``程思\n琪 黎 朗`` is 程思琪 and 黎朗.
    """
    lines = [_MARKS.sub(r" \1 ", line).split() for line in printed.strip().split("\n")]
    lines = [line for line in lines if line]
    words: list[str] = []
    glue = False  # the next word continues the last one (a name broken at the line end)
    for n, line in enumerate(lines):
        for token in line:
            if glue:
                words[-1] += token
                glue = False
                continue
            words.append(token)
        nxt = lines[n + 1] if n + 1 < len(lines) else []
        lead = next((k for k, t in enumerate(nxt) if not _lone(t)), len(nxt))
        tail = next((k for k, t in enumerate(reversed(line)) if not _lone(t)), len(line))
        if nxt and tail == 0 and (lead % 2 and _name_word(line[-1]) or line[-1] in COMPOUND_SURNAMES):
            glue = True  # 程思\n琪 黎 朗, 欧阳\n小雨
        elif nxt and lead == 0 and tail == 1 and _name_word(nxt[0]):
            glue = True  # 唐\n一鸣
    out: list[str] = []
    run: list[str] = []
    for token in words + [""]:
        if _lone(token):
            run.append(token)
            continue
        if run:
            for part in _ROLE_WORD.sub(r" \g<0> ", "".join(run)).split():
                if len(part) == 4 and not _ROLE_WORD.fullmatch(part) and len(run) % 2 == 0:
                    out.extend([part[:2], part[2:]])
                else:
                    out.append(part)
            run = []
        if token:
            out.append(token)
    return out


def byline_text(printed: str) -> str:
    """A byline on one line, spacing undone: ``（记 者 邓\n浩）`` → ``（记者 邓浩）``; names stay apart."""
    text = " ".join(_byline_tokens(printed))
    return re.sub(r"(?<=[（(□■、，,])\s+|\s+(?=[）)、，,])", "", text)


def parse_byline(text: str) -> tuple[list[Credit], str | None]:
    """Authors (name, role as printed) and source named in one byline or dateline."""
    source = find_source(text)
    signed = re.sub(r"\s+", "", text)
    if NAME_LINE.match(text) and 2 <= len(signed) <= 4 and (signed[:2] in COMPOUND_SURNAMES or signed[0] in SURNAMES) \
            and not (NAMED_PHOTO_CREDIT.match(text) and len(signed) > 3):  # 龙　川　摄影: a photographer
        return [Credit(name=signed, role=SIGNED)], source  # a name alone signs it (a commentary's author)
    if not CREDIT_LINE.match(text) and (NAMED_PHOTO_CREDIT.match(text) or LABELLED_CREDIT.match(text)):
        label = re.match(r"\s*([^：:]+)[：:]", text)  # 摄影：贺　洋, 文/图：王一; else 祁　峰　摄影
        names = text[label.end():] if label else re.sub(r"摄影?\s*$", "", text)
        tokens = merge_single_chars(re.split(r"[\s、]+", names.strip()), lambda t: False)
        role = label.group(1).strip() if label else "摄影"
        return [Credit(name=t, role=role) for t in tokens if 2 <= len(t) <= 4], source
    flat = re.sub(r"[（()）□■]", " ", byline_text(text))
    flat = re.sub(rf"({_ORG}{_POSTED})?\s*({_ROLE_RE})(?!文章)",
                  lambda m: " \x00" + re.sub(r"\s+", "", m.group(0)) + " ", flat)
    authors: list[Credit] = []
    role = None
    for token in merge_single_chars(re.split(r"[\s、，,]+", flat), lambda t: t.startswith("\x00")):
        if token.startswith("\x00"):
            role = _role_word(token[1:])
            continue
        if role is None:
            continue
        if len(token) >= 3:
            token = re.sub(r"(摄|报道|综合|发自\S*)$", "", token)
        if 2 <= len(token) <= 6 and all(is_cjk(c) or c == "·" for c in token):
            authors.append(Credit(name=token, role=role))
        elif token:
            role = None  # a date, a place or 电: the names are over
    return authors, source


def _role_word(printed: str) -> str:
    """The role as printed, without 本报 (the source) and without stray spaces."""
    return re.sub(r"\s+", "", printed).removeprefix("本报")


def split_opening(text: str) -> tuple[str, str] | None:
    """(byline, rest) when text starts with an opening byline or dateline, else None.

    A spaced-out opening (``本 报 讯 （ 记 者 顾 然 ）``) is matched with its spaces left out.
    """
    m = OPENING.match(text)
    if m and m.group(0).strip():
        return m.group(0).strip(), text[m.end():]
    if " " not in text:
        return None  # nothing spaced out: the match above was the one to find
    kept = [n for n, ch in enumerate(text) if ch != " "]  # positions of the non-space characters
    m = OPENING.match("".join(text[n] for n in kept))
    if not m or not m.group(0).strip():
        return None
    end = kept[len(m.group(0).rstrip()) - 1] + 1
    return text[:end].strip(), text[end:].lstrip(" ")


def is_credit_line(line: str) -> bool:
    """A line that is only a credit: ``□新华社记者 樊曦 齐中熙``, ``本报评论员``, ``本报记者 张三 李四``."""
    return any(p.match(line) for p in (CREDIT_LINE, LABELLED_CREDIT, NAMED_PHOTO_CREDIT)) and len(line.strip()) <= 80


def is_closing(line: str) -> bool:
    """A bracketed closing credit or dateline on a line of its own."""
    return bool(CLOSING.match(line))


def split_trailing_closing(line: str) -> tuple[str, str] | None:
    """(text, closing) when a paragraph's last line ends with one: ``…出席会议。（记者 李珩）``."""
    cut = max(line.rfind("（"), line.rfind("("))
    if cut <= 0 or not is_closing(line[cut:]):
        return None
    before = line[:cut].rstrip()
    return (before, line[cut:].strip()) if ends_sentence(before) else None


def is_photo_credit(printed: str) -> bool:
    """``记者 张三 摄``: the photographer of a picture inside the article."""
    return bool(PHOTO_CREDIT.search(printed.strip()))


def is_name_line(line: str) -> bool:
    """A line of one name or of space-separated names, the wrapped tail of a credit line."""
    return bool(NAME_LINE.match(line))


def is_signature(line: str) -> bool:
    """A line that is one person's name alone (``姜 涛``, ``庄  翊``): an author signing without a role.
    The person finder must read the whole line as that one name."""
    name = re.sub(r"\s+", "", line)
    if not is_name_line(line) or not 2 <= len(name) <= 4 or not parse_byline(name)[0]:
        return False
    return [p.name for p in find_persons(line)] == [name]
