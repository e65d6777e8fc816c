"""Parsed values longer than their columns (a bad page): the page is stored, what did not fit is cut or left
out as a newsroom expects, with a warning line naming the page and the field (articles.fitting).

Run on PostgreSQL too (DATABASE_URL=postgres://…): there a value over a column is a DataError, the page lost.
"""
from io import StringIO

import pytest
from django.core.management import call_command

from articles import loading
from articles.models import Article, Mention, Page, Person
from articles.parsing.page import Credit, PersonRef
from conftest import run_import

pytestmark = pytest.mark.django_db

HEADLINE = "市政府召开常务会议研究部署" * 50  # 650 characters: a column of text read as one headline
BODY = "本报讯 3月5日，市政府召开常务会议。副市长陈大伟出席并讲话。会议要求，各区县抓好落实。\n"
SENTENCE = "这是一个被错当成人名的很长很长很长的句子里面还有更多的字和标点符号以及其他一些内容"  # 40 characters
TITLES = "、".join(["市委常委"] * 45) + "、副市长"  # 228 characters: over 职务's 200


def test_a_headline_longer_than_its_column_is_cut_and_kept_whole_at_the_start_of_the_body(tmp_path):
    page = tmp_path / "long.md"
    page.write_text(f"# {HEADLINE}\n\n{BODY}", encoding="utf-8")
    code, out, err = run_import(page, "--newspaper", "山城日报", "--date", "2024-03-15", "--page", "1")
    assert code == 0, err
    assert ": imported | 山城日报 2024-03-15 第1版 | articles 1 |" in out
    assert (f"    warning: long.md: article 1 title is {len(HEADLINE)} characters (the column holds 500): "
            "cut with …, the whole text put at the start of the body") in out.splitlines()
    article = Article.objects.get()
    assert len(article.title) == 500 and article.title.endswith("…") and HEADLINE.startswith(article.title[:-1])
    assert article.body.startswith(HEADLINE + "\n") and "副市长陈大伟出席" in article.body  # nothing lost
    assert article.needs_review and any("标题过长" in reason for reason in article.review_reasons)

    again = run_import(page, "--newspaper", "山城日报", "--date", "2024-03-15", "--page", "1")
    assert again[0] == 0 and ": unchanged |" in again[1]
    log = StringIO()
    call_command("reparse", "--all", "--no-progress", stdout=log)
    assert "article 1 title is 650 characters" in log.getvalue()
    assert list(Article.objects.values_list("pk", "title", "body")) == [(article.pk, article.title, article.body)]


def test_a_name_no_person_has_is_not_stored_and_a_long_post_keeps_the_whole_posts_that_fit(tmp_path, monkeypatch):
    parse = loading.parse_page

    def misreading(text, **options):  # a parser that took a sentence for a name, and many posts for one
        parsed = parse(text, **options)
        article = parsed.articles[0]
        article.persons += [PersonRef(SENTENCE, None, "记者"),
                            PersonRef("张建国", TITLES), PersonRef("李明华", None, "特约记者" * 6)]
        article.source = "新华社" * 20
        parsed.page.editors += [Credit("赵" * 40, "责编"), Credit("钱志强", "责任编辑" * 6)]
        return parsed

    monkeypatch.setattr(loading, "parse_page", misreading)
    page = tmp_path / "page.txt"
    page.write_text("春季植树动员会召开\n\n" + BODY, encoding="utf-8")
    code, out, err = run_import(page, "--newspaper", "山城日报", "--date", "2024-03-15", "--page", "2")
    assert code == 0, err
    warnings = [line.strip() for line in out.splitlines() if line.startswith("    warning: page.txt:")]
    assert (f"warning: page.txt: article 1 person name is {len(SENTENCE)} characters ({SENTENCE[:10]}…; "
            "no name is over 30): not a person, not stored") in warnings
    assert any(w.startswith("warning: page.txt: article 1 person 张建国: 职务 is 228 characters") for w in warnings)
    assert len(warnings) == 6, warnings
    assert not Person.objects.filter(name__startswith="这是").exists()
    assert not Person.objects.filter(name__in=["赵" * 40, "钱志强"]).exists()  # credits that cannot be stored
    zhang = Mention.objects.get(person__name="张建国")
    assert len(zhang.title) <= 200 and zhang.title.endswith("市委常委") and TITLES.startswith(zhang.title)
    assert Mention.objects.get(person__name="李明华").role == "mentioned"  # no role is 24 characters
    assert Mention.objects.filter(person__name="陈大伟").exists()  # what the parser read right is stored
    article = Article.objects.get()
    assert article.source == "" and article.needs_review


def test_a_paper_name_longer_than_its_column_leaves_the_page_unassigned_not_lost(tmp_path):
    folder = tmp_path / ("Mountain City Daily and Evening News " * 4) / "20240315"
    folder.mkdir(parents=True)
    (folder / "01.txt").write_text("春季植树动员会召开\n\n" + BODY, encoding="utf-8")
    code, out, err = run_import(tmp_path, "--path-pattern", "{newspaper}/{date:%Y%m%d}/{page}.txt")
    assert code == 0, err
    assert "01.txt: newspaper name is 148 characters (the column holds 100): not a name, left out" in out
    page = Page.objects.get()
    assert page.issue is None and page.pending_date is not None and page.needs_review
    assert page.articles.count() == 1


def test_a_path_longer_than_its_column_still_tells_unassigned_pages_apart(tmp_path):
    folder = tmp_path.joinpath(*["某报二〇二四年三月十五日第一版扫描件目录" * 4] * 14)  # 1,120 characters and more
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text("春季植树动员会召开\n\n" + BODY, encoding="utf-8")
    (folder / "b.txt").write_text("秋季植树动员会召开\n\n" + BODY.replace("3月5日", "9月5日"), encoding="utf-8")
    assert len(str(folder / "a.txt")) > 1000
    code, out, err = run_import(folder)
    assert code == 0 and out.count(": imported |") == 2, err
    paths = list(Page.objects.values_list("source_path", flat=True))
    assert len(set(paths)) == 2 and all(len(p) <= 1000 for p in paths)
    (folder / "b.txt").write_text("秋季植树动员会召开\n\n" + BODY.replace("3月5日", "9月6日"), encoding="utf-8")
    code, out, err = run_import(folder, "--replace")  # the shortened path still finds the file's page
    assert code == 0 and ": unchanged |" in out and ": replaced |" in out, out + err
    assert Page.objects.count() == 2


def test_a_person_named_with_fifty_characters_gets_a_sort_key_that_fits(admin_client):
    response = admin_client.post("/api/persons/", {"name": "庄" * 50}, content_type="application/json")
    assert response.status_code == 201, response.content
    assert len(Person.objects.get().name_pinyin) <= 300
