"""Chinese names: candidates (a surname and one or two given-name characters, also across
jieba's splits) and their score, and a surname alone before an honorific (王先生, 老于).
"""
from __future__ import annotations

import math
import re

from .cues import FUNCTION_CHARS, NAME_OR_PLACE_END, ORG_AFTER, PLACE_END, RIGHT_CUES, SOFT_END
from .lexicon import AMBIGUOUS_SURNAMES, FOREIGN_NON_PERSONS, JAPANESE_SURNAMES, SINGLE_SURNAMES
from .stats import COMMON_SURNAMES, NAME_TAGS, NameStats, surname_of
from .text import CJK, Tok

# Endings of words that jieba keeps whole with a name inside (邓小平理论).
_SUFFIX_WORDS = re.compile(r"^(?:理论|思想|主义|同志|总理|主席|先生|女士)$")
# Words after a bare surname that make it a mention (王先生, 李总, 赵局长).
HONORIFICS = frozenset(("先生", "女士", "小姐", "老师", "老", "师傅", "大爷", "大娘", "大妈", "阿姨", "大姐", "大哥",
                        "总", "市长", "书记", "局长", "县长", "厂长", "经理", "主任", "校长", "院长", "部长", "处长", "所长",
                        "外长", "教授", "医生", "大夫", "主席", "总理", "委员长", "总统", "首相", "司令", "司令员",
                        "政委", "省长", "区长", "镇长", "乡长", "村长", "队长", "科长", "主编", "董事长", "总经理",
                        "行长", "会长", "社长", "站长", "馆长", "团长", "军长", "师长", "连长", "排长", "班长",
                        "组长", "参谋长", "大使", "秘书长", "总编", "老板"))
# Forms of address by age or trade (韦大爷, 李阿姨): the surname before them is no name (page-json:
# honorifics are not names, a bare surname is not a full name).
FOLK_ADDRESS = frozenset(("大爷", "大娘", "大妈", "阿姨", "大姐", "大哥", "师傅"))
# Surnames that, alone as a token before an honorific, are taken as a mention (项/市长).
_TITLED_SURNAMES = frozenset(ch for ch in SINGLE_SURNAMES if ch not in AMBIGUOUS_SURNAMES)
_ALL_SURNAMES = frozenset(SINGLE_SURNAMES)
# Surnames that are also measure words (一张纸, 这支队伍, 两位代表), and what counts before them.
MEASURE_SURNAMES = frozenset("张支位项门封席盘包管车段连班")
_COUNTING = frozenset(("这", "那", "哪", "每", "该", "此", "某", "各", "整", "几", "两", "数", "多", "半", "头", "上", "下"))
# Characters jieba glues to the end of a name it made up (李秋说).
_GLUED_AFTER = set("说称问答等曾则已")


