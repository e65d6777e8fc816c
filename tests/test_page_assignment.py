"""Assigning pages to issues, in the admin and the API: validation and review flags."""
import datetime

import pytest

from articles.models import UNASSIGNED, Issue, Newspaper, Page

pytestmark = pytest.mark.django_db
TAKEN = "该期已有此版次的版面。"


@pytest.fixture
def issue(db):
    paper = Newspaper.objects.create(name="山城日报")
    issue = Issue.objects.create(newspaper=paper, date=datetime.date(2023, 5, 9))
    Page.objects.create(issue=issue, number=1, raw_text="一版", sha256="a" * 64, source_name="a.txt",
                        parser_version="t")
    return issue


def unassigned_page(**fields):
    page = Page(raw_text="未分配的版面", sha256="b" * 64, source_name="b.txt", parser_version="t", **fields)
    page.flag(UNASSIGNED)
    page.save()
    return page


def test_patching_a_page_into_a_taken_slot_is_a_400_with_the_admin_message(staff_client, issue):
    page = unassigned_page(pending_newspaper="山城日报")
    response = staff_client.patch(f"/api/pages/{page.pk}/", {"pending_date": "2023-05-09", "number": 1},
                                  content_type="application/json")
    assert response.status_code == 400, response.content
    assert response.json() == {"number": [TAKEN]}
    response = staff_client.patch(f"/api/pages/{page.pk}/", {"issue": issue.pk, "number": 1},
                                  content_type="application/json")
    assert response.status_code == 400 and response.json() == {"number": [TAKEN]}
    page.refresh_from_db()
    assert page.issue is None and page.number is None
    response = staff_client.patch(f"/api/pages/{page.pk}/", {"pending_date": "2023-05-09", "number": 2},
                                  content_type="application/json")
    assert response.status_code == 200 and response.json()["review_reasons"] == []
    page.refresh_from_db()
    assert page.issue == issue and page.number == 2


def page_form(page, **changes):
    data = {"issue": page.issue_id or "", "number": page.number or "", "section": page.section,
            "review_reasons": "\n".join(page.review_reasons), "pending_newspaper": page.pending_newspaper,
            "pending_date": page.pending_date or "", "articles-TOTAL_FORMS": 0, "articles-INITIAL_FORMS": 0}
    if page.needs_review:
        data["needs_review"] = "on"
    data.update(changes)
    return data


def test_choosing_the_issue_in_the_admin_clears_the_unassigned_flag(staff_client, issue):
    page = unassigned_page()
    response = staff_client.post(f"/admin/articles/page/{page.pk}/change/",
                                 page_form(page, issue=issue.pk, number=3))
    assert response.status_code == 302, response.content.decode()[:3000]
    page.refresh_from_db()
    assert page.issue == issue and page.number == 3
    assert UNASSIGNED not in page.review_reasons and not page.needs_review


def test_an_assigned_page_needs_a_number(staff_client, issue):
    page = unassigned_page()
    url = f"/admin/articles/page/{page.pk}/change/"
    response = staff_client.post(url, page_form(page, issue=issue.pk, number=""))
    assert response.status_code == 200 and "已分配的版面须填写版次" in response.content.decode()
    page.refresh_from_db()
    assert page.issue is None
    response = staff_client.post(url, page_form(page, issue=issue.pk, number=1))
    assert response.status_code == 200 and TAKEN in response.content.decode()
    response = staff_client.patch(f"/api/pages/{page.pk}/", {"issue": issue.pk},
                                  content_type="application/json")
    assert response.status_code == 400 and "number" in response.json()
    assert not Page.objects.filter(issue=issue, number=None).exists()
