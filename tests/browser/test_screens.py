"""What an editor sees in headless Chromium at 1400 px: login, the index, the lists, the landing page, the API docs."""
from pathlib import Path

import pytest
from screens import import_pages, shot

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def seeded(transactional_db):
    import_pages(SEEDS)


def test_login_leads_to_the_index_in_archive_order_with_review_counts(page, live_server, editor, seeded):
    page.goto(live_server.url + "/admin/")
    assert "/admin/login/" in page.url
    shot(page, "login")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "wrong-password")
    with page.expect_navigation():
        page.click("input[type=submit]")
    assert page.locator(".errornote").is_visible()
    page.fill("#id_password", "pw-browser-1")
    with page.expect_navigation():
        page.click("input[type=submit]")
    assert page.locator("#content h1").inner_text() == "内容管理"
    models = page.locator("#content-main .app-articles th[scope=row]").all_inner_texts()
    assert models[:5] == ["报纸", "期次", "版面", "文章", "人物"]
    counts = page.locator("#review-counts li").all_inner_texts()
    assert any(text.startswith("待审核版面") for text in counts)
    shot(page, "index")


def _table_fits(page) -> dict:
    return page.evaluate("""() => {
        const box = document.querySelector('#changelist .results') || document.querySelector('#changelist');
        const table = document.querySelector('#result_list');
        const heads = [...table.querySelectorAll('thead th')].map(th => th.getBoundingClientRect());
        return {overflow: box.scrollWidth - box.clientWidth, tableRight: table.getBoundingClientRect().right,
                boxRight: box.getBoundingClientRect().right, lastHeadRight: heads[heads.length - 1].right,
                pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth};
    }""")


def test_article_list_has_a_readable_title_column_and_no_overflow(logged_in, live_server, seeded):
    page = logged_in
    page.goto(live_server.url + "/admin/articles/article/")
    title = page.locator("#result_list thead th.column-headline_column")
    assert title.bounding_box()["width"] >= 200
    fits = _table_fits(page)
    assert fits["overflow"] <= 0 and fits["pageOverflow"] <= 0, fits
    assert fits["lastHeadRight"] <= fits["boxRight"] + 1, fits  # 编辑已修改 is not cut off
    first = page.locator("#result_list tbody tr").first.locator(".clip").first
    assert first.get_attribute("title")  # the whole title on hover
    rows = page.locator("#result_list tbody tr")
    heights = [rows.nth(n).bounding_box()["height"] for n in range(rows.count())]
    assert max(heights) < 60  # one line a row
    assert "2020" in page.locator("nav.toplinks").inner_text()  # the date hierarchy (year → month → day)
    shot(page, "article-list")


@pytest.mark.parametrize("path,name", [("/admin/articles/page/", "page-list"),
                                       ("/admin/articles/person/", "person-list"),
                                       ("/admin/articles/mention/", "mention-list")])
def test_other_lists_fit_too(logged_in, live_server, seeded, path, name):
    page = logged_in
    page.goto(live_server.url + path)
    fits = _table_fits(page)
    assert fits["overflow"] <= 0 and fits["pageOverflow"] <= 0, fits
    shot(page, name)


def test_date_filter_is_by_year_and_month(logged_in, live_server, seeded):
    page = logged_in
    page.goto(live_server.url + "/admin/articles/article/")
    filters = page.locator("#changelist-filter").inner_text()
    assert "今天" not in filters and "过去7天" not in filters and "2020年" in filters
    with page.expect_navigation():
        page.click("#changelist-filter >> text=2020年")
    with page.expect_navigation():
        page.click("#changelist-filter >> text=2020年11月")
    assert "month=2020-11" in page.url
    assert page.locator("#result_list tbody tr").count() > 0


def test_view_site_leads_to_a_landing_page_with_admin_docs_and_queue(logged_in, live_server, seeded):
    page = logged_in
    with page.expect_navigation():
        page.click("#user-tools >> text=查看站点")
    assert page.url.rstrip("/") == live_server.url
    links = page.locator("main a").all_inner_texts()
    assert {"管理后台", "审核队列", "API 文档"} <= set(links)
    shot(page, "landing")
    with page.expect_navigation():
        page.click("text=审核队列")
    assert "review=todo" in page.url and page.locator("#result_list").count() == 1
    assert page.locator("a.review-link").count() >= 1


def test_api_docs_render_offline(page, live_server):
    outside = []

    def only_local(route):
        if route.request.url.startswith(live_server.url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_local)
    page.goto(live_server.url + "/api/docs/")
    page.wait_for_selector(".swagger-ui .info .title")
    assert "Newsroom API" in page.locator(".swagger-ui .info .title").inner_text()
    page.wait_for_selector(".opblock-tag")
    assert page.locator(".opblock-tag").count() >= 5
    assert not outside, outside
    shot(page, "api-docs")
