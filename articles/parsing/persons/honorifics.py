"""A surname alone before an honorific or a post (王先生, 李老, 老于, 项市长): the surname is the mention."""
from __future__ import annotations

from .cues import RIGHT_CUES, opens_clause
from .lexicon import AMBIGUOUS_SURNAMES, SINGLE_SURNAMES
from .stats import COMMON_SURNAMES, NAME_TAGS, NameStats
from .text import CJK, Span, Tok

# Words after a bare surname that make it a mention (王先生, 李总, 赵局长).
HONORIFICS = frozenset(("先生", "女士", "小姐", "老师", "老", "师傅", "大爷", "大娘", "大妈", "阿姨", "大姐", "大哥",
                        "总", "市长", "书记", "局长", "县长", "厂长", "经理", "主任", "校长", "院长",
                        "部长", "处长", "所长",
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


def honorific_surname(m: NameStats, toks: list[Tok], i: int, text: str) -> Span | None:
    """The surname at token i when an honorific or a post follows it, or 某 (李某), or 老 stands before it."""
    tok = toks[i]
    w = tok.word
    if len(w) >= 2 and w[0] in COMMON_SURNAMES and w[1:] in HONORIFICS and w[1:] not in FOLK_ADDRESS:
        return Span(tok.start, tok.start + 1, w[0])
    if len(w) == 2 and w[1] == "某" and w[0] in COMMON_SURNAMES:
        return Span(tok.start, tok.end, w)
    if len(w) == 1 and w in COMMON_SURNAMES and i + 1 < len(toks) and toks[i + 1].word == "某":
        return Span(tok.start, toks[i + 1].end, w + "某")
    if len(w) == 1 and _post_follows(toks, i, text):
        return Span(tok.start, tok.end, w)
    return _after_lao(m, toks, i)


def _post_follows(toks: list[Tok], i: int, text: str) -> bool:
    """Whether the one-character surname at token i is followed by an honorific or post word."""
    w = toks[i].word
    nxt = toks[i + 1].word if i + 1 < len(toks) else ""
    post = nxt[1:] if nxt[:1] == "副" else nxt
    if w in COMMON_SURNAMES and nxt[:1] == "副" and nxt[1:] in HONORIFICS:
        return True
    if w in _ALL_SURNAMES and post in HONORIFICS and post not in FOLK_ADDRESS and post != "总" \
            and opens_clause(text, toks[i].start) and i + 2 < len(toks) \
            and toks[i + 2].flag in ("v", "d", "p", "c", "vn"):
        return True  # at the start of a clause, a surname, a post, then a verb (金教授连忙, 常副局长表示)
    return w in _TITLED_SURNAMES and i + 1 < len(toks) and toks[i + 1].word in HONORIFICS \
        and toks[i + 1].word not in FOLK_ADDRESS \
        and toks[i + 1].word[0] != w and (i == 0 or toks[i - 1].flag not in ("m", "mq", "q"))


def _after_lao(m: NameStats, toks: list[Tok], i: int) -> Span | None:
    """老 and a surname (老于), kept whole by jieba or as two tokens: the surname is the mention."""
    tok = toks[i]
    w = tok.word
    if len(w) == 2 and w[0] == "老" and w[1] in _ALL_SURNAMES and (
            tok.flag in NAME_TAGS or not m.dict_freq(w)):
        return Span(tok.start + 1, tok.end, w[1])
    if w == "老" and i + 1 < len(toks) and len(toks[i + 1].word) == 1 and toks[i + 1].word in _ALL_SURNAMES \
            and not m.dict_freq(w + toks[i + 1].word) \
            and (i + 2 >= len(toks) or not CJK.match(toks[i + 2].word) or toks[i + 2].word in RIGHT_CUES
                 or toks[i + 2].flag in ("uj", "v", "p", "c", "d")):
        return Span(toks[i + 1].start, toks[i + 1].end, toks[i + 1].word)
    return None
