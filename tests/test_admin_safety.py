"""The admin refuses to save over a newer version, and deletes contents only through its explicit action."""
import pytest

from articles.models import Article, Issue, Mention, Newspaper, Page
from tests.api_helpers import small_archive
from tests.test_admin import _article_form_data

pytestmark = pytest.mark.django_db


def test_a_form_opened_before_someone_elses_save_is_refused_in_chinese(staff_client):
    article = small_archive()["article"]
    url = f"/admin/articles/article/{article.pk}/change/"
    data = _article_form_data(staff_client, article)  # the form as the editor opened it
    assert data["loaded_version"] == 1
    response = staff_client.patch(f"/api/articles/{article.pk}/", {"title": "另一位编辑的标题"},
                                  content_type="application/json")
    assert response.status_code == 200
    data["title"] = "我的标题"
    refused = staff_client.post(url, data)
    assert refused.status_code == 200  # the form again, with the error
    assert "别人已修改并保存了这条记录" in refused.content.decode()
    assert Article.objects.get(pk=article.pk).title == "另一位编辑的标题"


def test_a_fresh_form_saves_and_moves_the_version_on(staff_client):
    article = small_archive()["article"]
    data = _article_form_data(staff_client, article)
    data["title"] = "我的标题"
    response = staff_client.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 302
    saved = Article.objects.get(pk=article.pk)
    assert saved.title == "我的标题" and saved.version == 2
    again = staff_client.post(f"/admin/articles/article/{article.pk}/change/", data)  # the same, stale form
    assert again.status_code == 200 and "别人已修改" in again.content.decode()


def test_a_newspaper_form_carries_its_version_too(staff_client):
    paper = small_archive()["newspaper"]
    url = f"/admin/articles/newspaper/{paper.pk}/change/"
    html = staff_client.get(url).content.decode()
    assert 'name="loaded_version"' in html and html.count('name="loaded_version"') == 1
    Newspaper.objects.filter(pk=paper.pk).update(version=5)
    assert "别人已修改" in staff_client.post(url, {"name": "山城晚报", "loaded_version": 1}).content.decode()
    assert staff_client.post(url, {"name": "山城晚报", "loaded_version": 5}).status_code == 302
    assert Newspaper.objects.get(pk=paper.pk).version == 6


def test_the_plain_delete_of_a_page_holding_articles_is_refused(staff_client):
    page = small_archive()["page"]
    response = staff_client.post(f"/admin/articles/page/{page.pk}/delete/", {"post": "yes"})
    assert Page.objects.filter(pk=page.pk).exists() and Article.objects.exists()
    assert response.status_code in (200, 403)


@pytest.mark.parametrize("model,url", [(Newspaper, "newspaper"), (Issue, "issue"), (Page, "page")])
def test_delete_with_contents_asks_first_then_deletes_everything(staff_client, model, url):
    archive = small_archive()
    record = archive[url]
    changelist = f"/admin/articles/{url}/"
    form = {"action": "delete_with_contents_action", "_selected_action": [record.pk]}
    confirm = staff_client.post(changelist, form)
    html = confirm.content.decode()
    assert confirm.status_code == 200 and "1篇文章" in html and "是的，全部删除" in html
    assert model.objects.filter(pk=record.pk).exists()  # nothing deleted yet
    done = staff_client.post(changelist, {**form, "post": "yes"}, follow=True)
    assert "已删除 1 条" in done.content.decode()
    assert not model.objects.filter(pk=record.pk).exists()
    assert not Article.objects.exists() and not Mention.objects.exists()
    assert Newspaper.objects.count() == (0 if model is Newspaper else 1)


def test_delete_with_contents_needs_the_delete_permission(client, django_user_model):
    archive = small_archive()
    user = django_user_model.objects.create_user("viewer", password="pw-viewer-1", is_staff=True)
    from django.contrib.auth.models import Permission
    user.user_permissions.set(Permission.objects.filter(codename__in=["view_page", "change_page"]))
    client.force_login(user)
    client.post("/admin/articles/page/", {"action": "delete_with_contents_action", "post": "yes",
                                          "_selected_action": [archive["page"].pk]})
    assert Page.objects.filter(pk=archive["page"].pk).exists() and Article.objects.exists()
