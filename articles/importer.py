"""Map a parsed page onto the models: one transaction per page, idempotent by content hash."""
from __future__ import annotations

import datetime
import difflib
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from django.db import DatabaseError, transaction

from .identity import resolve_person
from .models import UNASSIGNED, Article, Issue, Mention, Newspaper, Page
from .parsing import PARSER_VERSION, parse_page
from .parsing.page import ParsedArticle, ParsedPage
from .textfile import UnreadableFile, read_page_file


@dataclass
class PageMeta:
    """Metadata supplied by the user (command line or manifest); wins over the parse."""

    newspaper: str | None = None
    date: datetime.date | None = None
    number: int | None = None
    section: str | None = None

    def merged_with(self, parsed: ParsedPage) -> tuple[PageMeta, list[str]]:
        """Fill what was not supplied from what the page prints; warn where they disagree."""
        printed = PageMeta(parsed.newspaper, _to_date(parsed.date), parsed.page.number, parsed.page.section)
        warnings, out = [], PageMeta()
        for name in ("newspaper", "date", "number", "section"):
            given, seen = getattr(self, name), getattr(printed, name)
            if given is not None and seen is not None and given != seen:
                warnings.append(f"{name} given as {given}, page prints {seen}")
            setattr(out, name, given if given is not None else seen)
        return out, warnings

    @property
    def complete(self):
        return bool(self.newspaper and self.date and self.number)


@dataclass
class ImportResult:
    path: str
    status: str  # imported, unchanged, replaced, assigned, dry-run, failed
    meta: PageMeta = field(default_factory=PageMeta)
    articles: int = 0
    persons: int = 0
    warnings: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # edited articles kept on --replace
    error: str | None = None

    @property
    def failed(self):
        return self.status == "failed"

    def line(self) -> str:
        if self.failed:
            return f"{self.path}: error: {self.error}"
        m = self.meta
        where = " ".join([m.newspaper or "报名未知", str(m.date or "日期未知"),
                          f"第{m.number}版" if m.number else "版次未知"])
        line = (f"{self.path}: {self.status} | {where} | articles {self.articles} | "
                f"persons {self.persons} | warnings {len(self.warnings)}")
        if self.kept:
            line += f" | kept edited: {'; '.join(self.kept)}"
        return line


class PageConflict(Exception):
    pass


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def import_file(path, meta: PageMeta | None = None, *, replace=False, dry_run=False) -> ImportResult:
    """Read, parse and store one page file; never raises for bad input."""
    path = Path(path)
    try:
        text = read_page_file(path)
        parsed = parse_page(text, source=path.name)
    except UnreadableFile as exc:
        return ImportResult(str(path), "failed", error=str(exc))
    except Exception as exc:  # a parser bug must not stop the other files
        return ImportResult(str(path), "failed", error=f"parser error: {exc!r}")
    resolved, warnings = (meta or PageMeta()).merged_with(parsed)
    result = ImportResult(str(path), "dry-run", resolved, len(parsed.articles),
                          _count_persons(parsed), warnings + parsed.warnings)
    if not parsed.articles:
        result.warnings.append("no articles found")
    if dry_run:
        return result
    try:
        with transaction.atomic():
            result.status, result.kept = store_page(text, parsed, resolved, path.name, replace=replace)
    except (PageConflict, DatabaseError) as exc:
        result.status, result.error = "failed", str(exc)
    return result


