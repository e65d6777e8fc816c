"""Command line: ``python -m articles.parsing.persons`` reads lines from stdin and prints, per
line, a JSON array of {"name", "title"}."""
from __future__ import annotations

import sys

from . import mentions_as_json, warm_up


def main(stdin=None, stdout=None) -> int:
    """Print one JSON array of the persons named per input line."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    warm_up()
    for line in stdin:
        stdout.write(mentions_as_json(line) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
