"""Map a parsed page onto the models: which stored page a file is, and the (re)parse of it."""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from django.db.models import Case, Count, Q, Value, When

from .fitting import fit_meta, fit_parse, fit_source_path
from .held_text import not_held_by, text_position
from .identity import PersonBook
from .models import (ARTICLE_PLACE, MENTION_PLACE, UNASSIGNED, Article, Issue, Mention, Newspaper, Page, Person,
                     content_fingerprint, place_of)
from .placement import PageConflict, lock_identity, settle_twin
from .parsing import PARSER_VERSION
from .parsing.page import ParsedArticle, ParsedPage
from .textfile import text_sha256
from .versioning import next_version


@dataclass
class Kept:
    """What an editor changed that a (re)parse left as it is: edited articles (and credits), deleted articles."""

    edited: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)

    def __bool__(self):
        return bool(self.edited or self.deleted)

    def notes(self) -> list[str]:
        """`kept edited: …`, `kept deleted: …` for the command lines."""
        return [f"kept {what}: {'; '.join(titles)}" for what, titles in
                (("edited", self.edited), ("deleted", self.deleted)) if titles]


@dataclass
class Stored:
    """What storing one page did: status, what an editor's work kept, the page, warnings and notes for its lines."""

    status: str
    kept: Kept
    page: Page
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def store_page(text, parsed: ParsedPage, meta, source_name, *, source_path="", replace=False, move=False) -> Stored:
    """Write one page. Call inside a transaction.

    The same text stored before is that page (unchanged, assigned, or with `move` moved to the
    file's place; else a conflict naming both places). Otherwise a page with paper, date and
    number is found by its place in the issue; one without them by the file it came from
    (`source_path`), never by another file of the same name.
    """
    sha = text_sha256(text)
    meta, warnings, reasons = fit_meta(meta, source_name)
    source_path = fit_source_path(source_path)
    lock_identity(sha, meta, source_path)
    issue = _issue_for(meta) if meta.complete else None
    twin = Page.objects.filter(sha256=sha).first()
    if twin is not None:
        settled = settle_twin(twin, issue, meta, move=move)
        return Stored(settled.status, Kept(), settled.page, warnings + settled.warnings, settled.notes)
    page = _stored_page(issue, meta.number, source_path)
    if page is not None and not replace:
        raise PageConflict(f"{page} was imported before with different text; use --replace to re-parse it")
    status = "replaced" if page is not None else "imported"
    page = page or Page()
    page.source_name, page.source_path = source_name, source_path
    page.needs_review, page.review_reasons, page.reviewed_at = False, [], None  # new text: to be reviewed again
    if page.metadata_edited:  # paper, date, number and section stay as an editor corrected them
        if page.issue_id is None:
            page.flag(UNASSIGNED)
    elif issue is not None:
        page.section = meta.section or page.section
        page.issue, page.number, page.pending_newspaper, page.pending_date = issue, meta.number, "", None
    elif page.issue_id is None:  # still unassigned (an editor may have assigned it since: then it stays)
        page.section = meta.section or page.section
        page.number, page.pending_newspaper, page.pending_date = meta.number, meta.newspaper or "", meta.date
        page.flag(UNASSIGNED)
    parsed, fitted = fit_parse(parsed, source_name, reasons)
    warnings += fitted
    kept = apply_parse(page, text, parsed, keep_unchanged=True)
    link_continuations(page.issue)
    return Stored(status, kept, page, warnings)


def _stored_page(issue, number, source_path) -> Page | None:
    """The stored page this file would replace: the one at its place, else the one from the same file."""
    if issue is not None:
        slot = Page.objects.filter(issue=issue, number=number, metadata_edited=False).first()
        if slot is not None:
            return slot
        # imported unassigned and the file now says where it goes, or moved by an editor's correction
        pages = Page.objects.filter(Q(issue=None) | Q(metadata_edited=True))
    else:
        pages = Page.objects.all()  # an editor may have assigned it since
    return pages.filter(source_path=source_path).order_by("id").first() if source_path else None


