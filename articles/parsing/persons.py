"""Person names in Chinese newspaper text, with the 职务 printed right before each.

    find_mentions(text) -> [PersonRef]   every mention, in order, with its position
    find_persons(text)  -> [PersonRef]   once per name, in order of first appearance

jieba segments and tags the text; the rules here then repair and judge its name guesses:
- a surname (single or compound) followed by one or two given-name characters is a candidate,
  also where jieba split it (`曹/火星`, `刘正/学`) or tagged it as something else;
- each candidate is weighed by how name-like its characters are (given-name character
  frequencies against ordinary-text frequencies), by jieba's own verdict, and by the context:
  a post word or byline role right before it, a verb of speech after it, a list of names;
- foreign names come from jieba's transliteration tags (nrt), joined across `·`;
- whitespace and line breaks inside a run of Chinese characters are ignored (`李 一`, `赖杨\n昊`).

Pure Python: no Django. `python -m articles.parsing.persons` reads lines from stdin and prints,
per line, a JSON array of {"name", "title"}.
"""
from __future__ import annotations

import json
import math
import re
import sys

import jieba
import jieba.posseg as pseg

from .page import PersonRef
from .persons_lexicon import (
    AMBIGUOUS_SURNAMES,
    COMPOUND_SURNAMES,
    FOREIGN_NON_PERSONS,
    JAPANESE_SURNAMES,
    SINGLE_SURNAMES,
    TRANSLIT_CHARS,
    given_char_counts,
    given_char_llr,
    surname_logp,
    text_char_counts,
)
from .titles import BYLINE_ROLES, TITLE_SUFFIXES, title_before, titles_compatible

jieba.setLogLevel(60)

_COMPOUND = set(COMPOUND_SURNAMES)
_SPACE_IN_CJK = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000\r\n]+(?=[\u4e00-\u9fff])")
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
_SHORT_LINE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")  # a line holding a name alone
_NAME_TAGS = {"nr", "nrfg", "nrt"}
_JOINERS = set("·•・．-－")

# Words right after a name that show it is a person.
RIGHT_CUES = set("""
说 表示 指出 强调 认为 介绍 告诉 说道 称 问 答 回忆 坦言 笑着说 感慨 透露 解释 提出 要求 希望 建议 主持 出席 会见
会晤 接见 看望 慰问 率领 带领 陪同 参加 讲话 致辞 发言 宣布 同志 先生 女士 小姐 教授 老师 夫妇 夫人 一行 本人
主席 总统 总理 首相 书记 总书记 委员长 部长 外长 大使 院长 局长 市长 省长 县长 区长 议长 总裁 董事长 经理 博士
同学 师傅 大夫 医生 老人 大爷 大妈 阿姨 等人 告诉记者 对记者 向记者 认真 则 曾 已 正在 今年 当选 获得 担任
""".split())
# Words right before a name that show it is a person (beside titles and byline roles).
LEFT_CUES = set("""
记者 通讯员 摄影 摄 责编 编辑 美编 校对 作者 文 图 主持人 村民 市民 居民 农民 工人 职工 学生 老人 同学 战士
演员 歌手 选手 球员 队员 网友 患者 老汉 大爷 大妈 阿姨 师傅 老师 先生 女士 妻子 丈夫 儿子 女儿 父亲 母亲
""".split())
# Characters and words after a candidate that mark an organisation, place or thing named after it.
ORG_AFTER = re.compile(
    r"^(?:公司|集团|大学|学院|中学|小学|学校|医院|银行|基金|研究院|研究所|协会|学会|委员会|办公室|中心|工作室|"
    r"纪念馆|故居|大道|路|街|广场|公园|大桥|桥|镇|村|乡|县|市|省|州|区|岛|港|湾|山|河|湖|江|杯|奖|号|报|队|"
    r"理论|思想|主义|体|式|牌|家族|王朝|时代|时期|年间|精神|现象|效应|定律|定理|模式|品牌|酒|茶|菜|庄|楼|堂|"
    r"站|厂|店|社|宫|寺|庙|塔|寨|坊|人|语|文|族|氏|星|巷|城|墓|陵|祠|碑|园|像|方|界|通道|铁路|公路|高速|能源|"
    r"汽车|科技|实业|股份|控股|居图|图|线|项目|工程|品牌|系列|牌|行动|计划|基地|平台|模式|小镇)"
)
# Given-name characters that are also very common words on their own: a name ending here
# after a split is unlikely.
_FUNCTION_CHARS = set("的了是在和与及或也都就又还从到把被让给对向为以于之其这那有无不没很更最等着过地得所个们"
                      "里上下中内外前后说道到将已被并而且但却则即乃因由此该每各某本它他她我你您")

