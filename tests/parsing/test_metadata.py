"""Page metadata from furniture lines in any of their forms, wherever they stand (invented text)."""
import pytest

from articles.parsing import parse_page
from articles.parsing.metadata import citation, read_header

BODY = "本报讯（记者 林一舟）5月12日，青石镇举行荷花节开幕式，游客络绎不绝。\n"


@pytest.mark.parametrize("line, expected", [
    ("《江城日报》（2024年5月13日 第 06 版）", ("江城日报", "2024-05-13", 6, None)),
    ("《青州晚报》（2023年11月2日 第 07 版：社会新闻）", ("青州晚报", "2023-11-02", 7, "社会新闻")),
    ("《湘中日报》（２０２３年７月７日 第 ０５ 版 · 教育）", ("湘中日报", "2023-07-07", 5, "教育")),
    ("江城日报 2024年5月13日 星期一 第6版：要闻", ("江城日报", "2024-05-13", 6, "要闻")),
    ("2024年5月13日 星期一 | 06 | 要闻", (None, "2024-05-13", 6, "要闻")),
    ("A06 要闻 2024.05.13", (None, "2024-05-13", 6, "要闻")),
    ("国际　17　　　　华夏日报　　2024年4月22日　星期一", ("华夏日报", "2024-04-22", 17, "国际")),
    ("北辰晚报　A08　国际·天下　2024年9月26日", ("北辰晚报", "2024-09-26", 8, "国际·天下")),
    ("要闻·第一版", (None, None, 1, "要闻")),
    ("2023.11.O8  星期三  社会  07", (None, "2023-11-08", 7, "社会")),  # OCR's O for 0
    ("丰 泽 报   2022年9月23日   星期五", ("丰泽报", "2022-09-23", None, None)),
    ("版面：评论", (None, None, None, "评论")),
    ("来源：青溪日报 | 2023-04-11 | 第05版", ("青溪日报", "2023-04-11", 5, None)),
    ("青溪日报 / 2023-04-11 / 05版 / 要闻", ("青溪日报", "2023-04-11", 5, "要闻")),
    ("青溪日报/2023-04-11/05.txt", ("青溪日报", "2023-04-11", 5, None)),  # a file's path printed as a line
    ("==> 青溪日报/2023-04-11/05.txt <==", ("青溪日报", "2023-04-11", 5, None)),
    ("文件：20230411-05-02.txt", (None, "2023-04-11", 5, None)),
    ("2023-04-11/05-要闻.pdf", (None, "2023-04-11", 5, "要闻")),
    ("青溪日报2023年4月11日 第05版（评论）", ("青溪日报", "2023-04-11", 5, "评论")),  # the section in brackets
])
def test_a_header_line_in_any_form_gives_paper_date_page_and_section(line, expected):
    header = read_header(line)
    assert (header.newspaper, header.date, header.number, header.section) == expected


@pytest.mark.parametrize("line", ["附件：名单.pdf", "5月1日起试运营", "2024年全国两会时间开启。", "据新华社北京5月12日电",
                                  "本报记者 张三", "12 家企业"])
def test_text_lines_are_not_headers(line):
    assert read_header(line) is None or not read_header(line).strong


def test_a_citation_is_not_read_from_a_sentence_quoting_a_paper():
    assert citation("《江城日报》报道了这一消息。") is None


@pytest.mark.parametrize("line, expected", [
    ("《临溪日报》（2022-12-20 第 03 版：经济）", ("临溪日报", "2022-12-20", 3, "经济")),
    ("【滨海日报】２０２１年３月５日　第０２版：要闻", ("滨海日报", "2021-03-05", 2, "要闻")),
    ("东陵日报（2022年7月19日 A03版 要闻）", ("东陵日报", "2022-07-19", 3, "要闻")),
    ("（《苇塘日报》2019年4月2日 07版）", ("苇塘日报", "2019-04-02", 7, None)),
    ("苇塘晚报 2024.5.13 A06（城事）", ("苇塘晚报", "2024-05-13", 6, "城事")),
    ("——《苇塘日报》2019年4月2日第07版", ("苇塘日报", "2019-04-02", 7, None)),
    ("原载《苇塘晚报》2019年4月2日 第七版", ("苇塘晚报", "2019-04-02", 7, None)),
])
def test_a_citation_line_in_its_variants_names_the_articles_source(line, expected):
    cited = citation(line) or read_header(line)
    assert cited is not None and (cited.newspaper, cited.date, cited.number, cited.section) == expected


