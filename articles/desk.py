"""The editor's desk: corrections made on a page against its raw lines.

Split an article at a line, merge it with the next, move lines to another (or a new) article
as body, headline or byline, mark a line as furniture. The lines each article came from are
worked out by aligning the stored articles to the raw text (articles.alignment); each part
whose lines changed is rebuilt from its raw lines with the parser's own clean-up helpers.
Every action is an editor's correction (articles.corrections): the articles changed are
`edited` and the parser's version of them is recorded as superseded, so `reparse` and
`import_pages --replace` keep the result. Page metadata, headline parts and the review mark
are in articles.desk_page.
"""
from __future__ import annotations

import re

from django.db import transaction

from .alignment import BODY, BYLINE, HEADLINE, ArticleText, Line, Piece, align, compact
from .corrections import mark_edited, supersede_articles
from .desk_persons import rehome_mentions
from .models import Article, Page
from .parsing.blocks import HEAD, Block
from .parsing.bylines import byline_text, parse_byline
from .parsing.headlines import split_headline
from .parsing.normalise import PARAGRAPH_BREAK, paragraphs
from .versioning import next_version

NEW = 0  # target of a move: a new article
PART_NAMES = {HEADLINE: "标题", BYLINE: "署名", BODY: "正文"}
COVERAGE = 0.97  # share of a body that must be found in the raw text before it is rebuilt from lines


class DeskError(Exception):
    """An action the page does not allow, said in words for the editor."""


def article_text(article: Article) -> ArticleText:
    parts = [article.kicker, article.title, *article.subtitles]
    return ArticleText(article.pk, [p for p in parts if p], article.byline, article.body)


def page_lines(page: Page, articles: list[Article] | None = None) -> list[Line]:
    """The page's raw lines, each with the pieces of the stored articles found on it."""
    if articles is None:
        articles = list(page.articles.order_by("order", "id"))
    return align(page.raw_text, [article_text(a) for a in articles])


@transaction.atomic
def split_article(article: Article, line: int) -> str:
    """Cut `article` before raw line `line`: its body and byline from there on make a new article."""
    desk = _Desk(article.page)
    key = desk.article(article.pk).pk
    lines = desk.lines_of(key, BODY)
    if not any(n < line for n in lines) or not any(n >= line for n in lines):
        raise DeskError(f"第{line}行不在《{article}》正文的中间，无法在此拆分。")
    new = desk.new_article(after=key)
    for row in desk.lines[line - 1:]:
        for piece in row.pieces:
            if piece.key == key and piece.part in (BODY, BYLINE):
                piece.key = new
    return desk.commit(f"在第{line}行拆分《{article}》")


@transaction.atomic
def merge_with_next(article: Article) -> str:
    """Merge `article` with the one after it: its headline lines become body text of the first."""
    desk = _Desk(article.page)
    index = [a.pk for a in desk.articles].index(desk.article(article.pk).pk)
    if index + 1 >= len(desk.articles):
        raise DeskError(f"《{article}》是本版最后一篇文章，没有下一篇可合并。")
    first, second = desk.articles[index], desk.articles[index + 1]
    for row in desk.lines:
        for piece in row.pieces:
            if piece.key == second.pk:
                piece.key = first.pk
                if piece.part == HEADLINE:
                    piece.part, piece.paragraph = BODY, True
    desk.merged[second.pk] = first.pk
    return desk.commit(f"合并《{first}》与下一篇《{second}》")


@transaction.atomic
def move_lines(page: Page, first: int, last: int, target: int, part: str) -> str:
    """Give raw lines first..last to article `target` (or NEW) as its body, headline or byline."""
    if part not in PART_NAMES:
        raise DeskError("未知的目标部分。")
    desk = _Desk(page)
    rows = desk.rows(first, last)
    if target == NEW:
        owners = [p.key for row in rows for p in row.pieces]
        target = desk.new_article(after=owners[0] if owners else desk.article_before(first))
    else:
        desk.article(target)
    for row in rows:
        paragraph = part == BODY and (any(p.paragraph or p.part != BODY for p in row.pieces) or not row.pieces)
        start, end = _span(row)
        row.pieces = [Piece(target, part, start, end, len(compact(row.text[start:end])), paragraph)]
    name = "新文章" if target < 0 else f"《{desk.by_key[target]}》"
    lines = f"第{first}–{last}行" if first != last else f"第{first}行"
    return desk.commit(f"把{lines}移入{name}的{PART_NAMES[part]}")


