"""Page furniture (版面要素): header, date line, production credits, footers, publisher lines.

These lines are taken out of the text; what they print (newspaper, date, page number,
section, editors) becomes page metadata. Nothing is guessed: a field the page does not
print stays None.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .cjk import is_cjk
from .credits import ROLE_RE, bracketed_credits, parse_credits, vertical_credits
from .edges import edge_run
from .nonarticles import drop_adverts, drop_index
from .metadata import Header, citation, masthead_name, read_header
from .normalise import ends_sentence
from .page import Credit

EDGE_LINES = 6  # how many non-blank lines at the top and bottom count as the page edge

_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_DATE_LINE_REST = re.compile(r"^[\s,，]*(星期[一二三四五六日天]|周[一二三四五六日天])?\s*(农历\S*)?\s*")
# 要闻 2CHONGQING DAILY / 2 要闻 / 第2版 要闻 / A2版：要闻
_NOT_UNIT = r"(?![亿万千百元年月日天岁个家人次项件名所座台辆吨米斤亩倍])"  # 86亿元 is a quantity, not 86 版 亿元
_HEADER = (
    re.compile(r"^(?P<section>[\u4e00-\u9fff·]{2,8})\s*(?P<num>\d{1,2})\s*(?P<mast>[A-Z][A-Z'’ .&]{3,})$"),
    re.compile(rf"^(?P<num>\d{{1,2}})\s*{_NOT_UNIT}(?P<section>[\u4e00-\u9fff·]{{2,8}})"
               r"\s*(?P<mast>[A-Z][A-Z'’ .&]{3,})?$"),
    re.compile(r"^第\s*(?P<num>\d{1,2})\s*版\s*[：:|｜]?\s*(?P<section>[\u4e00-\u9fff·]{2,8})?$"),
    re.compile(r"^[A-Z]?(?P<num>\d{1,2})\s*版?\s*[：:|｜·]\s*(?P<section>[\u4e00-\u9fff·]{2,8})$"),
    re.compile(r"^(?P<section>[\u4e00-\u9fff·]{2,8})\s*(?P<num>\d{1,2})$"),  # 政法·社会 3
    # 06 社会 金城晚报 / 金城晚报 06 社会: a Chinese paper name beside number and section
    re.compile(r"^(?P<num>\d{1,2})\s*(?P<section>[\u4e00-\u9fff·]{2,8})\s+(?P<paper>[\u4e00-\u9fff]{2,6}报)$"),
    re.compile(r"^(?P<paper>[\u4e00-\u9fff]{2,6}报)\s+(?P<num>\d{1,2})\s*(?P<section>[\u4e00-\u9fff·]{2,8})$"),
)
_MASTHEAD_EN = re.compile(r"^(?:(?P<paper>[\u4e00-\u9fff]{2,6}报)\s*)?"
                          r"(?P<mast>[A-Z][A-Z'’ .&]{3,}(?:DAILY|NEWS|TIMES|POST|JOURNAL|EVENING NEWS|METRO|HERALD))"
                          r"(?:\s+(?P<page>[A-Z]?\d{1,2}))?$")  # 南陵都市报 NANLING METRO    A06
_PUBLISHER = re.compile(r"^[\u4e00-\u9fff（）()\s、]{4,60}(?:主管|主办|主管主办|出版)$")
_FOOTER_WORDS = re.compile(r"电话|热线|投诉|邮编|地址|承印|印刷|广告|发行|定价|零售|传真|邮发代号|出版物号|刊号")
_LONG_NUMBER = re.compile(r"\d[\d\-—－]{4,}\d")
_COLUMN_LABEL = re.compile(r"^[【\[]?\s*(?:[\u4e00-\u9fff·]{0,6}\s*)?"
                           r"(?:简讯|快讯|简报|速递|速览|短讯|快报|资讯|集锦|动态)\s*[】\]]?$")
# 新闻热线：96111, 投稿邮箱：…
_SERVICE_LINE = re.compile(r"^\s*(?:新闻|报料|投稿|服务|读者)?(?:热线|电话|邮箱|信箱)\s*[：:]\s*[\w@.\-]{5,}")
_CN_NUMBER = re.compile(r"CN\s*[\dOo]{2}\s*[-—]?\s*[\dOo]{4}")  # CN 43-0057, an OCR'd CN53OO72

# Chinese mastheads printed alone on a line
_KNOWN_PAPERS = ("人民日报", "光明日报", "经济日报", "解放军报", "工人日报", "农民日报", "科技日报", "中国青年报")
_CN_PAPER = r"[\u4e00-\u9fff]{2,6}?(?:日报|晚报|晨报|商报|都市报)"
_CN_MASTHEAD = re.compile(rf"^{_CN_PAPER}$")
_PAPER_SECTION = re.compile(rf"^(?P<paper>{_CN_PAPER})(?:[·|｜/.．•]?(?P<section>[\u4e00-\u9fff]{{2,6}}))?$")
# edge lines that carry nothing for the metadata: 今日8版, 第25620期, 农历庚子年十月初十
_NOISE = (r"(?:(?:今日|共)\s*(?:\d+|[一二三四五六七八九十]{1,3})\s*版|总?第\s*\d+\s*[期号]|农历\S+"
          r"|星期[一二三四五六日天])")
_SECTION_NAME = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}新闻|要闻)$")  # what can only name a page's section
_EDGE_NOISE = re.compile(rf"^{_NOISE}(?:\s+{_NOISE})*$")  # 第24819号　今日8版
_HOTLINE = re.compile(r"^(?:(?:新闻|广告|发行|订阅|读者|投稿)?(?:热线|电话)\s*[：:]?\s*[\d\-—－() ]{5,}\s*)+$")
_IMPRINT = re.compile(r"热线|电话|地址|社址|邮编|承印|印刷|发行|许可证")  # the imprint line: 江城日报社出版 新闻热线…
# the paper's office named in a footer or publisher line: 永川日报社出版, …社地址：, 评论理论部主办
_PAPER_OFFICE = re.compile(r"(?:^|[\s：:])([\u4e00-\u9fff]{2,6}?(?:日报|晚报|晨报|商报|报))"
                           r"(?:社(?:出版|主办|编辑出版|地址|社址)|社?[\u4e00-\u9fff]{1,6}?部(?:主办|编辑))")


@dataclass
class Furniture:
    """What the furniture says about the page."""

    newspaper: str | None = None
    date: str | None = None
    number: int | None = None
    section: str | None = None
    editors: list[Credit] = field(default_factory=list)
    citations: list[int] = field(default_factory=list)  # lines citing paper, date and page (a compilation)
    headers: list[int] = field(default_factory=list)  # other lines naming paper, date and page together
    dropped: set[int] = field(default_factory=set)  # PDF page footers and their own blank lines

    def take_header(self, header: Header) -> None:
        """Record what a header line prints (the first value printed wins)."""
        current = Header(self.newspaper, self.date, self.number, self.section)
        current.fill(header)
        self.newspaper, self.date, self.number, self.section = (current.newspaper, current.date, current.number,
                                                                 current.section)


def _date_line(line: str) -> tuple[str | None, str] | None:
    """(ISO date, rest of line) when the line starts with a printed date and holds little else."""
    m = _DATE.match(line.strip())
    if not m:
        return None
    rest = line.strip()[m.end():]
    rest = rest[_DATE_LINE_REST.match(rest).end():]
    if rest and parse_credits(rest) is None:
        return None
    y, mo, d = (int(x) for x in m.groups())
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}", rest


def _is_footer(line: str) -> bool:
    if _CN_NUMBER.search(line) or _SERVICE_LINE.match(line):
        return True
    if len(set(_FOOTER_WORDS.findall(line))) >= 3:
        return True  # 新闻热线…广告经营许可证…承印: an imprint, however its numbers are printed
    return bool(_FOOTER_WORDS.search(line)) and len(_LONG_NUMBER.findall(line)) >= 2


def strip_furniture(lines: list[str]) -> tuple[list[str], Furniture]:
    """Blank out furniture lines (keeping line positions) and read the metadata they print.

    Short page headers without an English masthead (``2 要闻``) are only read near the top
    or bottom of the page or right beside the date line, where a body line that happens to
    look like one is unlikely.
    """
    info = Furniture()
    printed = lines
    lines = _drop_footers(lines, info)
    lines = drop_adverts(lines, info.dropped, _page_line)
    lines = drop_index(lines, info.dropped)
    vertical_credits(lines, info.editors)
    runs, guessed = set(), []  # the masthead or header the page opens with, the footer it closes with
    for top in (True, False):
        run, header = edge_run(lines, top)
        runs.update(run)
        guessed.append(header)
    filled = [i for i, line in enumerate(lines) if line.strip()]
    edges = set(filled[:EDGE_LINES] + filled[-EDGE_LINES:])
    lead = next((n for n, i in enumerate(filled) if i not in runs and not _imprint(lines[i].strip())), len(filled))
    edges.update(filled[lead:lead + 2])  # right under a masthead longer than the edge: 1　要闻
    beside_date: set[int] = set()
    for n, i in enumerate(filled):  # a header printed mid-dump stands beside the date line
        if _date_line(lines[i]):
            beside_date.update(filled[max(0, n - 1):n + 2])
            for step in (-1, 1):  # past a masthead beside it: 国内新闻 5 / DONGLING DAILY / the date
                near, far = n + step, n + 2 * step
                if 0 <= far < len(filled) and _masthead(lines[filled[near]].strip()):
                    beside_date.add(filled[far])
    edges |= beside_date
    out = []
    for i, line in enumerate(lines):
        text = line.strip()
        cited = citation(text) if text else None
        if cited is not None:
            info.citations.append(i)
            info.take_header(cited)
            out.append("")
            continue
        if text and (_take(text, info, i in edges) or i in beside_date and _header_part(text, info) or i in runs):
            if _names_paper_date_page(text):
                info.headers.append(i)  # may cite an article's source as a compilation does, in another form
            out.append("")
        else:
            out.append(line)
    for header in guessed:  # what only the edge runs tell (a bare 5 or 评论 beside the date)
        info.take_header(header)
    _running_paper(out, info)
    _running_heads(out, info)
    if info.newspaper is None:  # the publisher named in a footer taken out: 滨海商报社出版　新闻热线：…
        offices = (_PAPER_OFFICE.search(x) for x, kept in zip(printed, out) if x.strip() and not kept.strip())
        info.newspaper = next((m.group(1) for m in offices if m), None)
    return out, info


def _imprint(text: str) -> bool:
    """A masthead's publisher or serial-number line (华夏日报社出版, 国内统一连续出版物号 CN 11-0999)."""
    return _is_footer(text) or bool(_PUBLISHER.match(text) or _PAPER_OFFICE.search(text))


