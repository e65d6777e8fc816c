"""What the segmenters build: article drafts, headline groups, and a page's segments."""
from __future__ import annotations

from dataclasses import dataclass, field

from .blocks import Block
from .normalise import PARAGRAPH_BREAK, ends_sentence


@dataclass
class Draft:
    """An article being put together."""

    lines: list[str] = field(default_factory=list)  # body lines, "" between paragraphs
    bylines: list[str] = field(default_factory=list)
    continued_from: int | None = None
    continued_to: int | None = None
    brief: bool = False
    closed: bool = False
    headline: list[Block] | None = None
    headline_group: HeadGroup | None = None  # the group the headline was taken from
    headline_doubt: bool = False
    captions: list[str] = field(default_factory=list)  # photo-caption name lines, out of the body
    captions_lead: bool = False  # the captions were printed before the body text
    after_subhead: bool = False  # a Markdown subhead was the last thing added
    subhead_level: int = 0  # the level of its Markdown subheads
    parts_signed: int = 0  # bylines already written into the text (a 组稿's part credits)

    @property
    def text(self) -> str:
        return "".join(x.strip() for x in self.lines)

    @property
    def unfinished(self) -> bool:
        """The text so far stops mid-sentence (a subhead ends its own paragraph)."""
        text = self.text
        ended = ends_sentence(text) or (self.lines and self.lines[-1] == PARAGRAPH_BREAK)
        return bool(text) and not ended

    def add(self, lines: list[str]) -> None:
        self.after_subhead = False
        if self.lines:
            self.lines.append("")
        self.lines.extend(lines)

    def add_captions(self, names: list[str]) -> None:
        """Caption names for the persons step, remembering whether they came before the text."""
        if not self.captions:
            self.captions_lead = not self.text
        self.captions.extend(names)

    def add_paragraphs(self, lines: list[str]) -> None:
        """Lines that are each a paragraph of their own (a subhead, an e-paper paragraph)."""
        for line in lines:
            self.lines.extend([PARAGRAPH_BREAK, line, PARAGRAPH_BREAK])


@dataclass
class HeadGroup:
    """Consecutive headline lines standing between bodies (one or several stacked headlines)."""

    blocks: list[Block]
    explicit: bool = False  # a Markdown heading: certainly a headline


@dataclass
class Segments:
    items: list = field(default_factory=list)  # Draft | HeadGroup in page order
    section: str | None = None  # a Markdown top heading names the page's section
