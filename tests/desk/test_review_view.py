"""The review screen's HTTP side: what it shows, who may act, what is logged, the queue and the page form."""
import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Permission

from articles.models import Article, Page

pytestmark = pytest.mark.django_db

RAW = ("春耕时节农机忙\n本报记者 李明\n五月的江城，田间地头一派繁忙景象。\n\n第 37 页\n\n"
       "记者在城郊的几个村看到，插秧机来回穿梭。\n")


@pytest.fixture
def page(db):
    page = Page.objects.create(raw_text=RAW, sha256="1" * 64, source_name="p.txt", parser_version="t",
                               needs_review=True, review_reasons=["未找到标题"])
    Article.objects.create(page=page, order=1, title="春耕时节农机忙", byline="本报记者 李明",
                           body="五月的江城，田间地头一派繁忙景象。第37页记者在城郊的几个村看到，插秧机来回穿梭。")
    return page


def url(page):
    return f"/admin/articles/page/{page.pk}/review/"


def test_screen_numbers_raw_lines_and_shows_the_articles_with_their_lines(staff_client, page):
    html = staff_client.get(url(page)).content.decode()
    assert 'id="L5"' in html and "第 37 页" in html
    assert 'data-lines="1,2,3,5,7"' in html  # the article's headline, byline and body lines
    assert "春耕时节农机忙" in html and "快捷键" in html


def test_an_action_is_logged_and_the_screen_comes_back_where_the_editor_was(staff_client, page):
    response = staff_client.post(url(page), {"op": "furniture", "first": 5, "line": 5})
    assert response.status_code == 302 and response.url.endswith(f"{url(page)}?line=5")
    assert "第37页" not in Article.objects.get().body
    entry = LogEntry.objects.get()
    assert entry.object_id == str(page.pk) and "标为版面要素" in entry.get_change_message()


def test_an_impossible_action_changes_nothing_and_says_why(staff_client, page):
    response = staff_client.post(url(page), {"op": "split", "first": 1}, follow=True)
    assert "无法在此拆分" in response.content.decode() or "不在" in response.content.decode()
    assert Article.objects.count() == 1 and not LogEntry.objects.exists()


def test_a_viewer_without_change_permission_cannot_act(client, django_user_model, page):
    user = django_user_model.objects.create_user("reader", password="pw-reader-1", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_page"))
    client.force_login(user)
    assert client.get(url(page)).status_code == 200
    assert client.post(url(page), {"op": "furniture", "first": 5}).status_code == 403
    assert "第37页" in Article.objects.get().body


def test_page_list_and_page_form_link_the_review_screen_and_the_queue_filter(staff_client, page):
    assert url(page) in staff_client.get("/admin/articles/page/", {"review": "todo"}).content.decode()
    assert url(page) in staff_client.get(f"/admin/articles/page/{page.pk}/change/").content.decode()
    staff_client.post(url(page), {"action": "metadata", "newspaper": "江城日报", "date": "2024-05-06",
                                  "number": "3", "section": "经济"})
    staff_client.post(url(page), {"action": "reviewed"})
    assert url(page) not in staff_client.get("/admin/articles/page/", {"review": "todo"}).content.decode()
    assert url(page) in staff_client.get("/admin/articles/page/", {"review": "done"}).content.decode()


def test_metadata_changed_in_the_page_form_is_an_editors_correction(staff_client, page):
    from test_editor_corrections import change_form_data

    change = f"/admin/articles/page/{page.pk}/change/"
    data = change_form_data(staff_client, change)
    data.update({"pending_newspaper": "江城日报", "pending_date": "2024-05-06", "number": "3"})
    assert staff_client.post(change, data).status_code == 302
    page.refresh_from_db()
    assert page.metadata_edited and page.issue.newspaper.name == "江城日报"


@pytest.fixture
def two_articles(page):
    Article.objects.create(page=page, order=2, title="", body="记者在城郊的几个村看到，插秧机来回穿梭。")
    Article.objects.filter(order=1).update(body="五月的江城，田间地头一派繁忙景象。第37页")
    return page


@pytest.mark.parametrize("data,done", [
    ({"op": "split", "first": 5}, "拆分"),
    ({"action": "merge", "article": "FIRST"}, "合并"),
    ({"op": "body", "first": 7, "target": "FIRST"}, "移入"),
    ({"op": "headline", "first": 7, "target": "SECOND"}, "的标题"),
    ({"op": "byline", "first": 2, "target": "SECOND"}, "的署名"),
    ({"op": "new", "first": 7}, "新文章"),
    ({"op": "furniture", "first": 5}, "版面要素"),
    ({"action": "headline", "article": "FIRST", "aFIRST-article": "FIRST", "aFIRST-title": "春耕"}, "标题和署名"),
    ({"action": "metadata", "newspaper": "江城日报", "date": "2024年5月6日", "number": "3"}, "版面信息"),
    ({"action": "reviewed"}, "审核完成"),
])
def test_every_action_is_logged_in_the_pages_history(staff_client, two_articles, data, done):
    first, second = (str(a.pk) for a in Article.objects.order_by("order"))
    data = {k.replace("FIRST", first): v.replace("FIRST", first).replace("SECOND", second) if isinstance(v, str)
            else v for k, v in data.items()}
    if data.get("action") == "reviewed":
        staff_client.post(url(two_articles), {"action": "metadata", "newspaper": "江城日报", "date": "2024-05-06",
                                              "number": "3"})
        LogEntry.objects.all().delete()
    response = staff_client.post(url(two_articles), data, follow=True)
    assert not [m for m in response.context["messages"] if m.level_tag == "error"]
    entry = LogEntry.objects.get()
    assert entry.object_id == str(two_articles.pk) and done in entry.get_change_message()


def test_a_bad_date_is_refused_in_chinese_and_changes_nothing(staff_client, page):
    response = staff_client.post(url(page), {"action": "metadata", "newspaper": "江城日报", "date": "15/03/2024",
                                             "number": "3"})
    html = response.content.decode()
    assert response.status_code == 200 and "日期：输入一个有效的日期。" in html and "* date" not in html
    page.refresh_from_db()
    assert page.issue is None and not page.metadata_edited and not LogEntry.objects.exists()


def test_next_opens_the_following_page_of_the_queue_and_says_when_it_is_empty(staff_client, page):
    other = Page.objects.create(raw_text="另一版\n", sha256="2" * 64, source_name="q.txt", parser_version="t",
                                needs_review=True, review_reasons=["未找到标题"])
    assert staff_client.post(url(page), {"action": "next"}).url == url(other)
    assert staff_client.post(url(other), {"action": "next"}).url == url(page)  # round the queue
    Page.objects.update(needs_review=False)
    Article.objects.update(needs_review=False)
    response = staff_client.post(url(page), {"action": "next"}, follow=True)
    assert "待审核队列已清空" in response.content.decode() and response.request["QUERY_STRING"] == "review=todo"
