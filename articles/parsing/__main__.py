"""Command line: ``python -m articles.parsing --json FILE`` prints the page JSON."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import parse_page


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m articles.parsing", description=__doc__)
    ap.add_argument("file", type=Path, help="raw page text (UTF-8)")
    ap.add_argument("--json", action="store_true", help="print the page JSON (the default)")
    args = ap.parse_args(argv)
    text = args.file.read_text(encoding="utf-8-sig")
    page = parse_page(text, source=args.file.name)
    json.dump(page.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
