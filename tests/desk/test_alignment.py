"""Aligning stored articles to a page's raw lines (pure Python, invented text)."""
from articles.alignment import BODY, BYLINE, HEADLINE, ArticleText, align

RAW = """江城日报  2024年5月6日  第3版 经济

春 耕 时 节 农 机 忙
——我市推进农业机械化纪实
本报记者 李 明

五月的江城，田间地头一派繁忙景象。记者在城郊
的几个村看到，插秧机、旋耕机来回穿梭。

“今年我们合作社新添了三台插秧机。”种粮大户王
建国说，“效率比人工高多了。”据统计，全市农机总动力较去年增长，主要

第 37 页

农作物耕种收综合机械化率达到七成以上。（下转2版）

小店经济添活力
连日来，城区各条街道的小店生意红火。
店主们表示，客流明显增加。
"""

FARM = ArticleText(
    1, ["春耕时节农机忙", "——我市推进农业机械化纪实"], "本报记者 李明",
    "五月的江城，田间地头一派繁忙景象。记者在城郊的几个村看到，插秧机、旋耕机来回穿梭。\n"
    "“今年我们合作社新添了三台插秧机。”种粮大户王建国说，“效率比人工高多了。”据统计，全市农机总动力较去年增长，"
    "主要第37页农作物耕种收综合机械化率达到七成以上。")
SHOPS = ArticleText(2, ["小店经济添活力"], "", "连日来，城区各条街道的小店生意红火。店主们表示，客流明显增加。")


def roles(lines):
    return {line.number: (line.main.key, line.main.part) for line in lines if line.main}


def test_each_line_belongs_to_the_part_it_was_parsed_into():
    found = roles(align(RAW, [FARM, SHOPS]))
    assert found == {
        3: (1, HEADLINE), 4: (1, HEADLINE), 5: (1, BYLINE),
        7: (1, BODY), 8: (1, BODY), 10: (1, BODY), 11: (1, BODY), 13: (1, BODY), 15: (1, BODY),
        17: (2, HEADLINE), 18: (2, BODY), 19: (2, BODY),
    }


def test_furniture_and_jump_text_are_left_out_and_paragraph_starts_are_kept():
    lines = align(RAW, [FARM, SHOPS])
    assert not lines[0].pieces and not lines[1].pieces  # the date line: furniture the parser dropped
    jump_line = lines[14]
    assert jump_line.span_text() == "农作物耕种收综合机械化率达到七成以上。"  # （下转2版） is no article text
    starts = [line.number for line in lines if line.main and line.main.part == BODY and line.main.paragraph]
    assert starts == [7, 10, 18]


def test_a_headline_repeated_in_a_body_is_found_on_its_own_line():
    raw = "小店经济添活力\n记者走访发现，小店经济添活力已成共识。\n"
    art = ArticleText(1, ["小店经济添活力"], "", "记者走访发现，小店经济添活力已成共识。")
    assert roles(align(raw, [art])) == {1: (1, HEADLINE), 2: (1, BODY)}


def test_headline_printed_after_its_body_and_two_articles_with_the_same_opening():
    raw = "会议强调，要抓好落实。各部门要各负其责。\n抓好落实\n会议强调，要抓好落实。各单位要守土有责。\n守土有责\n"
    first = ArticleText(1, ["抓好落实"], "", "会议强调，要抓好落实。各部门要各负其责。")
    second = ArticleText(2, ["守土有责"], "", "会议强调，要抓好落实。各单位要守土有责。")
    assert roles(align(raw, [first, second])) == {1: (1, BODY), 2: (1, HEADLINE), 3: (2, BODY), 4: (2, HEADLINE)}


def test_text_an_editor_changed_leaves_only_a_gap():
    changed = ArticleText(2, ["小店经济添活力"], "", "连日来，城区各条街道的小商店生意红火。店主们表示，客流明显增加。")
    found = roles(align(RAW, [FARM, changed]))
    assert found[18] == (2, BODY) and found[19] == (2, BODY)


def test_crlf_bom_and_wide_spaces():
    raw = "\ufeff标题一\r\n正\u3000文第一段。\r\n"
    assert roles(align(raw, [ArticleText(5, ["标题一"], "", "正文第一段。")])) == {1: (5, HEADLINE), 2: (5, BODY)}