# Characters a given name does not end with: the span runs into a place or organisation.
_PLACE_END = set("镇村乡县省州区队路街寨社厂店部局委办所馆站港湾岛桥寺庙宫殿塔场氏们家阁树茶球坪坝沟坡塘滩")
_SOFT_END = set("院校楼堂")
# Second characters that make a surname+char pair a word, not a name.
_BAD_SECOND = set()
# Endings of words that jieba keeps whole with a name inside (邓小平理论).
_SUFFIX_WORDS = re.compile(r"^(?:理论|思想|主义|同志|总理|主席|先生|女士)$")
_HONORIFICS = frozenset(("先生", "女士", "小姐", "老师", "老", "师傅", "大爷", "大娘", "大妈", "阿姨", "大姐", "大哥", "师傅",
               "总", "市长", "书记", "局长", "县长", "厂长", "经理", "主任", "校长", "院长", "部长", "处长", "所长",
               "外长", "教授", "医生", "大夫"))
_COMMON_SURNAMES = set(SINGLE_SURNAMES[:150]) - AMBIGUOUS_SURNAMES

_GLUED_AFTER = set("说称问答等曾则已")
_BOUNDARY = set("，。、；：！？）)”」』\n ,;:!?")

_THRESHOLD = 2.0


_PLACE_BEFORE = frozenset("在 到 赴 抵 抵达 访问 前往 飞往 来到 离开 途经 从 于 城市 首都 港口 小镇 地区 州 省 市".split())


def _before_place(toks: list[_Tok], i: int) -> bool:
    """Whether token i stands where a place does (在图卢兹, 荷兰鹿特丹, 城市哈斯科沃)."""
    if i == 0:
        return False
    prev = toks[i - 1]
    return prev.word in _PLACE_BEFORE or prev.word in FOREIGN_NON_PERSONS or prev.flag == "ns"


def _in_place_list(toks: list[_Tok], i: int, j: int) -> bool:
    """Whether tokens i..j-1 stand in a 、-list of places (奉节、云阳、巫溪等区县)."""
    if i >= 2 and toks[i - 1].word == "、" and toks[i - 2].flag in ("ns", "nt"):
        return True
    return j + 1 < len(toks) and toks[j].word == "、" and toks[j + 1].flag in ("ns", "nt")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _joinable(text: str, m: re.Match) -> bool:
    """Whitespace inside a name: a line break, or a space between two lone characters (李 一)."""
    gap = m.group()
    if "\n" in gap or "\r" in gap:
        before = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        nxt = text.find("\n", m.end())
        after = text[m.end():nxt if nxt >= 0 else len(text)]
        return not (_SHORT_LINE.match(before) or _SHORT_LINE.match(after))
    a, b = m.start(), m.end()
    left_alone = a < 2 or not _is_cjk(text[a - 2])
    right_alone = b + 1 >= len(text) or not _is_cjk(text[b + 1])
    return left_alone and right_alone


def _normalise(text: str) -> tuple[str, list[int]]:
    """Drop line breaks and name-spacing between Chinese characters; map kept chars to offsets."""
    out, where = [], []
    last = 0
    for m in _SPACE_IN_CJK.finditer(text):
        if not _joinable(text, m):
            continue
        out.append(text[last:m.start()])
        where.extend(range(last, m.start()))
        last = m.end()
    out.append(text[last:])
    where.extend(range(last, len(text)))
    return "".join(out), where


class _Model:
    """Cached numbers: surname priors and character ratios."""

    def __init__(self):
        jieba.initialize()
        self.freq = jieba.dt.FREQ
        tc, tt = text_char_counts()
        self.sur = {}
        for s, lp in surname_logp().items():
            ptext = sum(math.log((tc.get(ch, 0) + 50) / tt) for ch in s) / len(s)
            self.sur[s] = lp - ptext - (2.0 if s in AMBIGUOUS_SURNAMES else 0.0)
        self.given = given_char_llr()
        self.given_n = given_char_counts()[0]
        self.tags = pseg.dt.word_tag_tab

    def tag_of(self, word: str) -> str | None:
        return self.tags.get(word)

    def dict_freq(self, word: str) -> int:
        return self.freq.get(word, 0) or 0


