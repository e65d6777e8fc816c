"""The parsed page: plain dataclasses in the shape of the page JSON (docs/page-json.md)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Credit:
    """A named person with the role word as printed (记者, 责编, 新华社记者 …)."""

    name: str
    role: str


@dataclass
class PersonRef:
    """A person named in an article, with the 职务 printed right before the name."""

    name: str
    title: str | None = None
    role: str = "mentioned"  # 记者, 评论员 … for authors; "mentioned" otherwise
    position: int = 0  # character offset of the first mention in the article text


@dataclass
class PageInfo:
    number: int | None = None
    section: str | None = None  # 版名, e.g. 要闻
    editors: list[Credit] = field(default_factory=list)


@dataclass
class Region:
    """A stretch of the page read as a shape of its own (lines counted from 1, last included)."""

    first_line: int
    last_line: int
    layout: str


@dataclass
class ParsedArticle:
    kicker: str | None = None  # 引题
    title: str | None = None  # 主题
    subtitles: list[str] = field(default_factory=list)  # 副题
    authors: list[Credit] = field(default_factory=list)
    source: str | None = None  # 本报, 新华社, 人民日报 …
    continued_from: int | None = None  # （上接1版）
    continued_to: int | None = None  # （下转2版）
    body: str = ""
    persons: list[PersonRef] = field(default_factory=list)
    byline: str | None = None  # the byline as printed, e.g. "本报讯 （记者 周尤）"
    review_reasons: list[str] = field(default_factory=list)  # why an editor should look

    @property
    def needs_review(self) -> bool:
        return bool(self.review_reasons)


@dataclass
class ParsedPage:
    source: str | None = None
    newspaper: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD, only when printed
    page: PageInfo = field(default_factory=PageInfo)
    layout: str | None = None  # the dump's shape (parsing.layout): epaper, columns, compilation …
    regions: list[Region] = field(default_factory=list)  # where a page mixes shapes, each stretch
    articles: list[ParsedArticle] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        """The page JSON (extra fields allowed by the format are kept)."""
        data = asdict(self)
        for art, obj in zip(data["articles"], self.articles):
            art["needs_review"] = obj.needs_review
        return data