def score_chinese(m: NameStats, name: str, surname: str, toks: list[Tok], i: int, j: int, cut: int) -> float:
    """How strongly name (tokens i..j-1, the last one cut after `cut` chars) reads as a person name."""
    given = name[len(surname):]
    s = m.sur.get(surname, -5.0)
    s += sum(m.given.get(ch, -4.0) for ch in given)
    if given in HONORIFICS:
        return -99.0  # 李阿姨, 王先生: a surname and a form of address
    if given[-1] in FUNCTION_CHARS:
        s -= 4.0
    if given[-1] in PLACE_END:
        whole_guess = j == i + 1 and not cut and toks[i].flag in ("nr", "nrfg") and len(toks[i].word) == len(name) \
            and len(given) == 2 and not m.dict_freq(name)
        if given[-1] not in NAME_OR_PLACE_END or not whole_guess:
            return -99.0
        s -= 3.0
    if given[-1] in SOFT_END:
        s -= 3.0
    if len(given) == 1 and given == surname:
        s -= 4.0  # 殷殷, 苗苗: a reduplicated word
    elif len(given) == 2 and given[-1] == surname:
        s -= 3.0  # 以武养武, 面对面: the surname character again closes a phrase
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
        elif len(name) == 3 and len(surname) == 1 and not m.dict_freq(given) and tok.flag in ("n", "nz", "t", "i", "l"):
            s += 1.0 - 0.3 * math.log10(f + 1)  # a full name in jieba's dictionary, under another tag
        elif len(name) >= 3 and tok.flag in ("n", "nz", "t"):
            s -= 0.5 + 0.8 * math.log10(f + 1)
        else:
            s -= 1.0 + math.log10(f + 1)
            if len(name) == 2 and tok.flag in ("v", "a", "d", "ad", "vn", "an", "c", "p"):
                s -= 2.0  # a verb or adjective jieba's dictionary holds (揭晓)
        if f and len(name) == 3 and len(surname) == 1 and m.dict_freq(name[:2]) >= 20:
            s -= 2.5  # a dictionary word built on a word (农家/乐, 马兰/花): a compound, not a name
        known = f and len(name) == 3 and len(surname) == 1 and not m.dict_freq(given) and (
            tok.flag in ("nr", "nrfg", "t"))  # a full name jieba's dictionary holds (周恩来/t)
        if min(m.given_n.get(ch, 0) for ch in given) < 600 and not known:
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
        s -= 3.5 if head.flag == "t" else 2.0  # 周二/晚: a time word
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
                if f >= 1000 and not set(rest) & FUNCTION_CHARS:
                    s -= 2.0  # the last given character starts a common word (尹莉/明白)
            if glued:
                s += 1.5
            if f and (not m.dict_freq(rest) or (len(rest) == 1 and rest not in FUNCTION_CHARS)):
                s -= 2.0
            if f and len(tok.word) >= 3:
                s -= 2.5  # the last given character would break a dictionary word (华晟/新能源, 马钢/克服困难)
        elif len(tok.word) == 1:
            if glued:
                s += 2.5
            elif tok.flag in ("nr", "nrfg", "ng", "zg", "g", "nrt") or not f:
                s += 0.5
            elif tok.flag in ("v", "p", "c", "u", "d", "r", "uj", "ul", "y", "m", "q", "f", "a", "vn", "ad", "an", "tg"):
                s -= 1.0
                if hf and head.flag in ("nr", "nrfg") and len(head.word) == len(surname) + 1 and f >= 1000:
                    s -= 1.5  # a two-character name jieba knows, then a common verb (张骞/乘)
        elif f:
            s -= 0.7 * math.log10(f + 1)
    return s


def _japanese_given(m: NameStats, word: str, rest: str) -> bool:
    """A token jieba's dictionary holds whole, a Japanese surname and then a given name, not a word
    (东条英机, 桥本龙太郎; not 丰田汽车)."""
    return len(rest) >= 2 and (m.tag_of(rest) in NAME_TAGS or (m.dict_freq(word) > 0 and m.dict_freq(rest) < 50))


def _japanese_given_after(m: NameStats, toks: list[Tok], k: int) -> tuple[str, int]:
    """A given name in the tokens from k on, after a Japanese surname token: (given name, next index)."""
    if k >= len(toks):
        return "", k
    nxt = toks[k]
    w = nxt.word
    if len(w) == 1 and k + 1 < len(toks) and len(toks[k + 1].word) == 1:
        pair = w + toks[k + 1].word
        if CJK.match(pair) and not set(pair) & FUNCTION_CHARS and not m.dict_freq(pair):
            return pair, k + 2
    if len(w) not in (2, 3) or not CJK.match(w) or ORG_AFTER.match(w):
        return "", k
    cue_after = k + 1 < len(toks) and toks[k + 1].word in RIGHT_CUES and m.dict_freq(w) < 5000
    if nxt.flag in NAME_TAGS or not m.dict_freq(w) or cue_after:
        return w, k + 1
    return "", k


