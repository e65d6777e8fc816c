"""Parsed values too long for their columns: what the importer and `reparse` store instead, decided here.

A bad page (a dump without line breaks, a column read as one headline, a caption taken for a
byline) can give the parser a "headline" of 2,000 characters or a "person" of 60. Stored as it is,
that fails on PostgreSQL (a DataError: the page is lost) and shows nonsense on SQLite. Instead:

- headline parts (引题, 标题, each 副题) and the byline: cut to the column with "…"; the whole
  text is put at the start of the body, so nothing of the page is lost (search still finds it);
- a person's name longer than any name (PERSON_NAME_MAX) is not a person: not stored; a role word
  (记者, 责编) longer than its column is not a role: a person in an article is kept as named in the
  text (提及), a page credit is left out;
- a person's 职务: cut after the last whole post that fits (posts are listed with 、，), else with "…";
- 稿源 (新华社, 本报) longer than its column is not a source: left empty (the byline keeps it);
- the page's 版名 and the paper's name longer than their columns are not names: left empty (without a
  paper the page is imported unassigned, for an editor to place); a page or jump number beyond the
  column (32767): left out;
- the file's path (what an unassigned page is known by) beyond its column: shortened with a hash of
  the whole path, so it still tells files apart.

Each change is one warning line naming the page and the field (import_pages prints it under the
file's line, `reparse` under the page's) and a review reason on the article or page, so the
editor finds it in the review queue.
"""
from __future__ import annotations

import copy
import dataclasses
import hashlib
import re

from .models import MENTIONED, Article, Mention, Newspaper, Page, Person

ELLIPSIS = "…"
PERSON_NAME_MAX = 30  # the longest transliterated names printed run to about 20 characters
SMALL_INT = 32767  # page numbers and jumps (PositiveSmallIntegerField: smallint on PostgreSQL)
POST_SEPARATORS = re.compile(r"[、，,；;\s]")
HEADLINE_PARTS = (("kicker", "引题"), ("title", "标题"))


def column(model, name: str) -> int:
    return model._meta.get_field(name).max_length


def cut(text: str, size: int) -> str:
    """`text` in at most `size` characters, ending with "…" where it was cut."""
    return text if len(text) <= size else text[:size - 1].rstrip() + ELLIPSIS


def fit_meta(meta, where: str):
    """The page's metadata fitted to its columns (a copy), a warning line for each change and the page's
    review reasons for them."""
    warnings, changes, reasons = [], {}, []
    for name, size, word in (("newspaper", column(Newspaper, "name"), "newspaper name"),
                             ("section", column(Page, "section"), "section (版名)")):
        value = getattr(meta, name)
        if value and len(value) > size:
            changes[name] = None
            warnings.append(f"{where}: {word} is {len(value):,} characters (the column holds {size}): "
                            "not a name, left out")
            reasons.append(f"{'报名' if name == 'newspaper' else '版名'}过长（{len(value)}字），未保存：{value[:20]}…")
    if meta.number is not None and meta.number > SMALL_INT:
        changes["number"] = None
        warnings.append(f"{where}: page number {meta.number} is beyond {SMALL_INT}: left out")
        reasons.append(f"版次 {meta.number} 超出范围，未保存")
    return (dataclasses.replace(meta, **changes) if changes else meta), warnings, reasons


