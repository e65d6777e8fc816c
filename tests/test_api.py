"""The read API: lists, nested detail, filters, Chinese search, permissions, query counts, schema."""
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.authtoken.models import Token

from articles.models import Article, Mention, Page, Person
from conftest import make_editor

pytestmark = pytest.mark.django_db


def results(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content[:300]
    return response.json()["results"]


def test_every_list_and_detail_answers_anonymous_readers(client, imported_seeds):
    for name in ["newspapers", "issues", "pages", "articles", "persons"]:
        items = results(client, f"/api/{name}/")
        assert items, name
        assert client.get(items[0]["url"]).status_code == 200


def test_article_detail_nests_what_a_reader_needs(client, imported_seeds):
    article = Article.objects.filter(page__issue__isnull=False).exclude(mentions=None).first()
    data = client.get(f"/api/articles/{article.pk}/").json()
    assert data["newspaper"] == article.page.issue.newspaper.name
    assert data["date"] == article.page.issue.date.isoformat()
    assert data["page_number"] == article.page.number and data["body"] == article.body
    assert "/api/issues/" in data["issue"] and "/api/pages/" not in data["issue"]
    names = {p["name"] for p in data["persons"]}
    assert names == set(article.mentions.values_list("person__name", flat=True))
    assert all({"role", "title", "person"} <= set(p) for p in data["persons"])


def test_search_finds_chinese_words_in_unspaced_text(client, imported_seeds):
    found = results(client, "/api/articles/", search="党代会")
    assert found
    for item in found:
        article = Article.objects.get(pk=item["id"])
        assert "党代会" in article.body + article.title + "".join(article.subtitles)
    assert any(Article.objects.get(pk=i["id"]).page.source_name.startswith("001_") for i in found)
    # several words, given without spaces, must all occur
    both = results(client, "/api/articles/", search="党代会脱贫")
    assert {i["id"] for i in both} <= {i["id"] for i in found}
    assert results(client, "/api/articles/", search="量子纠缠宇宙飞船") == []


def test_filters_narrow_the_article_list(client, imported_seeds):
    all_ids = {a["id"] for a in results(client, "/api/articles/", page_size=100)}
    page = Page.objects.filter(issue__isnull=False).first()
    by_paper = results(client, "/api/articles/", newspaper=page.issue.newspaper.name, page_size=100)
    assert by_paper and {a["newspaper"] for a in by_paper} == {page.issue.newspaper.name}
    day = page.issue.date.isoformat()
    by_date = results(client, "/api/articles/", date_after=day, date_before=day, page_size=100)
    assert by_date and {a["date"] for a in by_date} == {day}
    assert results(client, "/api/articles/", date_after="2100-01-01") == []
    by_number = results(client, "/api/articles/", page_number=page.number, page_size=100)
    assert {a["page_number"] for a in by_number} == {page.number}
    if page.section:
        assert {a["section"] for a in results(client, "/api/articles/", section=page.section)} == {page.section}
    flagged = results(client, "/api/articles/", needs_review="true", page_size=100)
    assert all(a["needs_review"] for a in flagged)
    assert len(flagged) < len(all_ids)


def test_person_and_role_filter_one_mention(client, imported_seeds):
    reporter = Mention.objects.filter(role="记者").exclude(article=None).first()
    items = results(client, "/api/articles/", person=reporter.person_id, role="记者")
    assert reporter.article_id in {a["id"] for a in items}
    for item in items:
        assert Mention.objects.filter(article=item["id"], person=reporter.person_id, role="记者").exists()
    assert results(client, "/api/articles/", person=reporter.person_id, role="责编") == []


def test_page_size_is_honoured_up_to_100(client, imported_seeds):
    assert len(results(client, "/api/articles/", page_size=2)) == 2
    assert len(results(client, "/api/persons/", page_size=500)) == min(100, Person.objects.count())


@pytest.mark.parametrize("url", ["/api/articles/", "/api/pages/", "/api/persons/", "/api/issues/"])
def test_list_query_count_does_not_grow_with_page_size(client, imported_seeds, url):
    counts = []
    for size in (1, 30):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url, {"page_size": size}).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_ordering(client, imported_seeds):
    items = results(client, "/api/articles/", ordering="-page__number", page_size=100)
    numbers = [a["page_number"] or 0 for a in items]
    assert numbers == sorted(numbers, reverse=True)


def test_anonymous_and_non_staff_cannot_write(client, imported_seeds, django_user_model):
    article = Article.objects.first()
    assert client.patch(f"/api/articles/{article.pk}/", {"title": "x"}, content_type="application/json"
                        ).status_code in (401, 403)
    assert client.post("/api/newspapers/", {"name": "新报"}).status_code in (401, 403)
    user = django_user_model.objects.create_user("reader", password="pw-reader-1")
    client.force_login(user)
    assert client.patch(f"/api/articles/{article.pk}/", {"title": "x"}, content_type="application/json"
                        ).status_code == 403
    article.refresh_from_db()
    assert article.title != "x"