def _masthead(text: str) -> bool:
    """A paper's name printed alone: CHONGQING DAILY, 江城日报."""
    return bool(_MASTHEAD_EN.match(text) or _CN_MASTHEAD.match(text.replace(" ", "")) or text in _KNOWN_PAPERS)


def _names_paper_date_page(text: str) -> bool:
    """A furniture line naming paper, date and page all at once (``江城日报 2024年5月13日 第6版：要闻``)."""
    header = read_header(text)
    return header is not None and bool(header.newspaper and header.date and header.number)


def _header_part(text: str, info: Furniture) -> bool:
    """A page number or a section name printed on a line of its own beside the date line."""
    if re.fullmatch(r"第?[A-Z]?\d{1,2}版?", text) and info.number is None:
        info.number = int(re.search(r"\d+", text).group())
        return True
    if re.fullmatch(r"[\u4e00-\u9fff·]{2,6}", text) and info.section is None:
        info.section = text
        return True
    return False


def _take(text: str, info: Furniture, at_edge: bool) -> bool:
    """Record what a furniture line says; False when the line is not furniture."""
    for n, pattern in enumerate(_HEADER):
        m = pattern.match(text) if n == 0 or at_edge else None
        if m:
            gd = m.groupdict()
            info.number = info.number or int(gd["num"])
            info.section = info.section or gd.get("section")
            if gd.get("mast"):
                info.newspaper = info.newspaper or masthead_name(gd["mast"])
            info.newspaper = info.newspaper or gd.get("paper")
            return True
    m = _MASTHEAD_EN.match(text)
    if m:  # CHONGQING DAILY, 潼南时报 TONGNAN TIMES
        info.newspaper = info.newspaper or m.group("paper") or masthead_name(m.group("mast"))
        info.number = info.number or (int(re.sub(r"\D", "", m.group("page"))) if m.group("page") else None)
        return True
    if text in _KNOWN_PAPERS or (at_edge and _CN_MASTHEAD.match(text)):
        info.newspaper = info.newspaper or text
        return True
    if at_edge and _EDGE_NOISE.match(text):
        return True
    if at_edge and _SECTION_NAME.match(text) and info.section in (None, text):  # 国内新闻 alone at the top
        info.section = text
        return True
    header = read_header(text, (info.newspaper,) if info.newspaper else ())
    if header is not None and (header.strong or at_edge):
        info.take_header(header)
        return True
    dated = _date_line(text)
    if dated:
        info.date = info.date or dated[0]
        if dated[1]:
            info.editors.extend(parse_credits(dated[1]) or [])
        return True
    credits = parse_credits(text) or _header_with_credits(text, info) or bracketed_credits(text) \
        or _office_with_credits(text, info)
    if credits:
        info.editors.extend(credits)
        return True
    if _COLUMN_LABEL.match(text):  # 国际简讯, 【城事速递】 over a run of briefs: no article's text
        return True
    if _is_footer(text) or _PUBLISHER.match(text) or _PAPER_OFFICE.search(text) and _IMPRINT.search(text) \
            or _HOTLINE.match(text):
        m = _PAPER_OFFICE.search(text)
        if m:
            info.newspaper = info.newspaper or m.group(1)
        return True
    return False


