"""The persons pass's tagger gives jieba.posseg's very tokens and tags, only faster."""
import random
from pathlib import Path

import jieba.posseg as pseg

from articles.parsing.persons import tagger

DATA = Path(__file__).resolve().parent.parent / "data"


def pairs(cut, text):
    return [(p.word, p.flag) for p in cut(text)]


def test_the_same_tokens_as_jieba_posseg_on_sample_pages():
    pages = sorted(DATA.glob("heldout/*.txt"))[:3] + sorted(DATA.glob("zoo/ocr/*.txt"))[:2]
    assert pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        tagger.decode.cache_clear()
        assert pairs(tagger.cut, text) == pairs(pseg.cut, text), page.name


def test_the_same_tokens_on_runs_of_unknown_characters():
    """Random characters: long runs of unknown words, where the character model decides everything."""
    rng = random.Random(7)
    chars = [chr(c) for c in range(0x4E00, 0x9FA5)]
    for _ in range(20):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(1, 25)))
        assert pairs(tagger.cut, text) == pairs(pseg.cut, text), text
