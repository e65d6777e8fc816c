"""Persons in the API: search, timeline, co-mentions."""
import pytest

from articles.models import Mention, Person

pytestmark = pytest.mark.django_db


def timeline_of(client, detail):
    """A person's whole timeline, from the detail's link to their mentions, page by page."""
    entries, url = [], detail["mentions"]
    while url:
        response = client.get(url, {"page_size": 2} if url == detail["mentions"] else None).json()
        entries += response["results"]
        url = response["next"]
    return entries


def test_person_search_and_timeline(client, imported_seeds):
    mention = Mention.objects.exclude(title="").exclude(page__issue=None).select_related("person").first()
    person = mention.person
    found = client.get("/api/persons/", {"search": person.name}).json()["results"]
    assert person.pk in {p["id"] for p in found}
    assert all(person.name in p["name"] or person.name in p["title"] for p in found)
    detail = client.get(f"/api/persons/{person.pk}/").json()
    timeline = timeline_of(client, detail)
    assert len(timeline) == detail["mention_count"] == person.mentions.count()
    assert detail["first_mentions"] == timeline[:len(detail["first_mentions"])]
    entry = next(e for e in timeline if e["article"] == mention.article_id)
    assert entry["title"] == mention.title and entry["date"] == str(mention.page.issue.date)
    dates = [e["date"] or "9999" for e in timeline]  # undated (unassigned) pages last
    assert dates == sorted(dates)


def test_co_mentions_count_shared_articles(client, imported_seeds):
    article_mention = Mention.objects.exclude(article=None).first()
    person = article_mention.person
    data = client.get(f"/api/persons/{person.pk}/co-mentions/").json()
    others = set(Mention.objects.filter(article__in=person.mentions.values("article"))
                 .exclude(person=person).values_list("person", flat=True))
    assert {d["id"] for d in data} == others
    for d in data:
        shared = Mention.objects.filter(person=d["id"], article__mentions__person=person).values("article")
        assert d["count"] == shared.distinct().count()
    assert all(d["count"] >= 1 for d in data) and person.pk not in {d["id"] for d in data}
    assert Person.objects.filter(pk__in=others).count() == len(others)


def test_mention_count_in_a_role_filtered_list_matches_the_detail(client, staff_client, db):
    from articles.models import Article, Page
    page = Page.objects.create(raw_text="x", sha256="5" * 64, source_name="r.txt", parser_version="t")
    person = Person.objects.create(name="周小南")
    for order in (1, 2):
        article = Article.objects.create(page=page, order=order, title=f"消息{order}", body="正文。")
        Mention.objects.create(person=person, page=page, article=article, role="记者")
    Mention.objects.create(person=person, page=page, article=article, role="mentioned")
    detail = client.get(f"/api/persons/{person.pk}/").json()
    assert detail["mention_count"] == len(timeline_of(client, detail)) == 3
    for params in ({"role": "记者"}, {"role": "记者", "ordering": "-mention_count"}, {}):
        listed = client.get("/api/persons/", params).json()["results"]
        assert [p["mention_count"] for p in listed if p["id"] == person.pk] == [3], params
    html = staff_client.get("/admin/articles/person/", {"mentions__role": "记者"}).content.decode()
    assert '<td class="field-mention_count">3</td>' in html