_MODEL: _Model | None = None


def _model() -> _Model:
    global _MODEL
    if _MODEL is None:
        _MODEL = _Model()
    return _MODEL


def _surname_of(word: str) -> str | None:
    if len(word) >= 2 and word[:2] in _COMPOUND:
        return word[:2]
    if word and word[0] in _model().sur:
        return word[0]
    return None


def _translit_chars(word: str) -> bool:
    return bool(word) and all(ch in TRANSLIT_CHARS for ch in word)


def _is_translit(word: str) -> bool:
    """Written with transliteration characters, and not a country or city (荷兰, 荷兰人)."""
    if not word or not all(ch in TRANSLIT_CHARS for ch in word):
        return False
    return word not in FOREIGN_NON_PERSONS and word[:-1] not in FOREIGN_NON_PERSONS


class _Tok:
    __slots__ = ("word", "flag", "start", "end")

    def __init__(self, word, flag, start):
        self.word, self.flag, self.start, self.end = word, flag, start, start + len(word)


def _tokens(text: str) -> list[_Tok]:
    toks, pos = [], 0
    for pair in pseg.cut(text):
        if pair.word[:2] in _COMPOUND and text[:pos + 1].endswith(TITLE_SUFFIXES):
            # 处长孙立新 cut as 处处/长孙/立新: the 长 ends the post, 孙 starts the name
            toks.append(_Tok(pair.word[0], "n", pos))
            toks.append(_Tok(pair.word[1:], "nr", pos + 1))
            pos += len(pair.word)
            continue
        toks.append(_Tok(pair.word, pair.flag, pos))
        pos += len(pair.word)
    return toks


def _left_cue(text: str, start: int) -> float:
    before = text[max(0, start - 12):start].rstrip(" \u3000")
    if not before:
        return 0.0
    if before.endswith(TITLE_SUFFIXES) or BYLINE_ROLES.search(before):
        return 3.0
    for cue in LEFT_CUES:
        if before.endswith(cue):
            return 2.0
    return 0.0


def _right_cue(toks: list[_Tok], j: int, text: str, end: int) -> float:
    if j < len(toks):
        w = toks[j].word
        if w in RIGHT_CUES:
            return 2.0
        for k in (3, 2):
            if text[end:end + k] in RIGHT_CUES:
                return 2.0
    return 0.0


def _score_chinese(m: _Model, name: str, surname: str, toks: list[_Tok], i: int, j: int, cut: int) -> float:
    """How strongly name (tokens i..j-1, the last one cut after `cut` chars) reads as a person name."""
    given = name[len(surname):]
    s = m.sur.get(surname, -5.0)
    s += sum(m.given.get(ch, -4.0) for ch in given)
    if given[-1] in _FUNCTION_CHARS or (len(name) == 2 and given in _BAD_SECOND):
        s -= 4.0
    if given[-1] in _PLACE_END:
        return -99.0
    if given[-1] in _SOFT_END:
        s -= 3.0
    if len(given) == 1 and given == surname:
        s -= 4.0  # 殷殷, 苗苗: a reduplicated word
    if len(given) == 2:
        s += 1.0
    parts = toks[i:j]
    if len(parts) == 1 and cut:
        if len(parts[0].word) == len(name) + 1:
            return s + 2.5  # jieba glued the verb after the name to it (李秋说)
        return 6.0  # a known full name inside a word named after it (马克思主义)
    if len(parts) == 1 and not cut:
        tok = parts[0]
        f = m.dict_freq(tok.word)
        if tok.flag in ("nr", "nrfg"):
            if tok.flag == "nrfg" and f:
                s += 4.0  # jieba's dictionary has it as a full name
            elif f == 0:
                s += 4.0 if len(name) - len(surname) == 2 else 2.5
            elif len(name) == 3 or len(surname) == 2:
                s += 1.5 - 0.3 * math.log10(f + 1)
            else:
                s += 1.0 - 1.5 * math.log10(f + 1)
        elif f == 0:
            s += 1.5  # a word jieba's HMM made up that starts with a surname
        elif len(name) >= 3 and tok.flag in ("n", "nz", "t"):
            s -= 0.5 + 0.8 * math.log10(f + 1)
        else:
            s -= 1.0 + math.log10(f + 1)
        if min(m.given_n.get(ch, 0) for ch in given) < 600:
            s -= 3.0
        return s
    head = parts[0]
    hf = m.dict_freq(head.word)
    glued = head.flag in ("nr", "nrfg") and hf == 0 and len(head.word) == len(surname) + 1
    if head.flag in ("nr", "nrfg") and len(head.word) > len(surname):
        s += 2.0 if hf == 0 else 0.5
    if any(t.word in FOREIGN_NON_PERSONS for t in parts[1:]):
        s -= 4.0
    elif any(t.flag in ("ns", "nt") for t in parts[1:]):
        s -= 3.0
    if hf and head.flag in ("ns", "nt", "n", "v", "t", "a", "d", "vn", "m") and len(head.word) > len(surname):
        s -= 2.0
    elif len(head.word) == len(surname) and head.flag in ("v", "p", "c", "d", "m", "a", "t"):
        s -= 1.5
    for k, tok in enumerate(parts[1:], start=1):
        last = k == len(parts) - 1
        f = m.dict_freq(tok.word)
        if last and cut:
            # a name ending inside a word: only where jieba made that word up, or what is left is a word
            rest = tok.word[cut:]
            if f:
                s -= 0.3 * math.log10(f + 1)
            if glued:
                s += 1.5
            if f and (not m.dict_freq(rest) or (len(rest) == 1 and rest not in _FUNCTION_CHARS)):
                s -= 2.0
        elif len(tok.word) == 1:
            if glued:
                s += 2.5
            elif tok.flag in ("nr", "nrfg", "ng", "zg", "g", "nrt") or not f:
                s += 0.5
            elif tok.flag in ("v", "p", "c", "u", "d", "r", "uj", "ul", "y", "m", "q", "f", "a", "vn", "ad", "an"):
                s -= 1.0
        elif f:
            s -= 0.7 * math.log10(f + 1)
    return s


