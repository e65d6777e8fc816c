"""What editors delete (articles, whole persons) stays deleted on reparse and --replace."""
import pytest
from rest_framework.authtoken.models import Token

from articles import reparse
from articles.models import Article, DismissedArticle, Mention, Page, Person
from conftest import make_editor, run_import
from test_editor_corrections import post_page_inline, reparse_all

pytestmark = pytest.mark.django_db


def _imported(seed) -> tuple[Page, Article]:
    assert run_import(seed)[0] == 0
    page = Page.objects.get()
    return page, page.articles.exclude(title="").order_by("order").last()


def _assert_stays_deleted(page, article, out):
    titles = list(page.articles.values_list("title", flat=True))
    assert article.title not in titles and not page.articles.filter(body=article.body).exists()
    assert "kept deleted" in out and article.title in out


def test_an_article_deleted_in_the_page_inline_stays_deleted(staff_client, seeds):
    page, article = _imported(seeds[0])
    count = page.articles.count()
    response = post_page_inline(staff_client, article, "DELETE", "on")
    assert response.status_code == 302, response.content.decode()[:2000]
    assert page.articles.count() == count - 1 and not page.articles.filter(edited=True).exists()

    out = reparse_all()
    _assert_stays_deleted(page, article, out)
    assert page.articles.count() == count - 1
    assert DismissedArticle.objects.get().page == page


def test_an_article_deleted_in_the_article_admin_stays_deleted(staff_client, seeds):
    page, article = _imported(seeds[0])
    response = staff_client.post(f"/admin/articles/article/{article.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    _assert_stays_deleted(page, article, reparse_all())


def test_articles_deleted_together_stay_deleted_even_when_a_newer_parser_reads_them_differently(
        staff_client, seeds, monkeypatch):
    page, article = _imported(seeds[0])
    first = page.articles.order_by("order").first()
    staff_client.post("/admin/articles/article/", {"action": "delete_selected", "post": "yes",
                                                   "_selected_action": [first.pk, article.pk]})
    real_parse = reparse.parse_page

    def newer_parse(text, **kwargs):  # one character of every article read differently
        parsed = real_parse(text, **kwargs)
        for item in parsed.articles:
            item.body = item.body.replace("。", "．", 1)
        return parsed

    monkeypatch.setattr(reparse, "parse_page", newer_parse)
    out = reparse_all()
    _assert_stays_deleted(page, article, out)
    assert not page.articles.filter(body=first.body.replace("。", "．", 1)).exists()


def test_an_article_deleted_through_the_api_stays_deleted_on_replace(client, seeds, tmp_path, django_user_model):
    page_file = tmp_path / seeds[0].name
    text = seeds[0].read_text(encoding="utf-8")
    page_file.write_text(text, encoding="utf-8")
    page, article = _imported(page_file)
    token = Token.objects.create(user=make_editor())
    response = client.delete(f"/api/articles/{article.pk}/", HTTP_AUTHORIZATION=f"Token {token.key}")
    assert response.status_code == 204
    assert client.get("/api/articles/").json()["count"] == Article.objects.count()  # the list stays clean

    page_file.write_text(text + "\n", encoding="utf-8")  # the file changed: --replace re-parses it
    code, out, err = run_import(page_file, "--replace")
    assert code == 0 and "replaced" in out, err
    _assert_stays_deleted(page, article, out)


def test_removing_the_record_of_a_deletion_brings_the_article_back(staff_client, seeds):
    page, article = _imported(seeds[0])
    staff_client.post(f"/admin/articles/article/{article.pk}/delete/", {"post": "yes"})
    dismissal = DismissedArticle.objects.get()
    assert staff_client.get("/admin/articles/dismissedarticle/").status_code == 200
    staff_client.post(f"/admin/articles/dismissedarticle/{dismissal.pk}/delete/", {"post": "yes"})
    out = reparse_all()
    assert page.articles.filter(title=article.title).exists() and "kept deleted" not in out


def _person_in_articles(seed) -> tuple[Person, set[int]]:
    assert run_import(seed)[0] == 0
    person = (Person.objects.with_mention_count().filter(mention_count__gte=1).exclude(mentions__article=None)
              .order_by("-mention_count", "id").first())
    return person, set(person.mentions.values_list("article", flat=True))


@pytest.mark.parametrize("how", ["delete_view", "delete_selected"])
def test_a_person_deleted_in_the_admin_is_not_recreated(staff_client, seeds, how):
    person, articles = _person_in_articles(seeds[1])
    name = person.name
    if how == "delete_view":
        response = staff_client.post(f"/admin/articles/person/{person.pk}/delete/", {"post": "yes"})
    else:
        response = staff_client.post("/admin/articles/person/", {"action": "delete_selected", "post": "yes",
                                                                 "_selected_action": [person.pk]})
    assert response.status_code == 302
    assert set(Article.objects.filter(pk__in=articles).values_list("edited", flat=True)) == {True}
    reparse_all()
    assert not Mention.objects.filter(article__in=articles, person__name=name).exists()


def test_a_person_deleted_or_renamed_through_the_api_marks_the_articles_edited(client, seeds, django_user_model):
    person, articles = _person_in_articles(seeds[1])
    token = Token.objects.create(user=make_editor())
    auth = {"HTTP_AUTHORIZATION": f"Token {token.key}"}
    other = Person.objects.exclude(pk=person.pk).exclude(mentions__article=None).exclude(
        mentions__article__in=articles).first()
    other_articles = set(other.mentions.values_list("article", flat=True))
    response = client.patch(f"/api/persons/{other.pk}/", {"name": "更正姓名"}, content_type="application/json",
                            **auth)
    assert response.status_code == 200
    assert set(Article.objects.filter(pk__in=other_articles).values_list("edited", flat=True)) == {True}

    name = person.name
    assert client.delete(f"/api/persons/{person.pk}/", **auth).status_code == 204
    assert set(Article.objects.filter(pk__in=articles).values_list("edited", flat=True)) == {True}
    reparse_all()
    assert not Mention.objects.filter(article__in=articles, person__name=name).exists()
    assert Person.objects.filter(name="更正姓名").exists()


def test_the_admin_role_filter_matches_the_role_word_as_the_api_does(staff_client, db):
    page = Page.objects.create(raw_text="x", sha256="9" * 64, source_name="r.txt", parser_version="t")
    article = Article.objects.create(page=page, order=1, title="消息", body="正文。")
    names = {"新华社记者": "甲记者", "本报记者": "乙记者", "通讯员": "丙通讯", "记者": "丁记者"}
    for role, name in names.items():
        Mention.objects.create(person=Person.objects.create(name=name), page=page, article=article, role=role)
    html = staff_client.get("/admin/articles/person/", {"mentions__role": "记者"}).content.decode()
    assert all(name in html for name in ("甲记者", "乙记者", "丁记者")) and "丙通讯" not in html
    html = staff_client.get("/admin/articles/person/", {"mentions__role": "新华社记者"}).content.decode()
    assert "甲记者" in html and "乙记者" not in html
    changelist = staff_client.get("/admin/articles/person/").content.decode()
    assert "?mentions__role=%E8%AE%B0%E8%80%85" in changelist  # 记者 is offered as a choice
