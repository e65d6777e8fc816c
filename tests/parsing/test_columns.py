"""Column dumps without blank lines, and scan debris (invented text)."""
from articles.parsing import parse_page
from articles.parsing.normalise import clean_lines


def test_a_column_dump_without_blank_lines_is_cut_where_a_headline_stands():
    lines = ["荷花节开幕", "本报讯（记者 林一舟）5月12", "日，青石镇举行荷花节开", "幕式，来自各地的游客络",
             "绎不绝。", "镇上的民宿家家客满，不", "少游客还专程带着孩子来", "观赏荷花。",
             "青石港扩建工程开工",  # shorter than the column, ending no sentence: a headline
             "本报讯（记者 程思琪）5月", "11日，青石港二期扩建工", "程正式开工，预计明年建", "成投用。"]
    page = parse_page("\n".join(lines) + "\n")
    assert [a.title for a in page.articles] == ["荷花节开幕", "青石港扩建工程开工"]
    assert page.articles[0].body.endswith("观赏荷花。")


def test_a_headline_wider_than_its_column_ends_the_text_above_it():
    lines = ["荷花节开幕", "本报讯（记者 林一舟）5月12", "日，青石镇举行荷花节开", "幕式，来自各地的游客络",
             "绎不绝，镇上的民宿家家客满。", "青石港二期扩建工程今日正式开工", "　　新华社青石5月11日", "电（记者 程思琪）青石港",
             "二期扩建工程正式开工，", "预计明年建成投用。"]
    page = parse_page("\n".join(lines) + "\n")
    assert page.articles[1].title == "青石港二期扩建工程今日正式开工"
    assert page.articles[1].body == "青石港二期扩建工程正式开工，预计明年建成投用。"  # the broken dateline is out
    assert page.articles[1].source == "新华社"


def test_scan_debris_is_dropped():
    assert clean_lines("■ ■ ▲\n丨 48岁的向春花开了一家农家乐\n一一一一一\n口 口\n正文。") == \
        ["", "48岁的向春花开了一家农家乐", "", "", "正文。"]


def test_stacked_headlines_serve_the_bodies_on_both_sides_of_them():
    lines = ["本报讯（记者 林一舟）5月12日，青石镇荷", "花节开幕，来自各地的游", "客络绎不绝，赏荷拍照。",
             "青石镇荷花节开幕",                      # the headline of the story above,
             "社区食堂开进老小区",                    # and that of the story below
             "本报讯（记者 程思琪）社区", "食堂昨日在老小区开张，", "老人吃饭不再犯愁。"]
    page = parse_page("\n".join(lines) + "\n")
    assert [a.title for a in page.articles] == ["青石镇荷花节开幕", "社区食堂开进老小区"]


def test_a_photo_credit_before_a_headline_closes_the_photo_caption():
    lines = ["荷塘月色", "5月12日，游客在青石镇荷塘边赏荷拍照。", "本报记者 林一舟 摄", "社区食堂开进老小区",
             "本报讯（记者 程思琪）社区食堂昨日在老小区开张，", "老人吃饭不再犯愁。"]
    page = parse_page("\n".join(lines) + "\n")
    assert [a.title for a in page.articles] == ["荷塘月色", "社区食堂开进老小区"]
    assert page.articles[0].body == "5月12日，游客在青石镇荷塘边赏荷拍照。"


def test_a_writers_name_under_a_column_tag_is_the_byline():
    lines = ["荷花节开幕", "本报讯（记者 林一舟）5月12日，青石镇荷花节开幕。", "在字里行间读懂城市的记忆", "（书里书外）",
             "孟 然", "一座城市的记忆，藏在街巷里，也藏在书页间。"]
    page = parse_page("\n".join(lines) + "\n")
    art = page.articles[-1]
    assert "".join([art.title or "", *art.subtitles]) == "在字里行间读懂城市的记忆（书里书外）"
    assert art.byline == "孟然" and art.body.startswith("一座城市的记忆")
