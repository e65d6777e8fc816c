"""Records changed by the importer (--replace, --move), by reparse and on the review screen move to their next
version: an API client holding the old ETag gets 412 instead of writing over the change. Records they leave
as they were keep their ETag."""
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client

from articles.models import Article, Issue, Newspaper, Page
from articles.parsing import parse_page
from conftest import SEEDS, make_editor, run_import, stored_page

pytestmark = pytest.mark.django_db

PLACE = ["--newspaper", "山城日报", "--date", "2024-03-15", "--page", "1"]


@pytest.fixture
def api(db):
    """An API client of its own (an editor), beside the admin's browser."""
    client = Client()
    client.force_login(make_editor())
    return client


def etag(api, record) -> str:
    return api.get(f"/api/{type(record)._meta.model_name}s/{record.pk}/")["ETag"]


def write_with(api, record, tag):
    """A PATCH an API client sends holding `tag`: its status code."""
    body = {"section": "综合"} if isinstance(record, Page) else {"title": "客户端的标题"}
    return api.patch(f"/api/{type(record)._meta.model_name}s/{record.pk}/", body, content_type="application/json",
                     HTTP_IF_MATCH=tag).status_code


def test_a_re_import_with_replace_refuses_stale_writes_to_what_it_changed_only(api, tmp_path):
    raw = (SEEDS / "001_46c0d8967e19a58f.txt").read_text(encoding="utf-8")
    path = tmp_path / "page.txt"
    path.write_text(raw, encoding="utf-8")
    assert run_import(path, *PLACE)[0] == 0
    page = Page.objects.get()
    articles = list(page.articles.all())
    changed = max(articles, key=lambda a: len(a.body))
    line = next(line for line in raw.splitlines() if len(line) > 20 and line in changed.body and raw.count(line) == 1)
    tags = {a.pk: etag(api, a) for a in articles}
    page_tag = etag(api, page)

    path.write_text(raw.replace(line, line[:-2] + "某某"), encoding="utf-8")  # one sentence of one story corrected
    code, out, err = run_import(path, *PLACE, "--replace")
    assert code == 0 and ": replaced |" in out, err
    assert Article.objects.filter(pk=changed.pk).exists()  # the same story keeps its id and takes the new text
    assert write_with(api, changed, tags[changed.pk]) == 412
    assert write_with(api, page, page_tag) == 412
    untouched = [a for a in articles if a.pk != changed.pk and Article.objects.filter(pk=a.pk).exists()]
    assert untouched and all(write_with(api, a, tags[a.pk]) == 200 for a in untouched)
    assert write_with(api, changed, etag(api, changed)) == 200  # read again, the write goes through


def test_a_page_moved_by_import_refuses_stale_writes_to_it_and_its_articles(api, tmp_path):
    path = tmp_path / "page.txt"
    path.write_text((SEEDS / "001_46c0d8967e19a58f.txt").read_text(encoding="utf-8"), encoding="utf-8")
    assert run_import(path, *PLACE)[0] == 0
    page, article = Page.objects.get(), Article.objects.first()
    page_tag, article_tag = etag(api, page), etag(api, article)
    code, out, err = run_import(path, "--newspaper", "山城日报", "--date", "2024-03-16", "--page", "1", "--move")
    assert code == 0 and ": moved |" in out, err
    assert api.get(f"/api/articles/{article.pk}/").json()["date"] == "2024-03-16"
    assert write_with(api, page, page_tag) == 412
    assert write_with(api, article, article_tag) == 412


def test_reparse_refuses_stale_writes_to_the_articles_it_changed(api):
    raw = "春季植树动员会召开\n\n本报讯 3月5日，某市召开春季植树动员会。副市长陈大伟出席并讲话。会议要求，各区县抓好落实。\n"
    parsed = parse_page(raw).articles[0]
    page = stored_page(raw, [{"title": "动员会", "body": parsed.body}])  # an older parser's headline
    page.issue, page.number = Issue.objects.create(newspaper=Newspaper.objects.create(name="山城日报"),
                                                   date="2024-03-15"), 1
    page.save()
    article = page.articles.get()
    page_tag, article_tag = etag(api, page), etag(api, article)
    call_command("reparse", "--no-progress", stdout=StringIO())
    assert Article.objects.get(pk=article.pk).title == parsed.title
    assert write_with(api, article, article_tag) == 412
    assert write_with(api, page, page_tag) == 412


RAW = "春耕时节农机忙\n本报记者 李明\n五月的江城，田间地头一派繁忙景象。\n\n第 37 页\n\n记者在城郊的几个村看到，插秧机来回穿梭。\n"


@pytest.mark.parametrize("action", ["headline", "furniture", "metadata", "reviewed"])
def test_the_review_screen_refuses_stale_api_writes_to_what_it_changed(api, staff_client, action):
    issue = Issue.objects.create(newspaper=Newspaper.objects.create(name="江城日报"), date="2024-05-06")
    page = Page.objects.create(issue=issue, number=1, raw_text=RAW, sha256="1" * 64, source_name="p.txt",
                               parser_version="t", needs_review=True, review_reasons=["未找到标题"])
    article = Article.objects.create(page=page, order=1, title="春耕时节农机忙", byline="本报记者 李明",
                                     body="五月的江城，田间地头一派繁忙景象。第37页记者在城郊的几个村看到，插秧机来回穿梭。",
                                     needs_review=True, review_reasons=["署名待核对"])
    page_tag, article_tag = etag(api, page), etag(api, article)
    form = f"a{article.pk}-"
    data = {
        "headline": {"action": "headline", "article": article.pk, form + "article": article.pk,
                     form + "title": "春耕农机忙", form + "byline": "本报记者 李明"},
        "furniture": {"op": "furniture", "first": 5},
        "metadata": {"action": "metadata", "newspaper": "江城日报", "date": "2024-05-07", "number": "2",
                     "section": "经济"},
        "reviewed": {"action": "reviewed"},
    }[action]
    response = staff_client.post(f"/admin/articles/page/{page.pk}/review/", data, follow=True)
    assert "已" in "".join(str(m) for m in response.context["messages"])
    assert write_with(api, article, article_tag) == 412
    if action in ("metadata", "reviewed"):
        assert write_with(api, page, page_tag) == 412
