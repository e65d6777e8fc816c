"""A re-parse does not add text the editor's articles already hold (articles.held_text), whatever the cut."""
from articles.held_text import PARTLY_HELD, not_held_by, text_position
from articles.models import Article
from articles.parsing.page import Credit, ParsedArticle, PersonRef

STORY = "五月的江城，田间地头一派繁忙景象。记者在城郊的几个村看到，插秧机、旋耕机来回穿梭。"
SHOPS = "连日来，城区各条街道的小店生意红火。店主们表示，客流明显增加。"
EDITED = Article(title="春耕时节农机忙", byline="本报记者 李明", body=STORY)


def parsed(**fields) -> ParsedArticle:
    return ParsedArticle(**{"title": "春耕时节农机忙", "byline": "本报记者 李明", "source": "本报",
                            "authors": [Credit("李明", "记者")], **fields})


def test_an_article_the_editor_holds_is_left_out_and_one_of_other_text_is_kept():
    mine, other = parsed(body=STORY.replace("，", "， ")), parsed(title="小店经济添活力", byline=None, body=SHOPS)
    assert not_held_by([mine, other], [EDITED]) == [other]
    assert not_held_by([mine], []) == [mine]


def test_two_stories_glued_keep_only_the_text_the_editor_does_not_hold():
    glued = parsed(body=STORY + "\n小店经济添活力" + SHOPS, persons=[
        PersonRef("李明", role="记者"), PersonRef("王建国", position=3)])
    edited = Article(title="春耕时节农机忙", byline="本报记者 李明", body=STORY + "王建国说。")
    [rest] = not_held_by([glued], [edited])
    assert rest.body == "小店经济添活力" + SHOPS
    assert (rest.title, rest.byline, rest.authors, rest.source, rest.persons) == (None, None, [], None, [])
    assert rest.review_reasons == [PARTLY_HELD]


def test_a_sentence_with_a_headline_glued_in_front_counts_as_held():
    edited = Article(title="小店经济添活力", body=SHOPS)
    glued = parsed(title="春耕时节农机忙", body=STORY + "\n小店经济添活力" + SHOPS)
    [rest] = not_held_by([glued], [edited])
    assert rest.body == STORY and rest.title == "春耕时节农机忙" and rest.byline == "本报记者 李明"


def test_text_position_ignores_white_space():
    raw = "春耕时节农机忙\n本报记者\n\n五月的江城，田间地头\n一派繁忙景象。"
    assert text_position(raw, "五月的江城，田间地头一派繁忙景象。") == len("春耕时节农机忙本报记者")
    assert text_position(raw, "没有这段文字") == -1
