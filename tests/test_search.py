"""Full-text search: the same ids on every database, what a query means, rank, snippet, limits, index in sync."""
import sqlite3
from datetime import date, timedelta

import pytest
from django.db import connection

from articles import search
from articles.deletion import delete_with_contents
from articles.models import Article, Issue, Newspaper, Page
from articles.search import sqlite as sqlite_search
from articles.search.text import TAIL, grams_of, headline_text, section_of
from tests.test_admin import _article_form_data

pytestmark = pytest.mark.django_db

ARTICLES = [  # kicker, title, subtitles, body
    ("", "柯明远调研乡村振兴", [], "区委书记柯明远来到龙水镇，调研乡村振兴工作。他强调，要把产业发展好。"),
    ("", "习 近 平 强 调", [], "推动高质量发展。全面推进乡村振兴，建设宜居宜业和美乡村。"),
    ("学习贯彻党代会精神", "山城新貌", ["——市民生活纪实"],
     "走进山城，街巷焕然一新。2020年COVID-19疫情之后，夜市重开。"),
    ("", "体育新闻", [], "乡村篮球赛在龙水镇举行，村民乡村振兴热情高。"),
    ("", "简讯", [], "柯 明 远 出席会议并讲话。重庆党代会召开。"),
]
QUERIES = ["乡村振兴", "柯明远", "柯 明 远", "习近平", "习 近 平", '"乡村 振兴"', '"兴工"', "乡村振兴 -体育",
           "龙水镇 篮球", "城", "山城", "covid", "2020", "纪实", "党代会", "重庆党代会", '"重庆党代会召开"',
           "宇宙飞船", "新", "-体育 乡村", '"振兴 热情"', "会议讲话"]


@pytest.fixture
def corpus(db):
    issue = Issue.objects.create(newspaper=Newspaper.objects.create(name="山城日报"), date="2023-05-09")
    page = Page.objects.create(issue=issue, number=1, raw_text="x", sha256="7" * 64, source_name="c.txt",
                               parser_version="t")
    return [Article.objects.create(page=page, order=i, kicker=k, title=t, subtitles=s, body=b)
            for i, (k, t, s, b) in enumerate(ARTICLES, start=1)]


def found(query) -> set[int]:
    return set(search.search(Article.objects.all(), search.parse_query(query)).values_list("pk", flat=True))


def _streams(article):
    head = section_of(headline_text(article.kicker, article.title, article.subtitles))
    body = section_of(article.body)
    return [head.grams, body.grams], [w for w, _ in head.words + body.words]


def _has_chain(stream, chain):
    return any(stream[i:i + len(chain)] == chain for i in range(len(stream) - len(chain) + 1))


def _matches(article, term) -> bool:
    streams, words = _streams(article)
    if term.prefix:
        return any(token.startswith(term.chain[0]) for token in [*streams[0], *streams[1], *words])
    return any(_has_chain(stream, term.chain) for stream in streams)


def expected(articles, query) -> set[int]:
    """What the query means, worked out in Python over the gram streams: every term, none of the excluded."""
    parsed = search.parse_query(query)
    if not parsed:
        return set()
    return {a.pk for a in articles
            if all(_matches(a, t) for t in parsed.terms) and not any(_matches(a, t) for t in parsed.excluded)}


@pytest.mark.parametrize("query", QUERIES)
def test_the_database_finds_what_the_query_means(corpus, query):
    assert found(query) == expected(corpus, query)


def test_sqlite_fts5_finds_the_same_ids_as_this_database(corpus):
    """The FTS5 index, built in memory from the same articles, against this database's backend (PostgreSQL in CI)."""
    memory = sqlite3.connect(":memory:")
    memory.execute("CREATE TABLE articles_article (id INTEGER PRIMARY KEY, search_document TEXT)")
    for sql in sqlite_search.INSTALL:
        memory.execute(sql)
    for article in corpus:
        document = search.document_of(article.kicker, article.title, article.subtitles, article.body)
        memory.execute("INSERT INTO articles_article VALUES (?, ?)",
                       [article.pk, sqlite_search.SQLiteBackend.db_value(document)])
    for query in QUERIES:
        parsed = search.parse_query(query)
        rows = memory.execute(f"SELECT rowid FROM {sqlite_search.TABLE} WHERE {sqlite_search.TABLE} MATCH ?",
                              [sqlite_search.SQLiteBackend.match(parsed)]).fetchall() if parsed else []
        assert {row[0] for row in rows} == found(query), (query, connection.vendor)


@pytest.mark.parametrize("query", QUERIES)
def test_the_list_by_rank_finds_what_the_query_means(client, corpus, query):
    """The API's path: the newest matches read once (a phrase checked candidate by candidate), then ranked."""
    data = client.get("/api/articles/", {"search": query, "page_size": 100}).json()
    assert {r["id"] for r in data["results"]} == expected(corpus, query)
    assert data["count"] == len(expected(corpus, query)) and not data["count_estimated"]


