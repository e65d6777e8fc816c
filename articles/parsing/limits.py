"""How large a text the parser takes as one page: far above any real page, low enough to parse in seconds.

A real page dump holds a few hundred lines of at most a few hundred characters (the sample pages:
600 lines, 312 characters, 10,000 characters at most). A text far beyond that is not one page (a
whole book, a concatenated crawl, a file with no line breaks): `check_size` refuses it at once, in
time and memory linear in the text, with one message saying why, instead of a parse that runs for
minutes.
"""
from __future__ import annotations

MAX_CHARS = 500_000  # characters in a page
MAX_LINES = 20_000  # lines in a page
MAX_LINE_CHARS = 50_000  # characters in one line


class PageTooLarge(ValueError):
    """The text is too large to be one page; str() says which limit and what to do."""


def check_size(text: str) -> None:
    """Raise PageTooLarge when the text exceeds a limit of one page."""
    if len(text) > MAX_CHARS:
        raise PageTooLarge(f"page too large to parse: {len(text):,} characters (a page holds at most "
                           f"{MAX_CHARS:,}); split the file into pages")
    lines = text.count("\n") + 1
    if lines > MAX_LINES:
        raise PageTooLarge(f"page too large to parse: {lines:,} lines (a page holds at most {MAX_LINES:,}); "
                           "split the file into pages")
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start > MAX_LINE_CHARS:
            raise PageTooLarge(f"line {text.count(chr(10), 0, start) + 1} too long to parse: {end - start:,} "
                               f"characters (at most {MAX_LINE_CHARS:,}); is the file missing its line breaks?")
        start = end + 1