def apply_parse(page: Page, text: str, parsed: ParsedPage, *, keep_unchanged=False) -> Kept:
    """Store a (re)parse on `page`, keeping articles an editor has edited or deleted; returns what was kept.

    `parsed` must fit the columns: articles.fitting.fit_parse first.

    A parsed article an editor deleted from the page (DismissedArticle: the same content, or
    clearly the same story) is left out. With `keep_unchanged`, an unedited article the parse
    gives again, the same or clearly the same story (SAME_STORY), keeps its row (and id) and
    takes the new parse. Page credits an editor
    changed (`credits_edited`) stay as they are. Persons left without any mention by this (and
    without a note) are deleted.
    """
    page.raw_text, page.sha256, page.parser_version = text, text_sha256(text), PARSER_VERSION
    page.layout = parsed.layout or ""
    for reason in parsed.warnings:
        page.flag(reason)
    page.save()
    stored = list(page.mentions.values_list("person_id", "article_id", "person__name", "role", "title"))
    items, deleted = _without_dismissed(parsed.articles, list(page.dismissals.all()))
    existing = list(page.articles.all())
    kept = [a for a in existing if a.edited]
    items = not_held_by(items, kept)
    same, unused = _match_articles(items, existing, keep_unchanged)
    Article.objects.filter(pk__in=[a.pk for a in existing if a not in kept and a not in same.values()]).delete()
    if not page.credits_edited:
        page.mentions.filter(article=None).delete()
    mentions = PageMentions(page, [c.name for c in parsed.page.editors]
                            + [p.name for item in items for p in item.persons])
    if not page.credits_edited:
        for position, credit in enumerate(parsed.page.editors):
            mentions.add(None, credit.name, None, credit.role, position)

    final = _place_kept([(same.get(index), item) for index, item in enumerate(items)], unused, text)
    orders = {article.pk: order for order, (article, _) in enumerate(final, start=1) if article is not None}
    # the articles that change places move out of the way of the unique order first
    moving = [a for a in dict.fromkeys([*kept, *same.values()]) if orders[a.pk] != a.order]
    _set_orders({article.pk: 10000 + temp for temp, article in enumerate(moving)})
    created, edited_orders = [], {}
    for order, (article, item) in enumerate(final, start=1):
        if article is None:
            created.append(_create_article(page, order, item))
            for person in item.persons:
                mentions.add(created[-1], person.name, person.title, person.role, person.position)
        elif article.edited:
            if order != article.order:
                edited_orders[article.pk] = order
        else:
            _refresh_article(article, order, item, mentions, [row for row in stored if row[1] == article.pk])
    _set_orders(edited_orders, moved=True)
    mentions.drop_stale()
    Article.objects.bulk_create(created)
    mentions.save()
    _delete_orphans({row[0] for row in stored})
    return Kept([str(a) for a in kept] + (["版面署名（编辑已修改）"] if page.credits_edited else []),
                [str(d) for d in deleted])


class PageMentions:
    """The mentions a (re)parse gives a page: persons resolved in the order the parse names them
    (as if each mention were stored before the next), then stored in a few queries."""

    def __init__(self, page: Page, names):
        self.page, self.book = page, PersonBook(names)
        self.rows: list[Mention] = []
        self.seen: set[tuple] = set()
        self.stale: list[int] = []  # articles whose stored mentions the parse replaces

    def add(self, article, name, title, role, position):
        person = self.book.resolve(name, title)
        key = (id(person), id(article), role)
        if key in self.seen:  # the person already has this role here: the first mention stands
            return
        self.seen.add(key)
        self.book.added(person, title or "")
        self.rows.append(Mention(person=person, page=self.page, article=article, role=role,
                                 title=title or "", position=position, **place_of(self.page, MENTION_PLACE)))

    def replace(self, article, rows):
        """The article's stored mentions (`rows`: person id, …, title) give way to the parse's."""
        for row in rows:
            self.book.removed(row[0], row[4])
        self.stale.append(article.pk)

    def drop_stale(self):
        if self.stale:
            Mention.objects.filter(article_id__in=self.stale).delete()

    def save(self):
        self.book.save()
        Mention.objects.bulk_create(self.rows)


def _set_orders(orders: dict[int, int], moved=False):
    """Give articles (pk → order) their order in one query; `moved`: their final place, a change of theirs
    (their versions move on)."""
    if orders:
        Article.objects.filter(pk__in=orders).update(
            order=Case(*[When(pk=pk, then=Value(order)) for pk, order in orders.items()]),
            **({"version": next_version()} if moved else {}))


def _place_kept(final: list, unused: list[Article], text: str) -> list:
    """Edited articles no parsed one matches go back where they stood, among the stored articles kept;
    with none of those on the page, before the first parsed article whose body starts after theirs."""
    for article in sorted(unused, key=lambda a: a.order):
        stored = [(n, a.order) for n, (a, _) in enumerate(final) if a is not None]
        before = [n for n, order in stored if order < article.order]
        after = [n for n, order in stored if order > article.order]
        at = text_position(text, article.body)
        if not stored and at >= 0:
            after = [n for n, (_, item) in enumerate(final) if text_position(text, item.body) > at]
        final.insert(before[-1] + 1 if before else after[0] if after else len(final), (article, None))
    return final


def _without_dismissed(items: list[ParsedArticle], dismissals) -> tuple[list[ParsedArticle], list]:
    """The parsed articles an editor has not deleted, and the deletions that left one out (one to one)."""
    by_print = {d.fingerprint: d for d in dismissals}
    left_out = {}
    for index, item in enumerate(items):
        dismissal = by_print.pop(content_fingerprint(item), None)
        if dismissal is not None:
            left_out[index] = dismissal
    rest = {i: item for i, item in enumerate(items) if i not in left_out}
    left_out.update(_same_stories(rest, list(by_print.values())))
    return [item for i, item in enumerate(items) if i not in left_out], [left_out[i] for i in sorted(left_out)]


