"""The walk over jieba's tokens that finds person mentions, and the per-person list.

At each token the finder tries, in order: a foreign name (`foreign`), a surname before an
honorific (`chinese.honorific_surname`), the best-scoring Chinese candidate (`chinese`, weighed
in its context), and a transliterated name jieba cut into pieces (`foreign.translit_run`).
"""
from __future__ import annotations

import json
import re

from ..page import PersonRef
from .chinese import chinese_candidates, honorific_surname, score_chinese
from .cues import RIGHT_CUES, BOUNDARY, FUNCTION_CHARS, ORG_AFTER, PLACE_END, before_place, in_place_list, left_cue, right_cue
from .foreign import foreign_name, translit_run
from .lexicon import FOREIGN_NON_PERSONS, JAPANESE_SURNAMES
from .posts import ends_with_credit_role, title_before, titles_compatible
from .stats import COMMON_SURNAMES, NAME_TAGS, name_stats
from .text import CJK, normalise, tokens

THRESHOLD = 2.0
DATELINE = re.compile(r"[\d０-９]{1,2}月[\d０-９]{1,2}日(?:电|讯)")  # 本报德国X5月27日电: a place
# 等4个村庄, 西亚等大、中城市, 、彭水、梁平等区县: a list of places ends here
PLACES_AFTER = re.compile(r"(?:(?:、[\u4e00-\u9fff]{2,4})+|[\u4e00-\u9fff]{0,3})等(?:[\d一二三四五六七八九十几数多]+个)?"
                          r"(?:大、中|大中)?(?:城市|村庄|村落|地区|省份|城镇|乡镇|港口|岛屿|国家和地区|区县|县区|区市县|"
                          r"市县|县市|省区市|省市|街镇|镇街|村镇|国家)")
PLACE_UNITS = frozenset("镇村乡县省州市区港")
SPEECH_AFTER = re.compile(r"(?:说|表示|指出|强调|认为|宣布|透露|回答说|告诉记者)[，：:。“]")


def _part_of_quoted_phrase(clean: str, start: int, end: int) -> bool:
    """Whether start..end is only a part of a short quoted phrase (“智融惠畅”, “富春山居图”): a slogan or a
    title, not a name."""
    q = clean.rfind("“", max(0, start - 8), start + 1)
    if q < 0 or "”" in clean[q:start]:
        return False
    close = clean.find("”", end, end + 9)
    if close < 0:
        return False
    inner = clean[q + 1:close]
    return len(inner) > end - start and CJK.match(inner.replace("、", "").replace("，", "")) is not None


# what is named after a person is no person (卢作孚纪念馆, X中学)
NAMED_AFTER = re.compile(r"纪念馆|纪念堂|故居|陵园|公司|集团|大学|学院|中学|小学|医院|银行|基金会|研究院|研究所|"
                         r"两地|三地|快速通道|快速路|指数|太空中心|航天中心|俱乐部|体育俱乐部|汽车公司|农庄|林场")
# after a foreign name: a disease or a law of nature named after the person
FOREIGN_THING_AFTER = re.compile(r"病|症|综合征|定律|定理|效应|方程|常数|半径")
# a quoted word followed by one of these is the name of a campaign or a thing (“夏安”行动)
QUOTED_THING = re.compile(r"行动|工程|计划|品牌|系列|项目|模式|活动|专项|杯|奖|号|牌|精神|经验")
# 、 or ， then another four-character phrase: a series of set phrases, not of names
PARALLEL_FOUR = re.compile(r"[、，][\u4e00-\u9fff]{4}[、，。；！]")


def _place_or_thing(clean: str, toks, i: int, j: int, start: int, end: int, cut: int) -> float:
    """How much the surroundings say the candidate is a place, an institution or a thing."""
    weight = 0.0
    if PLACES_AFTER.match(clean, end) and (clean[end:end + 1] in "、等"):
        weight += 8.0
    if NAMED_AFTER.match(clean, end):
        weight += 8.0
    if end - start == 2 and start > 0 and clean[start - 1] in "（(" and clean[end:end + 1] in "）)" and i >= 2 \
            and toks[i - 2].flag == "ns" and toks[i - 2].end == start - 1:
        weight += 4.0  # 重庆（荣昌）: a district named after its city
    if start > 0 and clean[start - 1] == "“" and clean[end:end + 1] == "”" and QUOTED_THING.match(clean, end + 1):
        weight += 4.0
    if not cut and j == i + 2 and len(toks[i].word) == 1 and toks[i + 1].flag == "q" and len(toks[i + 1].word) == 1:
        weight += 2.0  # a noun and its measure word (楼/栋)
    if end - start == 2 and start >= 2 and CJK.match(clean[start - 2:start]) and not left_cue(clean, start) and (
            PARALLEL_FOUR.match(clean, end) or start >= 7 and clean[start - 3] == "、" and CJK.match(clean[start - 7:start - 3])):
        weight += 2.0  # the second half of a four-character phrase in a series (精准施策、靶向发力)
    return weight


