"""What the API refuses, and that its OpenAPI schema says what it does: 400s naming the parameter or field,
lengths checked before the database, throttles, nullability, optional auth on reads, documented errors."""
import pytest

from articles.models import Newspaper, Page, Person
from conftest import make_editor
from tests.api_helpers import small_archive, token_header

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url,params,named", [
    ("/api/articles/", {"needs_review": "maybe"}, "needs_review"),
    ("/api/pages/", {"assigned": "perhaps"}, "assigned"),
    ("/api/persons/", {"needs_review": "2"}, "needs_review"),
    ("/api/articles/", {"ordering": "bogus"}, "ordering"),
    ("/api/articles/", {"ordering": "title,-nonsense"}, "ordering"),
    ("/api/persons/", {"ordering": "rank"}, "ordering"),  # a key of the article list, not of persons
    ("/api/articles/", {"date_after": "garbage"}, "date_after"),
    ("/api/issues/", {"date_before": "2024-13-01"}, "date_before"),
    ("/api/pages/", {"date_after": "yesterday"}, "date_after"),
    ("/api/articles/", {"page_number": "1.5"}, "page_number"),
    ("/api/pages/", {"number": "99999"}, "number"),
    ("/api/articles/", {"person": "x"}, "person"),
    ("/api/articles/", {"page": "0"}, "page"),
    ("/api/articles/", {"page": "abc"}, "page"),
    ("/api/articles/", {"page_size": "-3"}, "page_size"),
    ("/api/articles/", {"cursor": "not-a-cursor"}, "cursor"),
    ("/api/articles/", {"section": "版" * 201}, "section"),
    ("/api/articles/", {"role": "记\x00者"}, "role"),
    ("/api/articles/", {"search": "党\x00代会"}, "search"),
    ("/api/persons/", {"search": "\x00"}, "search"),
    ("/api/persons/", {f"p{n}": "x" * 190 for n in range(25)}, "query"),
])
def test_a_value_a_list_cannot_read_is_a_400_naming_the_parameter(client, url, params, named):
    response = client.get(url, params)
    assert response.status_code == 400 and named in response.json(), response.content


def test_good_values_of_the_same_parameters_are_served(client):
    small_archive()
    for url, params in [("/api/articles/", {"needs_review": "false", "ordering": "-title,order",
                                            "date_after": "2024-03-01", "date_before": "2024-03-31"}),
                        ("/api/pages/", {"assigned": "true", "number": "1"}),
                        ("/api/articles/", {name: "" for name in ("ordering", "page", "page_size", "cursor",
                                                                  "date_after", "needs_review", "person")})]:
        response = client.get(url, params)
        assert response.status_code == 200 and response.json()["count"] == 1, (url, params)


@pytest.mark.parametrize("url,body,field", [
    ("/api/newspapers/", {"name": "报" * 101}, "name"),
    ("/api/persons/", {"name": "名" * 51}, "name"),
    ("/api/persons/", {"name": "李四", "title": "职" * 201}, "title"),
    ("/api/articles/", {"order": 5, "title": "题" * 501, "body": "正文。"}, "title"),
    ("/api/articles/", {"order": 5, "source": "源" * 51, "body": "正文。"}, "source"),
])
def test_a_value_past_a_column_limit_is_a_400_naming_the_field_on_every_database(client, url, body, field):
    archive = small_archive()
    client.force_login(make_editor())
    if url == "/api/articles/":
        body = {**body, "page": archive["page"].pk}
    response = client.post(url, body, content_type="application/json")
    assert response.status_code == 400 and field in response.json(), response.content
    assert not Newspaper.objects.filter(name__startswith="报报").exists()
    assert Person.objects.count() == 1


def test_a_page_section_past_its_limit_is_a_400(client):
    page = small_archive()["page"]
    client.force_login(make_editor())
    response = client.patch(f"/api/pages/{page.pk}/", {"section": "版" * 101}, content_type="application/json")
    assert response.status_code == 400 and "section" in response.json()
    assert Page.objects.get(pk=page.pk).section == "要闻"


def test_wrong_tokens_from_one_address_are_throttled(client, settings, django_user_model):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {
        "writes": "100/min", "token_failures": "3/hour"}}
    good = token_header(django_user_model.objects.create_user("reader"))
    for n in range(3):
        response = client.get("/api/articles/", HTTP_AUTHORIZATION=f"Token {n:040x}")
        assert response.status_code == 401 and response["WWW-Authenticate"] == "Token"
    throttled = client.get("/api/articles/", HTTP_AUTHORIZATION="Token " + "f" * 40)
    assert throttled.status_code == 429 and int(throttled["Retry-After"]) > 0
    assert client.get("/api/articles/", **good).status_code == 429  # while throttled, no token is tried
    assert client.get("/api/articles/").status_code == 200  # reading without a token stays open
    other = client.get("/api/articles/", REMOTE_ADDR="10.0.0.2", **good)
    assert other.status_code == 200  # another address is not held back


