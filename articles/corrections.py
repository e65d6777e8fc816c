"""Editors' corrections: what changes when an editor corrects the archive, so `reparse` keeps it.

The admin and the API both call these (as Django's ``UserManager.create_superuser`` serves
both the command and the admin), so the rules live in one place:

- an article written, changed or added by an editor is ``edited``: a re-parse keeps it;
- an article an editor deletes is recorded (DismissedArticle): a re-parse leaves it out; so is
  the parser's version of articles an editor re-cut on the review screen (articles.desk);
- a change to the persons of an article (a mention added, changed, deleted, persons merged
  or split, a person renamed or deleted) marks that article edited, and a change to a page
  credit (a mention without article) marks the page's credits edited.
"""
from __future__ import annotations

from collections.abc import Iterable

from .models import Article, DismissedArticle, Mention, Page, Person, content_fingerprint
from .versioning import next_version


def mark_edited(article: Article) -> Article:
    """The editor wrote or changed this article (not saved here: the caller saves it)."""
    article.edited = True
    return article


def dismiss_articles(articles: Iterable[Article], reason: str = "") -> None:
    """Editors are deleting these articles (or replacing them, `reason` says how): a re-parse leaves them out."""
    DismissedArticle.objects.bulk_create(
        [DismissedArticle(page_id=a.page_id, fingerprint=content_fingerprint(a), headline=a.headline[:500],
                          body=a.body, reason=reason[:200]) for a in articles],
        ignore_conflicts=True)


def supersede_articles(articles: Iterable[Article], reason: str) -> None:
    """An editor re-cut these parsed articles (split, merged, lines moved): the parser's version of them
    is recorded like a deletion, so a re-parse keeps the editor's articles instead of adding it back.
    Articles already edited are no parser output: nothing to record for them."""
    dismiss_articles([a for a in articles if not a.edited], reason)


def delete_articles(articles: Iterable[Article]) -> None:
    """Delete articles as an editor does: recorded first, so a re-parse does not bring them back."""
    articles = list(articles)
    dismiss_articles(articles)
    Article.objects.filter(pk__in=[a.pk for a in articles]).delete()


def mark_corrected(mentions: Iterable[Mention | None]) -> None:
    """Editors changed these mentions: their articles become edited, pages whose credits changed keep them."""
    mentions = [m for m in mentions if m is not None]
    (Article.objects.filter(pk__in={m.article_id for m in mentions if m.article_id}, edited=False)
     .update(edited=True, version=next_version()))
    Page.objects.filter(pk__in={m.page_id for m in mentions if not m.article_id}).update(credits_edited=True)


def mention_changed(before: Mention | None, after: Mention) -> None:
    """A mention was edited or added: the article (or page credits) it left and the one it is on."""
    mark_corrected([before, after])


def delete_mentions(mentions: Iterable[Mention]) -> None:
    """Editors delete these mentions: the articles (or page credits) keep the persons that are left."""
    mentions = list(mentions)
    mark_corrected(mentions)
    Mention.objects.filter(pk__in=[m.pk for m in mentions]).delete()


def person_renamed(person: Person) -> None:
    """A person's name was corrected: the articles that name them keep the corrected name."""
    mark_corrected(person.mentions.all())


def delete_persons(persons: Iterable[Person]) -> None:
    """Editors delete these persons: the articles (and page credits) that named them keep what is left."""
    pks = [p.pk for p in persons]
    mark_corrected(Mention.objects.filter(person__in=pks))
    Person.objects.filter(pk__in=pks).delete()


def page_metadata_changed(page: Page) -> None:
    """An editor corrected the page's paper, date, number or section (not saved here: the caller saves it)."""
    page.metadata_edited = True
