"""furniture: page header, date line, credits, footers and publisher lines."""
from articles.parsing import parse_page
from articles.parsing.credits import parse_credits
from articles.parsing.furniture import masthead_name, strip_furniture
from articles.parsing.normalise import clean_lines

PAGE = """本报讯 （记者 柯南）7月3日，青石镇第一届荷花节开幕，
吸引游客三万余人次。

青石镇荷花节开幕

经济 5GUIZHOU DAILY

2031年 7月4日 星期五
责编 甘露露 美编 钟林

新闻热线：0851—12345678，0851—87654321 发行投诉 66668888 某某印务有限公司承印
"""


def test_furniture_is_removed_and_read_into_page_metadata():
    page = parse_page(PAGE)
    assert page.newspaper == "贵州日报"
    assert page.date == "2031-07-04"
    assert page.page.number == 5
    assert page.page.section == "经济"
    assert [(e.name, e.role) for e in page.page.editors] == [("甘露露", "责编"), ("钟林", "美编")]
    assert len(page.articles) == 1
    body = page.articles[0].body
    assert "热线" not in body and "责编" not in body and "2031年" not in body


def test_metadata_is_none_when_the_page_does_not_print_it():
    page = parse_page("本报讯 （记者 柯南）青石镇第一届荷花节今天开幕。\n\n青石镇荷花节开幕\n")
    assert (page.newspaper, page.date, page.page.number, page.page.section) == (None, None, None, None)
    assert page.page.editors == []


def test_publisher_line_is_dropped_without_naming_a_paper():
    lines, info = strip_furniture(clean_lines("中共青石县委 青石县人民政府 主办\n\n正文第一句。"))
    assert lines[0] == "" and lines[2] == "正文第一句。"
    assert info.newspaper is None


def test_credit_lines_and_non_credit_lines():
    assert [(c.name, c.role) for c in parse_credits("责任编辑：柯 南 校对 钟林")] == [("柯南", "责任编辑"), ("钟林", "校对")]
    assert parse_credits("编辑部门负责人介绍，今年") is None
    assert parse_credits("设计理念先进") is None


def test_masthead_table_is_general_not_per_page():
    assert masthead_name("CHONGQING DAILY") == "重庆日报"
    assert masthead_name("Hubei Daily") == "湖北日报"
    assert masthead_name("NOWHERE DAILY") is None


def test_short_header_only_counts_at_the_page_edge():
    body = "\n".join(["正文第一行写得很长很长，"] * 8 + ["3 要闻"] + ["正文又一行写得很长很长，"] * 8)
    lines, info = strip_furniture(clean_lines(body))
    assert info.number is None and "3 要闻" in lines


def test_compound_header_line_at_the_top():
    text = "青石日报 2031年7月4日 星期五 第3版 乡村\n今日8版\n\n本报讯 （记者 柯南）7月3日，青石镇荷花节开幕。\n\n青石镇荷花节开幕\n"
    page = parse_page(text)
    assert (page.newspaper, page.date, page.page.number, page.page.section) == ("青石日报", "2031-07-04", 3, "乡村")
    assert len(page.articles) == 1 and page.articles[0].body == "7月3日，青石镇荷花节开幕。"


def test_header_without_masthead_beside_the_date_line_mid_page():
    body = ["正文第一行写得很长很长，"] * 8 + ["", "乡村·振兴 3", "", "2031年7月4日 星期五", ""] + ["正文又一行写得很长很长。"] * 8
    lines, info = strip_furniture(clean_lines("\n".join(body)))
    assert (info.number, info.section, info.date) == (3, "乡村·振兴", "2031-07-04")
    assert "乡村·振兴 3" not in lines


def test_paper_named_by_its_office_in_the_footer():
    text = "本报讯 （记者 柯南）青石镇第一届荷花节今天开幕。\n\n青石镇荷花节开幕\n\n青石日报社出版 社址：青石县人民路 邮编：400000 新闻热线：12345678\n"
    assert parse_page(text).newspaper == "青石日报"


def test_page_number_and_section_on_lines_of_their_own_beside_the_date_line():
    text = "11\n2031年4月12日 星期五\n人物\n责编 柯南 美编 钟林\n\n一位乡村医生的故事\n\n早上7点，青石村卫生室的门开了。\n"
    page = parse_page(text)
    assert (page.page.number, page.page.section, page.date) == (11, "人物", "2031-04-12")
    assert page.articles[0].title == "一位乡村医生的故事" and page.articles[0].body == "早上7点，青石村卫生室的门开了。"


def test_header_with_a_chinese_paper_name_beside_number_and_section():
    lines, info = strip_furniture(clean_lines("06 社会 青石晚报\n2031年6月3日 星期一\n\n正文第一句。"))
    assert (info.newspaper, info.number, info.section) == ("青石晚报", 6, "社会")


def test_chinese_paper_name_beside_its_english_masthead():
    lines, info = strip_furniture(clean_lines("正文第一句。\n\n青石时报 QINGSHI TIMES\n"))
    assert info.newspaper == "青石时报" and lines[2] == ""


