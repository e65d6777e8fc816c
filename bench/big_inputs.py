"""Big inputs: seconds and peak memory (over the file's size) of reading and parsing absurdly large files.

    .venv/bin/python bench/big_inputs.py

Files made from the sample pages in a temporary folder: one 5 MB line (no line breaks),
1,000,000 short lines (about 5 MB), a 5 MB page (a real page repeated), all three refused as
too large for a page (articles/parsing/limits.py); and, parsed, a line just under the line limit
and a page of ten real pages. Peak memory is what Python allocates while reading and parsing
(tracemalloc), over the size of the file. Ends with `peak_over_size_max=…`.
"""
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from articles.parsing import PageTooLarge, parse_page  # noqa: E402
from articles.parsing.limits import MAX_LINE_CHARS  # noqa: E402
from articles.parsing.persons import warm_up  # noqa: E402
from articles.textfile import read_page_file  # noqa: E402

SIZE = 5_000_000


def cases():
    seeds = [f.read_text(encoding="utf-8") for f in sorted((ROOT / "seeds").glob("*.txt"))]
    page = seeds[0]
    flat = "".join(seeds).replace("\n", "")
    chars = [c for c in "".join(seeds) if not c.isspace()]
    yield "one_5mb_line", (flat * (SIZE // len(flat.encode()) + 1))[: SIZE // 3]
    yield "million_short_lines", "\n".join(chars[i % len(chars)] for i in range(1_000_000))
    yield "5mb_page", (page + "\n") * (SIZE // len(page.encode()) + 1)
    yield "line_under_limit", (flat * (MAX_LINE_CHARS // len(flat) + 1))[: MAX_LINE_CHARS - 1000]
    yield "ten_pages", "\n".join(seeds * 2)


def measure(path: Path):
    tracemalloc.start()
    start = time.perf_counter()
    try:
        page = parse_page(read_page_file(path))
        outcome = f"parsed, {len(page.articles)} articles"
    except PageTooLarge as exc:
        outcome = f"refused: {exc}"
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return seconds, peak, outcome


def main():
    warm_up()
    parse_page("本报讯 区委书记柯明远出席会议。\n")
    worst_seconds = worst_ratio = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for name, text in cases():
            path = Path(folder) / f"{name}.txt"
            path.write_text(text, encoding="utf-8")
            del text
            size = os.path.getsize(path)
            seconds, peak, outcome = measure(path)
            worst_seconds, worst_ratio = max(worst_seconds, seconds), max(worst_ratio, peak / size)
            print(f"{name}: {size / 1e6:.2f} MB, {seconds:.2f} s, peak/size {peak / size:.1f} | {outcome}")
    print(f"seconds_max={worst_seconds:.2f}")
    print(f"peak_over_size_max={worst_ratio:.1f}")


if __name__ == "__main__":
    main()
