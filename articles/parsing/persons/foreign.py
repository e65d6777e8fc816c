"""Foreign names: runs of transliteration characters seeded by jieba's tags, joined across `·`."""
from __future__ import annotations

from .cues import FUNCTION_CHARS
from .lexicon import FOREIGN_NON_PERSONS, TRANSLIT_CHARS
from .stats import NAME_TAGS, NameStats, is_translit, translit_chars
from .text import CJK, Tok, TokenRun

JOINERS = set("·•・．-－—")
DASHES = set("-－—")  # kept as printed (约翰—格伦); the dots become ·


def foreign_name(m: NameStats, toks: list[Tok], i: int) -> TokenRun | None:
    """A transliterated name seeded at token i, grown over the tokens after it and before it."""
    tok = toks[i]
    w = tok.word
    f = m.dict_freq(w)
    seed = is_translit(w) and len(w) >= 2 and (
        tok.flag in NAME_TAGS or f == 0 or (f < 100 and tok.flag in ("ns", "nz", "n")))
    # a name jieba knows (伊丽莎白) joined by · to transliterated parts
    seed = seed or (tok.flag in NAME_TAGS and len(w) >= 2 and i + 2 < len(toks) and toks[i + 1].word in JOINERS
                    and (translit_chars(toks[i + 2].word) or toks[i + 2].flag == "nrt"))
    glued = not seed and len(w) >= 4 and tok.flag in NAME_TAGS and f == 0 and is_translit(w[:-1]) \
        and w[-1] not in TRANSLIT_CHARS  # jieba glued the next word's first character on (里贝罗/各为)
    if not (seed or glued) or w in FOREIGN_NON_PERSONS:
        return None
    j = i + 1
    name = w[:-1] if glued else w
    end = tok.end - 1 if glued else tok.end
    while j < len(toks) and not glued:
        nw = toks[j].word
        if nw in JOINERS and j + 1 < len(toks) and (translit_chars(toks[j + 1].word) or toks[j + 1].flag == "nrt"):
            name += (nw if nw in DASHES else "·") + toks[j + 1].word
            end = toks[j + 1].end
            j += 2
            continue
        after_dot = "·" in name and translit_chars(nw) and toks[j].flag in NAME_TAGS  # 萨/拉萨尔: a name, not Lhasa
        if (after_dot or is_translit(nw) and (toks[j].flag in NAME_TAGS or m.dict_freq(nw) < 50 or len(nw) == 1)
                and nw not in FOREIGN_NON_PERSONS) and nw not in FUNCTION_CHARS:
            name += nw
            end = toks[j].end
            j += 1
            continue
        if not m.dict_freq(nw) and CJK.match(nw):
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
        if pw in JOINERS and k >= 1 and (translit_chars(toks[k - 1].word) or toks[k - 1].flag == "nrt") \
                and len(toks[k - 1].word) <= 4:
            name = toks[k - 1].word + (pw if pw in DASHES else "·") + name
            start = toks[k - 1].start
            k -= 2
            continue
        if is_translit(pw) and (toks[k].flag in NAME_TAGS or not m.dict_freq(pw) or len(pw) == 1) \
                and pw not in FOREIGN_NON_PERSONS and pw not in FUNCTION_CHARS:
            name = pw + name
            start = toks[k].start
            k -= 1
            continue
        break
    if name in FOREIGN_NON_PERSONS or len(name.replace("·", "")) < 2:
        return None
    return TokenRun(start, end, name, j)


def translit_run(m: NameStats, toks: list[Tok], i: int) -> TokenRun | None:
    """A name jieba cut into one- and two-character pieces of transliteration (素/帕/猜): three or
    four such characters in at least two tokens, none a common word. The caller asks for a cue."""
    j, name = i, ""
    while j < len(toks) and len(name) < 4:
        w = toks[j].word
        if len(w) > 2 or w in FUNCTION_CHARS or not (translit_chars(w) if len(w) == 1 else is_translit(w)) \
                or (len(w) == 2 and m.dict_freq(w) >= 100 and toks[j].flag not in NAME_TAGS):
            break
        name += w
        j += 1
    if sum(len(t.word) == 1 for t in toks[i:j]) < 2 or not 3 <= len(name) <= 4:
        return None
    return TokenRun(toks[i].start, toks[j - 1].end, name, j)