def store_page(text, parsed: ParsedPage, meta: PageMeta, source_name, *, replace=False):
    """Write one page; returns (status, kept edited article titles). Call inside a transaction."""
    sha = sha256_of(text)
    issue = _issue_for(meta) if meta.complete else None
    same = Page.objects.filter(sha256=sha).order_by("id").first()
    if same is not None:
        if same.issue_id is None and issue is not None:
            _check_free(issue, meta.number)
            same.issue, same.number, same.pending_newspaper, same.pending_date = issue, meta.number, "", None
            same.unflag(UNASSIGNED)
            same.save()
            link_continuations(issue)
            return "assigned", []
        if issue is None or (same.issue_id == issue.pk and same.number == meta.number):
            return "unchanged", []
    if issue is not None:
        page = Page.objects.filter(issue=issue, number=meta.number).first()
    else:
        page = Page.objects.filter(issue=None, source_name=source_name).first()
    if page is not None and not replace:
        raise PageConflict(f"{page} was imported before with different text; use --replace to re-parse it")
    if page is None:
        page = Page(issue=issue, number=meta.number)
        status = "imported"
    else:
        status = "replaced"
    page.section = meta.section or ""
    page.source_name = source_name
    page.needs_review, page.review_reasons = False, []
    if issue is None:
        page.pending_newspaper, page.pending_date = meta.newspaper or "", meta.date
        page.flag(UNASSIGNED)
    kept = apply_parse(page, text, parsed)
    link_continuations(issue)
    return status, kept


def apply_parse(page: Page, text: str, parsed: ParsedPage) -> list[str]:
    """Store a (re)parse on `page`, keeping articles an editor has edited; returns their titles."""
    page.raw_text, page.sha256, page.parser_version = text, sha256_of(text), PARSER_VERSION
    for reason in parsed.warnings:
        page.flag(reason)
    page.save()
    existing = list(page.articles.all()) if page.pk else []
    kept = [a for a in existing if a.edited]
    Article.objects.filter(pk__in=[a.pk for a in existing if not a.edited]).delete()
    page.mentions.filter(article=None).delete()
    for position, credit in enumerate(parsed.page.editors):
        _mention(page, None, credit.name, None, credit.role, position)

    final, unused = [], list(kept)
    for item in parsed.articles:
        match = _best_match(item, unused)
        if match is not None:
            unused.remove(match)
        final.append(match or item)
    final += unused
    for temp, article in enumerate(kept):  # move out of the way of the unique order
        Article.objects.filter(pk=article.pk).update(order=10000 + temp)
    for order, item in enumerate(final, start=1):
        if isinstance(item, Article):
            Article.objects.filter(pk=item.pk).update(order=order)
        else:
            _create_article(page, order, item)
    return [str(a) for a in kept]


def _create_article(page, order, item: ParsedArticle) -> Article:
    article = Article.objects.create(
        page=page, order=order, kicker=item.kicker or "", title=item.title or "",
        subtitles=list(item.subtitles), byline=item.byline or "", source=item.source or "",
        body=item.body, continued_from=item.continued_from, continued_to=item.continued_to,
        needs_review=item.needs_review, review_reasons=list(item.review_reasons),
    )
    for person in item.persons:
        _mention(page, article, person.name, person.title, person.role, person.position)
    return article


def _mention(page, article, name, title, role, position):
    person = resolve_person(name, title)
    Mention.objects.get_or_create(
        person=person, page=page, article=article, role=role,
        defaults={"title": title or "", "position": position},
    )


def _best_match(item: ParsedArticle, candidates: list[Article]) -> Article | None:
    """The edited article that is the same story as a new parse of it, if any."""
    best, best_ratio = None, 0.8
    for article in candidates:
        ratio = difflib.SequenceMatcher(None, article.body, item.body, autojunk=False).quick_ratio()
        if ratio >= best_ratio:
            best, best_ratio = article, ratio
    return best


def link_continuations(issue: Issue | None):
    if issue is not None:
        issue.link_continuations()


def _issue_for(meta: PageMeta) -> Issue:
    paper, _ = Newspaper.objects.get_or_create(name=meta.newspaper)
    issue, _ = Issue.objects.get_or_create(newspaper=paper, date=meta.date)
    return issue


def _check_free(issue, number):
    if Page.objects.filter(issue=issue, number=number).exists():
        raise PageConflict(f"{issue} already has a page {number}")


def _count_persons(parsed: ParsedPage) -> int:
    names = {c.name for c in parsed.page.editors}
    names |= {p.name for a in parsed.articles for p in a.persons}
    return len(names)


def _to_date(value):
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None