def _office_with_credits(text: str, info: Furniture) -> list | None:
    """``沧浦日报评论理论部主办  责编 韦青  版式 陆可``: the paper's office, then the page's credits."""
    m = _PAPER_OFFICE.match(text)
    credits = parse_credits(text[m.end():].strip()) if m else None
    if credits:
        info.newspaper = info.newspaper or m.group(1)
    return credits


_FOOTER_PAGE = re.compile(r"^\s*(?:第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?|[-—－]\s*\d{1,4}\s*[-—－]"
                          r"|\d{1,4}\s*/\s*\d{1,4})\s*$")


def _drop_footers(lines: list[str], info: Furniture) -> list[str]:
    """A PDF's own page footer (``第 37 页``) falls wherever the PDF page ended, even inside a
    sentence: it goes with the blank lines around it, so the text it cut joins up again."""
    for i, line in enumerate(lines):
        if not _FOOTER_PAGE.match(line) or not line.strip():
            continue
        info.dropped.add(i)
        for step in (-1, 1):
            k = i + step
            while 0 <= k < len(lines) and not lines[k].strip():
                info.dropped.add(k)
                k += step
    return ["" if i in info.dropped else line for i, line in enumerate(lines)]


_CREDIT_START = re.compile(rf"(?:^|[\s|｜>])(?=(?:本版)?(?:{ROLE_RE})(?:\s*[：:]|\s+\S))")