def test_a_running_header_without_brackets_is_no_citation():
    assert citation("东江日报 2024年6月18日 星期二 第3版 综合新闻") is None


def test_masthead_lines_in_any_order_and_split_are_the_page_edge():
    page = parse_page("青石晚报\nQINGSHI EVENING NEWS\n2024年5月13日\n星期一\n甲辰年四月初六\n今日16版\n"
                      "A03\n城事\n荷花节开幕\n" + BODY)
    assert (page.newspaper, page.date, page.page.number, page.page.section) == ("青石晚报", "2024-05-13", 3, "城事")
    assert page.articles[0].title == "荷花节开幕"


def test_a_bare_word_after_a_blank_line_is_a_kicker_not_the_section():
    page = parse_page("《青石日报》（2024年5月13日 第 05 版）\n\n记者调查\n荷花节开幕\n" + BODY)
    assert page.page.section is None and page.page.number == 5


def test_pdf_page_footers_go_and_the_sentence_they_cut_joins():
    page = parse_page("荷花节开幕\n本报讯（记者 林一舟）5月12日，青石镇举行荷花节开幕式，游\n\n第 37 页\n\n"
                      "客络绎不绝。\n")
    assert page.articles[0].body == "5月12日，青石镇举行荷花节开幕式，游客络绎不绝。"


def test_credits_printed_one_character_a_line_are_read_whole():
    page = parse_page("荷花节开幕\n" + BODY + "本版责编：\n孙\n振\n\n\n美编：\n林\n子\n墨\n")
    assert [(e.role, e.name) for e in page.page.editors] == [("责编", "孙振"), ("美编", "林子墨")]
    assert "孙" not in page.articles[0].body


def test_a_credit_name_begun_on_the_role_line_and_cut_by_a_footer_is_read_whole():
    page = parse_page("荷花节开幕\n" + BODY + "责任编辑：孙\n振\n版式：\n\n第 9 页\n\n林\n子\n墨\n")
    assert [(e.role, e.name) for e in page.page.editors] == [("责任编辑", "孙振"), ("版式", "林子墨")]
    assert page.articles[0].body == BODY.split("）", 1)[1].strip()


def test_header_and_credits_on_one_line():
    page = parse_page("荷花节开幕\n" + BODY + "青石晚报　编辑：马　骏　美编：邢　雪\n")
    assert page.newspaper == "青石晚报"
    assert [(e.role, e.name) for e in page.page.editors] == [("编辑", "马骏"), ("美编", "邢雪")]


def test_a_running_head_inside_the_text_goes_when_it_repeats_the_page():
    lines = ["17", "国际", "2024年3月27日 星期三", "港口扩建工程开工", "本报讯（记者 林一舟）5月12日，青石港",
             "扩建工程开工，预计", "17  国际", "明年建成投用。"]
    page = parse_page("\n".join(lines) + "\n")
    assert page.page.number == 17 and "国际" not in page.articles[0].body
    assert page.articles[0].body == "5月12日，青石港扩建工程开工，预计明年建成投用。"


def test_a_paper_name_cutting_a_sentence_mid_column_is_a_running_head():
    lines = ["港口扩建工程开工", "本报讯（记者 林一舟）5月12日，青石港", "扩建工程开工，预计", "青石日报",
             "明年建成投用。"]
    page = parse_page("\n".join(lines) + "\n")
    assert page.newspaper == "青石日报" and page.articles[0].body.endswith("预计明年建成投用。")


def test_a_wrapped_headlines_quantity_at_the_page_top_is_no_page_number_and_section():
    page = parse_page("青石今年将实施民生实事，计划总投资约\n86亿元\n\n" + BODY)
    assert (page.page.number, page.page.section) == (None, None)
    assert page.articles[0].title.replace(" ", "").endswith("86亿元")