def test_writes_are_throttled_per_user(client, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {
        "writes": "3/min", "token_failures": "100/hour"}}
    person = small_archive()["person"]
    auth = token_header(make_editor())
    codes = [client.patch(f"/api/persons/{person.pk}/", {"title": f"站长{n}"}, content_type="application/json",
                          **auth).status_code for n in range(4)]
    assert codes == [200, 200, 200, 429]
    assert client.get(f"/api/persons/{person.pk}/", **auth).status_code == 200  # reads are not counted
    assert Person.objects.get(pk=person.pk).title == "站长2"


@pytest.fixture
def schema(client):
    return client.get("/api/schema/", {"format": "json"}).json()


def _properties(schema, component):
    return schema["components"]["schemas"][component]["properties"]


def test_the_schema_says_what_is_null(schema, client):
    page = _properties(schema, "PageDetail")
    assert page["newspaper"]["nullable"] and page["date"]["nullable"]
    article = _properties(schema, "ArticleDetail")
    assert article["continues"]["nullable"] and article["issue"]["nullable"]
    assert article["newspaper"]["nullable"] and article["date"]["nullable"]
    page_obj = Page.objects.create(raw_text="x", sha256="7" * 64, source_name="u.txt", parser_version="t")
    data = client.get(f"/api/pages/{page_obj.pk}/").json()
    assert data["newspaper"] is None and data["date"] is None


def test_the_schema_marks_what_a_client_cannot_write(schema):
    patched = _properties(schema, "PatchedArticleDetailRequest")
    assert {"body", "title", "kicker"} <= set(patched)
    assert not {"edited", "version", "persons", "continues", "issue", "newspaper"} & set(patched)


def test_reads_need_no_credentials_and_writes_do(schema):
    article = schema["paths"]["/api/articles/{id}/"]
    assert {} in article["get"]["security"] and {"tokenAuth": []} in article["get"]["security"]
    assert {} not in article["patch"]["security"]
    assert {} not in schema["paths"]["/api/articles/export/"]["get"]["security"]


def test_the_schema_documents_every_error_an_operation_gives(schema):
    paths = schema["paths"]
    assert set(paths["/api/articles/{id}/"]["patch"]["responses"]) >= {"200", "400", "401", "403", "404", "412",
                                                                     "429"}
    assert "ETag" in paths["/api/articles/{id}/"]["get"]["responses"]["200"]["headers"]
    assert any(p["name"] == "If-Match" and p["in"] == "header" for p in paths["/api/articles/{id}/"]["patch"]
               ["parameters"])
    for path in ["/api/newspapers/{id}/", "/api/issues/{id}/", "/api/pages/{id}/"]:
        assert "409" in paths[path]["delete"]["responses"], path
    assert "409" not in paths["/api/persons/{id}/"]["delete"]["responses"]
    assert set(paths["/api/articles/"]["get"]["responses"]) == {"200", "400", "401", "414", "429"}


def test_an_unknown_api_url_is_a_json_404(client, settings):
    settings.DEBUG = False
    response = client.get("/api/persons/0.5/mentions/")
    assert response.status_code == 404 and response["Content-Type"] == "application/json"


def test_a_patch_of_an_unassigned_page_answers_every_field(client):
    page = Page.objects.create(raw_text="x", sha256="8" * 64, source_name="v.txt", parser_version="t")
    client.force_login(make_editor())
    data = client.patch(f"/api/pages/{page.pk}/", {}, content_type="application/json").json()
    assert data["newspaper"] is None and data["date"] is None and "raw_text" in data


def test_bodies_are_json_and_lists_hold_strings(client):
    person = small_archive()["person"]
    client.force_login(make_editor())
    assert client.post("/api/persons/", {"name": "王五"}).status_code == 415  # a form body
    for reasons in (None, 5, [1, {"a": 2}], "一条"):
        response = client.patch(f"/api/persons/{person.pk}/", {"review_reasons": reasons},
                                content_type="application/json")
        assert response.status_code == 400 and "review_reasons" in response.json(), reasons
    assert Person.objects.get(pk=person.pk).review_reasons == []


@pytest.mark.parametrize("url,body,field", [
    ("/api/newspapers/{newspaper}/", {"name": 0}, "name"),
    ("/api/persons/{person}/", {"review_reasons": [0]}, "review_reasons"),
    ("/api/persons/{person}/", {"needs_review": "true"}, "needs_review"),
    ("/api/articles/{article}/", {"order": "2"}, "order"),
    ("/api/articles/{article}/", {"page": True}, "page"),
    ("/api/issues/{issue}/", {"date": 20240315}, "date"),
    ("/api/issues/{issue}/", {"newspaper": 450577687603242143318016}, "newspaper"),
])
def test_a_value_of_the_wrong_json_type_is_a_400(client, url, body, field):
    archive = small_archive()
    client.force_login(make_editor())
    response = client.patch(url.format(**{k: v.pk for k, v in archive.items()}), body,
                            content_type="application/json")
    assert response.status_code == 400 and field in response.json(), response.content