def _header_with_credits(text: str, info: Furniture) -> list[Credit] | None:
    """A header or paper name with the page credits after it on one line:
    ``青州晚报 编辑：马骏 美编：邢雪``, ``第14版 科教 | 责编：韩露``."""
    m = _CREDIT_START.search(text)
    if not m or not m.start():
        return None
    left, credits = text[:m.start()].strip(" |｜>"), parse_credits(text[m.end():].strip())
    if not credits:
        return None
    header = read_header(left, (info.newspaper,) if info.newspaper else ()) if left else Header()
    if header is None and _CN_MASTHEAD.match(left.replace(" ", "")):
        header = Header(newspaper=left.replace(" ", ""))
    if header is None:
        return None
    info.take_header(header)
    return credits


def _running_paper(lines: list[str], info: Furniture) -> None:
    """A paper's name on a line of its own inside the text, cutting a sentence (a running head
    the dump put mid-column), or repeated on the page: furniture, and the paper's name."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    names = [lines[i].strip().replace(" ", "") for i in filled]
    for pos, i in enumerate(filled):
        words = lines[i].split()
        if len(words) > 1 and not all(len(w) == 1 for w in words) and not set(words) & set("·.．•|｜/"):
            continue  # words apart (要闻  苇塘日报), not letters spaced out: a running head's parts (`_repeated_heads`)
        m = _PAPER_SECTION.match(names[pos])  # the paper's name, or the paper and its section (南岭日报·区县新闻)
        if m is None or info.newspaper not in (None, m.group("paper")):
            continue
        name = m.group("paper")
        before = lines[filled[pos - 1]].rstrip() if pos else ""
        cut = before and not ends_sentence(before) and before[-1] not in "：:" and pos + 1 < len(filled)
        if cut or names.count(names[pos]) > 1:
            info.newspaper = info.newspaper or name
            info.section = info.section or m.group("section")
            lines[i] = ""


def _running_heads(lines: list[str], info: Furniture) -> None:
    """A page header repeated inside the text (at the top of a column): a line that prints only
    what the page already said of itself (``17 国际``, ``国际``, ``青州晚报 A06``)."""
    known = Header(info.newspaper, info.date, info.number, info.section)
    for i, line in enumerate(lines):
        text = line.strip()
        if not text or len(text) > 40:
            continue
        flat = text.replace(" ", "")
        header = read_header(text, (info.newspaper,) if info.newspaper else ())
        if header is None and flat in (known.section, known.newspaper):
            header = Header(section=flat) if flat == known.section else Header(newspaper=flat)
        fields = ("newspaper", "date", "number", "section")
        if header is None or not any(getattr(header, f) is not None for f in fields):
            continue
        if all(getattr(header, f) in (None, getattr(known, f)) for f in fields):
            lines[i] = ""
    _repeated_heads(lines, info)
    for i, line in enumerate(lines):  # 要闻  1 cutting a sentence: the column's running head
        m = _SECTION_PAGE.match(line.strip())
        if m and _cuts_sentence(lines, i):
            info.section = info.section or m.group("section") or m.group("section2")
            info.number = info.number or int(m.group("num") or m.group("num2"))
            lines[i] = ""


def _repeated_heads(lines: list[str], info: Furniture) -> None:
    """A short line printed twice or more (要闻  澜州日报, 经济·社会, 城事 | 05) at column tops: the running
    head, of a section, the paper's name and the page number in any order."""
    counts: dict[str, int] = {}
    for line in lines:
        flat = line.strip()
        if flat:
            counts[flat] = counts.get(flat, 0) + 1
    for text, n in counts.items():
        parts = _running_parts(text) if n >= 2 else None
        if parts is None:
            continue
        paper, section, number = parts
        info.newspaper = info.newspaper or paper
        info.section = info.section or section
        info.number = info.number or number
        for i, line in enumerate(lines):
            if line.strip() == text:
                lines[i] = ""


