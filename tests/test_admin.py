"""Admin pages an editor uses, in 简体中文."""
import pytest
from django.contrib.admin.models import LogEntry

from articles.models import Article, Issue, Mention, Newspaper, Page, Person

pytestmark = pytest.mark.django_db

MODELS = [Newspaper, Issue, Page, Article, Person, Mention]


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_changelist_and_change_page_open_for_staff(staff_client, imported_seeds, model):
    base = f"/admin/articles/{model._meta.model_name}/"
    response = staff_client.get(base)
    assert response.status_code == 200
    obj = model.objects.first()
    assert staff_client.get(f"{base}{obj.pk}/change/").status_code == 200
    if any(f.name == "needs_review" for f in model._meta.fields):
        assert staff_client.get(base, {"needs_review__exact": "1"}).status_code == 200


def test_admin_speaks_chinese(staff_client, db):
    assert "文章" in staff_client.get("/admin/").content.decode()


def test_page_change_shows_articles_in_order_and_raw_text_read_only(staff_client, imported_seeds):
    page = Page.objects.filter(issue__isnull=False).first()
    html = staff_client.get(f"/admin/articles/page/{page.pk}/change/").content.decode()
    assert 'name="raw_text"' not in html  # read-only
    titles = [a.title for a in page.articles.order_by("order") if a.title]
    assert len(titles) >= 2
    positions = [html.find(t) for t in titles]
    assert all(p >= 0 for p in positions) and positions == sorted(positions)


def test_unassigned_filter_lists_pages_without_issue(staff_client, imported_seeds):
    html = staff_client.get("/admin/articles/page/", {"assigned": "no"}).content.decode()
    unassigned = Page.objects.filter(issue=None)
    assert unassigned.exists()
    for page in unassigned:  # named by what is known (first headline, import date), not by the hash file name
        first = page.articles.order_by("order").first()
        assert f"《{str(first)[:12]}" in html and f"{page.imported_at:%Y-}" in html
        assert page.source_name not in html


def test_editing_an_article_in_the_admin_marks_it_edited(staff_client, imported_seeds):
    article = Article.objects.exclude(title="").first()
    url = f"/admin/articles/article/{article.pk}/change/"
    form = staff_client.get(url).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None}
    data.update({"title": "编辑修改的标题", "subtitles": "第一行副题\n——第二行副题\n", "review_reasons": "",
                 "page": article.page_id, "mentions-TOTAL_FORMS": 0, "mentions-INITIAL_FORMS": 0})
    response = staff_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    article.refresh_from_db()
    assert article.title == "编辑修改的标题" and article.edited
    assert article.subtitles == ["第一行副题", "——第二行副题"] and article.review_reasons == []


def test_merge_and_split_persons(staff_client, db):
    page = Page.objects.create(raw_text="x", sha256="0" * 64, source_name="x.txt", parser_version="t")
    article = Article.objects.create(page=page, order=1, body="正文")
    first = Person.objects.create(name="王测试", title="某县县长")
    second = Person.objects.create(name="王测试", title="某县县长")
    Mention.objects.create(person=first, page=page, article=article, title="某县县长")
    Mention.objects.create(person=second, page=page, role="责编")
    response = staff_client.post("/admin/articles/person/", {"action": "merge",
                                                             "_selected_action": [first.pk, second.pk]})
    assert response.status_code == 302
    assert list(Person.objects.all()) == [first] and first.mentions.count() == 2
    mention = first.mentions.get(role="责编")
    staff_client.post("/admin/articles/mention/", {"action": "split_off", "_selected_action": [mention.pk]})
    mention.refresh_from_db()
    assert mention.person != first and mention.person.name == "王测试"
    logged = [e.change_message for e in LogEntry.objects.order_by("id")]
    assert logged[0].startswith("合并人物：并入") and logged[1].startswith("拆分人物：王测试")


def test_person_page_shows_a_timeline(staff_client, imported_seeds):
    person = Person.objects.filter(mentions__page__issue__isnull=False).first()
    html = staff_client.get(f"/admin/articles/person/{person.pk}/change/").content.decode()
    assert "见报时间线" in html
    mention = person.mentions.exclude(page__issue=None).first()
    assert str(mention.page.issue.date) in html


def _article_form_data(client, article):
    form = client.get(f"/admin/articles/article/{article.pk}/change/").context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None}
    data.update({"subtitles": "\n".join(article.subtitles), "review_reasons": "", "page": article.page_id,
                 "mentions-TOTAL_FORMS": 0, "mentions-INITIAL_FORMS": 0})
    return data


def test_adding_a_person_in_the_article_inline_takes_the_article_page(staff_client, db):
    page = Page.objects.create(raw_text="x", sha256="1" * 64, source_name="y.txt", parser_version="t")
    article = Article.objects.create(page=page, order=1, title="春耕备耕忙", body="田间地头一片繁忙。")
    person = Person.objects.create(name="李春生", title="农技站站长")
    data = _article_form_data(staff_client, article)
    data.update({"mentions-TOTAL_FORMS": 1, "mentions-0-person": person.pk, "mentions-0-role": "记者",
                 "mentions-0-title": "", "mentions-0-position": 0})
    response = staff_client.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    mention = Mention.objects.get(person=person)
    assert mention.article == article and mention.page == page


def test_swapping_article_order_in_the_page_inline(staff_client, db):
    page = Page.objects.create(raw_text="x", sha256="2" * 64, source_name="z.txt", parser_version="t")
    first = Article.objects.create(page=page, order=1, title="头条新闻", body="第一篇。")
    second = Article.objects.create(page=page, order=2, title="二条新闻", body="第二篇。")
    url = f"/admin/articles/page/{page.pk}/change/"
    data = {"number": "", "section": "", "review_reasons": "", "pending_newspaper": "", "pending_date": "",
            "articles-TOTAL_FORMS": 2, "articles-INITIAL_FORMS": 2}
    for i, (article, order) in enumerate([(first, 2), (second, 1)]):
        data.update({f"articles-{i}-id": article.pk, f"articles-{i}-page": page.pk,
                     f"articles-{i}-order": order, f"articles-{i}-title": article.title,
                     f"articles-{i}-source": "", f"articles-{i}-continued_from": "",
                     f"articles-{i}-continued_to": ""})
    response = staff_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert list(page.articles.order_by("order").values_list("title", flat=True)) == ["二条新闻", "头条新闻"]
    # delete the article in first place and move the other one up into it, in one save
    second_data = {**data, "articles-0-order": 1, "articles-1-order": 2, "articles-1-DELETE": "on"}
    second_data.update({"articles-0-id": first.pk, "articles-1-id": second.pk})
    response = staff_client.post(url, second_data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert list(page.articles.values_list("title", "order")) == [("头条新闻", 1)]
