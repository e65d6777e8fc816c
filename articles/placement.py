"""Which stored page a file is, safely under concurrent imports; and where the same text already is.

A page's identity is its text (sha256, unique in the database), its place (issue, number: unique)
and, while unassigned, the file it came from (source_path: unique among unassigned pages). Before
looking anything up, an import takes PostgreSQL advisory locks (released at commit) on the text,
the place and the file it is about to write, in a fixed order: a second import of the same page
waits and then finds it (``unchanged``) instead of racing to insert a copy.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from django.db import connection

from .models import UNASSIGNED, Page

LOCK_NAMESPACE = 0x4E535250  # "NSRP": first key of pg_advisory_xact_lock(int, int) for page identities


class PageConflict(Exception):
    pass


@dataclass
class Settled:
    """What an import of an already stored text did: status, the page, warnings and notes for the file's lines."""

    status: str
    page: Page
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def lock_identity(sha: str, meta, source_path: str) -> None:
    """Advisory locks (until the transaction ends) on what the page is known by; PostgreSQL only."""
    if connection.vendor != "postgresql":
        return  # SQLite writes one transaction at a time
    keys = [f"text:{sha}", f"path:{source_path}" if source_path else ""]
    if meta.complete:
        keys.append(f"place:{meta.newspaper}|{meta.date}|{meta.number}")
    with connection.cursor() as cursor:
        for key in sorted({_int32(k) for k in keys if k}):
            cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [LOCK_NAMESPACE, key])


def _int32(key: str) -> int:
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:4], "big", signed=True)


def place_name(newspaper, date, number) -> str:
    """`人民日报 2024-03-15 第1版`, with 报名未知 / 日期未知 / 版次未知 for what is not known."""
    return " ".join([newspaper or "报名未知", str(date or "日期未知"), f"第{number}版" if number else "版次未知"])


def place_of(page: Page) -> tuple:
    if page.issue_id:
        return page.issue.newspaper.name, page.issue.date, page.number
    return page.pending_newspaper or None, page.pending_date, page.number


def stored_place(page: Page) -> str:
    name = place_name(*place_of(page))
    return name if page.issue_id else f"未分配（{name}）"


def settle_twin(twin: Page, issue, meta, *, move=False) -> Settled:
    """The file's text is already stored as `twin`: unchanged, assigned, moved, or a conflict naming both places."""
    incoming = (meta.newspaper, meta.date, meta.number)
    stored = place_of(twin)
    differs = [name for name, new, old in zip(("newspaper", "date", "page"), incoming, stored)
               if new is not None and old is not None and new != old]
    here = place_name(*incoming)
    if twin.metadata_edited and (differs or (issue is not None and twin.issue_id != issue.pk)):
        return Settled("unchanged", twin, [f"the same text is stored as {stored_place(twin)}, where an editor put it; "
                                           f"this file says {here}: left where the editor put it"])
    if not differs and (issue is None or (twin.issue_id == issue.pk and twin.number == meta.number)):
        return Settled("unchanged", twin)
    if not differs and twin.issue_id is None:
        return Settled("assigned", _move(twin, issue, meta))
    if not move:
        raise PageConflict(f"the same text is already stored as {stored_place(twin)} (page id {twin.pk}); "
                           f"this file says {here}: use --move to move the page there")
    if issue is None:
        raise PageConflict(f"the same text is stored as {stored_place(twin)} (page id {twin.pk}); "
                           f"this file says {here}: --move needs the newspaper, date and page of the new place")
    before = stored_place(twin)
    return Settled("moved", _move(twin, issue, meta), notes=[f"moved from {before}"])


def _move(page: Page, issue, meta) -> Page:
    taken = Page.objects.filter(issue=issue, number=meta.number).exclude(pk=page.pk).first()
    if taken is not None:
        raise PageConflict(f"{issue} already has a page {meta.number} ({taken}, page {taken.pk})")
    old_issue = page.issue
    page.issue, page.number, page.pending_newspaper, page.pending_date = issue, meta.number, "", None
    page.section = meta.section or page.section
    page.unflag(UNASSIGNED)
    page.save()
    issue.link_continuations()
    if old_issue is not None and old_issue.pk != issue.pk:
        old_issue.link_continuations()
    return page
