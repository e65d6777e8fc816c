"""Which Person a printed name refers to.

A name with a 职务 joins the existing Person of that name whose post is compatible (the same
post, one containing the other, or most of the wording shared); a clearly different post makes
a new Person, and both are flagged so an editor can confirm or merge them. A name printed
without a post joins the only (or the most mentioned) Person of that name.
"""
from django.db import transaction
from django.db.models import Count

from .corrections import mark_corrected
from .models import Mention, Person, pinyin_key
from .parsing.persons import titles_compatible
from .versioning import next_version

SAME_NAME_REASON = "同名不同职务，请确认是否同一人"


def resolve_person(name: str, title: str | None) -> Person:
    """Find or create the Person meant by `name` printed with `title`."""
    book = PersonBook([name])
    person = book.resolve(name, title)
    book.save()
    return person


class PersonBook:
    """The persons of a set of names, loaded in two queries, resolved in memory and saved in bulk.

    `resolve` decides as if each mention were stored before the next name is resolved: a
    mention `added` counts for the person and its 职务 becomes one of theirs; mentions `removed`
    no longer do. `save()` creates the new persons and saves the changed ones (a few queries).
    """

    def __init__(self, names):
        names = set(names)
        self._by_name: dict[str, list[Person]] = {}
        self._count: dict[int, int] = {}
        self._titles: dict[int, dict[str, int]] = {}
        self._new: list[Person] = []
        self._changed: dict[int, Person] = {}
        if not names:
            return
        for person in Person.objects.filter(name__in=names).annotate(n=Count("mentions")).order_by("id"):
            self._by_name.setdefault(person.name, []).append(person)
            self._count[id(person)] = person.n
        rows = (Mention.objects.filter(person__name__in=names).order_by()
                .values_list("person_id", "title").annotate(n=Count("id")))
        by_pk = {p.pk: p for people in self._by_name.values() for p in people}
        for person_id, title, n in rows:
            self._titles.setdefault(id(by_pk[person_id]), {})[title] = n

    def resolve(self, name: str, title: str | None) -> Person:
        """The Person meant by `name` printed with `title` (found or to be created), as `resolve_person` decides."""
        title = (title or "").strip()
        people = self._by_name.setdefault(name, [])
        candidates = sorted(people, key=lambda p: -self._count[id(p)])  # stable: by id, new ones last
        if title:
            for person in candidates:
                if any(titles_compatible(title, known) for known in self._known_titles(person)):
                    if not person.title:
                        person.title = title
                        self._changed[id(person)] = person
                    return person
        elif candidates:
            return candidates[0]
        person = Person(name=name, title=title)
        people.append(person)
        self._new.append(person)
        self._count[id(person)] = 0
        if candidates:
            for other in [person, *candidates]:
                if not (other.needs_review and SAME_NAME_REASON in other.review_reasons):
                    other.flag(SAME_NAME_REASON)
                    self._changed[id(other)] = other
        return person

    def added(self, person: Person, title: str) -> None:
        """A mention of `person` with `title` is stored."""
        self._count[id(person)] = self._count.get(id(person), 0) + 1
        titles = self._titles.setdefault(id(person), {})
        titles[title] = titles.get(title, 0) + 1

    def removed(self, person_id: int, title: str) -> None:
        """A stored mention of the person with `title` is deleted."""
        person = next((p for people in self._by_name.values() for p in people if p.pk == person_id), None)
        if person is None:
            return
        self._count[id(person)] -= 1
        titles = self._titles.get(id(person), {})
        titles[title] = titles.get(title, 0) - 1

    def _known_titles(self, person):
        """Every post printed for the person so far ("" when none, which fits any post)."""
        counts = self._titles.get(id(person), {})
        known = {person.title, *(t for t, n in counts.items() if n > 0)}
        return [t for t in known if t] or [""]

    def save(self) -> None:
        """Create the new persons (ids in resolving order) and save the changed ones' 职务 and flags."""
        for person in self._new:
            person.name_pinyin = pinyin_key(person.name)
        Person.objects.bulk_create(self._new)
        changed = [p for p in self._changed.values() if p not in self._new]
        for person in changed:
            person.version = next_version()
        if changed:
            Person.objects.bulk_update(changed, ["title", "needs_review", "review_reasons", "version"])
        for person in changed:
            del person.version  # read again from the database when asked
        self._new, self._changed = [], {}


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
