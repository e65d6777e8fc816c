"""Chinese wherever an editor or an API reader reads: roles, not-found messages, API titles; persons in pinyin order."""
import pytest

from articles.models import Article, Mention, Page, Person

pytestmark = pytest.mark.django_db


@pytest.fixture
def mentioned(db):
    page = Page.objects.create(raw_text="x", sha256="0" * 64, source_name="x.txt", parser_version="t")
    article = Article.objects.create(page=page, order=1, title="一篇文章", body="王五说，要抓好落实。")
    person = Person.objects.create(name="王五")
    Mention.objects.create(person=person, page=page, article=article, role="mentioned")
    return article


def test_api_shows_a_named_person_as_提及_and_filters_by_either_word(client, mentioned):
    persons = client.get(f"/api/articles/{mentioned.pk}/").json()["persons"]
    assert [p["role"] for p in persons] == ["提及"]
    for word in ["提及", "mentioned"]:
        assert client.get("/api/articles/", {"role": word}).json()["count"] == 1
        assert client.get("/api/persons/", {"role": word}).json()["count"] == 1
    person = Person.objects.get().pk
    assert client.get(f"/api/persons/{person}/").json()["first_mentions"][0]["role"] == "提及"
    assert client.get(f"/api/persons/{person}/mentions/").json()["results"][0]["role"] == "提及"


def test_not_found_and_invalid_input_are_said_in_chinese(client, db):
    assert client.get("/api/articles/999999/").json() == {"detail": "未找到该文章。"}
    assert client.get("/api/persons/999999/").json() == {"detail": "未找到该人物。"}
    assert client.get("/api/articles/", {"date_after": "abc"}).json() == {"date_after": ["输入一个有效的日期。"]}


def test_browsable_api_titles_are_chinese(client, mentioned):
    html = client.get("/api/articles/", HTTP_ACCEPT="text/html").content.decode()
    assert "<h1>文章列表</h1>" in html and "Article List" not in html
    assert "<h1>文章详情</h1>" in client.get(f"/api/articles/{mentioned.pk}/", HTTP_ACCEPT="text/html").content.decode()
    assert "<h1>API 根目录</h1>" in client.get("/api/", HTTP_ACCEPT="text/html").content.decode()
    person = Person.objects.get().pk
    co = client.get(f"/api/persons/{person}/co-mentions/", HTTP_ACCEPT="text/html").content.decode()
    assert "<h1>共同出现的人物</h1>" in co
    mentions = client.get(f"/api/persons/{person}/mentions/", HTTP_ACCEPT="text/html").content.decode()
    assert "<h1>人物的全部提及</h1>" in mentions


def test_admin_mention_rows_show_提及_and_keep_the_stored_role(staff_client, mentioned):
    mention = Mention.objects.get()
    html = staff_client.get(f"/admin/articles/article/{mentioned.pk}/change/").content.decode()
    assert 'value="提及"' in html and 'value="mentioned"' not in html
    listing = staff_client.get("/admin/articles/mention/").content.decode()
    assert "提及" in listing
    response = staff_client.post(f"/admin/articles/mention/{mention.pk}/change/", {
        "person": mention.person_id, "page": mention.page_id, "article": mentioned.pk, "role": "提及",
        "title": "区长", "position": 0})
    assert response.status_code == 302
    mention.refresh_from_db()
    assert mention.role == "mentioned" and mention.title == "区长"


def test_persons_sort_by_pinyin_and_keep_the_key_when_renamed(staff_client, db):
    for name in ["张三", "安娜", "李四", "单田芳"]:
        Person.objects.create(name=name)
    assert [p.name for p in Person.objects.all()] == ["安娜", "李四", "单田芳", "张三"]  # an, li, shan, zhang
    html = staff_client.get("/admin/articles/person/").content.decode()
    positions = [html.find(name) for name in ["安娜", "李四", "单田芳", "张三"]]
    assert positions == sorted(positions)
    person = Person.objects.get(name="安娜")
    person.name = "赵六"
    person.save(update_fields=["name"])
    assert Person.objects.get(pk=person.pk).name_pinyin == "zhao4 liu4"


def test_landing_page_links_admin_docs_and_queue(client, db):
    html = client.get("/").content.decode()
    for link in ['href="/admin/"', 'href="/api/docs/"', 'href="/admin/articles/page/?review=todo"']:
        assert link in html
