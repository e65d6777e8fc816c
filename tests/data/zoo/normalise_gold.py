#!/usr/bin/env python3
"""Bring gold pages written by helpers in line with the shared gold's convention on bylines.

The first zoo writers were told, wrongly, that an opening dateline stays in the body. The shared
gold (../shared/gold) leaves it out: ``本报讯 （记者 周尤）11月20日，…`` has the body ``11月20日，…``
and ``新华社北京 4 月 25 日电 4 月 25 日，…`` the body ``4 月 25 日，…``; a closing credit in
brackets (``（记者 李珩）``) is out of the body too. This script takes such an opening off the
start of each gold body and such a closing credit off its end, and nothing else.

    python3 tests/data/zoo/normalise_gold.py DIR…   [--check: only list what would change]
"""
import json
import re
import sys
from pathlib import Path

ORG = r"(?:本报|新华社|中新社|人民日报|[\u4e00-\u9fff]{2,5}(?:日报|晚报|晨报|商报))"
BRACKET = r"(?:\s*[（(][^（()）\n]{0,60}[）)])?"
OPENING = re.compile(
    rf"^\s*(?:据\s*)?{ORG}\s*(?:讯|电|[\u4e00-\u9fff·]{{0,12}}?\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*(?:电|讯))"
    rf"{BRACKET}\s*")
ROLE = r"(?:记者|通讯员|评论员|实习生|特约|摄影|整理|编译)"
CLOSING = re.compile(rf"\s*[（(](?:[^（()）\n]{{0,50}}{ROLE}[^（()）\n]{{0,50}}|[^（()）\n]{{0,40}}\d日电)[）)]\s*$")


def normalise(article: dict) -> list[str]:
    """Strip an opening byline/dateline and a closing credit from the body; returns what was cut."""
    body, cut = article.get("body") or "", []
    m = OPENING.match(body)
    if m and m.end() < len(body):
        cut.append(m.group(0).strip())
        body = body[m.end():]
    m = CLOSING.search(body)
    if m and not re.search(r"摄\s*[）)]\s*$", m.group(0)):
        cut.append(m.group(0).strip())
        body = body[:m.start()].rstrip()
    article["body"] = body
    return cut


def main(argv):
    check = "--check" in argv
    for folder in (Path(a) for a in argv if a != "--check"):
        for path in sorted(folder.glob("*.json")):
            page = json.loads(path.read_text(encoding="utf-8"))
            changes = [(n, c) for n, a in enumerate(page.get("articles") or []) for c in normalise(a)]
            for n, cut in changes:
                print(f"{path.name} article {n}: {cut}")
            if changes and not check:
                path.write_text(json.dumps(page, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
