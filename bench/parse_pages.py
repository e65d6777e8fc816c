"""Benchmark: parse cost of a page beside plain jieba segmentation of the same text.

    .venv/bin/python bench/parse_pages.py [FILES…]     (default: seeds/*.txt)

Prints, per run, milliseconds per page for parse_page and for jieba.lcut on the same text,
their ratio, characters per second and the peak memory of one parse (tracemalloc).
"""
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import jieba  # noqa: E402

from articles.parsing import parse_page  # noqa: E402

jieba.setLogLevel(60)


def best_of(fn, texts, rounds=5):
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for text in texts:
            fn(text)
        times.append(time.perf_counter() - start)
    return min(times)


def main():
    files = [Path(f) for f in sys.argv[1:]] or sorted((ROOT / "seeds").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    chars = sum(map(len, texts))
    parse_page(texts[0])  # warm up: dictionaries loaded
    jieba.lcut(texts[0])
    parse_s = best_of(parse_page, texts)
    jieba_s = best_of(jieba.lcut, texts)
    tracemalloc.start()
    for text in texts:
        parse_page(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    n = len(texts)
    print(f"pages={n} chars={chars}")
    print(f"parse_page   {1000 * parse_s / n:8.1f} ms/page  {chars / parse_s:10.0f} chars/s")
    print(f"jieba.lcut   {1000 * jieba_s / n:8.1f} ms/page  {chars / jieba_s:10.0f} chars/s")
    print(f"ratio parse/jieba time = {parse_s / jieba_s:.2f}   peak memory of parsing {peak / 2**20:.1f} MiB")
    print(f"median page {statistics.median(map(len, texts)):.0f} chars")


if __name__ == "__main__":
    main()