def _chinese_candidates(m: _Model, toks: list[_Tok], i: int):
    """(name, end token index, chars taken from the last token if cut inside it, else 0) at token i."""
    tok = toks[i]
    w = tok.word
    if not _CJK.match(w):
        return []
    out = []
    jp = next((w[:k] for k in (3, 2) if w[:k] in JAPANESE_SURNAMES), None)
    if jp:
        if len(w) == len(jp):
            out.append((w, i + 1, 0))
        elif len(w) - len(jp) <= 3 and tok.flag in _NAME_TAGS and not m.dict_freq(w):
            out.append((w, i + 1, 0))
        else:
            out.append((jp, i + 1, len(jp)))
        return [(n, j, c, jp) for n, j, c in out]
    sur = _surname_of(w)
    if not sur or (tok.flag in ("m", "q", "mq") and i > 0 and toks[i - 1].flag in ("m", "mq")):
        return []
    extra = len(w) - len(sur)
    nxt = toks[i + 1].word if i + 1 < len(toks) else ""
    nxt_cjk = bool(nxt) and _CJK.match(nxt) is not None
    if 2 <= extra <= 3 and w[-1] in _GLUED_AFTER and tok.flag in _NAME_TAGS and not m.dict_freq(w):
        out.append((w[:-1], i + 1, len(w) - 1))
    if 1 <= extra <= 2:
        out.append((w, i + 1, 0))
        if extra == 1 and nxt_cjk:
            if len(nxt) == 1:
                out.append((w + nxt, i + 2, 0))
            elif tok.flag in ("nr", "nrfg") and not m.dict_freq(w):
                out.append((w + nxt[0], i + 2, 1))
    elif extra == 0 and nxt_cjk:
        if len(nxt) <= 2:
            out.append((w + nxt, i + 2, 0))
            if len(nxt) == 1 and i + 2 < len(toks):
                nn = toks[i + 2].word
                if len(nn) == 1 and _CJK.match(nn):
                    out.append((w + nxt + nn, i + 3, 0))
    elif extra >= 3 and tok.flag in ("nr", "nrfg", "n", "nz") and _SUFFIX_WORDS.match(w[len(sur) + 2:]):
        # a thing named after a person that jieba keeps whole (邓小平理论): the name inside it
        head = w[:len(sur) + 2]
        if m.tag_of(head) in ("nr", "nrfg"):
            out.append((head, i + 1, len(head)))
    return [(n, j, c, sur) for n, j, c in out]


