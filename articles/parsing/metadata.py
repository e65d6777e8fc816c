"""Reading a furniture line: which paper, date, page number and section it prints.

Papers print these in many forms (formats.md): ``《江城日报》（2024年5月13日 第 06 版）``,
``江城日报 2024年5月13日 星期一 第6版：要闻``, ``2024年5月13日 星期一 | 06 | 要闻``,
``A06 要闻 2024.05.13``, ``国际 17 华夏日报 2024年4月22日 星期一``, with full-width or ASCII
digits and brackets, with or without 星期 and 农历, OCR's ``曰`` for ``日`` and ``O`` for ``0``.

A line is read as a header only when every part of it is one of these tokens, separators
or labels, and the tokens are evidence enough on their own (a date, a ``第N版``, a citation,
or a paper name with a page number); a bare page number or section counts only beside them.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, fields

from .jumps import page_number

_FULL_WIDTH = str.maketrans("０１２３４５６７８９（）｜：．－／　ＡＢＣＤ", "0123456789()|:.-/ ABCD")
_FULL_WIDTH_CHARS = re.compile("[" + re.escape("".join(map(chr, _FULL_WIDTH))) + "]")
_OCR_DIGITS = re.compile(r"[OolI](?:(?<=\d.)|(?=\d))")  # O, o, l, I after or before a digit (the letter first: fast)
_OCR_DIGIT = {"O": "0", "o": "0", "l": "1", "I": "1"}

PAPER_WORD = r"[\u4e00-\u9fff]{1,8}?(?:日报|晚报|晨报|时报|商报|都市报|青年报|法治报|报)"
_CITATION = re.compile(  # 《江城日报》（…）, 【江城日报】…, or the bare name with the rest in brackets: 江城日报（…）
    r"^[(]?\s*(?:(?P<lead>——|—|原载|摘自|选自|转自|转载自|(?:来源|出处|稿源)\s*:)\s*)?"  # （《X报》…）, ——《X报》…
    r"(?:《(?P<paper>[^《》]{2,12})》|【(?P<paper2>[^【】]{2,12})】|(?P<paper3>" + PAPER_WORD + r")(?=\s*[(])"
    r"|(?(lead)(?P<paper4>" + PAPER_WORD + r")\s|(?!)))"  # （来源：青州日报 2022年09月16日 第07版）
    r"\s*[(]?\s*(?P<date>\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[.\-/]\s*\d{1,2}\s*[.\-/]\s*\d{1,2}))\s*"
    r"(?:星期[一二三四五六日天])?\s*第?\s*(?P<prefix>[A-Z])?\s*(?P<num>\d{1,3}|[一二三四五六七八九十]{1,3})\s*版"
    r"\s*(?:(?:[:·|]\s*|\s+)(?P<section>[\u4e00-\u9fff·]{1,10})|[(](?P<section2>[\u4e00-\u9fff·]{1,10})[)])?\s*[)]?$")
_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*(?:年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日曰]"
                   r"|(?P<sep>[.\-/])\s*(?P<m2>\d{1,2})\s*(?P=sep)\s*(?P<d2>\d{1,2}))(?!\d)")
_DIGITS = {c: n % 10 for n, c in enumerate("〇一二三四五六七八九零")} | {"○": 0}
_NUMERAL_DATE = re.compile(r"([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月"
                           r"\s*([一二三四五六七八九十]{1,3})\s*日")
_TOKENS = [
    ("weekday", re.compile(r"星期[一二三四五六日天]|周[一二三四五六日天](?![\u4e00-\u9fff])")),
    ("lunar", re.compile(r"农历[\u4e00-\u9fff]{2,12}")),
    ("issue", re.compile(r"总?第\s*\d+\s*[期号]|(?:今日|共)\s*(?:\d+|[一二三四五六七八九十]{1,3})\s*版")),
    ("page", re.compile(r"第\s*[A-Z]?\s*(?P<num>\d{1,3}|[一二三四五六七八九十]{1,3})\s*版"
                        r"|(?<![A-Za-z0-9])[A-Z]\s*(?P<num2>\d{1,3})\s*版?"
                        r"(?![\dA-Za-z])|(?<![\dA-Za-z])(?P<num3>\d{1,3})\s*版(?![\u4e00-\u9fff])")),
    ("english", re.compile(r"[A-Z][A-Z'’ .&]{3,}(?:DAILY|NEWS|TIMES|POST|JOURNAL)")),
    ("label", re.compile(r"(?:版面|版名|版次|日期|报名|出版日期)\s*[:：]")),
]
_BARE_NUMBER = re.compile(r"(?<![\d.])(\d{1,2})(?![\d.])")
_SEPARATORS = re.compile(r"[\s|·:•/\-—*#>_【】\[\]]+")
_PAPER = re.compile(rf"^(?:《(?P<quoted>[^《》]{{2,12}})》|(?P<paper>{PAPER_WORD}))$")
_DOTTED = re.compile(r"([\u4e00-\u9fff]{2,10})·([\u4e00-\u9fff]{2,6})")
_SECTION = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:·[\u4e00-\u9fff]{2,6})?$")
_DIGIT_OR_PAGE = re.compile(r"\d|版")
_BRACKETED_SECTION = re.compile(r"(版|(?<![A-Za-z])[A-Z]\d{1,3})\s*\(([\u4e00-\u9fff·]{2,10})\)$")

# English mastheads: "<PLACE> DAILY" and friends; the place table is general, not per page
_PLACES = {
    "CHONGQING": "重庆", "BEIJING": "北京", "SHANGHAI": "上海", "TIANJIN": "天津", "SICHUAN": "四川",
    "GUANGDONG": "广东", "GUANGZHOU": "广州", "SHENZHEN": "深圳", "HUBEI": "湖北", "HUNAN": "湖南",
    "HENAN": "河南", "HEBEI": "河北", "SHANDONG": "山东", "SHANXI": "山西", "SHAANXI": "陕西",
    "JIANGSU": "江苏", "ZHEJIANG": "浙江", "ANHUI": "安徽", "FUJIAN": "福建", "JIANGXI": "江西",
    "GUIZHOU": "贵州", "YUNNAN": "云南", "GUANGXI": "广西", "HAINAN": "海南", "GANSU": "甘肃",
    "QINGHAI": "青海", "NINGXIA": "宁夏", "XINJIANG": "新疆", "TIBET": "西藏", "XIZANG": "西藏",
    "JILIN": "吉林", "LIAONING": "辽宁", "HEILONGJIANG": "黑龙江", "INNER MONGOLIA": "内蒙古",
    "CHENGDU": "成都", "WUHAN": "武汉", "XI'AN": "西安", "XIAN": "西安", "NANJING": "南京",
    "HANGZHOU": "杭州", "CHANGSHA": "长沙", "KUNMING": "昆明", "GUIYANG": "贵阳", "NANNING": "南宁",
    "FUZHOU": "福州", "XIAMEN": "厦门", "QINGDAO": "青岛", "DALIAN": "大连", "SHENYANG": "沈阳",
    "HARBIN": "哈尔滨", "ZHENGZHOU": "郑州", "JINAN": "济南", "TAIYUAN": "太原", "LANZHOU": "兰州",
    "HEFEI": "合肥", "NANCHANG": "南昌", "CHINA": "中国", "CHINA YOUTH": "中国青年", "WORKERS'": "工人",
    "FARMERS'": "农民", "ECONOMIC": "经济", "GUANGMING": "光明", "JIEFANG": "解放", "XINHUA": "新华",
    "DAZHONG": "大众", "NANFANG": "南方", "YANGZI": "扬子", "QILU": "齐鲁",
}
_KINDS = {"DAILY": "日报", "EVENING NEWS": "晚报", "EVENING POST": "晚报", "EVENING": "晚报",
          "NEWS": "新闻", "TIMES": "时报", "DAILY NEWS": "日报"}
_FIXED_MASTHEADS = {"PEOPLE'S DAILY": "人民日报", "PEOPLES DAILY": "人民日报", "LIBERATION ARMY DAILY": "解放军报",
                    "SCIENCE AND TECHNOLOGY DAILY": "科技日报", "LEGAL DAILY": "法治日报", "WENHUI DAILY": "文汇报"}


@dataclass
class Header:
    """What one furniture line says about the page; None where it does not say."""

    newspaper: str | None = None
    date: str | None = None
    number: int | None = None
    section: str | None = None
    strong: bool = True  # a header wherever it stands (a bare ``17 国际`` counts only at the page's edge)

    def fill(self, other: Header) -> None:
        """Take what this header lacks from another (the first printed value wins)."""
        for f in fields(self):
            if f.name != "strong" and getattr(self, f.name) is None:
                setattr(self, f.name, getattr(other, f.name))


def numeral_date(text: str) -> str:
    """A date printed in Chinese numerals (一九九三年七月六日) in digits (1993年7月6日)."""
    if "年" not in text:
        return text
    return _NUMERAL_DATE.sub(lambda m: "".join(str(_DIGITS[c]) for c in m.group(1))
                             + f"年{page_number(m.group(2))}月{page_number(m.group(3))}日", text)


def prepare(text: str) -> str:
    """Full-width digits and marks made ASCII, OCR's letters among digits made digits, numeral dates in digits."""
    text = numeral_date(text)
    if _FULL_WIDTH_CHARS.search(text):  # most lines hold none: a scan is faster than translate
        text = text.translate(_FULL_WIDTH)
    return _OCR_DIGITS.sub(lambda m: _OCR_DIGIT[m.group(0)], text).strip()