def test_staff_write_with_a_token_marks_the_article_edited(client, imported_seeds, django_user_model):
    staff = make_editor()
    token = Token.objects.create(user=staff)
    article = Article.objects.first()
    response = client.patch(f"/api/articles/{article.pk}/", {"title": "改正后的标题"},
                            content_type="application/json", HTTP_AUTHORIZATION=f"Token {token.key}")
    assert response.status_code == 200
    article.refresh_from_db()
    assert article.title == "改正后的标题" and article.edited


def test_openapi_schema_and_docs(client, db):
    schema = client.get("/api/schema/")
    assert schema.status_code == 200 and b"/api/articles/" in schema.content
    docs = client.get("/api/docs/")
    assert docs.status_code == 200
    assert b"/static/drf_spectacular_sidecar/" in docs.content  # served locally, works offline


def test_staff_can_add_an_article_to_a_page_but_not_create_pages(staff_client, imported_seeds):
    page = Page.objects.first()
    response = staff_client.post("/api/articles/", {"page": page.pk, "order": 99, "title": "补录的简讯",
                                                    "body": "■某地举行读书节活动。"}, content_type="application/json")
    assert response.status_code == 201, response.content
    assert page.articles.filter(title="补录的简讯").exists()
    assert staff_client.post("/api/pages/", {"raw_text": "x"}).status_code == 405


def _walk(client, url, **params):
    """Every item of a list, following the next links (page numbers, then cursors)."""
    items, response = [], client.get(url, params).json()
    while True:
        items += response["results"]
        if not response["next"]:
            return items
        response = client.get(response["next"]).json()


@pytest.mark.parametrize("ordering", [None, "-page__issue__date", "page__number", "order"])
def test_paging_through_tied_articles_returns_each_once(client, db, ordering):
    for n in range(12):  # unassigned pages tie on date, number and article order
        page = Page.objects.create(raw_text=f"版面{n}", sha256=f"{n:064d}", source_name=f"p{n}.txt",
                                   parser_version="t")
        for order in (1, 2, 3):
            Article.objects.create(page=page, order=order, title=f"简讯{n}-{order}", body="某地举行活动。")
    params = {"page_size": 4, **({"ordering": ordering} if ordering else {})}
    ids = [a["id"] for a in _walk(client, "/api/articles/", **params)]
    assert sorted(ids) == sorted(Article.objects.values_list("id", flat=True))
    if ordering in ("-page__issue__date", "page__number"):  # ties come back in a stable order: by id
        assert ids == sorted(ids)


@pytest.mark.parametrize("url,ordering", [("/api/persons/", "mention_count"), ("/api/pages/", "number"),
                                          ("/api/issues/", None), ("/api/newspapers/", None)])
def test_every_list_pages_through_ties_once(client, imported_seeds, url, ordering):
    for n in range(10):
        Person.objects.create(name="同名人")
        Page.objects.create(raw_text=f"x{n}", sha256=f"{n:064x}", source_name=f"q{n}.txt", parser_version="t")
    params = {"page_size": 3, **({"ordering": ordering} if ordering else {})}
    ids = [a["id"] for a in _walk(client, url, **params)]
    assert len(ids) == len(set(ids)) == client.get(url).json()["count"]


def test_search_finds_words_in_subtitles_alike_on_every_database(client, db):
    page = Page.objects.create(raw_text="x", sha256="3" * 64, source_name="s.txt", parser_version="t")
    article = Article.objects.create(page=page, order=1, title="山城新貌", subtitles=["——市民生活纪实"],
                                     body="街巷焕然一新。")
    assert [a["id"] for a in results(client, "/api/articles/", search="纪实")] == [article.pk]
    assert results(client, "/api/articles/", search="u7eaa") == []  # no escaped JSON is searched
    article.subtitles = ["——乡村振兴见闻"]
    article.save()
    assert results(client, "/api/articles/", search="纪实") == []
    assert [a["id"] for a in results(client, "/api/articles/", search="见闻")] == [article.pk]


def test_role_filter_matches_the_role_word_as_printed_or_ending_with_it(client, db):
    page = Page.objects.create(raw_text="x", sha256="9" * 64, source_name="w.txt", parser_version="t")
    roles = {"记者": "甲记者", "新华社记者": "乙新华", "本报记者": "丙本报", "责编": "丁责编"}
    for order, (role, name) in enumerate(roles.items(), start=1):
        article = Article.objects.create(page=page, order=order, title=name, body="正文。")
        Mention.objects.create(person=Person.objects.create(name=name), page=page, article=article, role=role)
    reporters = {"甲记者", "乙新华", "丙本报"}
    assert {a["title"] for a in results(client, "/api/articles/", role="记者")} == reporters
    assert {p["name"] for p in results(client, "/api/persons/", role="记者")} == reporters
    assert {a["title"] for a in results(client, "/api/articles/", role="新华社记者")} == {"乙新华"}
    assert {p["name"] for p in results(client, "/api/persons/", role="责编")} == {"丁责编"}
    schema = json.dumps(client.get("/api/schema/", {"format": "json"}).json(), ensure_ascii=False)
    assert "新华社记者" in schema


@pytest.mark.parametrize("query", ["%", "“", "“”，。！", "% ?"])
def test_a_search_without_any_word_finds_nothing(client, imported_seeds, query):
    assert results(client, "/api/articles/", search=query) == []
    assert results(client, "/api/persons/", search=query) == []
    assert results(client, "/api/articles/", search="")  # no search: every article
