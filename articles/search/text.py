"""What is indexed and what is asked, the same for every database.

An article is indexed as two token streams, the headline (kicker, title, subtitles) and the body:

- **grams**: every run of Chinese characters as its overlapping character pairs (党代会 → 党代 代会;
  a lone character as itself) and every run of letters or digits as one lower-cased token, in
  text order. Consecutive grams are consecutive positions, so a phrase is a chain of grams.
- **words**: the Chinese words of three or more characters jieba cuts from the text (the same
  dictionary as queries, without its guesses at unknown words), each at the position of the gram
  it starts on; and each run's last character (see `section_of`).

A query word matches where its grams follow each other (so a name jieba cuts differently in the
text, or `习 近 平` typed letter-spaced, still matches), or where jieba gave the very word; a lone
Chinese character matches every word or gram that begins with it.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

import jieba

jieba.setLogLevel(60)


def load_dictionary() -> None:
    """Load jieba's dictionary now (about a second) rather than in the first cut that needs it."""
    jieba.initialize()


CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
RUN = re.compile(rf"[{CJK}]+|[^\W_{CJK}]+")
IS_CJK = re.compile(rf"[{CJK}]")
CJK_RUN = re.compile(rf"[{CJK}]+")
TAIL = "0"  # marks a run's last character in the words
MAX_QUERY_CHARS = 200
MAX_QUERY_TERMS = 24


class QueryError(ValueError):
    """A query the archive will not run (too long, too many words): the API answers 400."""


@dataclass
class Section:
    """One indexed stream: grams in order (position = index + 1) and jieba words with their gram index."""

    grams: list[str] = field(default_factory=list)
    words: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class Document:
    head: Section
    body: Section


def grams_of(text: str) -> tuple[list[str], list[int]]:
    """Grams of `text` and, for every character, the index of the gram it starts (or ends) on (-1: none)."""
    grams: list[str] = []
    at = [-1] * len(text)
    for match in RUN.finditer(text):
        run, start = match.group(), match.start()
        if not IS_CJK.match(run):
            at[start:match.end()] = [len(grams)] * len(run)
            grams.append(run.lower())
        elif len(run) == 1:
            at[start] = len(grams)
            grams.append(run)
        else:
            for i in range(len(run) - 1):
                at[start + i] = len(grams)
                grams.append(run[i:i + 2])
            at[start + len(run) - 1] = len(grams) - 1
    return grams, at


SPACED = re.compile(rf"(?<=[{CJK}])[ \t\u3000]+(?=[{CJK}])")


def squeeze(text: str) -> str:
    """Letter-spacing between Chinese characters dropped (习 近 平 → 习近平), in texts and queries alike."""
    return SPACED.sub("", text)


def section_of(text: str, words: list[str] | None = None) -> Section:
    """Index one stream; `words` is jieba's cut of `text` when the caller has it already.

    Words of two characters are grams already; a run's last character is also kept (as 城0, a
    token no query chain holds), so that a one-character query finds it where no gram begins.
    """
    text = squeeze(text)
    grams, at = grams_of(text)
    section = Section(grams)
    offset = 0
    for word in jieba.cut(text, HMM=False) if words is None else words:
        if len(word) > 2 and CJK_RUN.fullmatch(word):
            section.words.append((word, at[offset]))
        offset += len(word)
    for match in CJK_RUN.finditer(text):
        if len(match.group()) > 1:
            section.words.append((match.group()[-1] + TAIL, at[match.end() - 1]))
    return section


def headline_text(kicker, title, subtitles) -> str:
    return "\n".join(part for part in [kicker, title, *(subtitles or [])] if part)


def document_of(kicker, title, subtitles, body) -> Document:
    return Document(section_of(headline_text(kicker, title, subtitles)), section_of(body or ""))


@dataclass
class Term:
    """One thing to find: a gram chain (a phrase), the jieba word it may also be, or a one-character prefix."""

    text: str
    chain: list[str]
    word: str | None = None
    prefix: bool = False


@dataclass
class Query:
    terms: list[Term]
    excluded: list[Term]

    def __bool__(self):
        return bool(self.terms)


QUOTED = re.compile(r'(-?)["“”]([^"“”]*)["“”]?|(\S+)')


def term_of(text: str, word: str | None = None) -> Term | None:
    text = squeeze(text)
    grams, _ = grams_of(text)
    if not grams:
        return None
    if len(grams) == 1 and IS_CJK.fullmatch(grams[0]):
        return Term(text, grams, prefix=True)
    return Term(text, grams, word=text if word and len(text) > 2 and CJK_RUN.fullmatch(text) else None)


def _chunks(query: str):
    """(excluded, quoted, text) for each part of a query; letter-spaced single characters (习 近 平) join."""
    parts = []
    for match in QUOTED.finditer(query):
        if match.group(3) is None:
            parts.append((match.group(1) == "-", True, match.group(2), False))
            continue
        text = match.group(3)
        excluded = text.startswith("-") and len(text) > 1
        text = text[1:] if excluded else text
        single = len(text) == 1 and IS_CJK.match(text)
        last = parts[-1] if parts else None
        if single and not excluded and last and not last[0] and not last[1] and last[3]:
            parts[-1] = (False, False, last[2] + text, True)
        else:
            parts.append((excluded, False, text, bool(single)))
    return [part[:3] for part in parts]


def parse_query(query: str) -> Query:
    """`重庆 党代会 "乡村 振兴" -体育` → every word, the phrase, not 体育. Raises QueryError past the limits."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"检索词过长：最多 {MAX_QUERY_CHARS} 个字符")
    terms, excluded = [], []
    for is_excluded, quoted, text in _chunks(query):
        if is_excluded or quoted:
            found = [term_of(text)]
        else:
            found = [term_of(word, word) for word in jieba.cut(text, HMM=False)]
        target = excluded if is_excluded else terms
        for term in found:
            if term is not None and all(t.chain != term.chain or t.prefix != term.prefix for t in target):
                target.append(term)
    if len(terms) + len(excluded) > MAX_QUERY_TERMS:
        raise QueryError(f"检索词过多：最多 {MAX_QUERY_TERMS} 个词")
    return Query(terms, excluded)


SNIPPET_CHARS = 90


def _pattern(term: Term) -> str:
    """A regular expression for where a term occurs in the text (punctuation may sit between its runs)."""
    runs = RUN.findall(term.text.lower())
    return r"[\W_]*".join(r"\s*".join(map(re.escape, run)) if IS_CJK.match(run) else re.escape(run) for run in runs)


def snippet(body: str, query: Query, width: int = SNIPPET_CHARS) -> str:
    """About `width` characters of the body around the first match, HTML-escaped, the matches in <mark>."""
    patterns = [_pattern(t) for t in query.terms if t.text.strip()]
    finder = re.compile("|".join(f"(?:{p})" for p in patterns if p), re.IGNORECASE) if patterns else None
    first = finder.search(body) if finder else None
    start = 0 if first is None else max(0, first.start() - width // 3)
    end = min(len(body), start + width)
    window = body[start:end]
    out, last = [], 0
    for match in finder.finditer(window) if finder else ():
        if match.end() > match.start():
            out += [html.escape(window[last:match.start()]), "<mark>", html.escape(match.group()), "</mark>"]
            last = match.end()
    out.append(html.escape(window[last:]))
    text = "".join(out).replace("</mark><mark>", "").replace("\n", " ")
    return ("…" if start else "") + text + ("…" if end < len(body) else "")
