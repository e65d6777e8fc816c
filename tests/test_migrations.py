"""Data migrations fill what older rows lack."""
import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor


@pytest.mark.django_db(transaction=True)
def test_existing_articles_are_indexed_for_search_and_take_their_page_place():
    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes("articles")
    before = [("articles", "0008_dismissed_articles")]
    executor.migrate(before)
    apps = executor.loader.project_state(before).apps
    Newspaper, Issue, Page, Article = (apps.get_model("articles", name)
                                       for name in ("Newspaper", "Issue", "Page", "Article"))
    issue = Issue.objects.create(newspaper=Newspaper.objects.create(name="山城日报"), date="2023-05-09")
    page = Page.objects.create(issue=issue, number=3, section="要闻", raw_text="x", sha256="4" * 64,
                               source_name="m.txt", parser_version="t")
    Article.objects.create(page=page, order=1, kicker="引题", title="旧文章", subtitles=["——副题纪实"],
                           body="正文。")
    executor = MigrationExecutor(connection)
    executor.migrate(latest)
    from articles import search
    from articles.models import Article as Current
    article = Current.objects.get()
    assert (str(article.issue_date), article.page_number, article.section) == ("2023-05-09", 3, "要闻")
    assert article.newspaper.name == "山城日报"
    found = search.search(Current.objects.all(), search.parse_query("纪实"))
    assert list(found.values_list("pk", flat=True)) == [article.pk]


@pytest.mark.django_db(transaction=True)
def test_assigned_pages_without_a_number_go_back_to_unassigned():
    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes("articles")
    before = [("articles", "0004_article_search_text")]
    executor.migrate(before)
    apps = executor.loader.project_state(before).apps
    Newspaper, Issue, Page = (apps.get_model("articles", name) for name in ("Newspaper", "Issue", "Page"))
    issue = Issue.objects.create(newspaper=Newspaper.objects.create(name="山城日报"), date="2023-05-09")
    for n in range(2):  # two numberless pages in one issue
        Page.objects.create(issue=issue, raw_text=f"x{n}", sha256=f"{n}" * 64, source_name=f"n{n}.txt",
                            parser_version="t")
    MigrationExecutor(connection).migrate(latest)
    from articles.models import UNASSIGNED, Page as Current
    assert Current.objects.count() == 2
    for page in Current.objects.all():
        assert page.issue is None and page.pending_newspaper == "山城日报"
        assert str(page.pending_date) == "2023-05-09" and UNASSIGNED in page.review_reasons


@pytest.mark.django_db(transaction=True)
def test_persons_stored_before_get_their_pinyin_sort_key():
    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes("articles")
    before = [("articles", "0008_dismissed_articles")]
    executor.migrate(before)
    Person = executor.loader.project_state(before).apps.get_model("articles", "Person")
    for name in ["张三", "曾国藩", "李四"]:
        Person.objects.create(name=name)
    MigrationExecutor(connection).migrate(latest)
    from articles.models import Person as Current
    assert [p.name for p in Current.objects.all()] == ["李四", "曾国藩", "张三"]  # li3, zeng1, zhang1
    assert Current.objects.get(name="曾国藩").name_pinyin == "zeng1 guo2 fan1"


@pytest.mark.django_db(transaction=True)
def test_later_copies_of_the_same_text_are_dropped_and_an_editors_copy_is_the_one_kept():
    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes("articles")
    before = [("articles", "0011_editors_desk")]
    executor.migrate(before)
    apps = executor.loader.project_state(before).apps
    Newspaper, Issue, Page, Article = (apps.get_model("articles", name)
                                       for name in ("Newspaper", "Issue", "Page", "Article"))
    paper = Newspaper.objects.create(name="山城日报")
    first, second = (Issue.objects.create(newspaper=paper, date=d) for d in ("2024-03-15", "2024-03-16"))
    common = dict(raw_text="同一版", source_name="p.txt", source_path="/a/p.txt", parser_version="t")
    kept = Page.objects.create(issue=first, number=1, sha256="a" * 64, **common)  # the first import
    copy = Page.objects.create(issue=second, number=1, sha256="a" * 64, **common)  # re-imported with --date
    Article.objects.create(page=copy, order=1, body="正文。")
    edited = Page.objects.create(sha256="b" * 64, **dict(common, source_path="/a/q.txt"))  # two at once, unassigned
    twin = Page.objects.create(sha256="b" * 64, **dict(common, source_path="/a/q.txt"))
    Article.objects.create(page=twin, order=1, body="正文。")
    Article.objects.create(page=edited, order=1, body="编辑改过的正文。", edited=True)
    MigrationExecutor(connection).migrate(latest)
    from articles.models import Article as CurrentArticle, Page as Current
    assert sorted(Current.objects.values_list("pk", flat=True)) == sorted([kept.pk, edited.pk])
    assert list(CurrentArticle.objects.values_list("body", flat=True)) == ["编辑改过的正文。"]