def _running_parts(text: str) -> tuple[str | None, str | None, int | None] | None:
    """(paper, section, page) of a running head's words, or None when the line is anything else."""
    tokens = [t for t in re.split(r"[\s|｜]+", text) if t]
    if not 1 <= len(tokens) <= 3 or len(text) > 20:
        return None
    paper = section = number = None
    for token in tokens:
        if _CN_MASTHEAD.match(token) and paper is None:
            paper = token
        elif re.fullmatch(r"[A-Z]?\d{1,2}", token) and number is None:
            number = int(re.sub(r"\D", "", token))
        elif re.fullmatch(r"[\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{2,4})?", token) and section is None:
            section = token
        else:
            return None
    if not section or not (paper or number or "·" in section):
        return None  # a word alone printed twice may be a kicker or a role (本报记者): only 经济·社会 reads as a head
    return paper, section, number


_SECTION_PAGE = re.compile(r"^(?:(?P<section>[\u4e00-\u9fff·]{2,6})\s+(?P<num>\d{1,2})"
                           r"|(?P<num2>\d{1,2})\s+(?P<section2>[\u4e00-\u9fff·]{2,6}))$")


def _cuts_sentence(lines: list[str], i: int) -> bool:
    """Whether line i stands inside a word or number of running text (…各类经营主 / 要闻  1 / 体产权…)."""
    above = next((x.rstrip() for x in reversed(lines[:i]) if x.strip()), "")
    below = next((x for x in lines[i + 1:] if x.strip()), "")
    return bool(above and below) and (is_cjk(above[-1]) or above[-1].isdigit())


def _page_line(line: str) -> bool:
    """A line of the page's own furniture (its date, its credits), which no advert holds."""
    return _date_line(line) is not None or parse_credits(line.strip()) is not None