def test_the_papers_office_in_a_credits_or_address_line_names_the_paper():
    page = parse_page("荷花节开幕\n" + BODY + "\n苇塘日报评论理论部主办  责编 韦青  版式 陆可\n")
    assert page.newspaper == "苇塘日报" and [(e.name, e.role) for e in page.page.editors] == [("韦青", "责编"), ("陆可", "版式")]
    page = parse_page("荷花节开幕\n" + BODY + "\n苇塘晚报社地址：苇塘市滨河路88号 邮编：421000 新闻热线：0734-8123456\n")
    assert page.newspaper == "苇塘晚报" and "滨河路" not in page.articles[0].body


def test_a_running_head_of_paper_and_section_read_through_ocr_dots_and_spaces_names_the_section():
    head = "苇塘晚报 . 文化周刊"
    page = parse_page(f"《苇塘 晚报》（2023年11月2日 第 08 版）\n\n{head}\n荷花节开幕\n{BODY}\n{head}\n")
    assert (page.newspaper, page.page.section) == ("苇塘晚报", "文化周刊")


def test_a_masthead_dated_in_chinese_numerals_with_its_page_count_gives_date_and_page_not_a_section():
    page = parse_page("苇塘日报\n一九九三年七月六日 星期二\n第一版 今日四版 第5218期\n\n荷花节开幕\n" + BODY)
    assert (page.newspaper, page.date, page.page.number, page.page.section) == ("苇塘日报", "1993-07-06", 1, None)


def test_a_credit_name_begun_on_the_roles_line_ends_at_the_start_of_the_next():
    page = parse_page("荷花节开幕\n" + BODY + "\n责编 刘\n蔚然 美编 孙可\n\n责任编辑：邱\n建华\n\n本版编辑 陈\n晨 | 校对 吴 静\n")
    assert [(e.name, e.role) for e in page.page.editors] == [("刘蔚然", "责编"), ("孙可", "美编"), ("邱建华", "责任编辑"),
                                                             ("陈晨", "编辑"), ("吴静", "校对")]
    assert "蔚然" not in page.articles[0].body


def test_an_imprint_line_naming_hotline_licence_and_printer_is_furniture_not_a_headline():
    imprint = "苇塘日报社新闻热线：07956632100广告经营许可证：苇工商广字001号苇塘日报印务中心承印"
    page = parse_page(f"荷花节开幕\n{BODY}\n{imprint}\n\n青石港扩建工程开工\n本报讯（记者 程思琪）5月11日，青石港二期扩建工程开工。\n"
                      f"\n龙舟赛鸣锣\n本报讯 5月10日，青石镇龙舟赛开赛。\n")
    assert [a.title for a in page.articles] == ["荷花节开幕", "青石港扩建工程开工", "龙舟赛鸣锣"]
    assert not any("热线" in a.body for a in page.articles)


def test_a_publisher_line_with_an_ocr_read_serial_number_is_furniture_and_a_media_reporter_signs():
    page = parse_page("荷花节开幕\n本报全媒体记者 钟晴\n5月12日，青石镇举行荷花节开幕式，游客络绎不绝。\n"
                      "\n苇塘日报社出版  国内统一连续出版物号 CN 53—OO72\n")
    assert [(a.title, [x.name for x in a.authors]) for a in page.articles] == [("荷花节开幕", ["钟晴"])]
    assert page.newspaper == "苇塘日报"


def test_a_masthead_issue_line_and_a_lone_section_name_at_the_top_are_furniture():
    page = parse_page("国内新闻\n\n\n第24819号　　今日8版\n\n荷花节开幕\n" + BODY)
    assert page.page.section == "国内新闻" and [a.title for a in page.articles] == ["荷花节开幕"]


def test_a_closing_note_of_the_paper_first_printing_the_story_ends_it():
    page = parse_page("荷花节开幕\n\n" + BODY + "（原载5月13日《苇塘日报》）\n\n龙舟赛鸣锣\n\n本报讯 5月10日，青石镇龙舟赛开赛。\n")
    assert [a.title for a in page.articles] == ["荷花节开幕", "龙舟赛鸣锣"]
    assert "原载" not in page.articles[0].body
