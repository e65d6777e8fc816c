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

Modules:
    finder      the walk over the tokens that decides (find_mentions, find_persons)
    chinese     Chinese name candidates at a token, and how name-like each is (score_chinese)
    context     a Chinese candidate weighed in its context (score_in_context)
    weights     every weight and threshold of the scores, named
    honorifics  a surname alone before an honorific or a post (王先生, 老于)
    foreign     transliterated names, joined across `·`
    cues        cue words before and after a name, signs of a place, organisation or thing
    posts       the 职务 printed before a name, and whether two posts can be the same person's
    text        whitespace inside names, jieba's tokens with offsets, the spans names are read as
    stats       cached numbers: surname priors, given-name character ratios, jieba's frequencies
    lexicon     general word lists: surnames, transliteration characters, foreign places

Pure Python: no Django. `python -m articles.parsing.persons` reads lines from stdin and prints,
per line, a JSON array of {"name", "title"}.
"""
from __future__ import annotations

from .finder import find_mentions, find_persons, mentions_as_json, warm_up
from .lexicon import COMPOUND_SURNAMES
from .posts import title_before, titles_compatible

__all__ = [
    "COMPOUND_SURNAMES",
    "find_mentions",
    "find_persons",
    "mentions_as_json",
    "title_before",
    "titles_compatible",
    "warm_up",
]