def citation(text: str) -> Header | None:
    """``《江城日报》（2024年5月13日 第 06 版）`` (a compilation names each article's source so)."""
    m = _CITATION.match(prepare(text).replace(" ", " "))
    if not m:
        return None
    date = _iso(_DATE.search(m.group("date")))
    if date is None:
        return None
    paper = m.group("paper") or m.group("paper2") or m.group("paper3") or m.group("paper4")
    return Header(paper.replace(" ", ""), date, page_number(m.group("num")), m.group("section") or m.group("section2"))


def read_header(text: str, papers: tuple[str, ...] = ()) -> Header | None:
    """The metadata a header line prints, or None when the line is not wholly a header.

    ``papers``: paper names already seen on this page, trusted as a token wherever they stand.
    """
    cited = citation(text)
    if cited is not None:
        return cited
    rest = prepare(text)
    if not rest or len(rest) > 60:
        return None
    labelled = _labelled(rest) or _web_source(rest) or _path_line(rest)
    if labelled is not None:
        return labelled
    rest = _SOURCE_LABEL.sub("", rest)  # 来源：江城日报 | 2024-05-13 | 第06版: the label names no section
    rest = _BRACKETED_SECTION.sub(r"\1 \2", rest)  # 第03版（评论）, A06（城事）: the section in brackets after the page
    if not _DIGIT_OR_PAGE.search(rest):
        return None  # what follows reads a header only with a date or a page number: a digit, or 第…版
    head = Header()
    strong = 0
    m = _DATE.search(rest)
    if m and _iso(m):
        head.date = _iso(m)
        rest = rest[:m.start()] + " " + rest[m.end():]
        strong += 1
    for kind, pattern in _TOKENS:
        for m in list(pattern.finditer(rest))[:2]:
            if kind == "page" and head.number is None:
                head.number = page_number(next(g for g in m.group("num", "num2", "num3") if g))
                strong += 1  # 第6版, A06: a page number for certain
            elif kind == "english" and head.newspaper is None:
                head.newspaper = masthead_name(m.group(0))
            elif kind in ("weekday", "lunar", "issue") and head.date:
                strong += 1  # a date line: 2024年5月13日 星期一
            rest = rest.replace(m.group(0), " ", 1)
    if "·" in rest:
        rest = _DOTTED.sub(lambda m: m.group(1) + (" " if _PAPER.match(m.group(1)) else "\x00") + m.group(2), rest)
    words = [w.replace("\x00", "·") for w in _glue_letters([w for w in _SEPARATORS.split(rest) if w])]
    for paper in papers:
        if paper in words:
            head.newspaper = head.newspaper or paper
            words.remove(paper)
    for word in list(words):
        m = _PAPER.match(word)
        if m and head.newspaper is None:
            head.newspaper = m.group("quoted") or m.group("paper")
            words.remove(word)
    numbers = [w for w in words if _BARE_NUMBER.fullmatch(w)]
    if numbers and head.number is None and (head.date or head.newspaper or len(words) == 2):
        head.number = int(numbers[0])
        words.remove(numbers[0])
    sections = [w for w in words if _SECTION.match(w) and not _PAPER.match(w)]
    if len(sections) == 1 and len(words) == 1 and (head.number is not None or head.date):
        head.section = sections[0]
        words = []
    evidence = strong + bool(head.newspaper) + (head.number is not None) + bool(head.section)
    if words or evidence < 2 or not (head.date or head.number is not None):
        return None
    head.strong = strong > 0 or bool(head.newspaper)
    return head


