"""Newspaper page parser: raw text of one page → ParsedPage. Pure Python, no Django.

Stages, one module each: normalise → furniture → blocks → segment → attach → assemble.
The persons named in an article and their 职务 come from the `persons` subpackage
(called by assemble).
"""
from __future__ import annotations

from .assemble import build_article
from .attach import attach
from .blocks import split_blocks
from .furniture import strip_furniture
from .normalise import clean_lines
from .page import PageInfo, ParsedArticle, ParsedPage
from .segment import Draft, segment

PARSER_VERSION = "1.2"

__all__ = ["PARSER_VERSION", "ParsedArticle", "ParsedPage", "parse_page"]


def parse_page(text: str, source: str | None = None) -> ParsedPage:
    """Parse the text of one newspaper page (as dumped from the PDF) into a ParsedPage."""
    lines, furniture = strip_furniture(clean_lines(text.lstrip("\ufeff")))
    segments = segment(split_blocks(lines))
    warnings = attach(segments)
    page = ParsedPage(
        source=source,
        newspaper=furniture.newspaper,
        date=furniture.date,
        page=PageInfo(number=furniture.number, section=furniture.section or segments.section,
                      editors=furniture.editors),
        warnings=warnings,
    )
    page.articles = [build_article(d) for d in segments.items if isinstance(d, Draft) and d.text]
    if not page.articles:
        page.warnings.append("未识别出文章")
    return page
