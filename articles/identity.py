"""Which Person a printed name refers to.

A name with a 职务 joins the existing Person of that name whose post is compatible (the same
post, one containing the other, or most of the wording shared); a clearly different post makes
a new Person, and both are flagged so an editor can confirm or merge them. A name printed
without a post joins the only (or the most mentioned) Person of that name.
"""
from django.db import transaction
from django.db.models import Count

from .models import Mention, Person
from .parsing.titles import titles_compatible

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
def merge_persons(keep: Person, others: list[Person]) -> Person:
    """Move every mention of `others` to `keep` and delete them."""
    for other in others:
        for mention in other.mentions.all():
            duplicate = Mention.objects.filter(person=keep, article=mention.article, role=mention.role,
                                               page=mention.page).exists()
            if duplicate:
                mention.delete()
            else:
                mention.person = keep
                mention.save(update_fields=["person"])
        keep.title = keep.title or other.title
        other.delete()
    keep.review_reasons, keep.needs_review = [], False
    keep.save()
    return keep


@transaction.atomic
def split_mention(mention: Mention) -> Person:
    """Give one mention its own new Person."""
    person = Person.objects.create(name=mention.person.name, title=mention.title)
    mention.person = person
    mention.save(update_fields=["person"])
    return person
