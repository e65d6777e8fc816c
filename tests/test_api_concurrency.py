"""ETag and If-Match: no lost update between two writers; deletes of records holding contents refused (409)."""
import threading

import pytest
from django.db import close_old_connections, connection
from django.test import Client

from articles.models import Article, Issue, Newspaper, Page
from conftest import make_editor
from tests.api_helpers import small_archive, token_header

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    client.force_login(make_editor())
    return client


def _patch(client, url, body, **headers):
    return client.patch(url, body, content_type="application/json", **headers)


@pytest.mark.parametrize("name", ["newspapers", "issues", "pages", "articles", "persons"])
def test_every_record_has_an_etag_that_a_write_moves_on(editor_client, name):
    archive = small_archive()
    url = f"/api/{name}/{archive[name[:-1]].pk}/"
    read = editor_client.get(url)
    assert read["ETag"] == f'"{read.json()["version"]}"'
    body = {"newspapers": {"name": "山城晚报"}, "issues": {"date": "2024-03-16"}, "pages": {"section": "综合"},
            "articles": {"title": "新标题"}, "persons": {"title": "站长"}}[name]
    written = _patch(editor_client, url, body, HTTP_IF_MATCH=read["ETag"])
    assert written.status_code == 200, written.content
    assert written["ETag"] != read["ETag"] and written["ETag"] == editor_client.get(url)["ETag"]
    stale = _patch(editor_client, url, body, HTTP_IF_MATCH=read["ETag"])
    assert stale.status_code == 412 and "If-Match" in stale.json()["detail"]
    assert editor_client.get(url)["ETag"] == written["ETag"]  # the refused write changed nothing


@pytest.mark.parametrize("if_match", ['"999"', "bogus", 'W/"1"', '"1" extra'])
def test_an_if_match_that_is_not_the_current_etag_is_refused(editor_client, if_match):
    article = small_archive()["article"]
    response = _patch(editor_client, f"/api/articles/{article.pk}/", {"title": "改"}, HTTP_IF_MATCH=if_match)
    assert response.status_code == 412
    article.refresh_from_db()
    assert article.title == "春耕备耕忙" and not article.edited


def test_if_match_star_or_a_list_holding_the_current_etag_writes(editor_client):
    article = small_archive()["article"]
    url = f"/api/articles/{article.pk}/"
    assert _patch(editor_client, url, {"title": "甲"}, HTTP_IF_MATCH="*").status_code == 200
    assert _patch(editor_client, url, {"title": "乙"}, HTTP_IF_MATCH='"1", "2"').status_code == 200
    assert _patch(editor_client, url, {"title": "丙"}).status_code == 200  # If-Match stays optional
    assert Article.objects.get(pk=article.pk).version == 4


def test_a_stale_delete_is_refused(editor_client):
    article = small_archive()["article"]
    url = f"/api/articles/{article.pk}/"
    etag = editor_client.get(url)["ETag"]
    _patch(editor_client, url, {"title": "改"})
    assert editor_client.delete(url, HTTP_IF_MATCH=etag).status_code == 412
    assert Article.objects.filter(pk=article.pk).exists()
    assert editor_client.delete(url, HTTP_IF_MATCH=editor_client.get(url)["ETag"]).status_code == 204


def test_patching_the_body_writes_it_marks_it_edited_and_updates_the_search(editor_client):
    article = small_archive()["article"]
    response = _patch(editor_client, f"/api/articles/{article.pk}/", {"body": "乡村振兴示范点建成。"})
    assert response.status_code == 200 and response.json()["body"] == "乡村振兴示范点建成。"
    article.refresh_from_db()
    assert article.body == "乡村振兴示范点建成。" and article.edited
    found = editor_client.get("/api/articles/", {"search": "乡村振兴"}).json()["results"]
    assert [a["id"] for a in found] == [article.pk]
    assert editor_client.get("/api/articles/", {"search": "田间地头"}).json()["results"] == []


def test_every_field_a_response_lists_is_in_the_patch_response(editor_client):
    archive = small_archive()
    for name in ["newspapers", "issues", "pages", "articles", "persons"]:
        url = f"/api/{name}/{archive[name[:-1]].pk}/"
        shown = set(editor_client.get(url).json())
        assert set(_patch(editor_client, url, {}).json()) == shown, name
    created = editor_client.post("/api/persons/", {"name": "王五"}, content_type="application/json").json()
    assert created["mention_count"] == 0 and created["version"] == 1


@pytest.mark.parametrize("name,holds", [("newspapers", "期次"), ("issues", "版面"), ("pages", "文章")])
def test_deleting_a_record_that_holds_contents_is_refused(editor_client, name, holds):
    archive = small_archive()
    response = editor_client.delete(f"/api/{name}/{archive[name[:-1]].pk}/")
    assert response.status_code == 409 and holds in response.json()["detail"]
    assert Article.objects.filter(pk=archive["article"].pk).exists()
    assert (Newspaper.objects.count(), Issue.objects.count(), Page.objects.count()) == (1, 1, 1)


def test_an_empty_page_issue_and_paper_can_be_deleted(editor_client):
    archive = small_archive()
    Article.objects.all().delete()
    for name in ["pages", "issues", "newspapers"]:
        assert editor_client.delete(f"/api/{name}/{archive[name[:-1]].pk}/").status_code == 204


def _race(url, bodies, etag, headers):
    """PATCH `url` once per body, all at the same moment, each with If-Match `etag`; the status codes."""
    barrier, codes = threading.Barrier(len(bodies)), []

    def write(body):
        try:
            client = Client()
            barrier.wait()
            codes.append(client.patch(url, body, content_type="application/json", HTTP_IF_MATCH=etag,
                                      **headers).status_code)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=write, args=(body,)) for body in bodies]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sorted(codes)


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_patches_with_one_etag_one_wins_one_gets_412():
    if connection.vendor != "postgresql":
        pytest.skip("needs concurrent writers: PostgreSQL (DATABASE_URL=postgres://…)")
    archive = small_archive()
    headers = token_header(make_editor())
    url = f"/api/articles/{archive['article'].pk}/"
    reader = Client()
    for round in range(20):
        etag = reader.get(url)["ETag"]
        title, kicker = f"标题{round}", f"引题{round}"
        assert _race(url, [{"title": title}, {"kicker": kicker}], etag, headers) == [200, 412], round
        article = Article.objects.get(pk=archive["article"].pk)
        assert (article.title == title) != (article.kicker == kicker), round  # exactly one write landed
        assert reader.get(url)["ETag"] == f'"{int(etag.strip(chr(34))) + 1}"'


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_patches_without_if_match_both_keep_their_field():
    if connection.vendor != "postgresql":
        pytest.skip("needs concurrent writers: PostgreSQL (DATABASE_URL=postgres://…)")
    archive = small_archive()
    headers = token_header(make_editor())
    url = f"/api/articles/{archive['article'].pk}/"
    for round in range(10):
        title, kicker = f"标题{round}", f"引题{round}"
        assert _race(url, [{"title": title}, {"kicker": kicker}], None, headers) == [200, 200]
        article = Article.objects.get(pk=archive["article"].pk)
        assert (article.title, article.kicker) == (title, kicker), round
