"""（下转2版）/（上接1版）: both halves in the archive are linked."""
import pytest

from articles.models import Article
from conftest import run_import

pytestmark = pytest.mark.django_db

FRONT = """本报讯 （记者 钱多多）5月8日，某县召开乡村振兴推进会，会议听取了各乡镇工作汇报，
研究部署下一阶段重点任务。会议指出，要把产业发展作为乡村振兴的重中之重，（下转2版）

某县召开乡村振兴推进会

2023年 5月9日 星期二
"""
INSIDE = """（上接1版）因地制宜发展特色种养业，带动群众持续增收。
会议还对人居环境整治工作作出安排。

2023年 5月9日 星期二
"""


def test_continued_articles_are_linked_within_an_issue(tmp_path):
    (tmp_path / "p1.txt").write_text(FRONT, encoding="utf-8")
    (tmp_path / "p2.txt").write_text(INSIDE, encoding="utf-8")
    common = ["--newspaper", "某县报", "--date", "2023-05-09"]
    assert run_import(tmp_path / "p2.txt", *common, "--page", "2")[0] == 0  # the second half first
    assert run_import(tmp_path / "p1.txt", *common, "--page", "1")[0] == 0
    head = Article.objects.get(page__number=1, continued_to=2)
    tail = Article.objects.get(page__number=2, continued_from=1)
    assert tail.continues == head
    assert "（下转2版）" not in head.body and "（上接1版）" not in tail.body


def test_assigning_an_unassigned_page_in_the_admin_links_its_continuation(tmp_path):
    (tmp_path / "p1.txt").write_text(FRONT, encoding="utf-8")
    (tmp_path / "p2.txt").write_text(INSIDE.replace("2023年 5月9日 星期二", ""), encoding="utf-8")
    assert run_import(tmp_path / "p1.txt", "--newspaper", "某县报", "--page", "1")[0] == 0
    assert run_import(tmp_path / "p2.txt")[0] == 0
    tail = Article.objects.get(continued_from=1)
    assert tail.page.issue is None and tail.continues is None
    page = tail.page
    page.pending_newspaper, page.pending_date, page.number = "某县报", "2023-05-09", 2
    page.save()
    tail.refresh_from_db()
    assert tail.continues == Article.objects.get(continued_to=2)


def test_fragments_are_linked_to_the_article_whose_text_they_continue(db):
    import datetime

    from articles.models import Issue, Newspaper, Page
    issue = Issue.objects.create(newspaper=Newspaper.objects.create(name="某县报"), date=datetime.date(2023, 5, 9))
    front, inside = (Page.objects.create(issue=issue, number=n, raw_text=f"{n}", sha256=f"{n}" * 64,
                                         source_name=f"p{n}.txt", parser_version="t") for n in (1, 2))
    villages = Article.objects.create(
        page=front, order=1, title="某县召开乡村振兴推进会", continued_to=2,
        body="5月8日，某县召开乡村振兴推进会。会议指出，要把产业发展作为乡村振兴的重中之重，")
    schools = Article.objects.create(
        page=front, order=2, title="全县中小学开展安全教育周活动", continued_to=2,
        body="本周，全县中小学开展安全教育周活动。各学校组织师生开展消防演练和防溺水安全教育，")
    about_schools = Article.objects.create(
        page=inside, order=1, continued_from=1, body="同时邀请消防员走进校园讲解安全知识，师生安全意识明显增强。")
    about_villages = Article.objects.create(
        page=inside, order=2, continued_from=1, body="因地制宜发展特色种养业，带动群众持续增收，推动乡村振兴取得新成效。")
    issue.link_continuations()
    about_schools.refresh_from_db()
    about_villages.refresh_from_db()
    assert about_schools.continues == schools and about_villages.continues == villages