def find_mentions(text: str, paragraphs: bool = False) -> list[PersonRef]:
    """Every person mention in text, in order: name, the title printed right before it, position."""
    if not text:
        return []
    m = name_stats()
    clean, where = normalise(text, paragraphs)
    toks = tokens(clean)
    found: list[tuple[int, int, str]] = []  # start, end, name
    i = 0
    while i < len(toks):
        tok = toks[i]
        if found and tok.start < found[-1][1]:
            i += 1
            continue
        fo = foreign_name(m, toks, i)
        if fo is not None and fo[3] == i + 1 and tok.flag in ("nr", "nrfg") and tok.word[0] in COMMON_SURNAMES \
                and fo[3] < len(toks) and len(toks[fo[3]].word) == 1 and toks[fo[3]].flag in ("x", "ng", "g", "zg") \
                and CJK.match(toks[fo[3]].word) and toks[fo[3]].word not in FUNCTION_CHARS:
            fo = None  # a Chinese surname and given name, then a character jieba left alone (温雅/婷)
        if fo is not None:
            start, end, name, j = fo
            ok = "·" in name or any(t.flag == "nrt" for t in toks[i:j]) or (
                len(name) >= 3 and any(t.flag in NAME_TAGS for t in toks[i:j]))
            cue = left_cue(clean, start) + right_cue(toks, j, clean, end)
            ok = ok or cue > 0 or (start > 0 and clean[start - 1] == "、" and found and found[-1][1] == start - 1)
            if ok and not cue and (ORG_AFTER.match(clean[end:end + 3]) or PLACES_AFTER.match(clean, end) or (
                    j < len(toks) and toks[j].flag == "ns" and toks[j].word[-1] in PLACE_UNITS) or "·" not in name and (
                    start > 0 and (before_place(toks, next(k for k in range(i, -1, -1) if toks[k].start <= start)) or clean[start - 1] in "《“"))):
                ok = False
            if ok and (NAMED_AFTER.match(clean, end) or FOREIGN_THING_AFTER.match(clean, end)):
                ok = False  # 葛兰素·威康公司, 阿尔茨海默病: named after a person
            if ok and (not found or start >= found[-1][1]):
                found.append((start, end, name))
                i = j
                continue
        hon = honorific_surname(toks, i, clean)
        if hon is not None:
            found.append(hon)
            i += 1
            continue
        best = None
        for name, j, cut, sur in chinese_candidates(m, toks, i):
            end = tok.start + len(name)
            if sur in JAPANESE_SURNAMES:
                s = 3.0 if len(name) > len(sur) else 1.0
            else:
                s = score_chinese(m, name, sur, toks, i, j, cut)
            left = left_cue(clean, tok.start)
            if left and found and 0 < tok.start - found[-1][1] <= 5 and CJK.match(clean[found[-1][1]:tok.start]) \
                    and not ends_with_credit_role(clean[found[-1][1]:tok.start]):
                left = 0.0  # the post word is written after the name before it (习近平总书记/殷殷嘱托)
            s += left
            if left >= 3.0 and not cut and j == i + 1 and len(tok.word) == len(name) and sur in COMMON_SURNAMES \
                    and (tok.flag in ("nr", "nrfg", "nrt", "ns", "nz") or not m.dict_freq(tok.word)) \
                    and name[-1] not in FUNCTION_CHARS and name[-1] not in PLACE_END:
                s = max(s, THRESHOLD + 0.5)  # a post word or byline role right before a whole word
            if tok.start > 0 and clean[tok.start - 1] in "、 \u3000" and found and found[-1][1] == tok.start - 1:
                s += 2.0
                if clean[end:end + 1] in "、，。；":
                    s += 2.0  # a list of names: this one runs up to the next separator (徐起超、沈求我，)
            if clean[end:end + 1] == "、" and j + 1 < len(toks) and toks[j].start == end \
                    and toks[j + 1].flag in ("nr", "nrfg") and 2 <= len(toks[j + 1].word) <= 4 \
                    and not m.dict_freq(toks[j + 1].word):
                s += 2.0  # the first of a list of names (余国东、焦兴涛)
            if not cut and j + 1 < len(toks) and len(toks[j].word) == 1 and CJK.match(toks[j].word) \
                    and toks[j].word not in FUNCTION_CHARS and toks[j + 1].word in ("、", "，"):
                s -= 2.0  # a lone character would be left before the comma (余国/东、)
            s += right_cue(toks, j, clean, end) if not cut else (2.0 if clean[end:end + 1] in "、，。" else 0.0)
            if not cut and (tok.start == 0 or clean[tok.start - 1] in "，。；：！？“\n") and SPEECH_AFTER.match(clean, end):
                s += 4.0  # the subject of a clause that says something (罗干说，…)
            if end >= len(clean) or clean[end] in BOUNDARY:
                s += 1.0
                if left >= 3.0 and not cut and (end >= len(clean) or clean[end] in "：:，\n"):
                    s += 2.5  # all that stands between a post word and the punctuation (党委书记向东海：)
                if (tok.start == 0 or clean[tok.start - 1] == "\n") and (end >= len(clean) or clean[end] == "\n"):
                    s += 2.0  # a name standing on a line of its own
            if i > 0 and toks[i - 1].flag == "m" and toks[i - 1].end == tok.start and CJK.match(toks[i - 1].word) \
                    and not left:
                s -= 2.0  # after a quantity word (半点马虎, 一些): a thing or a quality, not a person
            if len(name) == 2 and not cut and not left and j + 1 < len(toks) and len(toks[j].word) == 1 \
                    and toks[j].flag in ("vn", "n", "ng") and toks[j].word not in RIGHT_CUES \
                    and CJK.match(toks[j + 1].word):
                s -= 2.0  # a run of one-character abbreviations (农/文/旅融合): a phrase, not a name
            if i > 0 and toks[i - 1].word in FOREIGN_NON_PERSONS and toks[i - 1].end == tok.start \
                    and not left and m.dict_freq(name) and not cut and j == i + 1:
                s -= 3.0  # a word jieba knows right after a country or city: a city (荷兰/鹿特丹)
            if _part_of_quoted_phrase(clean, tok.start, end):
                s -= 5.0
            s -= _place_or_thing(clean, toks, i, j, tok.start, end, cut)
            if in_place_list(toks, i, j) or DATELINE.match(clean, end):
                s -= 4.0
            if ORG_AFTER.match(clean[end:end + 3]):
                s -= 2.5
                if j < len(toks) and toks[j].word in PLACE_UNITS and toks[j].start == end:
                    s -= 4.0  # a place unit standing as its own word after it (甘棠/镇)
            if best is None or s > best[0]:
                best = (s, name, j, end, cut)
        if best is not None and best[0] >= THRESHOLD + (0.5 if len(best[1]) == 2 else 0.0) \
                and best[1] not in FOREIGN_NON_PERSONS:
            s, name, j, end, cut = best
            found.append((tok.start, end, name))
            i = j - 1 if cut and end < toks[j - 1].end else j
            continue
        run = translit_run(m, toks, i) if tok.flag not in ("ns", "nt") else None
        if run is not None and (left_cue(clean, run[0]) >= 3.0 or right_cue(toks, run[3], clean, run[1])) \
                and not (run[0] > 0 and before_place(toks, i)) and (not found or run[0] >= found[-1][1]):
            found.append(run[:3])  # a transliterated name jieba cut into pieces (总理素/帕/猜)
            i = run[3]
            continue
        i += 1
    out = []
    floor = 0
    for start, end, name in found:
        title = title_before(clean, start, floor)
        out.append(PersonRef(name=name, title=title, position=where[start] if start < len(where) else start))
        floor = end
    return out