def test_what_queries_mean(corpus):
    ke, xi, city, sport, brief = (a.pk for a in corpus)
    assert found("柯明远") == found("柯 明 远") == {ke, brief}  # a name jieba does not know, typed spaced too
    assert found("习近平") == {xi}  # printed letter-spaced in the headline
    assert found("乡村振兴") == {ke, xi, sport} and found("乡村振兴 -体育") == {ke, xi}
    assert found('"振兴 热情"') == {sport} and found('"兴工"') == {ke}  # a phrase across words
    assert found("龙水镇 篮球") == {sport}  # every word
    assert found("城") == {city}  # one character: also at the end of a run (山城)
    assert found("covid") == found("COVID") == {city} and found("纪实") == {city}
    assert found("宇宙飞船") == set()


def test_search_results_are_ranked_with_a_highlighted_snippet(client, corpus):
    data = client.get("/api/articles/", {"search": "乡村振兴"}).json()
    ids = [r["id"] for r in data["results"]]
    assert set(ids) == {corpus[0].pk, corpus[1].pk, corpus[3].pk}
    assert ids[0] == corpus[0].pk  # the one with the words in its headline comes first
    ranks = [r["rank"] for r in data["results"]]
    assert ranks == sorted(ranks, reverse=True) and all(r > 0 for r in ranks)
    first = data["results"][0]
    assert "<mark>乡村振兴</mark>" in first["snippet"] and "body" not in first
    by_date = client.get("/api/articles/", {"search": "乡村振兴", "ordering": "order"}).json()["results"]
    assert [r["id"] for r in by_date] == sorted(ids)
    plain = client.get("/api/articles/", {"ordering": "-rank"}).json()["results"]  # no search: no rank
    assert plain and all(r["rank"] is None and r["snippet"] is None for r in plain)


def test_snippet_escapes_html_and_marks_every_match():
    query = search.parse_query("乡村")
    text = search.snippet("<b>乡村</b>振兴，乡村美。", query)
    assert text == "&lt;b&gt;<mark>乡村</mark>&lt;/b&gt;振兴，<mark>乡村</mark>美。"
    long = "前" * 200 + "乡村" + "后" * 200
    assert search.snippet(long, query).startswith("…") and search.snippet(long, query).endswith("…")


@pytest.mark.parametrize("query", ["党" * 201, " ".join("abcdefghijklmnopqrstuvwxyz"), "党代会 " * 300])
def test_a_query_past_the_limits_is_a_400(client, db, query):
    response = client.get("/api/articles/", {"search": query})
    assert response.status_code == 400 and "search" in response.json()
    assert client.get("/api/persons/", {"search": query}).status_code in (200, 400)


def test_grams_and_tails():
    assert grams_of("党代会 2020年")[0] == ["党代", "代会", "2020", "年"]
    assert [w for w, _ in section_of("走进山城").words] == ["城" + TAIL]


def index_size() -> int:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"SELECT count(*) FROM {sqlite_search.TABLE}")
        else:
            cursor.execute("SELECT count(*) FROM articles_article WHERE search_document IS NOT NULL")
        return cursor.fetchone()[0]


def test_every_write_keeps_the_index_in_sync(client, staff_client, corpus):
    article = corpus[2]
    staff_client.patch(f"/api/articles/{article.pk}/", {"body": "码头新开了书店。"}, content_type="application/json")
    assert found("书店") == {article.pk} and found("夜市") == set()
    data = _article_form_data(staff_client, corpus[0])
    data["body"] = "江边新建了图书馆。"
    assert staff_client.post(f"/admin/articles/article/{corpus[0].pk}/change/", data).status_code == 302
    assert found("图书馆") == {corpus[0].pk} and found("龙水镇") == {corpus[3].pk}  # the admin's edit is indexed
    Article.objects.filter(pk=article.pk).update(order=99)  # a reorder leaves the document as it is
    assert found("书店") == {article.pk}
    assert index_size() == len(corpus)
    staff_client.delete(f"/api/articles/{corpus[3].pk}/")
    assert found("篮球") == set() and index_size() == len(corpus) - 1
    delete_with_contents(Page.objects.all())  # deleting a page with its articles takes them out of the index
    assert index_size() == 0 and found("乡村振兴") == set()


