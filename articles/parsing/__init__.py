"""Newspaper page parser: raw text of one page → ParsedPage. Pure Python, no Django.

Stages, one module each: normalise → furniture → blocks → segment → attach → assemble.
The persons named in an article and their 职务 come from the `persons` subpackage
(called by assemble).
"""
from __future__ import annotations

from . import markdown
from .assemble import build_article
from .attach import attach
from .blocks import split_blocks
from .epaper import segment_epaper
from .furniture import strip_furniture
from .compilation import segment_compilation
from .columns import mark_units
from .grouped import merge_grouped
from .layout import COLUMNS, COMPILATION, EPAPER, PARAGRAPHS, detect
from .lines import read_lines, texts
from .page import PageInfo, ParsedArticle, ParsedPage
from .segment import Draft, Segments, segment

PARSER_VERSION = "2.0"

__all__ = ["PARSER_VERSION", "ParsedArticle", "ParsedPage", "parse_page"]


def parse_page(text: str, source: str | None = None) -> ParsedPage:
    """Parse the text of one newspaper page (as dumped from the PDF) into a ParsedPage."""
    if markdown.is_markdown(text):
        text = markdown.prepare(text)
    lines = read_lines(text)
    cleaned, furniture = strip_furniture(texts(lines))
    for line, kept in zip(lines, cleaned):
        line.text = kept
    lines = [line for line in lines if line.n not in furniture.dropped]
    layout = detect(lines, furniture.citations)
    if layout.name == EPAPER:
        segments, warnings = Segments(list(segment_epaper(lines))), []
    elif layout.name == COMPILATION:
        segments, warnings = Segments(list(segment_compilation(lines, set(furniture.citations), layout.width))), []
    else:
        marked = mark_units(lines) if layout.name == COLUMNS else texts(lines)
        segments = segment(split_blocks(marked), layout.width if layout.name == COLUMNS else 0)
        warnings = attach(segments)
    page = ParsedPage(
        source=source,
        newspaper=furniture.newspaper,
        date=furniture.date,
        page=PageInfo(number=furniture.number, section=furniture.section or segments.section,
                      editors=furniture.editors),
        layout=layout.name,
        warnings=warnings,
    )
    drafts = [d for d in segments.items if isinstance(d, Draft)]
    if layout.name in (COLUMNS, PARAGRAPHS):
        drafts = merge_grouped(drafts)
    page.articles = [build_article(d) for d in drafts if d.text]
    if not page.articles:
        page.warnings.append("未识别出文章")
    return page