def _foreign(m: _Model, toks: list[_Tok], i: int) -> tuple[int, int, str, int] | None:
    """A transliterated name seeded at token i: (start, end, name, next token index)."""
    tok = toks[i]
    w = tok.word
    f = m.dict_freq(w)
    seed = _is_translit(w) and len(w) >= 2 and (
        tok.flag in _NAME_TAGS or f == 0 or (f < 100 and tok.flag in ("ns", "nz", "n")))
    if not seed or w in FOREIGN_NON_PERSONS:
        return None
    j = i + 1
    name = w
    end = tok.end
    while j < len(toks):
        nw = toks[j].word
        if nw in _JOINERS and j + 1 < len(toks) and _translit_chars(toks[j + 1].word):
            name += "·" + toks[j + 1].word
            end = toks[j + 1].end
            j += 2
            continue
        if _is_translit(nw) and (toks[j].flag in _NAME_TAGS or m.dict_freq(nw) < 50 or len(nw) == 1) \
                and nw not in FOREIGN_NON_PERSONS and nw not in _FUNCTION_CHARS:
            name += nw
            end = toks[j].end
            j += 1
            continue
        if not m.dict_freq(nw) and _CJK.match(nw):
            # jieba glued the name's last syllable to the next word (申是): take the syllables
            k = 0
            while k < len(nw) - 1 and nw[k] in TRANSLIT_CHARS:
                k += 1
            if k:
                name += nw[:k]
                end = toks[j].start + k
        break
    start = tok.start
    k = i - 1
    while k >= 0:
        pw = toks[k].word
        if pw in _JOINERS and k >= 1 and _translit_chars(toks[k - 1].word) and len(toks[k - 1].word) <= 4:
            name = toks[k - 1].word + "·" + name
            start = toks[k - 1].start
            k -= 2
            continue
        if _is_translit(pw) and (toks[k].flag in _NAME_TAGS or not m.dict_freq(pw) or len(pw) == 1) \
                and pw not in FOREIGN_NON_PERSONS and pw not in _FUNCTION_CHARS:
            name = pw + name
            start = toks[k].start
            k -= 1
            continue
        break
    if name in FOREIGN_NON_PERSONS or len(name.replace("·", "")) < 2:
        return None
    return start, end, name, j


def _honorific_surname(toks: list[_Tok], i: int, text: str) -> tuple[int, int, str] | None:
    """A surname alone before an honorific (王先生, 李老, 老于): the surname is the mention."""
    tok = toks[i]
    w = tok.word
    if len(w) >= 2 and w[0] in _COMMON_SURNAMES and w[1:] in _HONORIFICS:
        return tok.start, tok.start + 1, w[0]
    if len(w) == 2 and w[1] == "某" and w[0] in _COMMON_SURNAMES:
        return tok.start, tok.end, w
    if len(w) == 1 and w in _COMMON_SURNAMES and i + 1 < len(toks) and toks[i + 1].word == "某":
        return tok.start, toks[i + 1].end, w + "某"
    nxt = toks[i + 1].word if i + 1 < len(toks) else ""
    if len(w) == 1 and w in _COMMON_SURNAMES and nxt[:1] == "副" and nxt[1:] in _HONORIFICS:
        return tok.start, tok.end, w
    if len(w) == 1 and w in _COMMON_SURNAMES and i + 1 < len(toks) and toks[i + 1].word in _HONORIFICS \
            and (i == 0 or toks[i - 1].flag not in ("m", "mq", "q")):
        return tok.start, tok.end, w
    if w == "老" and i + 1 < len(toks) and len(toks[i + 1].word) == 1 and toks[i + 1].word in _COMMON_SURNAMES \
            and (i + 2 >= len(toks) or not _CJK.match(toks[i + 2].word) or toks[i + 2].word in RIGHT_CUES
                 or toks[i + 2].flag in ("uj", "v", "p", "c", "d")):
        return toks[i + 1].start, toks[i + 1].end, toks[i + 1].word
    return None


