"""E-paper crawls: lists inside a story, a caption after a signed-off story, a byline opening a paragraph."""
from articles.parsing import parse_page

IND = "\u3000\u3000"
LEAD = (f"\n青禾县果农，今年不愁卖\n“枝头的梨子，三天就订完了”\n\n"
        f"{IND}本报青禾10月8日电（记者 方远舟）清晨六点，青禾县东坪村的冷库前已经排起了货车。\n"
        f"{IND}“去年还担心销路，今年订单排到了月底。”果农郑春生说。\n"
        f"{IND}县农业农村局局长韩立介绍，全县今年新建冷库十二座，果品错峰上市，价格稳中有升。\n\n"
        f"湖畔新城首批保障房交付\n\n{IND}湖畔新城首批保障房昨日交付，一千二百户居民拿到了新房钥匙。\n"
        f"{IND}“住了二十年的老屋终于换了新房。”居民说，新房宽敞明亮。\n")  # an e-paper page's first stories


def test_bullet_items_under_a_paragraph_ending_in_a_colon_stay_in_the_story():
    text = LEAD + (f"\n暴雨天气持续\n城区排水压力加大\n\n"
            f"{IND}记者5月6日从市排水公司获悉，受连日降雨影响，城区多处低洼路段出现积水。\n"
            f"{IND}排水公司提醒市民：\n{IND}■雨天尽量减少外出；\n{IND}■切勿在积水路段涉水行走。\n"
            f"{IND}目前，全市已出动抢险人员两百余人次。\n{IND}（记者 卓言）\n\n"
            f"公园荷花进入盛花期\n\n{IND}5月6日，东湖公园的荷花竞相开放，吸引市民前来观赏。\n")
    page = parse_page(text)
    assert [((a.kicker or "") + a.title).replace(" ", "") for a in page.articles][2:] == [
        "暴雨天气持续城区排水压力加大", "公园荷花进入盛花期"]
    assert "■切勿在积水路段涉水行走。" in page.articles[2].body and page.articles[2].body.endswith("两百余人次。")


def _canteen_then_teahouse(middle: str) -> str:
    """Two e-paper stories with `middle` printed between them."""
    return (LEAD + f"\n社区食堂开门迎客\n\n{IND}5月6日，桥东社区长者食堂正式营业，首日接待老人一百余位。\n"
            + middle + f"\n老街茶馆的四十年\n\n{IND}上午九点，茶馆里已经坐满了熟客。\n")


def test_a_paragraph_after_a_storys_closing_credit_and_a_blank_line_is_a_caption_of_its_own():
    page = parse_page(_canteen_then_teahouse(f"{IND}（记者 卓言 通讯员 方禾）\n\n\n"
                                             f"{IND}5月5日，孩子们在市少年宫学习剪纸。（受访者供图）\n"))
    assert [a.title for a in page.articles][2:] == ["社区食堂开门迎客", None, "老街茶馆的四十年"]
    assert page.articles[2].body.endswith("一百余位。") and page.articles[3].body.startswith("5月5日，孩子们")


def test_a_byline_set_off_by_a_wide_space_at_the_start_of_the_first_paragraph_is_the_byline():
    text = LEAD + f"\n夜市灯火映街巷（记者观察）\n\n{IND}本报记者 卓言\u3000夜幕降临，江北夜市的灯笼一盏盏亮起。\n"
    article = parse_page(text).articles[2]
    assert [a.name for a in article.authors] == ["卓言"] and article.body == "夜幕降临，江北夜市的灯笼一盏盏亮起。"


def test_a_paragraph_set_off_by_blank_lines_over_a_photo_credit_is_a_caption_not_the_storys_end():
    page = parse_page(_canteen_then_teahouse(f"{IND}食堂由街道出资建设，老人凭卡就餐可享八折优惠。\n\n\n"
                                             f"{IND}5月5日，游客在湖畔的樱花林中拍照。\n{IND}新华社记者　方禾　摄\n"))
    assert [a.title for a in page.articles][2:] == ["社区食堂开门迎客", None, "老街茶馆的四十年"]
    assert page.articles[2].body.endswith("八折优惠。") and page.articles[3].body == "5月5日，游客在湖畔的樱花林中拍照。"


def test_a_flush_left_line_over_a_brief_marker_is_the_briefs_headline_not_text_run_together():
    text = LEAD + ("\n全市首家“劳动者港湾”示范点揭牌\n●11月18日，全市首家“劳动者港湾”示范点在高新区揭牌，为户外劳动者提供热水、休息等服务。\n\n"
                   "●近日，市气象台发布消息，本周后期我市将出现明显降温，提醒市民注意防寒保暖，合理安排出行。\n")
    page = parse_page(text)
    assert [a.title for a in page.articles][2:] == ["全市首家“劳动者港湾”示范点揭牌", None]
    assert page.articles[2].body.startswith("●11月18日")


def test_a_crawl_citing_each_story_after_it_is_an_epaper_page_and_its_web_navigation_is_no_article():
    cite = "《苇塘日报》（2003年6月18日 第 02 版）"
    text = ("\n上一版　　下一版　　返回目录\n" + LEAD + f"{IND}（记者　方远舟）\n\n{cite}\n\n"
            f"公园荷花进入盛花期\n{IND}本报讯 5月6日，东湖公园的荷花竞相开放，吸引市民前来观赏。\n{IND}（记者　卓言）\n\n{cite}\n\n"
            "本版新闻\n·青禾县果农，今年不愁卖\n·公园荷花进入盛花期\n\n上一版　　下一版　　返回目录\n")
    page = parse_page(text)
    assert page.layout != "compilation" and (page.newspaper, page.date, page.page.number) == ("苇塘日报", "2003-06-18", 2)
    assert [a.title for a in page.articles][-1] == "公园荷花进入盛花期" and len(page.articles) == 3
    assert not any("下一版" in (a.title or "") + a.body or "本版新闻" in a.body for a in page.articles)


def test_a_citation_with_a_source_label_and_a_bare_paper_name_names_the_paper():
    page = parse_page(LEAD + "\n（来源：苇塘日报　2022年09月16日　第07版）\n")
    assert (page.newspaper, page.date, page.page.number) == ("苇塘日报", "2022-09-16", 7)
