"""The review screen in Chromium: an editor fixes each kind of parse error with the mouse and the keys,
and a re-parse of the page (the admin's action) keeps every correction.

The page (spring_page.txt, invented) is stored as a parser once cut it, with the errors real dumps show
(a byline's names and a citation line glued to the body, a PDF footer 第 37 页 inside a sentence, no
metadata), so the steps do not depend on how today's parser cuts it; they find lines by their text and
articles by the lines they hold. The re-parse at the end runs today's parser.
"""
from pathlib import Path

import pytest
from conftest import stored_page
from screens import shot

from articles.models import Page

SPRING = Path(__file__).resolve().parent / "spring_page.txt"
# the page as a parser once cut it: the byline's names and a citation line in the body, a PDF footer inside a
# sentence, the headline's two parts as one title, no metadata
PARSED = [
    {"title": "春耕备耕有序推进 各地农资供应总体充足、价格平稳", "byline": "本报记者", "source": "本报",
     "body": "李明王芳\n《江城日报》（2024年03月15日第01版）\n"
             "眼下，春耕生产由南向北次第展开。市农业农村委最新调度显示，全市已春播粮食面积超过十万亩，早稻育秧进度过半。"
             "各地抢抓农时，强化农资保供和农技服务。“今年春耕物资准备比往年更早、更足。”市农业农村委种植业处处长周文博介绍，"
             "目前全市春耕用种总体有余，化肥企业开工率保持高位。\n"
             "“抓好春耕生产，关键是把各项政策落到田间地头。”市农业农村委有关负责人表第37页示，"
             "下一步将继续加强农资市场监管，充分调动农民种粮积极性。",
     "persons": [("周文博", "mentioned")]},
    {"title": "小店经济添活力", "byline": "本报记者 赵青", "source": "本报",
     "body": "连日来，城区各条街道的小店生意红火。店主们表示，客流明显增加，节假日的营业额比平时高出三成。\n"
             "区商务委负责人孙立说，将继续优化营商环境，支持小店经济发展。",
     "persons": [("赵青", "记者"), ("孙立", "mentioned")]},
]


@pytest.fixture
def review(logged_in, live_server):
    stored_page(SPRING.read_text(encoding="utf-8"), PARSED, SPRING.name)
    page = logged_in
    page.goto(live_server.url + "/admin/articles/page/")
    with page.expect_navigation():
        page.click("a.review-link")  # the page list links the review screen
    assert "/review/" in page.url
    return page


def line(page, text):
    return page.locator("#lines li", has_text=text).first


def number(page, text) -> int:
    return int(line(page, text).get_attribute("data-n"))


def owner(page, text) -> str:
    return line(page, text).get_attribute("data-owners").split()[0]


def cards(page) -> list[dict]:
    return page.eval_on_selector_all(".card", """els => els.map(e => ({
        id: e.dataset.id, title: e.querySelector('.title').innerText,
        byline: (e.querySelector('.byline') || {innerText: ''}).innerText,
        subtitles: [...e.querySelectorAll('.subtitle')].map(s => s.innerText),
        body: e.querySelector('.body').innerText}))""")


def card_of(page, text) -> dict:
    return next(c for c in cards(page) if c["id"] == owner(page, text))


def act(page, key):
    """Press an action key; the screen reloads with the result (or an error message)."""
    with page.expect_navigation():
        page.keyboard.press(key)
    errors = page.locator(".messagelist .error").all_inner_texts()
    assert not errors, errors


def select_lines(page, first_text, last_text=None):
    line(page, first_text).click()
    if last_text:
        line(page, last_text).click(modifiers=["Shift"])


def target(page, text_in_article):
    page.select_option("select[name=target]", owner(page, text_in_article))


