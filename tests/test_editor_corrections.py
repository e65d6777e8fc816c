"""Editors' corrections made anywhere in the admin survive `reparse --all` (and --replace)."""
import datetime
from io import StringIO

import pytest
from django.core.management import call_command

from articles import reparse
from articles.models import Article, Mention, Page, Person
from conftest import run_import

pytestmark = pytest.mark.django_db


def reparse_all() -> str:
    out = StringIO()
    call_command("reparse", "--all", "--no-progress", stdout=out)
    return out.getvalue()


def _value(value):
    if isinstance(value, bool):
        return "on" if value else None
    if isinstance(value, (list, tuple)):
        return "\n".join(map(str, value))
    if isinstance(value, datetime.date):
        return value.isoformat()
    return "" if value is None else value


def change_form_data(client, url) -> dict:
    """POST data that saves a change form as shown: the main form and every inline formset."""
    context = client.get(url).context
    data = {}
    forms = [("", context["adminform"].form)]
    for inline in context["inline_admin_formsets"]:
        formset = inline.formset
        data.update({f"{formset.prefix}-TOTAL_FORMS": len(formset.forms),
                     f"{formset.prefix}-INITIAL_FORMS": formset.initial_form_count()})
        forms += [(f"{form.prefix}-", form) for form in formset.forms]
    for prefix, form in forms:
        for name, field in form.fields.items():
            value = _value(form[name].value() if name not in form.initial else form.initial[name])
            if value is not None:
                data[prefix + name] = value
    return data


def post_page_inline(client, article, field, value):
    """Save the article's page change form with one field of the article's inline row changed."""
    url = f"/admin/articles/page/{article.page_id}/change/"
    data = change_form_data(client, url)
    index = next(k.split("-")[1] for k, v in data.items() if k.endswith("-id") and v == article.pk)
    data[f"articles-{index}-{field}"] = value
    return client.post(url, data)


def test_a_title_changed_in_the_page_inline_survives_reparse(staff_client, seeds):
    run_import(seeds[0])
    page = Page.objects.get()
    article = page.articles.exclude(title="").order_by("order").first()
    response = post_page_inline(staff_client, article, "title", "编辑在版面页改的标题")
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Article.objects.get(pk=article.pk).edited
    assert page.articles.filter(edited=True).count() == 1  # only the article changed

    out = reparse_all()
    assert Article.objects.get(pk=article.pk).title == "编辑在版面页改的标题"  # same row, the editor's title
    assert "编辑在版面页改的标题" in out


