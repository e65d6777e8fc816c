"""The finder's walk passes over tokens no name can start at, and finds the very same names."""
from pathlib import Path

from articles.parsing.persons import finder, find_mentions

DATA = Path(__file__).resolve().parent.parent / "data"


def test_passing_over_tokens_no_name_starts_at_finds_the_same_names(monkeypatch):
    pages = sorted(DATA.glob("heldout/*.txt"))[::2] + sorted(DATA.glob("zoo/*/*.txt"))[::10]
    assert len(pages) > 25
    texts = [page.read_text(encoding="utf-8") for page in pages]
    fast = [find_mentions(text, paragraphs) for text in texts for paragraphs in (False, True)]
    monkeypatch.setattr(finder, "may_start_name", lambda tok: True)  # every token read by every reader
    slow = [find_mentions(text, paragraphs) for text in texts for paragraphs in (False, True)]
    assert sum(map(len, fast)) > 300
    assert fast == slow