def find_mentions(text: str) -> list[PersonRef]:
    """Every person mention in text, in order: name, the title printed right before it, position."""
    if not text:
        return []
    m = _model()
    clean, where = _normalise(text)
    toks = _tokens(clean)
    found: list[tuple[int, int, str]] = []  # start, end, name
    i = 0
    while i < len(toks):
        tok = toks[i]
        if found and tok.start < found[-1][1]:
            i += 1
            continue
        fo = _foreign(m, toks, i)
        if fo is not None:
            start, end, name, j = fo
            ok = "·" in name or any(t.flag == "nrt" for t in toks[i:j]) or (
                len(name) >= 3 and any(t.flag in _NAME_TAGS for t in toks[i:j]))
            cue = _left_cue(clean, start) + _right_cue(toks, j, clean, end)
            ok = ok or cue > 0 or (start > 0 and clean[start - 1] == "、" and found and found[-1][1] == start - 1)
            if ok and not cue and (ORG_AFTER.match(clean[end:end + 3]) or "·" not in name and (
                    start > 0 and (_before_place(toks, i) or clean[start - 1] in "《“"))):
                ok = False
            if ok and (not found or start >= found[-1][1]):
                found.append((start, end, name))
                i = j
                continue
        hon = _honorific_surname(toks, i, clean)
        if hon is not None:
            found.append(hon)
            i += 1
            continue
        best = None
        for name, j, cut, sur in _chinese_candidates(m, toks, i):
            end = tok.start + len(name)
            if sur in JAPANESE_SURNAMES:
                s = 3.0 if len(name) > len(sur) else 1.0
            else:
                s = _score_chinese(m, name, sur, toks, i, j, cut)
            left = _left_cue(clean, tok.start)
            s += left
            if left >= 3.0 and not cut and j == i + 1 and len(tok.word) == len(name) and sur in _COMMON_SURNAMES \
                    and (tok.flag in ("nr", "nrfg", "nrt", "ns", "nz") or not m.dict_freq(tok.word)) \
                    and name[-1] not in _FUNCTION_CHARS and name[-1] not in _PLACE_END:
                s = max(s, _THRESHOLD + 0.5)  # a post word or byline role right before a whole word
            if tok.start > 0 and clean[tok.start - 1] in "、 \u3000" and found and found[-1][1] == tok.start - 1:
                s += 2.0
            s += _right_cue(toks, j, clean, end) if not cut else (2.0 if clean[end:end + 1] in "、，。" else 0.0)
            if end >= len(clean) or clean[end] in _BOUNDARY:
                s += 1.0
                if (tok.start == 0 or clean[tok.start - 1] == "\n") and (end >= len(clean) or clean[end] == "\n"):
                    s += 2.0  # a name standing on a line of its own
            if _in_place_list(toks, i, j):
                s -= 4.0
            if ORG_AFTER.match(clean[end:end + 3]):
                s -= 2.5
            if best is None or s > best[0]:
                best = (s, name, j, end, cut)
        if best is not None and best[0] >= _THRESHOLD + (0.5 if len(best[1]) == 2 else 0.0) \
                and best[1] not in FOREIGN_NON_PERSONS:
            s, name, j, end, cut = best
            found.append((tok.start, end, name))
            i = j - 1 if cut and end < toks[j - 1].end else j
            continue
        i += 1
    out = []
    floor = 0
    for start, end, name in found:
        title = title_before(clean, start, floor)
        out.append(PersonRef(name=name, title=title, position=where[start] if start < len(where) else start))
        floor = end
    return out


def find_persons(text: str) -> list[PersonRef]:
    """Each person once, in order of first appearance, with the first title seen for them.

    The same name printed with a clearly different post is another person (two 处长 of one
    name in different bureaus) and is listed again.
    """
    persons: dict[str, list[PersonRef]] = {}
    out: list[PersonRef] = []
    for ref in find_mentions(text):
        same = persons.setdefault(ref.name, [])
        have = next((p for p in same if titles_compatible(p.title, ref.title)), None)
        if have is None:
            have = PersonRef(name=ref.name, title=ref.title, position=ref.position)
            same.append(have)
            out.append(have)
        elif have.title is None and ref.title:
            have.title = ref.title
    return out


def mentions_as_json(line: str) -> str:
    """One line of the extractor's stdin/stdout protocol: a JSON array of {"name", "title"}."""
    refs = find_mentions(line.rstrip("\r\n"))
    return json.dumps([{"name": r.name, "title": r.title} for r in refs], ensure_ascii=False)


def warm_up() -> None:
    """Load jieba's dictionary and the character tables (done once, before the first line)."""
    _model()


def main(stdin=None, stdout=None) -> int:
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    warm_up()
    for line in stdin:
        stdout.write(mentions_as_json(line) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
