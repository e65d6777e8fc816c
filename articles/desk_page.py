"""The editor's desk, page-wide: metadata (报名/日期/版次/版名), headline parts, the review mark, the queue.

Each is an editor's correction that `reparse` and `import_pages --replace` keep: the page's
metadata is marked `metadata_edited`, an article whose headline was corrected `edited`, and a
page marked reviewed stays out of the review queue (until its raw text itself changes).
"""
from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from .corrections import mark_edited, page_metadata_changed
from .desk import DeskError
from .models import UNASSIGNED, Article, Issue, Newspaper, Page
from .versioning import next_version


@transaction.atomic
def correct_page_metadata(page: Page, newspaper: str, date: datetime.date | None, number: int | None,
                          section: str) -> str:
    """Put the page where the editor says: with paper, date and number in that issue, else unassigned."""
    newspaper, section = newspaper.strip(), section.strip()
    before = str(page)
    old_issue = page.issue
    page.section, page.number = section, number
    if newspaper and date and number:
        paper, _ = Newspaper.objects.get_or_create(name=newspaper)
        page.issue, _ = Issue.objects.get_or_create(newspaper=paper, date=date)
        page.pending_newspaper, page.pending_date = "", None
        page.unflag(UNASSIGNED)
    else:
        page.issue, page.pending_newspaper, page.pending_date = None, newspaper, date
        page.flag(UNASSIGNED)
    try:
        page.clean()
    except ValidationError as exc:
        raise DeskError("；".join(exc.messages)) from None
    page_metadata_changed(page)
    page.save()
    for issue in {old_issue, page.issue} - {None}:
        issue.link_continuations()
    return f"把版面信息由“{before}”改为“{page}”"


def correct_headline(article: Article, kicker: str, title: str, subtitles: list[str], byline: str) -> str:
    """Headline parts and byline as the editor typed them."""
    article.kicker, article.title = kicker.strip(), title.strip()
    article.subtitles = [s.strip() for s in subtitles if s.strip()]
    article.byline = byline.strip()
    mark_edited(article)
    article.save()
    return f"修改《{article}》的标题和署名"


def mark_reviewed(page: Page) -> str:
    """The editor has checked the page: out of the queue, with its articles' flags cleared."""
    if page.issue_id is None:
        raise DeskError("未分配的版面不能标记为审核完成：请先补全报名、日期和版次。")
    page.reviewed_at = timezone.now()
    page.needs_review, page.review_reasons = False, []
    page.save(update_fields=["reviewed_at", "needs_review", "review_reasons", "updated_at"])
    page.articles.filter(needs_review=True).update(needs_review=False, review_reasons=[], version=next_version())
    return "标记为审核完成"


def next_in_queue(page: Page | None) -> Page | None:
    """The page after this one in the review queue (the first when this one is not in it)."""
    ids = list(Page.objects.review_queue().values_list("id", flat=True))
    if page is not None and page.pk in ids:
        position = ids.index(page.pk)
        ids = ids[position + 1:] + ids[:position]
    return Page.objects.filter(pk=ids[0]).first() if ids else None