def test_an_editor_fixes_each_kind_of_parse_error_and_reparse_keeps_it(review, live_server):
    page = review
    shot(page, "review-before", full_page=True)  # the key list under the columns too
    first = page.locator(".card").first
    first.hover()
    highlighted = page.locator("#lines li.hl")
    assert highlighted.count() >= 3  # the hovered article's lines light up in the raw text

    # a byline's role and names printed on their own lines, glued to headline or body: make them the byline
    select_lines(page, "本报记者", "李明 王芳")
    target(page, "眼下，春耕生产")
    act(page, "y")
    story = card_of(page, "眼下，春耕生产")
    assert story["byline"] == "本报记者 李明 王芳" and "李明" not in story["body"]
    shot(page, "review-byline")

    # a citation line 《报》（日期 版次） glued to the article: furniture
    select_lines(page, "《江城日报》")
    act(page, "f")
    assert not any("《江城日报》" in c["body"] + c["title"] for c in cards(page))

    # a PDF page footer inside a sentence: furniture, and the sentence is whole again
    select_lines(page, "第 37 页")
    act(page, "f")
    assert "有关负责人表示，下一步" in card_of(page, "眼下，春耕生产")["body"]
    shot(page, "review-furniture")

    # two stories as one: merge them first (m on the selected article), then split at the second headline
    count = len(cards(page))
    page.locator(".card").first.click()
    act(page, "m")
    assert len(cards(page)) == count - 1
    merged = card_of(page, "眼下，春耕生产")
    assert "连日来，城区各条街道" in merged["body"] and "小店经济添活力" in merged["body"]
    shot(page, "review-merged")
    select_lines(page, "小店经济添活力")
    act(page, "s")
    assert len(cards(page)) == count
    assert "连日来" not in card_of(page, "眼下，春耕生产")["body"]
    shot(page, "review-split")

    # a headline taken as body: make the line the headline of its article
    select_lines(page, "小店经济添活力")
    target(page, "小店经济添活力")
    act(page, "h")
    shops = card_of(page, "连日来，城区各条街道")
    assert shops["title"] == "小店经济添活力" and not shops["body"].startswith("小店经济添活力")
    shot(page, "review-headline")

    # one story as two: lines moved out to a new article (a), then back into the story's body (b)
    select_lines(page, "区商务委负责人孙立说")
    act(page, "a")
    assert len(cards(page)) == count + 1
    assert card_of(page, "区商务委负责人孙立说")["body"].startswith("区商务委负责人孙立说")
    shot(page, "review-new-article")
    select_lines(page, "区商务委负责人孙立说")
    target(page, "连日来，城区各条街道")
    act(page, "b")
    assert len(cards(page)) == count
    assert "孙立说" in card_of(page, "连日来，城区各条街道")["body"]
    shot(page, "review-moved-back")

    # headline parts: the main title and its subtitle apart, typed in the headline form (e)
    story = owner(page, "眼下，春耕生产")
    page.locator(f"#A{story}").click()
    page.keyboard.press("e")
    form = page.locator(f"#A{story} .headline-form")
    form.locator("input[name$=title]").fill("春耕备耕有序推进")
    form.locator("textarea[name$=subtitles]").fill("各地农资供应总体充足、价格平稳")
    with page.expect_navigation():
        form.locator("button[type=submit]").click()
    story_card = card_of(page, "眼下，春耕生产")
    assert story_card["title"] == "春耕备耕有序推进" and story_card["subtitles"] == ["各地农资供应总体充足、价格平稳"]
    shot(page, "review-headline-parts")

    # wrong (here: missing) page metadata
    meta = page.locator("#meta-form")
    meta.locator("input[name=newspaper]").fill("江城日报")
    meta.locator("input[name=date]").fill("2024-03-15")
    meta.locator("input[name=number]").fill("1")
    meta.locator("input[name=section]").fill("要闻")
    with page.expect_navigation():
        meta.locator("button[type=submit]").click()
    assert "江城日报 2024年03月15日 第1版 要闻" in page.locator(".breadcrumbs").inner_text()
    assert meta.locator("input[name=date]").input_value() == "2024-03-15"
    corrected = cards(page)
    shot(page, "review-after")

    # re-parse the page with the admin's action: every correction is kept
    stored = Page.objects.get()
    page.goto(live_server.url + "/admin/articles/page/")
    page.check(f"#result_list input[name=_selected_action][value='{stored.pk}']")
    page.select_option("select[name=action]", "reparse")
    with page.expect_navigation():
        page.click("button[name=index]")
    assert "已重新解析" in page.locator(".messagelist").inner_text()
    page.goto(live_server.url + f"/admin/articles/page/{stored.pk}/review/")
    assert [{k: v for k, v in c.items() if k != "id"} for c in cards(page)] == \
        [{k: v for k, v in c.items() if k != "id"} for c in corrected]
    shot(page, "review-after-reparse")

    # reviewed: out of the queue; the next page button says the queue is empty
    act(page, "r")
    assert page.locator(".state.done").is_visible()
    with page.expect_navigation():
        page.keyboard.press("n")
    assert "review=todo" in page.url


def test_keys_are_documented_and_an_impossible_action_says_why(review):
    page = review
    keys = page.locator("#keys").inner_text()
    for key in ["j / k", "s", "m", "b", "h", "y", "a", "f", "e", "r", "n"]:
        assert key in keys
    select_lines(page, "本报记者")
    with page.expect_navigation():
        page.keyboard.press("s")  # a byline line is not inside a body: nothing to split there
    assert "无法在此拆分" in page.locator(".messagelist").inner_text() or \
        "不在" in page.locator(".messagelist").inner_text()
    shot(page, "review-error")
