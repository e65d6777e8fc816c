"""Content words of a text (jieba), for the stages that weigh how much two texts share."""
from __future__ import annotations

import re
from functools import lru_cache

_STOP = frozenset("的 了 和 与 及 在 为 以 是 对 把 等 上 中 将 从 向 并 让 被 由".split())


@lru_cache(maxsize=4096)
def content_words(text: str) -> tuple[str, ...]:
    """Words of two or more characters, in order, once each; function words and numbers left out."""
    import jieba  # loaded on first use only

    words = []
    for word in jieba.lcut(re.sub(r"\s+", "", text)):
        if len(word) >= 2 and word not in _STOP and not re.fullmatch(r"[\W\d_]+", word):
            words.append(word)
    return tuple(dict.fromkeys(words))


def share(text: str, other: str) -> float:
    """The part of ``text``'s content words that ``other`` holds too (0 when text has none)."""
    words = content_words(text)
    if not words:
        return 0.0
    other = re.sub(r"\s+", "", other)
    return sum(word in other for word in words) / len(words)


@lru_cache(maxsize=4096)
def head_words(text: str, pair_weight: float) -> tuple[tuple[str, float], ...]:
    """A headline's words (weight 1) and the character pairs no word holds (``pair_weight``): what it
    shares with a body, however jieba cuts it (非遗传承古法 comes out 遗传 / 承古法; 非遗, 传承 are pairs)."""
    words = content_words(text)
    runs = re.findall(r"[\u4e00-\u9fff]+", text)
    pairs = dict.fromkeys(run[i:i + 2] for run in runs for i in range(len(run) - 1))
    extra = [p for p in pairs if not set(p) & _STOP and not any(p in w for w in words)]
    return tuple((w, 1.0) for w in words) + tuple((p, pair_weight) for p in extra)