def test_a_running_head_of_paper_and_section_repeated_in_the_text_is_furniture_and_metadata():
    text = ("南岭日报·区县新闻\n\n砂糖橘上市\n\n本报记者 覃海燕\n\n眼下正值砂糖橘成熟上市季节，县长说，下一步将延长产\n\n"
            "南岭日报·区县新闻\n\n业链条，把产业做大做强。\n")
    page = parse_page(text)
    assert (page.newspaper, page.page.section) == ("南岭日报", "区县新闻")
    assert page.articles[0].body == "眼下正值砂糖橘成熟上市季节，县长说，下一步将延长产业链条，把产业做大做强。"


def test_a_masthead_block_printed_mid_page_gives_section_and_page_two_lines_from_its_date():
    more = "".join(f"第{n}段，各地坚持以水定绿、量水而行，乡土树种使用比例明显提高。\n\n" for n in range(1, 9))
    text = ("全国造林种草任务完成八成\n\n本报讯（记者 顾思远）记者从国家林草局获悉，今年全国已完成造林任务的八成以上。\n\n"
            + more + "国内新闻 5\nDONGLING DAILY\n\n2023年9月14日 星期四\n责编 林 蔚 美编 葛 晨\n\n"
            "侗寨“上新”记\n\n清晨六点，贵州省黎平县上岩村还笼罩在薄雾里，鼓楼下已经有人支起了摊子。\n\n" + more)
    page = parse_page(text)
    assert (page.date, page.page.number, page.page.section) == ("2023-09-14", 5, "国内新闻")
    assert all("国内新闻" not in a.body for a in page.articles)


def test_a_hotline_line_is_furniture_not_a_headline():
    text = ("青石县委宣传部 主办\n新闻热线：0738—5521006\n\n本报讯（记者 林一舟）5月12日，青石镇举行荷花节开幕式，"
            "游客络绎不绝。\n\n荷花节开幕\n")
    page = parse_page(text)
    assert [a.title for a in page.articles] == ["荷花节开幕"]


def test_the_pages_date_and_credits_under_an_advertisement_are_read_not_dropped_with_it():
    lines = ["荷花节开幕", "本报讯（记者 林一舟）5月12日，青石镇举行荷花节开幕式。", "", "为奥运喝彩 为公益加油",
             "“七星彩”第08093期 奖池累计1260万元", "广告", "", "2008年8月12日 星期二", "责编 葛亮 版式 胡敏", "",
             "龙舟赛鸣锣", "本报讯 5月10日，青石镇龙舟赛开赛。"]
    _, info = strip_furniture(lines)
    assert info.date == "2008-08-12" and [(e.name, e.role) for e in info.editors] == [("葛亮", "责编"), ("胡敏", "版式")]


def test_a_section_and_page_cutting_a_sentence_is_the_running_head_and_a_front_page_index_is_no_article():
    lines = ["荷花节开幕", "本报讯 5月12日，青石镇举行荷花节开幕式，来自各", "要闻  1", "地的游客络绎不绝。", "",
             "今日导读", "◆全省今年将实施民生实事30件（第2版）", "◆临江港集装箱吞吐量突破百万标箱（第3版）", "",
             "龙舟赛鸣锣", "本报讯 5月10日，青石镇龙舟赛开赛。"]
    cleaned, info = strip_furniture(lines)
    assert (info.section, info.number) == ("要闻", 1)
    assert [x for x in cleaned if x] == ["荷花节开幕", "本报讯 5月12日，青石镇举行荷花节开幕式，来自各", "地的游客络绎不绝。",
                                          "龙舟赛鸣锣", "本报讯 5月10日，青石镇龙舟赛开赛。"]


def test_a_page_header_right_under_a_long_masthead_with_its_imprint_lines_is_read():
    lines = ["苇塘日报", "WEITANG RIBAO", "2024年10月9日　星期三", "甲辰年九月初七", "第27631期　今日20版",
             "国内统一连续出版物号　CN 11-0999", "苇塘日报社出版", "", "1　要闻", "", "从国庆假期看经济活力",
             "本报北京10月8日电 国庆假期，国内出游7.65亿人次。", *["假日消费热力足，文旅市场亮点多。"] * 8]
    cleaned, info = strip_furniture(lines)
    assert (info.number, info.section) == (1, "要闻") and not any("要闻" in x for x in cleaned)


def test_credits_parted_by_bars_with_spaced_names_and_an_english_masthead_with_its_page_are_read():
    lines = ["荷花节开幕", "本报讯 5月12日，青石镇举行荷花节开幕式。", "", "责任编辑 廖 静 | 视觉 邓 一 | 校对 史 浩", "",
             "龙舟赛鸣锣", "本报讯 5月10日，青石镇龙舟赛开赛。", *["游客络绎不绝，民宿家家客满。"] * 8,
             "苇塘都市报 WEITANG METRO    A06"]
    _, info = strip_furniture(lines)
    assert [(e.name, e.role) for e in info.editors] == [("廖静", "责任编辑"), ("邓一", "视觉"), ("史浩", "校对")]
    assert (info.newspaper, info.number) == ("苇塘都市报", 6)


def test_a_running_head_repeated_at_column_tops_names_section_and_paper_but_a_repeated_role_is_text():
    body = ["正文第一行写得很长很长，"] * 6
    lines = [*body, "要闻  苇塘日报", *body, "要闻  苇塘日报", *body, "经济·社会", *body, "经济·社会", "本报记者", *body,
             "本报记者", *body]
    cleaned, info = strip_furniture(lines)
    assert (info.newspaper, info.section) == ("苇塘日报", "要闻")
    assert "经济·社会" not in cleaned and cleaned.count("本报记者") == 2