def test_a_mention_deleted_in_the_mention_admin_stays_deleted(staff_client, seeds):
    run_import(seeds[1])
    mention = Mention.objects.exclude(article=None).filter(role="mentioned").select_related("person").first()
    article, name = mention.article, mention.person.name
    response = staff_client.post(f"/admin/articles/mention/{mention.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    out = reparse_all()
    assert not Mention.objects.filter(article=article, person__name=name).exists()
    assert Article.objects.get(pk=article.pk).edited and str(article) in out


def test_page_credits_corrected_by_hand_survive_reparse(staff_client, seeds):
    run_import(seeds[0])
    credit = Mention.objects.get(article=None, role="美编")
    page = credit.page
    staff_client.post("/admin/articles/mention/", {"action": "delete_selected", "_selected_action": [credit.pk],
                                                   "post": "yes"})
    chief = Mention.objects.get(article=None, role="责编")
    url = f"/admin/articles/mention/{chief.pk}/change/"
    response = staff_client.post(url, {**change_form_data(staff_client, url), "title": "版面主编"})
    assert response.status_code == 302, response.content.decode()[:2000]

    out = reparse_all()
    credits = list(page.mentions.filter(article=None).values_list("role", "title"))
    assert credits == [("责编", "版面主编")]
    assert "版面署名" in out
    page.refresh_from_db()
    assert page.credits_edited and not page.articles.filter(edited=True).exists()


def test_a_merge_of_two_spellings_is_not_undone_by_reparse(staff_client, seeds):
    run_import(seeds[1])
    keep, other = Person.objects.get(name="张莎"), Person.objects.get(name="颜若雯")  # as if one were misread
    articles = set(Mention.objects.filter(person__in=[keep, other]).values_list("article", flat=True))
    staff_client.post("/admin/articles/person/", {"action": "merge", "_selected_action": [keep.pk, other.pk]})
    out = reparse_all()
    assert not Person.objects.filter(name="颜若雯").exists()  # not recreated
    assert set(keep.mentions.values_list("article", flat=True)) == articles
    assert set(Article.objects.filter(pk__in=articles).values_list("edited", flat=True)) == {True}
    assert "page(s) re-parsed" in out


def test_a_split_is_not_undone_when_a_newer_parser_changes_the_article(staff_client, imported_seeds, monkeypatch):
    person = (Person.objects.with_mention_count().filter(mention_count__gte=2).exclude(mentions__article=None)
              .order_by("id").first())
    mention = person.mentions.order_by("id").last()
    staff_client.post("/admin/articles/mention/", {"action": "split_off", "_selected_action": [mention.pk]})
    mention.refresh_from_db()
    new, article = mention.person, mention.article
    assert new != person and article.edited

    real_parse = reparse.parse_page

    def newer_parse(text, **kwargs):  # a newer parser reads one character of the article differently
        parsed = real_parse(text, **kwargs)
        for item in parsed.articles:
            item.body = item.body.replace("。", "．", 1)
        return parsed

    monkeypatch.setattr(reparse, "parse_page", newer_parse)
    reparse_all()
    mention = Mention.objects.get(pk=mention.pk)
    assert mention.person == new and Person.objects.filter(pk=person.pk).exists()


def test_merging_keeps_both_posts_and_the_note(staff_client, db):
    page = Page.objects.create(raw_text="x", sha256="6" * 64, source_name="m.txt", parser_version="t")
    article = Article.objects.create(page=page, order=1, title="县里开会", body="正文。")
    first = Person.objects.create(name="韩测试", title="某县县长")
    second = Person.objects.create(name="韩测试", title="某县委副书记", note="2019年起任县委副书记")
    Mention.objects.create(person=first, page=page, article=article, title="某县县长", position=5)
    Mention.objects.create(person=second, page=page, article=article, title="某县委副书记", position=2)
    response = staff_client.post("/admin/articles/person/", {"action": "merge",
                                                             "_selected_action": [first.pk, second.pk]},
                                 follow=True)
    mention = Mention.objects.get()
    assert mention.person == first and mention.title == "某县县长；某县委副书记" and mention.position == 2
    first.refresh_from_db()
    assert "2019年起任县委副书记" in first.note
    html = response.content.decode()
    assert "合为一条" in html and "县里开会" in html


def test_pointing_a_mention_at_a_person_already_in_that_role_gives_a_clear_message(staff_client, db):
    page = Page.objects.create(raw_text="x", sha256="7" * 64, source_name="d.txt", parser_version="t")
    article = Article.objects.create(page=page, order=1, title="消息", body="正文。")
    one, two = Person.objects.create(name="甲测试"), Person.objects.create(name="乙测试")
    Mention.objects.create(person=one, page=page, article=article, role="记者")
    mention = Mention.objects.create(person=two, page=page, article=article, role="记者")
    url = f"/admin/articles/mention/{mention.pk}/change/"
    response = staff_client.post(url, {**change_form_data(staff_client, url), "person": one.pk})
    html = response.content.decode()
    assert response.status_code == 200 and "该人物在此文章中已有同一角色的提及。" in html
    assert "unique_person_role_per_article" not in html


def _person_with_mentions(n):
    page = Page.objects.create(raw_text="x", sha256=f"8{n}".ljust(64, "0"), source_name="s.txt", parser_version="t")
    person = Person.objects.create(name="同名测试")
    mentions = []
    for order in range(1, n + 1):
        article = Article.objects.create(page=page, order=order, title=f"消息{order}", body="正文。")
        mentions.append(Mention.objects.create(person=person, page=page, article=article, role="记者"))
    return person, mentions


def test_selected_mentions_split_off_together_as_one_person(staff_client, db):
    person, mentions = _person_with_mentions(3)
    staff_client.post("/admin/articles/mention/", {"action": "split_together",
                                                   "_selected_action": [m.pk for m in mentions[1:]]})
    new = Person.objects.exclude(pk=person.pk).get()
    assert new.name == "同名测试" and new.mentions.count() == 2 and person.mentions.count() == 1
    assert set(Article.objects.filter(mentions__person=new).values_list("edited", flat=True)) == {True}


def test_splitting_a_persons_only_mentions_leaves_no_empty_person(staff_client, db):
    person, mentions = _person_with_mentions(1)
    response = staff_client.post("/admin/articles/mention/", {"action": "split_off",
                                                              "_selected_action": [mentions[0].pk]}, follow=True)
    assert list(Person.objects.all()) == [person] and person.mentions.count() == 1
    assert "无需拆分" in response.content.decode()
    person, mentions = _person_with_mentions(2)
    for action in ("split_off", "split_together"):
        staff_client.post("/admin/articles/mention/", {"action": action, "_selected_action": [m.pk for m in mentions]})
    assert not Person.objects.with_mention_count().filter(mention_count=0).exists()
