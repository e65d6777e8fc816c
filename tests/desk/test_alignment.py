"""Aligning stored articles to a page's raw lines (pure Python, invented text)."""
from articles.alignment import BODY, BYLINE, HEADLINE, ArticleText, align

RAW = """山城日报  2024年10月8日  第5版 农村

秋 收 时 节 粮 满 仓
——我县粮食生产再获丰收
本报记者 陈 东

十月的山城，稻田里一片金黄。记者在城南
的几个乡看到，收割机、运粮车来回穿梭。

“今年我们合作社又添了两台烘干机。”种粮大户刘
志强说，“粮食再也不怕淋雨了。”据统计，全县粮食总产量较去年增长，主要

第 37 页

粮食作物单产水平提高了百分之五以上。（下转2版）

夜市经济聚人气
入夜以后，滨江路上的夜市人头攒动。
摊主们表示，生意一天比一天好。
"""

FARM = ArticleText(
    1, ["秋收时节粮满仓", "——我县粮食生产再获丰收"], "本报记者 陈东",
    "十月的山城，稻田里一片金黄。记者在城南的几个乡看到，收割机、运粮车来回穿梭。\n"
    "“今年我们合作社又添了两台烘干机。”种粮大户刘志强说，“粮食再也不怕淋雨了。”据统计，全县粮食总产量较去年增长，"
    "主要第37页粮食作物单产水平提高了百分之五以上。")
SHOPS = ArticleText(2, ["夜市经济聚人气"], "", "入夜以后，滨江路上的夜市人头攒动。摊主们表示，生意一天比一天好。")


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
    assert jump_line.span_text() == "粮食作物单产水平提高了百分之五以上。"  # （下转2版） is no article text
    starts = [line.number for line in lines if line.main and line.main.part == BODY and line.main.paragraph]
    assert starts == [7, 10, 18]


def test_a_headline_repeated_in_a_body_is_found_on_its_own_line():
    raw = "夜市经济聚人气\n记者走访发现，夜市经济聚人气已成共识。\n"
    art = ArticleText(1, ["夜市经济聚人气"], "", "记者走访发现，夜市经济聚人气已成共识。")
    assert roles(align(raw, [art])) == {1: (1, HEADLINE), 2: (1, BODY)}


def test_headline_printed_after_its_body_and_two_articles_with_the_same_opening():
    raw = "会议强调，要抓好落实。各部门要各负其责。\n抓好落实\n会议强调，要抓好落实。各单位要守土有责。\n守土有责\n"
    first = ArticleText(1, ["抓好落实"], "", "会议强调，要抓好落实。各部门要各负其责。")
    second = ArticleText(2, ["守土有责"], "", "会议强调，要抓好落实。各单位要守土有责。")
    assert roles(align(raw, [first, second])) == {1: (1, BODY), 2: (1, HEADLINE), 3: (2, BODY), 4: (2, HEADLINE)}


def test_text_an_editor_changed_leaves_only_a_gap():
    changed = ArticleText(2, ["夜市经济聚人气"], "",
                          "入夜以后，滨江路上的小夜市人头攒动。摊主们表示，生意一天比一天好。")
    found = roles(align(RAW, [FARM, changed]))
    assert found[18] == (2, BODY) and found[19] == (2, BODY)


def test_crlf_bom_and_wide_spaces():
    raw = "\ufeff标题一\r\n正\u3000文第一段。\r\n"
    assert roles(align(raw, [ArticleText(5, ["标题一"], "", "正文第一段。")])) == {1: (5, HEADLINE), 2: (5, BODY)}