@transaction.atomic
def mark_furniture(page: Page, first: int, last: int | None = None) -> str:
    """Raw lines first..last are page furniture (a footer, a citation, a header): out of every article."""
    desk = _Desk(page)
    rows = [row for row in desk.rows(first, last or first) if row.pieces]
    if not rows:
        raise DeskError("所选的行不属于任何文章，无需标记。")
    owners = "、".join(f"《{desk.by_key[k]}》" for k in dict.fromkeys(p.key for row in rows for p in row.pieces))
    shown = "、".join(f"第{row.number}行“{row.text.strip()[:20]}”" for row in rows[:3])
    shown += "等" if len(rows) > 3 else ""
    for row in rows:
        row.pieces = []
    return desk.commit(f"把{shown}标为版面要素，移出{owners}")


def _span(row: Line) -> tuple[int, int]:
    """Columns of a line's article text, or of all its text when it belongs to none."""
    if row.pieces:
        return min(p.start for p in row.pieces), max(p.end for p in row.pieces)
    stripped = row.text.strip()
    start = row.text.find(stripped) if stripped else 0
    return start, start + len(stripped)


class _Desk:
    """One correction of one page: change the pieces of its lines, then commit() what changed."""

    def __init__(self, page: Page):
        self.page = page
        self.articles = list(page.articles.order_by("order", "id"))
        self.by_key = {a.pk: a for a in self.articles}
        self.lines = page_lines(page, self.articles)
        self.before = self.parts()
        self.texts = {n: row.text for n, row in enumerate(self.lines, start=1)}
        self.placed: dict[int, int] = {}  # new article key (negative) → the key it follows
        self.merged: dict[int, int] = {}  # article merged away → the article it went into

    def article(self, key: int) -> Article:
        if key not in self.by_key:
            raise DeskError("本版没有这篇文章（可能已被合并或删除），请刷新页面。")
        return self.by_key[key]

    def rows(self, first: int, last: int) -> list[Line]:
        if not (1 <= first <= last <= len(self.lines)):
            raise DeskError(f"行号须在 1 到 {len(self.lines)} 之间。")
        rows = [row for row in self.lines[first - 1:last] if row.text.strip()]
        if not rows:
            raise DeskError("所选的行都是空行。")
        return rows

    def new_article(self, after: int | None) -> int:
        key = -1 - len(self.placed)
        self.placed[key] = after
        return key

    def article_before(self, line: int) -> int | None:
        """The last article with a line before `line` (where a new article made of it goes)."""
        owners = [p.key for row in self.lines[:line - 1] for p in row.pieces if p.key > 0]
        return owners[-1] if owners else None

    def parts(self) -> dict[tuple[int, str], list[tuple[int, int, int]]]:
        out: dict[tuple[int, str], list[tuple[int, int, int]]] = {}
        for row in self.lines:
            for p in row.pieces:
                out.setdefault((p.key, p.part), []).append((row.number, p.start, p.end))
        return out

    def lines_of(self, key: int, part: str) -> list[int]:
        return [n for n, _, _ in self.before.get((key, part), [])]

    def coverage(self, article: Article) -> float:
        found = sum(end - start for _, start, end in self.before.get((article.pk, BODY), []))
        total = len(compact(article.body))
        return 1.0 if not total else min(1.0, found / total)

    def commit(self, what: str) -> str:
        after = self.parts()
        changed = {k for k in set(self.before) | set(after) if self.before.get(k) != after.get(k)}
        if not changed:
            raise DeskError("这项操作不改变任何文章。")
        for key, part in sorted(changed):
            if part == BODY and key > 0 and self.coverage(self.by_key[key]) < COVERAGE:
                raise DeskError(f"《{self.by_key[key]}》的正文与原文对不上（可能已手工改写），"
                                "不能按行重排；请在文章页直接修改。")
        keys = {key for key, _ in changed}
        supersede_articles([self.by_key[k] for k in sorted(keys) if k > 0], what)
        made = {key: Article(page=self.page, order=0, body="") for key in self.placed}
        touched = {**{k: self.by_key[k] for k in keys if k > 0}, **made}
        for key, part in sorted(changed):
            self.rebuild(touched[key], key, part, after.get((key, part), []))
        self.save_order(made)
        for key, article in touched.items():
            if key not in self.merged:
                mark_edited(article)
                article.save()
        rehome_mentions(self.page, [a for k, a in touched.items() if k not in self.merged],
                        {k: touched[v] for k, v in self.merged.items()},
                        bylines={touched[k].pk for k, part in changed if part == BYLINE and k not in self.merged})
        gone = [a.pk for k, a in touched.items() if k in self.merged or not _has_text(a)]
        Article.objects.filter(pk__in=gone).delete()
        return what

    def rebuild(self, article: Article, key: int, part: str, pieces: list[tuple[int, int, int]]):
        """The text of one part of an article from its lines now."""
        if key in self.merged:
            return
        texts = [self.texts[n][start:end] for n, start, end in pieces]
        before = self.before.get((key, part), [])
        lost = [self.texts[n][start:end] for n, start, end in before if (n, start, end) not in pieces]
        gained = any(p not in before for p in pieces)
        if part == BODY:
            article.body = self.body(key)
        elif part == HEADLINE and not gained:
            _drop_from_headline(article, lost)
        elif part == HEADLINE:
            head = split_headline([Block(HEAD, texts)]) if texts else None
            article.kicker = (head and head.kicker) or ""
            article.title = (head and head.title) or ""
            article.subtitles = list(head.subtitles) if head else []
        elif not gained:
            article.byline = _without(article.byline, lost)
        else:
            article.byline = " ".join(byline_text(t) for t in texts)
            article.source = parse_byline(article.byline)[1] or article.source

    def body(self, key: int) -> str:
        """Body lines in page order joined as the parser joins them (paragraph starts kept)."""
        numbers = [row.number for row in self.lines if any(p.key == key and p.part == BODY for p in row.pieces)]
        if not numbers:
            return ""
        out: list[str] = []
        for row in self.lines[numbers[0] - 1:numbers[-1]]:
            mine = [p for p in row.pieces if p.key == key and p.part == BODY]
            if mine:
                if mine[0].paragraph and out:
                    out.append(PARAGRAPH_BREAK)
                out.append(row.text[mine[0].start:max(p.end for p in mine)])
            elif not row.text.strip():
                out.append("")
        return "\n".join(paragraphs(out))

    def save_order(self, made: dict[int, Article]):
        """Orders 1…n: the page's articles as they were, each new one after the article it came from."""
        order = [a for a in self.articles if a.pk not in self.merged]
        for key, after in sorted(self.placed.items(), reverse=True):
            at = next((n + 1 for n, a in enumerate(order) if a.pk == after), len(order) if after else 0)
            order.insert(at, made[key])
        moving = [a for n, a in enumerate(order, start=1) if a.pk and a not in made.values() and a.order != n]
        parked = [*moving, *(a for a in self.articles if a.pk in self.merged)]  # merged ones go at the commit
        for n, article in enumerate(parked):
            Article.objects.filter(pk=article.pk).update(order=10000 + n)  # out of the way of unique orders
        for n, article in enumerate(order, start=1):
            if article in moving:
                Article.objects.filter(pk=article.pk).update(order=n, version=next_version())
            article.order = n
        for article in made.values():
            article.save()


def _has_text(article: Article) -> bool:
    return bool(article.body.strip() or article.title or article.kicker or article.subtitles or article.byline)


def _pattern(text: str) -> re.Pattern:
    return re.compile(r"\s*".join(map(re.escape, compact(text))))


def _without(text: str, lost: list[str]) -> str:
    for piece in lost:
        if compact(piece):
            text = _pattern(piece).sub("", text, count=1)
    return re.sub(r"\s{2,}", " ", text).strip()


def _drop_from_headline(article: Article, lost: list[str]):
    """Take the text of lines no longer in the headline out of its parts; the title is never left empty."""
    parts = [article.kicker, article.title, *article.subtitles]
    for piece in lost:  # each line out of the first part that holds it
        n = next((n for n, part in enumerate(parts) if _pattern(piece).search(part)), None)
        if n is not None and compact(piece):
            parts[n] = _without(parts[n], [piece])
    kicker, title, subtitles = parts[0], parts[1], [s for s in parts[2:] if s]
    if not title and subtitles:
        title = subtitles.pop(0)
    elif not title and kicker:
        title, kicker = kicker, ""
    article.kicker, article.title, article.subtitles = kicker, title, subtitles
