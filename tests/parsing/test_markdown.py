"""Markdown exports: front matter, kickers set off by a blank line, pages titled by bold lines alone."""
from articles.parsing import parse_page

STORY = "4月17日，市政府新闻办召开新闻发布会，通报全市一季度经济运行情况。\n"


def test_front_matter_in_english_keys_gives_the_page_metadata_and_credits():
    text = ("---\nnewspaper: 苇塘日报\ndate: 2023-04-18\npage: 02\nsection: 要闻\n"
            "editors: 责任编辑 周敏；美术编辑 韩笑\n---\n\n## 一季度经济运行情况发布\n\n" + STORY)
    page = parse_page(text)
    assert (page.newspaper, page.date, page.page.number, page.page.section) == ("苇塘日报", "2023-04-18", 2, "要闻")
    assert [(e.name, e.role) for e in page.page.editors] == [("周敏", "责任编辑"), ("韩笑", "美术编辑")]
    assert len(page.articles) == 1


def test_a_short_plain_line_a_blank_line_above_a_heading_is_its_kicker_but_a_credits_line_is_not():
    text = ("# 要闻\n\n全市一季度经济运行情况发布\n\n## 地区生产总值同比增长5.8%\n\n" + STORY +
            "\n责编 王可 美编 刘洋\n\n## 四桥主拱合龙\n\n5月6日，嘉陵江四桥主拱顺利合龙。\n")
    heads = [((a.kicker or "") + a.title).replace(" ", "") for a in parse_page(text).articles]
    assert heads == ["全市一季度经济运行情况发布地区生产总值同比增长5.8%", "四桥主拱合龙"]


def test_a_page_titled_by_bold_lines_between_rules_is_read_as_markdown():
    text = ("**“指尖上的蓝”走进课堂，三百名学生学起“老手艺”**\n\n*本报记者 杨丽 实习生 赵桐*\n\n"
            "3月15日下午，洱川县第一中学的美术教室里飘着淡淡的草木香。\n\n---\n\n**市运会游泳比赛落幕**\n"
            "——滨湖区代表队获得金牌总数第一\n\n*本报记者 马骏*\n\n3月14日，市运动会青少年组游泳比赛落下帷幕。\n")
    read = [(a.title, a.subtitles, [x.name for x in a.authors]) for a in parse_page(text).articles]
    assert read == [("“指尖上的蓝”走进课堂，三百名学生学起“老手艺”", [], ["杨丽", "赵桐"]),
                    ("市运会游泳比赛落幕", ["——滨湖区代表队获得金牌总数第一"], ["马骏"])]
