"""Synthetic articles with realistic word frequencies, indexed exactly as Article.save would index them.

Words are drawn from a unigram model: jieba's dictionary frequencies mixed with the word counts
of the page texts in seeds/ and tests/data/heldout/ (the newspaper register). Clauses of 3–9
words end in ， or 。; a pool of distinct clauses is cut by jieba once, and each article is a
random draw of clauses from the pool plus clauses naming its reporter and the persons it
mentions. jieba cuts text between punctuation independently, so an article's words are the
concatenation of its clauses' words (`check` verifies documents against a fresh cut).
"""
from __future__ import annotations

import bisect
import itertools
import random
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import jieba

from articles.search.text import CJK, TAIL, Document, Section, document_of, grams_of, section_of

ROOT = Path(__file__).resolve().parents[2]
WORD = re.compile(rf"[{CJK}]+")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "明华建国志强伟军平东红海玲芳丽静敏燕霞秀英桂兰云峰磊超勇杰涛斌鹏辉刚健波宁远航宇晨阳"
TITLES = ["区委书记", "区长", "副区长", "镇党委书记", "村党支部书记", "局长", "主任", "总经理", "校长", "院长"]


def _unigram_model(rng):
    """(words, cumulative weights): jieba's dictionary mixed 7:3 with the seeds' and held-out pages' words."""
    texts = [p.read_text(encoding="utf-8") for folder in ("seeds", "tests/data/heldout")
             for p in sorted((ROOT / folder).glob("*.txt"))]
    local = Counter(w for text in texts for w in jieba.cut(text, HMM=False) if WORD.fullmatch(w))
    dictionary = {}
    with open(jieba.get_dict_file().name, encoding="utf-8") as lines:
        for line in lines:
            word, freq, *_ = line.split()
            if WORD.fullmatch(word) and len(word) <= 4:
                dictionary[word] = int(freq)
    total_d, total_l = sum(dictionary.values()), sum(local.values())
    weights = {w: 0.7 * f / total_d for w, f in dictionary.items()}
    for w, f in local.items():
        weights[w] = weights.get(w, 0) + 0.3 * f / total_l
    words = list(weights)
    return words, list(itertools.accumulate(weights[w] for w in words))


@dataclass
class Clause:
    text: str
    grams: list[str]
    words: list[tuple[str, int]]  # long words and run tails, with their gram index in the clause


def _clause(text: str) -> Clause:
    section = section_of(text)
    return Clause(text, section.grams, section.words)


def _join(clauses) -> Section:
    """The section of the concatenated clauses, from the clauses' own (no new cut): words first, then tails."""
    grams, words, tails = [], [], []
    for clause in clauses:
        offset = len(grams)
        grams += clause.grams
        for word, index in clause.words:
            (tails if word.endswith(TAIL) else words).append((word, offset + index))
    return Section(grams, words + tails)


class Corpus:
    """Draws clauses, persons and articles; everything seeded, so a run is reproducible."""

    def __init__(self, articles: int, seed: int = 20261202):
        self.seed = seed
        self.rng = random.Random(seed)
        self.words, self.cumulative = _unigram_model(self.rng)
        pool = max(20_000, articles // 5)
        self.clauses = [_clause(self._clause_text()) for _ in range(pool)]
        self.persons = self._persons(max(200, articles // 50))
        ranks = range(1, len(self.persons) + 1)
        self.person_weights = list(itertools.accumulate(1 / r ** 1.1 for r in ranks))

    def _word(self) -> str:
        return self.words[bisect.bisect(self.cumulative, self.rng.random() * self.cumulative[-1])]

    def _clause_text(self) -> str:
        return "".join(self._word() for _ in range(self.rng.randint(3, 9))) + self.rng.choice("，，，。")

    def _persons(self, count):
        names = set()
        while len(names) < count:
            names.add(self.rng.choice(SURNAMES) + "".join(self.rng.choices(GIVEN, k=self.rng.randint(1, 2))))
        return [(name, self.rng.choice(TITLES)) for name in sorted(names)]

    def person(self) -> int:
        """A person index, Zipf-distributed: a few persons are named very often."""
        return bisect.bisect(self.person_weights, self.rng.random() * self.person_weights[-1])

    def article(self):
        """(title, body, document, reporter index, [(person index, title, position)])."""
        rng = self.rng
        title_clause = _clause("".join(self._word() for _ in range(rng.randint(2, 5))))
        reporter = self.person()
        named = list(dict.fromkeys(self.person() for _ in range(rng.choice((0, 1, 1, 2, 3)))))
        body = [_clause(f"本报讯（记者{self.persons[reporter][0]}）")]
        mentions, length = [], len(body[0].text)
        for _ in range(max(4, int(rng.lognormvariate(3.6, 0.6)))):
            if named and rng.random() < 0.1:
                index = named.pop()
                name, post = self.persons[index]
                clause = _clause(f"{post}{name}出席。")
                mentions.append((index, post, length + len(post)))
            else:
                clause = rng.choice(self.clauses)
            body.append(clause)
            length += len(clause.text)
        head = Section(title_clause.grams, title_clause.words)
        document = Document(head, _join(body))
        return title_clause.text, "".join(c.text for c in body), document, reporter, mentions


def check(corpus: Corpus, samples: int = 200) -> None:
    """The composed documents are what Article.save makes of the same text (raises if not)."""
    for _ in range(samples):
        title, body, document, *_ = corpus.article()
        fresh = document_of("", title, [], body)
        assert fresh.head.grams == document.head.grams and fresh.body.grams == document.body.grams, title
        assert sorted(fresh.body.words) == sorted(document.body.words), title
        assert grams_of(body)[0] == document.body.grams