def _match_articles(items, existing, keep_unchanged) -> tuple[dict[int, Article], list[Article]]:
    """Parsed article index → the stored article it is; and the edited articles no parsed one is.

    Unedited articles with the very content first, then edited ones (same story), then unedited
    ones that are clearly the same story, one to one.
    """
    unedited = [a for a in existing if not a.edited]
    same = _unchanged_articles(items, unedited) if keep_unchanged else {}
    unused = [a for a in existing if a.edited]
    for index, item in enumerate(items):
        match = None if index in same else _best_match(item, unused)
        if match is not None:
            unused.remove(match)
            same[index] = match
    if keep_unchanged:
        rest = [a for a in unedited if a not in same.values()]
        same.update(_same_stories({i: item for i, item in enumerate(items) if i not in same}, rest))
    return same, unused


def _unchanged_articles(items: list[ParsedArticle], articles: list[Article]) -> dict[int, Article]:
    """Parsed article index → the stored unedited article with exactly its content."""
    pool: dict[str, list[Article]] = {}
    for article in articles:
        pool.setdefault(content_fingerprint(article), []).append(article)
    found = {}
    for index, item in enumerate(items):
        candidates = pool.get(content_fingerprint(item))
        if candidates:
            found[index] = candidates.pop(0)
    return found


def _refresh_article(article: Article, order, item: ParsedArticle, mentions: PageMentions, stored):
    """An unedited article of the same story keeps its row; content, order, flags and persons follow the parse.

    Saved (its version moving on) only when something changes: an API client holding it is not refused
    for a re-parse that left it as it was.
    """
    values = {**_article_values(item), "order": order}
    changed = any(getattr(article, name) != value for name, value in values.items())
    for name, value in values.items():
        setattr(article, name, value)
    wanted = sorted((p.name, p.role, p.title or "") for p in item.persons)
    if sorted(row[2:] for row in stored) != wanted:
        changed = True
        mentions.replace(article, stored)
        for person in item.persons:
            mentions.add(article, person.name, person.title, person.role, person.position)
    if changed:
        article.save()


def _delete_orphans(person_ids):
    """Persons the page named before that no longer have any mention, unless an editor wrote a note."""
    (Person.objects.filter(pk__in=person_ids, note="").annotate(n=Count("mentions")).filter(n=0).delete())


def _article_values(item: ParsedArticle) -> dict:
    return dict(kicker=item.kicker or "", title=item.title or "", subtitles=list(item.subtitles),
                byline=item.byline or "", source=item.source or "", body=item.body,
                continued_from=item.continued_from, continued_to=item.continued_to,
                needs_review=item.needs_review, review_reasons=list(item.review_reasons))


def _create_article(page, order, item: ParsedArticle) -> Article:
    """The article to create (in bulk, with the page's others); its copies of the page's place set as `save` would."""
    return Article(page=page, order=order, **_article_values(item), **place_of(page, ARTICLE_PLACE))


SAME_STORY = 0.8  # difflib ratio of two bodies from which they are the same story


def _same_stories(items: dict[int, ParsedArticle], articles: list[Article]) -> dict[int, Article]:
    """Parsed article index → the unedited article (or deletion) that is clearly the same story, one to one."""
    pairs = []
    for index, item in items.items():
        for article in articles:
            ratio = _similarity(article.body, item.body)
            if ratio >= SAME_STORY:
                pairs.append((-ratio, index, article.pk, article))
    found, taken = {}, set()
    for _, index, pk, article in sorted(pairs, key=lambda p: p[:3]):
        if index not in found and pk not in taken:
            found[index] = article
            taken.add(pk)
    return found


def _similarity(a: str, b: str) -> float:
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return matcher.ratio() if matcher.quick_ratio() >= SAME_STORY else 0.0


def _best_match(item: ParsedArticle, candidates: list[Article]) -> Article | None:
    """The edited article that is the same story as a new parse of it, if any."""
    best, best_ratio = None, SAME_STORY
    for article in candidates:
        ratio = difflib.SequenceMatcher(None, article.body, item.body, autojunk=False).quick_ratio()
        if ratio >= best_ratio:
            best, best_ratio = article, ratio
    return best


def link_continuations(issue: Issue | None):
    if issue is not None:
        issue.link_continuations()


def _issue_for(meta) -> Issue:
    paper, _ = Newspaper.objects.get_or_create(name=meta.newspaper)
    issue, _ = Issue.objects.get_or_create(newspaper=paper, date=meta.date)
    return issue