_SOURCE_LABEL = re.compile(r"^(?:来源|稿源|出处|原载)\s*[:：]\s*")
_LABEL = re.compile(r"^(?P<label>版面|版名|版次|日期|出版日期|报名)\s*[:：]\s*(?P<value>\S.{0,20})$")


def _labelled(text: str) -> Header | None:
    """``版面：评论``, ``版次：5``, ``日期：2024-05-13``: one field, named."""
    m = _LABEL.match(text)
    if not m:
        return None
    label, value = m.group("label"), m.group("value").strip()
    if label in ("版面", "版名") and _SECTION.match(value):
        return Header(section=value)
    if label == "版次" and re.fullmatch(r"第?\s*[A-Z]?\s*\d{1,3}\s*版?", value):
        return Header(number=int(re.search(r"\d+", value).group()))
    if label.endswith("日期") and _iso(_DATE.fullmatch(value)):
        return Header(date=_iso(_DATE.fullmatch(value)))
    if label == "报名" and _PAPER.match(value):
        return Header(newspaper=value)
    return None


_WEB_SOURCE = re.compile(rf"^(?:来源|稿源|出处)\s*[:：]\s*《?(?P<paper>{PAPER_WORD})》?"
                         r"(?:\s+(?:发布|出版|刊发)?(?:时间|日期)\s*[:：]\s*"
                         r"(?P<date>[\d年月日.\-/ ]{8,12})[\d: ]*)?\s*$")