@pytest.mark.parametrize("way", ["dated index", "dated index by spans of dates", "list walk and GIN"])
def test_postgresql_reads_the_newest_matches_the_same_either_way(client, db, monkeypatch, way):
    """RUM's dates (where installed, all at once or span by span) or the list order and the GIN index:
    the same ranked window and count."""
    from articles.api import search as api_search
    from articles.search import postgresql
    from tests.test_archive_scale import make_archive
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL reads the newest matches one of two ways")
    if way.startswith("dated index") and not postgresql.dated_index("default"):
        pytest.skip("the RUM extension is not installed")
    monkeypatch.setattr(search, "RANK_WINDOW", 4)
    monkeypatch.setattr(api_search, "EXACT_COUNT_UP_TO", 5)
    if way.startswith("dated index"):
        monkeypatch.setattr(postgresql, "frequent", lambda *args: False)
        spans = [date(2021, 1, 4), date(2021, 1, 3), date(2021, 1, 2)] if way.endswith("spans of dates") else []
        monkeypatch.setattr(postgresql, "date_spans", lambda *args: spans)
    else:
        monkeypatch.setattr(postgresql, "dated_index", lambda alias: False)
    made = make_archive(16)  # four a day over four days, the last two undated
    for article in (made[1], made[9], made[15]):  # the last one undated
        article.title = "会议简讯"
        article.save()
    for query in ["乡村振兴", '"振兴调研"', "会议 简讯", "龙水镇 -简讯"]:
        data = client.get("/api/articles/", {"search": query, "page_size": 100}).json()
        matching = sorted(Article.objects.filter(pk__in=expected(made, query)),
                          key=lambda a: a.issue_date or date.min, reverse=True)
        last = matching[3].issue_date if len(matching) > 3 else None  # the window's last day: its matches kept
        assert {r["id"] for r in data["results"]} == {a.pk for a in matching if not last or
                                                      (a.issue_date and a.issue_date >= last)}, query
        assert data["count"] == len(matching) if len(matching) <= 5 else data["count_estimated"], query


@pytest.mark.parametrize("fetch", [3, 4, 5, 12])
def test_postgresql_reads_a_word_with_few_candidates_whole_and_gives_what_the_dated_read_gives(db, monkeypatch, fetch):
    """One word whose candidates are no more than those wanted is read whole through GIN and sorted: the
    same matches, newest first, as the dated read; with more candidates it falls back to the dated read."""
    from django.test.utils import CaptureQueriesContext

    from articles.search import postgresql
    from tests.test_archive_scale import make_archive
    if connection.vendor != "postgresql" or not postgresql.dated_index("default"):
        pytest.skip("the RUM index of PostgreSQL")
    made = make_archive(16)  # four a day over four days, the last two undated
    for article in (made[1], made[6], made[9], made[15]):  # newest first: 15 (undated), 9, 6, 1
        article.title = "图书馆开放"
        article.save()
    made[3].body = "图书很多。书馆开放"  # the word's grams, not side by side: a candidate, not a match
    made[3].save()
    query = search.parse_query("图书馆")
    assert postgresql._one_word(query) and expected(made, "图书馆") == {made[i].pk for i in (1, 6, 9, 15)}
    db_search = search.backend("default")
    loose = db_search._match(Article.objects.all(), db_search.tsquery(query, loose=True))
    assert set(loose.values_list("pk", flat=True)) == {made[i].pk for i in (1, 3, 6, 9, 15)}

    def newest(few_up_to):
        monkeypatch.setattr(postgresql, "FEW_UP_TO", few_up_to)
        monkeypatch.setattr(postgresql, "frequent", lambda *args: False)
        with CaptureQueriesContext(connection) as captured:
            rows = db_search.newest(Article.objects.all(), query, search.NEWEST, fetch, estimate=5)
        return rows, [q["sql"] for q in captured.captured_queries]

    whole, whole_sql = newest(10)
    dated, dated_sql = newest(0)
    assert any("<=|" in sql for sql in dated_sql)  # RUM's dates
    by_date = [(made[9].pk, made[9].issue_date), (made[6].pk, made[6].issue_date),
               (made[1].pk, made[1].issue_date), (made[15].pk, None)]
    if fetch >= 5:  # four matches and one more candidate: read whole, in NEWEST order
        assert whole == by_date and sorted(dated, key=by_date.index) == by_date
        assert len(whole_sql) == 1 and "<=|" not in whole_sql[0]
    else:  # too many candidates: the dated read after the whole read gave up
        assert whole == dated == by_date[:fetch]
        assert len(whole_sql) == 2 and "<=|" in whole_sql[1]


def test_the_dated_read_goes_back_in_spans_that_grow_and_stop_short_of_half_the_archive():
    from articles.search.postgresql import SPAN_GROWTH, span_starts
    first, last = date(2015, 1, 1), date(2024, 12, 31)  # 3,653 days of 100 articles
    starts = span_starts(365_300, first, last, 50)  # 100 articles (a day), then SPAN_GROWTH times more each
    assert starts[:2] == [last, last - timedelta(days=SPAN_GROWTH - 1)]
    assert all((last - b).days + 1 == SPAN_GROWTH * ((last - a).days + 1) for a, b in zip(starts[1:], starts[2:]))
    assert starts == sorted(starts, reverse=True) and (last - starts[-1]).days + 1 < 3653 / 2
    # 3,653 matches expected, one a day: 50 of them in the newest 5,000 articles (50 days)
    assert span_starts(365_300, first, last, 50, estimate=3653)[0] == last - timedelta(days=49)
    assert span_starts(365_300, first, last, 50, estimate=20) == []  # so few: every match is read at once
    assert span_starts(365_300, first, last, 200_000) == []  # the first span would hold the archive
    assert span_starts(0, None, None, 50) == []  # no dated articles