def fit_source_path(path: str) -> str:
    """A path short enough for Page.source_path: beyond it, its head and a hash of the whole path."""
    size = column(Page, "source_path")
    if len(path) <= size:
        return path
    digest = hashlib.sha256(path.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{path[:size - len(digest) - 2]}{ELLIPSIS}#{digest}"


def fit_parse(parsed, where: str, reasons=()):
    """A copy of a parsed page with its articles, persons and credits fitted to their columns, and a warning
    line for each change; `parsed` itself is left as it is (a store that is tried again fits it again).

    Page-wide changes add a review reason to the copy's `warnings` (the page is flagged), as do `reasons`
    (fit_meta's); an article's go to its review reasons.
    """
    parsed = copy.deepcopy(parsed)
    parsed.warnings += reasons
    warnings = []
    credits = []
    for credit in parsed.page.editors:
        problem = _person_problem(credit.name, credit.role)
        if problem:
            warnings.append(f"{where}: page credit {problem}: not stored")
            parsed.warnings.append(f"版面署名过长，未保存：{credit.role[:10]} {credit.name[:10]}…")
        else:
            credits.append(credit)
    parsed.page.editors = credits
    for number, article in enumerate(parsed.articles, start=1):
        warnings += _fit_article(article, f"{where}: article {number}")
    return parsed, warnings


def _fit_article(article, where: str) -> list[str]:
    warnings, whole = [], []

    def too_long(field: str, label: str, value: str, size: int) -> str:
        whole.append(value)
        warnings.append(f"{where} {field} is {len(value):,} characters (the column holds {size}): "
                        f"cut with {ELLIPSIS}, the whole text put at the start of the body")
        article.review_reasons.append(f"{label}过长（{len(value)}字）：已截断，全文移至正文开头")
        return cut(value, size)

    size = column(Article, "title")
    for field, label in HEADLINE_PARTS:
        value = getattr(article, field) or ""
        if len(value) > size:
            setattr(article, field, too_long(field, label, value, size))
    article.subtitles = [too_long(f"subtitle {n}", "副题", value, size) if len(value) > size else value
                         for n, value in enumerate(article.subtitles, start=1)]
    size = column(Article, "byline")
    if article.byline and len(article.byline) > size:
        article.byline = too_long("byline", "署名", article.byline, size)
    if whole:
        article.body = "\n".join([*whole, article.body] if article.body else whole)
    size = column(Article, "source")
    if article.source and len(article.source) > size:
        warnings.append(f"{where} source (稿源) is {len(article.source):,} characters (the column holds {size}): "
                        "not a source, left out")
        article.review_reasons.append(f"稿源过长（{len(article.source)}字），未保存")
        article.source = None
    for field in ("continued_from", "continued_to"):
        if (getattr(article, field) or 0) > SMALL_INT:
            warnings.append(f"{where} {field} page {getattr(article, field)} is beyond {SMALL_INT}: left out")
            setattr(article, field, None)
    article.persons = [person for person in article.persons if _fit_person(person, article, where, warnings)]
    return warnings


def _fit_person(person, article, where: str, warnings: list[str]) -> bool:
    """Whether the person is kept (their 职务 and role fitted)."""
    problem = _person_problem(person.name, None)
    if problem:
        warnings.append(f"{where} person {problem}: not a person, not stored")
        article.review_reasons.append(f"人名过长（{len(person.name)}字），未作为人物保存：{person.name[:10]}…")
        return False
    size = column(Mention, "role")
    if person.role and len(person.role) > size:
        warnings.append(f"{where} person {person.name}: role is {len(person.role):,} characters "
                        f"(the column holds {size}): kept as named in the text")
        person.role = MENTIONED
    size = min(column(Mention, "title"), column(Person, "title"))
    if person.title and len(person.title) > size:
        warnings.append(f"{where} person {person.name}: 职务 is {len(person.title):,} characters "
                        f"(the column holds {size}): cut to the posts that fit")
        article.review_reasons.append(f"{person.name}的职务过长（{len(person.title)}字）：已截断")
        person.title = whole_posts(person.title, size)
    return True


def _person_problem(name: str, role: str | None) -> str | None:
    """Why a name (and a credit's role) cannot be stored, in words; None when it can."""
    if len(name) > PERSON_NAME_MAX:
        return f"name is {len(name):,} characters ({name[:10]}{ELLIPSIS}; no name is over {PERSON_NAME_MAX})"
    if role is not None and len(role) > column(Mention, "role"):
        return f"{name}: role is {len(role):,} characters (the column holds {column(Mention, 'role')})"
    return None


def whole_posts(title: str, size: int) -> str:
    """The posts of a 职务 that fit in `size` characters (cut after a separator), else the 职务 cut with "…"."""
    head = title[:size + 1]
    ends = [m.start() for m in POST_SEPARATORS.finditer(head) if m.start() > 0]
    if ends and ends[-1] <= size:
        return title[:ends[-1]].rstrip("、，,；; ")
    return cut(title, size)
