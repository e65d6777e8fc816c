"""Which Person a printed name refers to.

A name with a 职务 joins the existing Person of that name whose post is compatible (the same
post, one containing the other, or most of the wording shared); a clearly different post makes
a new Person, and both are flagged so an editor can confirm or merge them. A name printed
without a post joins the only (or the most mentioned) Person of that name.
"""
from django.db import transaction
from django.db.models import Count

from .corrections import mark_corrected
from .models import Mention, Person
from .parsing.persons import titles_compatible

SAME_NAME_REASON = "同名不同职务，请确认是否同一人"


def resolve_person(name: str, title: str | None) -> Person:
    """Find or create the Person meant by `name` printed with `title`."""
    title = (title or "").strip()
    candidates = list(
        Person.objects.filter(name=name).annotate(n=Count("mentions")).order_by("-n", "id")
    )
    if title:
        for person in candidates:
            if any(titles_compatible(title, known) for known in _known_titles(person)):
                if not person.title:
                    person.title = title
                    person.save(update_fields=["title"])
                return person
    elif candidates:
        return candidates[0]
    person = Person.objects.create(name=name, title=title)
    if candidates:
        for other in [person, *candidates]:
            other.flag(SAME_NAME_REASON)
            other.save(update_fields=["needs_review", "review_reasons"])
    return person


def _known_titles(person):
    """Every post printed for the person so far ("" when none, which fits any post)."""
    known = {person.title, *person.mentions.values_list("title", flat=True)}
    return [t for t in known if t] or [""]


@transaction.atomic
def merge_persons(keep: Person, others: list[Person]) -> list[str]:
    """Move every mention of `others` to `keep`, append their notes, delete them; returns what was collapsed.

    A mention `keep` already has (same article or page credit, same role) absorbs the other one:
    its 职务 is joined to keep's. The articles and page credits concerned are marked corrected.
    """
    collapsed = []
    for other in others:
        mentions = list(other.mentions.select_related("article", "page"))
        mark_corrected(mentions)
        for mention in mentions:
            twin = Mention.objects.filter(person=keep, article=mention.article, role=mention.role,
                                          page=mention.page).first()
            if twin is None:
                mention.person = keep
                mention.save(update_fields=["person"])
                continue
            twin.title = joined_titles(twin.title, mention.title)
            twin.position = min(twin.position, mention.position)
            twin.save(update_fields=["title", "position"])
            mention.delete()
            where = mention.article or f"{mention.page}（版面署名）"
            collapsed.append(f"{where}：{mention.get_role_label()}{other.name}并入{keep.name}"
                             + (f"，职务为“{twin.title}”" if twin.title else ""))
        keep.title = keep.title or other.title
        if other.note.strip() and other.note.strip() not in keep.note:
            keep.note = "\n".join(part for part in [keep.note.rstrip(), other.note.strip()] if part)
        other.delete()
    keep.review_reasons, keep.needs_review = [], False
    keep.save()
    return collapsed


def joined_titles(first: str, second: str) -> str:
    """Both 职务 when they differ (one containing the other gives the longer), within the field's length."""
    first, second = first.strip(), second.strip()
    if second in first:
        return first
    if first in second:
        return second
    return f"{first}；{second}"[:Mention._meta.get_field("title").max_length]


@transaction.atomic
def split_mentions(mentions: list[Mention]) -> Person | None:
    """Move mentions of one person together to a new Person of that name; None when they are all it has."""
    person = mentions[0].person
    if {m.pk for m in mentions} >= set(person.mentions.values_list("pk", flat=True)):
        return None
    new = Person.objects.create(name=person.name, title=next((m.title for m in mentions if m.title), ""))
    Mention.objects.filter(pk__in=[m.pk for m in mentions]).update(person=new)
    mark_corrected(mentions)
    return new