def find_persons(text: str, paragraphs: bool = False) -> list[PersonRef]:
    """Each person once, in order of first appearance, with the first title seen for them.

    The same name printed with a clearly different post is another person (two 处长 of one
    name in different bureaus) and is listed again.
    """
    persons: dict[str, list[PersonRef]] = {}
    out: list[PersonRef] = []
    mentions = find_mentions(text, paragraphs)
    full = [r.name for r in mentions if "·" in r.name]
    for ref in mentions:
        if len(ref.name) == 1 or _short_for(ref.name, full):
            continue  # a bare surname (张女士, 钟医生) is no full name; 米洛舍维奇 after 伊万娜·米洛舍维奇 is the same person
        same = persons.setdefault(ref.name, [])
        have = next((p for p in same if titles_compatible(p.title, ref.title)), None)
        if have is None:
            have = PersonRef(name=ref.name, title=ref.title, position=ref.position)
            same.append(have)
            out.append(have)
        elif have.title is None and ref.title:
            have.title = ref.title
    return out


def _short_for(name: str, full: list[str]) -> bool:
    """Whether `name` is the last part of a foreign name written with · in the same text."""
    return "·" not in name and any(f.endswith("·" + name) for f in full)


def mentions_as_json(line: str) -> str:
    """One line of the extractor's stdin/stdout protocol: a JSON array of {"name", "title"}."""
    refs = find_mentions(line.rstrip("\r\n"))
    return json.dumps([{"name": r.name, "title": r.title} for r in refs], ensure_ascii=False)


def warm_up() -> None:
    """Load jieba's dictionary and the character tables (done once, before the first line)."""
    name_stats()
