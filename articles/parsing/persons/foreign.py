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
    seed = _is_seed(m, toks, i)
    glued = not seed and _glued_on(m, tok)
    if not (seed or glued) or tok.word in FOREIGN_NON_PERSONS:
        return None
    if glued:
        run = TokenRun(tok.start, tok.end - 1, tok.word[:-1], i + 1)
    else:
        run = _grow_right(m, toks, TokenRun(tok.start, tok.end, tok.word, i + 1))
    run = _grow_left(m, toks, i - 1, run)
    if run.name in FOREIGN_NON_PERSONS or len(run.name.replace("·", "")) < 2:
        return None
    return run


def _is_seed(m: NameStats, toks: list[Tok], i: int) -> bool:
    """Whether token i starts a foreign name: transliteration jieba tags as a name or does not know
    (or knows as a rare noun or place), or a name jieba knows joined by · to transliterated parts."""
    tok = toks[i]
    w = tok.word
    if len(w) >= 2 and is_translit(w):
        f = m.dict_freq(w)
        if tok.flag in NAME_TAGS or f == 0 or (f < 100 and tok.flag in ("ns", "nz", "n")):
            return True
    return tok.flag in NAME_TAGS and len(w) >= 2 and i + 2 < len(toks) and toks[i + 1].word in JOINERS \
        and bool(translit_chars(toks[i + 2].word) or toks[i + 2].flag == "nrt")  # 伊丽莎白·加尔多


def _glued_on(m: NameStats, tok: Tok) -> bool:
    """A name guess jieba glued the next word's first character to (里贝罗/各为)."""
    w = tok.word
    return len(w) >= 4 and tok.flag in NAME_TAGS and m.dict_freq(w) == 0 and is_translit(w[:-1]) \
        and w[-1] not in TRANSLIT_CHARS


def _joins(toks: list[Tok], k: int) -> bool:
    """Whether token k is a transliterated part, or one jieba tags as transliterated, that a joiner may link."""
    return bool(translit_chars(toks[k].word)) or toks[k].flag == "nrt"


def _grow_right(m: NameStats, toks: list[Tok], run: TokenRun) -> TokenRun:
    """The run grown over the tokens after it: joined parts, transliteration, glued syllables."""
    start, end, name, j = run
    while j < len(toks):
        nw = toks[j].word
        if nw in JOINERS and j + 1 < len(toks) and _joins(toks, j + 1):
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
    return TokenRun(start, end, name, j)


def _grow_left(m: NameStats, toks: list[Tok], k: int, run: TokenRun) -> TokenRun:
    """The run grown over the tokens before it, from token k back: joined parts and transliteration."""
    start, end, name, j = run
    while k >= 0:
        pw = toks[k].word
        if pw in JOINERS and k >= 1 and _joins(toks, k - 1) and len(toks[k - 1].word) <= 4:
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
    if not 3 <= len(name) <= 4 or sum(len(t.word) == 1 for t in toks[i:j]) < 2:
        return None
    return TokenRun(toks[i].start, toks[j - 1].end, name, j)