def chinese_candidates(m: NameStats, toks: list[Tok], i: int):
    """(name, end token index, chars taken from the last token if cut inside it, else 0) at token i."""
    tok = toks[i]
    w = tok.word
    if not CJK.match(w):
        return []
    out = []
    jp = next((w[:k] for k in (3, 2) if w[:k] in JAPANESE_SURNAMES), None)
    if jp:
        rest = w[len(jp):]
        if not rest:
            out.append((w, i + 1, 0))
            given, j = _japanese_given_after(m, toks, i + 1)
            if given and (tok.flag in NAME_TAGS or m.dict_freq(w) < 500):  # not 清水 (clear water)
                out.append((w + given, j, 0))  # 久间/章生, 武村/正义说, 西村/健/一: surname + given name
        elif len(rest) <= 3 and rest[-1] not in PLACE_END and (
                (tok.flag in NAME_TAGS and not m.dict_freq(w)) or _japanese_given(m, w, rest)):
            out.append((w, i + 1, 0))  # 东条英机, 桥本龙太郎: jieba keeps the full name whole
        else:
            out.append((jp, i + 1, len(jp)))
        return [(n, j, c, jp) for n, j, c in out]
    sur = surname_of(w)
    if not sur or (tok.flag in ("m", "q", "mq") and i > 0 and toks[i - 1].flag in ("m", "mq")):
        return []
    if sur in MEASURE_SURNAMES and i > 0 and toks[i - 1].end == tok.start and (
            toks[i - 1].flag in ("m", "mq") or toks[i - 1].word in _COUNTING):
        return []  # a measure word after a number or 这/那 (3张卫星图片, 那张小巧的门票)
    extra = len(w) - len(sur)
    nxt = toks[i + 1].word if i + 1 < len(toks) else ""
    nxt_cjk = bool(nxt) and CJK.match(nxt) is not None
    if 2 <= extra <= 3 and w[-1] in _GLUED_AFTER and tok.flag in NAME_TAGS and not m.dict_freq(w):
        out.append((w[:-1], i + 1, len(w) - 1))
    if extra <= 1 and nxt_cjk and len(nxt) == 2 and nxt[1] in _GLUED_AFTER and nxt[0] not in FUNCTION_CHARS:
        out.append((w + nxt[0], i + 2, 1))  # jieba glued the verb to the last given character (李鹏/程说, 孙/三等)
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
                if len(nn) == 1 and CJK.match(nn):
                    out.append((w + nxt + nn, i + 3, 0))
    elif extra >= 3 and tok.flag in ("nr", "nrfg", "n", "nz") and _SUFFIX_WORDS.match(w[len(sur) + 2:]):
        # a thing named after a person that jieba keeps whole (邓小平理论): the name inside it
        head = w[:len(sur) + 2]
        if m.tag_of(head) in ("nr", "nrfg"):
            out.append((head, i + 1, len(head)))
    return [(n, j, c, sur) for n, j, c in out]


def _dict_freq(word: str) -> int:
    from .stats import name_stats

    return name_stats().dict_freq(word)


def honorific_surname(toks: list[Tok], i: int, text: str) -> tuple[int, int, str] | None:
    """A surname alone before an honorific (王先生, 李老, 老于): the surname is the mention."""
    tok = toks[i]
    w = tok.word
    if len(w) >= 2 and w[0] in COMMON_SURNAMES and w[1:] in HONORIFICS and w[1:] not in FOLK_ADDRESS:
        return tok.start, tok.start + 1, w[0]
    if len(w) == 2 and w[1] == "某" and w[0] in COMMON_SURNAMES:
        return tok.start, tok.end, w
    if len(w) == 1 and w in COMMON_SURNAMES and i + 1 < len(toks) and toks[i + 1].word == "某":
        return tok.start, toks[i + 1].end, w + "某"
    nxt = toks[i + 1].word if i + 1 < len(toks) else ""
    post = nxt[1:] if nxt[:1] == "副" else nxt
    if len(w) == 1 and w in COMMON_SURNAMES and nxt[:1] == "副" and nxt[1:] in HONORIFICS:
        return tok.start, tok.end, w
    if len(w) == 1 and w in _ALL_SURNAMES and post in HONORIFICS and post not in FOLK_ADDRESS and post != "总" \
            and (tok.start == 0 or text[tok.start - 1] in "，。；：！？“\n") and i + 2 < len(toks) \
            and toks[i + 2].flag in ("v", "d", "p", "c", "vn"):
        return tok.start, tok.end, w  # at the start of a clause, a surname, a post, then a verb (金教授连忙, 常副局长表示)
    if len(w) == 1 and w in _TITLED_SURNAMES and i + 1 < len(toks) and toks[i + 1].word in HONORIFICS \
            and toks[i + 1].word not in FOLK_ADDRESS \
            and toks[i + 1].word[0] != w and (i == 0 or toks[i - 1].flag not in ("m", "mq", "q")):
        return tok.start, tok.end, w
    if len(w) == 2 and w[0] == "老" and w[1] in _ALL_SURNAMES and (
            tok.flag in NAME_TAGS or not _dict_freq(w)):
        return tok.start + 1, tok.end, w[1]  # 老于 kept whole by jieba: the surname is the mention
    if w == "老" and i + 1 < len(toks) and len(toks[i + 1].word) == 1 and toks[i + 1].word in _ALL_SURNAMES \
            and not _dict_freq(w + toks[i + 1].word) \
            and (i + 2 >= len(toks) or not CJK.match(toks[i + 2].word) or toks[i + 2].word in RIGHT_CUES
                 or toks[i + 2].flag in ("uj", "v", "p", "c", "d")):
        return toks[i + 1].start, toks[i + 1].end, toks[i + 1].word
    return None
