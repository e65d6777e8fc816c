"""A small archive for the API's write tests: one paper, one issue, one page with an article, one person."""
from rest_framework.authtoken.models import Token

from articles.models import Article, Issue, Mention, Newspaper, Page, Person


def small_archive() -> dict:
    paper = Newspaper.objects.create(name="山城日报")
    issue = Issue.objects.create(newspaper=paper, date="2024-03-15")
    page = Page.objects.create(issue=issue, number=1, section="要闻", raw_text="x", sha256="5" * 64,
                               source_name="p1.txt", parser_version="t")
    article = Article.objects.create(page=page, order=1, kicker="引题", title="春耕备耕忙", body="田间地头一片繁忙。")
    person = Person.objects.create(name="李春生", title="农技站站长")
    Mention.objects.create(person=person, page=page, article=article, role="记者")
    return {"newspaper": paper, "issue": issue, "page": page, "article": article, "person": person}


def token_header(user) -> dict:
    return {"HTTP_AUTHORIZATION": f"Token {Token.objects.get_or_create(user=user)[0].key}"}


def writes(archive) -> list[tuple[str, str, dict]]:
    """(method, url, body) for every write the API offers, on the records of `small_archive()`."""
    a = archive
    return [
        ("post", "/api/newspapers/", {"name": "新报"}),
        ("put", f"/api/newspapers/{a['newspaper'].pk}/", {"name": "山城晚报"}),
        ("patch", f"/api/newspapers/{a['newspaper'].pk}/", {"name": "山城晚报"}),
        ("delete", f"/api/newspapers/{a['newspaper'].pk}/", None),
        ("post", "/api/issues/", {"newspaper": a["newspaper"].pk, "date": "2024-03-16"}),
        ("put", f"/api/issues/{a['issue'].pk}/", {"newspaper": a["newspaper"].pk, "date": "2024-03-14"}),
        ("patch", f"/api/issues/{a['issue'].pk}/", {"date": "2024-03-14"}),
        ("delete", f"/api/issues/{a['issue'].pk}/", None),
        ("patch", f"/api/pages/{a['page'].pk}/", {"section": "综合"}),
        ("delete", f"/api/pages/{a['page'].pk}/", None),
        ("post", "/api/articles/", {"page": a["page"].pk, "order": 2, "title": "简讯", "body": "某地举行活动。"}),
        ("put", f"/api/articles/{a['article'].pk}/", {"page": a["page"].pk, "order": 1, "title": "新标题",
                                                      "body": "新正文。"}),
        ("patch", f"/api/articles/{a['article'].pk}/", {"title": "新标题"}),
        ("delete", f"/api/articles/{a['article'].pk}/", None),
        ("post", "/api/persons/", {"name": "王五"}),
        ("put", f"/api/persons/{a['person'].pk}/", {"name": "李春森"}),
        ("patch", f"/api/persons/{a['person'].pk}/", {"title": "站长"}),
        ("delete", f"/api/persons/{a['person'].pk}/", None),
    ]


def send(client, method, url, body=None, **headers):
    if body is None:
        return getattr(client, method)(url, **headers)
    return getattr(client, method)(url, body, content_type="application/json", **headers)
