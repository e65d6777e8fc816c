"""Persons follow the text an editor re-cut on the review screen (articles.desk).

A mention stays with its article while the article still prints the name; otherwise it goes
to the re-cut article that does (a split-off piece, the article lines were moved to). An
article merged away hands its mentions to the article it went into. A byline the editor set
names its authors, with the role printed.
"""
from __future__ import annotations

from .identity import resolve_person
from .models import Article, Mention, Page
from .parsing.bylines import parse_byline


def full_text(article: Article) -> str:
    return "\n".join(x for x in [article.kicker, article.title, *article.subtitles, article.byline, article.body] if x)


def rehome_mentions(page: Page, articles: list[Article], merged: dict[int, Article], bylines: set[int]) -> None:
    """Move the mentions of the re-cut `articles` (and of those `merged` away) to the article naming them."""
    texts = {a.pk: full_text(a) for a in articles}
    for mention in (Mention.objects.filter(article__in=[*texts, *merged]).select_related("person")
                    .order_by("id")):
        name = mention.person.name
        if mention.article_id in texts and name in texts[mention.article_id]:
            home = mention.article_id
        else:
            naming = [pk for pk, text in texts.items() if name in text]
            home = naming[0] if naming else merged[mention.article_id].pk if mention.article_id in merged else None
        if home is None:
            continue  # named nowhere now (a caption, a line marked furniture): it stays where it was
        _place(mention, home, texts[home].find(name))
    for article in articles:
        if article.pk in bylines:
            for credit in parse_byline(article.byline)[0]:
                person = resolve_person(credit.name, None)
                Mention.objects.get_or_create(
                    person=person, article=article, role=credit.role,
                    defaults={"page": page, "position": max(0, texts[article.pk].find(credit.name))})


def _place(mention: Mention, article_id: int, position: int) -> None:
    """Put the mention on that article, unless the article already has the person in that role."""
    taken = Mention.objects.filter(person_id=mention.person_id, article_id=article_id, role=mention.role)
    if mention.article_id != article_id and taken.exists():
        mention.delete()
        return
    mention.article_id, mention.position = article_id, max(0, position)
    mention.save(update_fields=["article", "position"])