def _web_source(text: str) -> Header | None:
    """A crawled article's source line: ``来源：人民日报  发布时间：2024-05-13 05:52``."""
    m = _WEB_SOURCE.match(text)
    if not m:
        return None
    return Header(newspaper=m.group("paper"), date=_iso(_DATE.search(m.group("date") or "")))


# a file's path printed as a line (an archive's listing, ``head`` over several files): 江城日报/2024-05-13/06.txt
_PATH_LINE = re.compile(r"^(?:==>\s*|(?:path|file|文件|路径)\s*[:：]\s*)?"
                        r"(?P<path>[^\s<>]+?\.(?:txt|pdf|md|html?|xml|json))(?:\s*<==)?$", re.IGNORECASE)
_PATH_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")
_PATH_PAGE = re.compile(r"^[-_ ]*第?[A-Z]?(?P<num>\d{1,3})版?(?:[-_ ]+(?P<rest>.+))?$")


def _path_line(text: str) -> Header | None:
    """Paper, date, page (and a section after the page) from a printed file path, as pathmeta reads
    a path: ``江城日报/2024-05-13/06.txt``, ``20240513-06-03.txt``, ``2024-05-13/06-要闻.pdf``."""
    m = _PATH_LINE.match(text)
    if not m:
        return None
    *folders, name = m.group("path").split("/")
    stem = name.rsplit(".", 1)[0]
    head = Header()
    for folder in folders:
        if _PAPER.match(folder) and head.newspaper is None:
            head.newspaper = folder
        elif _PATH_DATE.fullmatch(folder):
            head.date = _iso_parts(_PATH_DATE.fullmatch(folder).groups())
    dated = _PATH_DATE.match(stem)
    if dated:
        head.date = head.date or _iso_parts(dated.groups())
        stem = stem[dated.end():]
    page = _PATH_PAGE.match(stem)
    if page:
        head.number = int(page.group("num")) or None
        rest = (page.group("rest") or "").strip()
        if _SECTION.match(rest):
            head.section = rest
    return head if head.date and head.number is not None else None


def _iso_parts(parts: tuple[str, str, str]) -> str | None:
    try:
        return datetime.date(*map(int, parts)).isoformat()
    except ValueError:
        return None


def _glue_letters(words: list[str]) -> list[str]:
    """Lone characters of a letter-spaced word glued back: ``丰 泽 报`` → ``丰泽报``."""
    out: list[str] = []
    glue = False
    for word in words:
        lone = len(word) == 1 and "\u4e00" <= word <= "\u9fff"
        if lone and glue:
            out[-1] += word
        else:
            out.append(word)
        glue = lone
    return out


def date_of(text: str) -> str | None:
    """The ISO date when the whole text is one printed date (``2024.08.22``, ``2024年8月22日``)."""
    m = _DATE.fullmatch(prepare(text))
    return _iso(m)


def _iso(m: re.Match | None) -> str | None:
    if m is None:
        return None
    y = int(m.group("y"))
    mo, d = (m.group("m"), m.group("d")) if m.group("m") else (m.group("m2"), m.group("d2"))
    mo, d = int(mo), int(d)
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def masthead_name(english: str) -> str | None:
    """Map an English masthead (``CHONGQING DAILY``) to the Chinese paper name, or None."""
    key = re.sub(r"\s+", " ", english.replace("’", "'").strip().upper())
    if key in _FIXED_MASTHEADS:
        return _FIXED_MASTHEADS[key]
    for kind in sorted(_KINDS, key=len, reverse=True):
        if key.endswith(" " + kind):
            place = key[: -len(kind) - 1].strip()
            if place in _PLACES:
                return _PLACES[place] + _KINDS[kind]
    return None
