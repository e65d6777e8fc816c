"""Newspaper page parser: raw text of one page → ParsedPage. Pure Python, no Django.

Stages, one module each: normalise and line features (lines) → furniture → the page's shape,
per region (layout) → the shape's segmenter (epaper, compilation, or columns/blocks → segment
→ attach → grouped) → assemble. The segmenters build ``drafts``; the rules about pictures and
their captions are ``pictures``.
The persons named in an article and their 职务 come from the `persons` subpackage
(called by assemble).
"""
from __future__ import annotations

from . import markdown
from .assemble import build_article
from .attach import attach
from .blocks import split_blocks
from .epaper import segment_epaper
from .furniture import Furniture, strip_furniture
from .compilation import segment_compilation
from .columns import mark_units
from .grouped import merge_grouped
from .limits import PageTooLarge, check_size
from .layout import COLUMNS, COMPILATION, EPAPER, PARAGRAPHS, Layout, regions
from .lines import Line, read_lines, texts
from .page import PageInfo, ParsedArticle, ParsedPage, Region
from .drafts import Draft, Segments
from .segment import segment

PARSER_VERSION = "2.0"

__all__ = ["PARSER_VERSION", "PageTooLarge", "ParsedArticle", "ParsedPage", "parse_page"]


def parse_page(text: str, source: str | None = None) -> ParsedPage:
    """Parse the text of one newspaper page (as dumped from the PDF) into a ParsedPage.

    Raises PageTooLarge, at once, for a text far larger than a page (`limits`).
    """
    check_size(text)
    if markdown.is_markdown(text):
        text = markdown.prepare(text)
    lines = read_lines(text)
    cleaned, furniture = strip_furniture(texts(lines))
    for line, kept in zip(lines, cleaned):
        line.text = kept
    lines = [line for line in lines if line.n not in furniture.dropped]
    shapes = regions(lines, furniture.citations, furniture.headers)
    drafts: list[Draft] = []
    warnings: list[str] = []
    section = None
    for first, end, layout in shapes:
        segments, notes = _segment(lines[first:end], layout, furniture)
        section = section or segments.section
        drafts += [d for d in segments.items if isinstance(d, Draft)]
        warnings += notes
    main = max(shapes, key=lambda r: r[1] - r[0])[2]
    page = ParsedPage(
        source=source,
        newspaper=furniture.newspaper,
        date=furniture.date,
        page=PageInfo(number=furniture.number, section=furniture.section or section, editors=furniture.editors),
        layout=main.name,
        warnings=warnings,
    )
    if len(shapes) > 1:
        page.regions = [Region(lines[first].n + 1, lines[end - 1].n + 1, layout.name) for first, end, layout in shapes]
    page.articles = [build_article(d) for d in drafts if d.text]
    if not page.articles:
        page.warnings.append("未识别出文章")
    return page


def _segment(lines: list[Line], layout: Layout, furniture: Furniture) -> tuple[Segments, list[str]]:
    """Drafts (and headline groups) of a stretch of the page, by the segmenter of its shape."""
    if layout.name == EPAPER:
        return Segments(merge_grouped(segment_epaper(lines))), []
    if layout.name == COMPILATION:
        cited = set(furniture.citations) | set(furniture.headers)
        return Segments(segment_compilation(lines, cited, layout.width)), []
    marked = mark_units(lines) if layout.name == COLUMNS else texts(lines)
    segments = segment(split_blocks(marked), layout.width if layout.name == COLUMNS else 0)
    warnings = attach(segments)
    if layout.name in (COLUMNS, PARAGRAPHS):
        items = [d for d in segments.items if isinstance(d, Draft)]
        segments.items = merge_grouped(items)
    return segments, warnings
