"""What keeps a large archive fast: constant queries per request, cursors, estimated counts, person pages, export."""
import csv
import io
import json
from datetime import date, timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.authtoken.models import Token

from articles import search
from articles.api import pagination
from articles.api import search as api_search
from articles.models import Article, Issue, Mention, Newspaper, Page, Person

pytestmark = pytest.mark.django_db


def make_archive(articles=12, named=None, paper="山城日报"):
    """`articles` articles over dated pages (two per page) and one unassigned page; `named` is in every one."""
    newspaper = Newspaper.objects.get_or_create(name=paper)[0]
    made, page = [], None
    for n in range(articles):
        if n % 2 == 0:
            day = Issue.objects.get_or_create(newspaper=newspaper, date=date(2021, 1, 1) + timedelta(days=n // 4))[0]
            page = Page.objects.create(issue=day if n < articles - 2 else None, number=n // 2 % 2 + 1,
                                       raw_text=f"{paper}{n}", sha256=f"{paper}{n}".encode().hex()[:64].ljust(64, "0"),
                                       source_name=f"{paper}{n}.txt", parser_version="t")
        article = Article.objects.create(page=page, order=n % 2 + 1, title=f"乡村振兴第{n}篇",
                                         body=f"龙水镇召开会议。第{n}次乡村振兴调研。")
        if named is not None:
            Mention.objects.create(person=named, page=page, article=article, role="记者")
            Mention.objects.create(person=Person.objects.create(name=f"同事{n}"), page=page, article=article)
        made.append(article)
    return made


def queries(client, url, **params):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200, response.content[:300]
    return len(captured)


@pytest.mark.parametrize("url,params", [("/api/articles/", {}), ("/api/articles/", {"search": "乡村振兴 会议"}),
                                        ("/api/persons/", {}), ("/api/articles/", {"ordering": "title"})])
def test_a_list_costs_the_same_queries_at_any_size(client, db, url, params):
    make_archive(2, named=Person.objects.create(name="周小南"), paper="南岸报")
    few = queries(client, url, page_size=1, **params)
    make_archive(30, named=Person.objects.create(name="柯明远"))
    assert queries(client, url, page_size=30, **params) == few


def test_detail_and_person_pages_cost_the_same_queries_however_often_a_person_is_named(client, db):
    rare, busy = Person.objects.create(name="周小南"), Person.objects.create(name="柯明远")
    make_archive(2, named=rare, paper="南岸报")
    costs = {}
    for person in (rare, busy):
        if person is busy:
            make_archive(44, named=busy)
        article = person.mentions.first().article
        costs[person.name] = [queries(client, f"/api/articles/{article.pk}/"),
                              queries(client, f"/api/persons/{person.pk}/"),
                              queries(client, f"/api/persons/{person.pk}/mentions/"),
                              queries(client, f"/api/persons/{person.pk}/co-mentions/")]
    assert costs["周小南"] == costs["柯明远"]


def test_person_detail_carries_counts_and_the_first_mentions_only(client, db):
    person = Person.objects.create(name="柯明远")
    make_archive(46, named=person)
    detail = client.get(f"/api/persons/{person.pk}/").json()
    assert detail["mention_count"] == 46 and len(detail["first_mentions"]) == 20
    assert [m["date"] for m in detail["first_mentions"]][:2] == ["2021-01-01", "2021-01-01"]
    page = client.get(detail["mentions"], {"page_size": 50}).json()
    assert page["count"] == 46 and page["results"][:20] == detail["first_mentions"]
    assert page["results"][-1]["date"] is None  # the unassigned page comes last
    co = client.get(detail["co_mentions"]).json()
    assert len(co) == 46 and {c["count"] for c in co} == {1}


def test_admin_person_page_shows_the_first_mentions_and_links_to_the_rest(staff_client, db):
    person = Person.objects.create(name="柯明远")
    make_archive(30, named=person)
    html = staff_client.get(f"/admin/articles/person/{person.pk}/change/").content.decode()
    assert html.count("乡村振兴第") == 20 and "共 30 次提及" in html
    link = f"/admin/articles/mention/?person__id__exact={person.pk}"
    assert link in html
    listed = staff_client.get(link)
    assert listed.status_code == 200 and listed.context["cl"].result_count == 30


def walk(client, url, **params):
    pages, response = [], client.get(url, params).json()
    while True:
        pages.append([r["id"] for r in response["results"]])
        if not response["next"]:
            return pages, response
        response = client.get(response["next"]).json()


@pytest.mark.parametrize("params", [{}, {"ordering": "-page__number"}, {"search": "乡村振兴"}, {"ordering": "title"}])
def test_cursor_pages_go_through_every_article_once_and_back(client, db, monkeypatch, params):
    monkeypatch.setattr(pagination, "MAX_PAGE", 2)  # page numbers for the first two pages, then cursors
    make_archive(23)
    by_number = [r["id"] for r in client.get("/api/articles/", {**params, "page_size": 100}).json()["results"]]
    pages, last = walk(client, "/api/articles/", page_size=3, **params)
    assert sum(pages, []) == by_number and len(by_number) == 23
    assert "cursor=" in client.get("/api/articles/", {**params, "page_size": 3, "page": 2}).json()["next"]
    back, url = [], last["previous"]
    while url:  # previous links walk the same pages backwards
        response = client.get(url).json()
        back.insert(0, [r["id"] for r in response["results"]])
        url = response["previous"]
    assert sum(back, []) == by_number[:len(sum(back, []))] and len(sum(back, [])) >= 20


def test_bad_page_numbers_and_cursors_are_400s(client, db):
    make_archive(4)
    assert client.get("/api/articles/", {"page": pagination.MAX_PAGE + 1}).status_code == 400
    assert client.get("/api/articles/", {"page": "x"}).status_code == 400
    assert client.get("/api/articles/", {"cursor": "bm9wZQ"}).status_code == 400
    assert client.get("/api/persons/", {"cursor": "!!"}).status_code == 400


def test_counts_past_the_threshold_are_estimated_where_the_database_can(client, db, monkeypatch):
    monkeypatch.setattr(pagination, "EXACT_COUNT_UP_TO", 5)
    make_archive(12)
    few = client.get("/api/articles/", {"page_number": 99}).json()
    assert few["count"] == 0 and few["count_estimated"] is False
    many = client.get("/api/articles/").json()
    if connection.vendor == "postgresql":
        assert many["count_estimated"] is True and many["count"] >= 6
    else:  # SQLite has no estimate: it counts
        assert many == {**many, "count": 12, "count_estimated": False}


def test_export_streams_the_filtered_articles_to_staff_and_token_holders(client, db, django_user_model):
    make_archive(6)
    make_archive(4, paper="南岸报")
    url = "/api/articles/export/"
    assert client.get(url, {"format": "csv"}).status_code in (401, 403)
    reader = django_user_model.objects.create_user("reader", password="pw-reader-1")
    client.force_login(reader)
    assert client.get(url, {"format": "csv"}).status_code == 403
    token = Token.objects.create(user=reader)  # a researcher with a token
    client.logout()
    response = client.get(url, {"format": "jsonl", "newspaper": "南岸报"}, HTTP_AUTHORIZATION=f"Token {token.key}")
    assert response.status_code == 200 and response.streaming
    rows = [json.loads(line) for line in b"".join(response.streaming_content).decode().splitlines()]
    assert len(rows) == 2 and {r["newspaper"] for r in rows} == {"南岸报"} and "body" in rows[0]  # 2 unassigned
    client.force_login(django_user_model.objects.create_user("desk", password="pw-desk-1", is_staff=True))
    response = client.get(url, {"format": "csv", "search": "第3次"})
    table = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert response["Content-Type"].startswith("text/csv") and {r["title"] for r in table} == {"乡村振兴第3篇"}
    assert client.get(url, {"format": "xml"}).status_code == 404


def test_export_command_takes_the_api_filters(db, tmp_path):
    make_archive(6)
    make_archive(4, paper="南岸报")
    out, err = io.StringIO(), io.StringIO()
    call_command("export_articles", "--format", "jsonl", "--newspaper", "山城日报", stdout=out, stderr=err)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(rows) == 4 and {r["newspaper"] for r in rows} == {"山城日报"}  # two are on an unassigned page
    assert "4 article(s) exported" in err.getvalue()
    target = tmp_path / "all.csv"
    call_command("export_articles", "--format", "csv", "--output", str(target), "--search", "龙水镇", stderr=err)
    assert len(list(csv.DictReader(target.open(encoding="utf-8")))) == 10


def test_a_search_that_matches_much_is_ranked_among_its_newest_matches(client, db, monkeypatch, django_user_model):
    monkeypatch.setattr(search, "RANK_WINDOW", 4)
    make_archive(16)  # four articles a day over four days, the last two unassigned
    ranked = client.get("/api/articles/", {"search": "乡村振兴", "page_size": 100}).json()
    newest = Article.objects.filter(issue_date__gte=date(2021, 1, 3))  # the 4th newest is of the 3rd; its day kept
    assert {r["id"] for r in ranked["results"]} == set(newest.values_list("id", flat=True))
    assert ranked["count"] == 16  # the count is of every match
    by_date = client.get("/api/articles/", {"search": "乡村振兴", "ordering": "-page__issue__date",
                                            "page_size": 100}).json()
    assert len(by_date["results"]) == 16
    staff = django_user_model.objects.create_user("desk", password="pw-desk-1", is_staff=True)
    client.force_login(staff)
    exported = client.get("/api/articles/export/", {"format": "jsonl", "search": "乡村振兴"})
    assert len(b"".join(exported.streaming_content).splitlines()) == 16  # an export holds every match


def test_the_window_keeps_its_last_day_when_it_goes_on_past_the_matches_read(client, db, monkeypatch):
    monkeypatch.setattr(search, "RANK_WINDOW", 4)
    monkeypatch.setattr(api_search, "EXACT_COUNT_UP_TO", 5)  # six newest matches read: the 4th's day goes on
    make_archive(16)
    ranked = client.get("/api/articles/", {"search": "乡村振兴", "page_size": 100}).json()
    newest = Article.objects.filter(issue_date__gte=date(2021, 1, 3))
    assert {r["id"] for r in ranked["results"]} == set(newest.values_list("id", flat=True))
