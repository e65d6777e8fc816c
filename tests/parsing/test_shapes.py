"""The shape detector and the e-paper and compilation segmenters, on invented pages."""
from articles.parsing import parse_page

IND = "\u3000\u3000"

EPAPER = f"""
青禾县果农，今年不愁卖
“枝头的梨子，三天就订完了”

{IND}本报青禾10月8日电（记者 方远舟）清晨六点，青禾县东坪村的冷库前已经排起了货车。
{IND}“去年还担心销路，今年订单排到了月底。”果农郑春生说。
{IND}（下转第四版）


湖畔新城首批保障房交付，一千二百户居民喜迁新居（民生观察）

{IND}核心阅读
{IND}湖畔新城首批保障房昨日交付，一千二百户居民拿到了新房钥匙。
{IND}“住了二十年的老屋终于换了新房。”居民
说，新房宽敞明亮。
{IND}●青禾县图书馆延长周末开放时间，每周六、周日开放至晚上九点。

广告

{IND}青瓷文化节诚邀您共赏青瓷之美。
{IND}咨询电话：0576-8866××××
"""


def test_an_epaper_crawl_is_read_as_such_and_cut_at_its_head_lines():
    page = parse_page(EPAPER)
    assert page.layout == "epaper"
    titles = [" ".join(x for x in [a.kicker, a.title, *a.subtitles] if x) for a in page.articles]
    assert titles[0] == "青禾县果农，今年不愁卖 “枝头的梨子，三天就订完了”"
    assert titles[1] == "湖畔新城首批保障房交付，一千二百户居民喜迁新居（民生观察）"
    first = page.articles[0]
    assert first.continued_to == 4 and [a.name for a in first.authors] == ["方远舟"]
    assert first.body.startswith("清晨六点") and "（下转" not in first.body
    second = page.articles[1]
    assert second.body.split("\n")[0] == "核心阅读"
    assert "居民说，新房宽敞明亮。" in second.body  # a paragraph broken mid-sentence goes on flush left


def test_an_epaper_brief_is_an_article_and_an_advertisement_is_none():
    page = parse_page(EPAPER)
    assert len(page.articles) == 3
    assert page.articles[2].body.startswith("●青禾县图书馆") and page.articles[2].title is None
    assert not any("青瓷" in a.body for a in page.articles)


COMPILATION = """个人养老金制度全面实施，怎么参加、如何领
取？
——有关负责人答记者问
本报记者

程一帆

《江城日报》（2024年5月13日 第 06 版）

个人养老金制度自去年起在全国全面实施。“参加以后，每年最多可以缴存一万
二千元，缴存的钱可以享受税收优惠。”有关负责人说，群众可以通过手机银行
开户，操作便捷。
滨江夜市开街
许 晨

《江城日报》（2024年5月13日 第 06 版）

入夜，滨江步行街的灯光次第亮起。卖糖画的老人、弹吉他的学生、排队打卡的
游客，把一条老街挤得满满当当。“过去晚上八点就关门，现在要忙到

第 37 页

十二点。”店主周海说。
本版责编：刘 青 马晓东
"""


def test_a_compilation_is_cut_at_its_citation_lines_with_titles_and_bylines_above_them():
    page = parse_page(COMPILATION)
    assert page.layout == "compilation"
    assert (page.newspaper, page.date, page.page.number) == ("江城日报", "2024-05-13", 6)
    assert len(page.articles) == 2
    first, second = page.articles
    assert "".join([first.title or "", *first.subtitles]) == \
        "个人养老金制度全面实施，怎么参加、如何领取？——有关负责人答记者问"
    assert [a.name for a in first.authors] == ["程一帆"]
    assert second.title == "滨江夜市开街" and second.byline == "许晨"  # a name alone under a title is its byline
    assert second.body.endswith("现在要忙到十二点。”店主周海说。")
    assert [(e.role, e.name) for e in page.page.editors] == [("责编", "刘青"), ("责编", "马晓东")]


def test_a_compilation_citing_in_a_header_line_form_is_cut_at_those_lines():
    more = "\n".join(["滨江夜市共有摊位一百二十个，其中非遗小吃和手作摊位占了三成，市场监管部",
                      "门派出专人驻点服务，确保食品安全。夜市开放时间为每天十八时至二十四时，",
                      "周末延长至次日凌晨一时，周边三条公交线路同步延长末班车时间，方便市民"])
    text = COMPILATION.replace("《江城日报》（2024年5月13日 第 06 版）", "江城日报 2024年5月13日 星期一 第6版：要闻") \
        .replace("游客，把一条老街挤得满满当当。", more + "\n游客，把一条老街挤得满满当当。")
    page = parse_page(text)
    assert page.layout == "compilation"
    assert (page.newspaper, page.date, page.page.number, page.page.section) == ("江城日报", "2024-05-13", 6, "要闻")
    assert [a.title for a in page.articles][1:] == ["滨江夜市开街"]


NARROW = """社区食堂开进老街
本报记者

程思琪

青溪日报2024年5月13日 第06版（民生）

　　社区食堂昨日在青石镇老街开张，首批
入驻的八家餐饮店以家常菜为主。
　　开张当天，不少老人早早排起了长队。

老街夜市重新开张

青溪日报2024年5月13日 第06版（民生）

　　老街夜市昨晚重新开张，一百二十个摊
位里非遗小吃占了三成。
"""


def test_a_narrow_compilation_citing_its_paper_without_quotes_is_cut_at_those_lines():
    page = parse_page(NARROW)
    assert page.layout == "compilation"
    assert [a.title for a in page.articles] == ["社区食堂开进老街", "老街夜市重新开张"]
    assert (page.newspaper, page.page.number, page.page.section) == ("青溪日报", 6, "民生")


def test_a_running_header_repeated_at_page_breaks_of_a_narrow_dump_cites_no_article():
    header = "青溪日报 2024年5月13日 星期一 第6版：民生"
    text = header + "\n\n" + NARROW.replace("青溪日报2024年5月13日 第06版（民生）", header)
    page = parse_page(text)
    assert page.layout != "compilation"


def test_a_compilation_brief_closed_by_its_credit_is_not_the_next_articles_title():
    brief = ["《江城日报》（2024年5月13日 第 06 版）", "", "●5月12日，全市首批社区食堂挂牌。首批二十个食堂分布在",
             "六个区的城乡社区，八十岁以上老人就餐可享受每餐三元补贴。（记者 曾 琳）", ""]
    text = COMPILATION.replace("滨江夜市开街\n", "\n".join(brief) + "\n滨江夜市开街\n")
    page = parse_page(text)
    assert [a.title for a in page.articles][1:] == [None, "滨江夜市开街"]
    assert page.articles[1].body.startswith("●5月12日") and page.articles[1].body.endswith("每餐三元补贴。")
    assert [a.name for a in page.articles[1].authors] == ["曾琳"]


def test_a_citation_printed_inside_the_text_of_a_column_dump_does_not_make_it_a_compilation():
    column = ["本报讯（记者 程思琪）社区食堂昨", "日在青石镇老街开张，首批入", "驻的八家餐饮店以家常菜为主，",
              "午餐一荤两素只要十二元。", "开张当天，不少老人早早排起", "了长队，有的还带着孙辈一起",
              "来尝鲜。食堂负责人介绍，今后", "每月将推出一次“家乡菜”主题",
              "《江城日报》（2024年5月13日 第 06 版）",  # the page's furniture, printed mid-column
              "活动，欢迎居民提出意见建议。", "镇里还计划在另外两个社区开", "设分店，让更多老人受益。"]
    page = parse_page("社区食堂开进老街\n" + "\n".join(column) + "\n")
    assert page.layout == "columns"
    assert [a.title for a in page.articles] == ["社区食堂开进老街"]
    assert "“家乡菜”主题活动，欢迎居民" in page.articles[0].body
    assert (page.newspaper, page.page.number) == ("江城日报", 6)


def test_column_dumps_and_plain_paragraphs_are_told_apart():
    columns = "\n".join(["荷花节开幕", "本报讯（记者 林一舟）5月12", "日，青石镇举行荷花节开", "幕式，来自各地的游客络",
                         "绎不绝，镇上的民宿家家", "客满，不少游客还专程带", "着孩子来观赏荷花，拍照", "留念。"])
    assert parse_page(columns).layout == "columns"
    paragraphs = ("荷花节开幕\n\n本报讯（记者 林一舟）5月12日，青石镇举行荷花节开幕式，来自各地的游客络绎不绝。\n\n"
                  "镇上的民宿家家客满，不少游客还专程带着孩子来观赏荷花，拍照留念。\n")
    assert parse_page(paragraphs).layout == "paragraphs"
    assert parse_page("# 要闻\n\n## 荷花节开幕\n\n青石镇举行荷花节开幕式。\n").layout == "markdown"


MARKDOWN_PAGE = """---
版名: 民生
---

### 一线见闻
# 稳岗位、拓渠道，就业服务送到家门口

> 编者按：今年以来，各地多措并举稳就业。本版推出“一线见闻”栏目。

**青石镇：招聘会开到村口**

本报记者　林一舟

五月的青石镇，一场招聘会在村口开场，二十多家企业带来三百多个岗位。

（本报记者　林一舟）

**白河县：技能培训量体裁衣**

本报记者　程思琪

白河县开设电工、焊工等培训班，学员结业后大多找到了工作。

> 【广告】
> **青石银行“丰收贷”**
> 服务热线：96588

湖畔新城首批保障房交付
=======================

湖畔新城首批保障房昨日交付，一千二百户居民拿到了新房钥匙。
"""


def test_markdown_headings_bold_subheads_and_a_grouped_story():
    page = parse_page(MARKDOWN_PAGE)
    assert page.layout == "markdown" and page.page.section == "民生"  # front matter
    assert len(page.articles) == 2  # the 组稿 is one article, the advert none
    grouped, second = page.articles
    assert grouped.kicker == "一线见闻" or "一线见闻" in (grouped.title or "")
    assert "青石镇：招聘会开到村口" in grouped.body and "白河县：技能培训量体裁衣" in grouped.body
    assert "本报记者林一舟" in grouped.body.replace(" ", "")  # a part's byline stays in the text
    assert {a.name for a in grouped.authors} == {"林一舟", "程思琪"}
    assert "**" not in grouped.body and ">" not in grouped.body and "银行" not in grouped.body
    assert second.title == "湖畔新城首批保障房交付"  # a Setext heading


def test_an_advertisement_cutting_a_column_is_dropped_and_the_text_joins():
    lines = ["荷花节开幕", "本报讯（记者 林一舟）5月12日，青石", "镇举行荷花节开幕式，来", "青石·翠湖湾", "二期 清盘特惠",
             "售楼热线：6689888", "广告", "自各地的游客络绎不绝。"]
    page = parse_page("\n".join(lines) + "\n")
    assert page.articles[0].body == "5月12日，青石镇举行荷花节开幕式，来自各地的游客络绎不绝。"


def test_a_crawled_article_with_its_source_line_and_editor_credit():
    page = parse_page("坚持创新驱动，加快培育新质生产力\n来源：青石日报  发布时间：2024-05-13 05:52:10\n"
                      f"{IND}本报讯（记者 林雨桐）截至今年4月底，全市科技型中小企业突破五千家。\n"
                      f"{IND}“政策红利实实在在。”一家企业负责人说。\n（责编：王一、李二）\n")
    assert (page.newspaper, page.date) == ("青石日报", "2024-05-13")
    assert [(e.role, e.name) for e in page.page.editors] == [("责编", "王一"), ("责编", "李二")]
    assert page.articles[0].title == "坚持创新驱动，加快培育新质生产力" and "责编" not in page.articles[0].body


def test_a_plain_line_under_a_markdown_heading_is_its_subtitle():
    page = parse_page("## 多地出台举措激发消费活力\n以旧换新带动大宗消费，服务消费新场景不断涌现\n\n"
                      "本报记者 林一舟\n\n开年以来，多地出台举措激发消费活力。\n")
    assert len(page.articles) == 1
    art = page.articles[0]
    assert "".join([art.title or "", *art.subtitles]).replace(" ", "") == \
        "多地出台举措激发消费活力以旧换新带动大宗消费，服务消费新场景不断涌现"
    assert art.body == "开年以来，多地出台举措激发消费活力。"


def test_a_dateline_of_the_reporters_who_signed_goes_on_in_their_story():
    page = parse_page("春耕备耕有序推进\n\n本报记者 郁静怡 常钦然\n\n核心阅读\n\n眼下，春耕生产由南向北次第展开。\n\n"
                      "本报北京3月14日电（记者郁静怡、常钦然）连日来，江淮大地春耕正忙。\n")
    assert len(page.articles) == 1 and page.articles[0].body.endswith("江淮大地春耕正忙。")


def test_a_headline_with_a_column_tag_starts_an_article_even_without_a_byline():
    page = parse_page("荷花节开幕\n\n本报讯（记者 林一舟）5月12日，青石镇举行荷花节开幕式。\n\n"
                      "一张清单背后的“减法”与“加法”（今日谈）\n\n前不久，青石市公布了涉企检查事项清单。\n")
    assert [a.title for a in page.articles] == ["荷花节开幕", "一张清单背后的“减法”与“加法”（今日谈）"]


def test_a_page_mixing_shapes_is_read_region_by_region():
    columns = "\n".join(["青石港扩建工程开工", "本报讯（记者 程思琪）5月11日，", "青石港二期扩建工程正式", "开工，预计明年建成投用。",
                         "港区负责人介绍，二期工程", "建成后，青石港年吞吐能力", "将提高三成，可停靠十万吨", "级货轮。"])
    page = parse_page(EPAPER + "\n\n\n" + columns + "\n")
    assert [r.layout for r in page.regions] == ["epaper", "columns"]
    assert page.regions[1].first_line > page.regions[0].last_line
    assert page.articles[-1].title == "青石港扩建工程开工" and page.articles[-1].body.endswith("级货轮。")
    assert page.to_dict()["regions"][0]["layout"] == "epaper"


def test_a_brief_opening_with_a_dateline_is_signed_by_it():
    page = parse_page("经济简讯\n\n●本报北京6月17日电（记者 郭雨桐）商务部数据显示，1至5月，全国实际使用外资金额4125亿元。\n\n"
                      "●6月16日，第五届全国农产品产销对接活动在昆阳市启动。\n")
    first, second = page.articles
    assert (first.source, [a.name for a in first.authors]) == ("本报", ["郭雨桐"])
    assert first.body == "●商务部数据显示，1至5月，全国实际使用外资金额4125亿元。"
    assert second.body.startswith("●6月16日")


def test_a_photo_page_of_captions_gives_an_article_a_photo_with_its_photographers():
    text = ("A08　视觉　2024.06.02\n\n[图]\n晨光里的护林人\n"
            "6月1日清晨，在北屏山国有林场，护林员沿防火通道巡山。今年58岁的他已在林场工作了三十多年。\n摄影：贺　洋\n\n"
            "[图]\n荷塘采莲忙\n6月1日，游客在东湖区莲花村的荷塘里体验采莲。近年来，该村依托千亩荷塘发展乡村旅游。\n"
            "祁　峰　孔令辉　摄影\n")
    page = parse_page(text)
    assert [a.title for a in page.articles] == ["晨光里的护林人", "荷塘采莲忙"]
    assert [[(c.name, c.role) for c in a.authors] for a in page.articles] == \
        [[("贺洋", "摄影")], [("祁峰", "摄影"), ("孔令辉", "摄影")]]
    assert page.articles[1].body == "6月1日，游客在东湖区莲花村的荷塘里体验采莲。近年来，该村依托千亩荷塘发展乡村旅游。"


def test_a_grouped_story_in_a_paragraph_dump_without_blank_lines_is_one_article():
    text = ("2024年6月18日 星期二 | 10 | 经济\n\n激活消费新场景，释放内需新潜力\n——来自多地促消费一线的观察\n核心阅读\n"
            "今年以来，各地各部门围绕扩大内需出台了一系列促消费举措，消费市场总体保持恢复态势，内需潜力持续释放。\n"
            "夜经济：“烟火气”里有“新消费”\n本报记者　张梦琪\n"
            "晚上8点，位于南州市老城区的青石巷美食街灯火通明，各色小吃摊前排起长队，吸引不少游客驻足。\n"
            "去年以来，南州市出台支持夜间经济发展的16条措施，打造了12个夜间消费集聚区，延长公共交通运营时间。\n"
            "以旧换新：家电家居卖得更“火”了\n本报记者　廖文博\n"
            "在东原市一家家电卖场，市民刚刚用家里用了12年的旧冰箱换回一台新冰箱，还领到了一笔补贴。\n"
            "今年以来，东原市联合40余家企业开展家电家居以旧换新活动，带动相关商品销售额同比增长两成以上。\n")
    (article,) = parse_page(text).articles
    assert article.title == "激活消费新场景，释放内需新潜力"
    assert article.body.startswith("核心阅读\n今年以来")
    assert "夜经济：“烟火气”里有“新消费”\n本报记者张梦琪\n晚上8点" in article.body
    assert [a.name for a in article.authors] == ["张梦琪", "廖文博"]


def test_markdown_caption_under_a_picture_names_its_photographer_and_a_dated_heading_opens_an_article():
    text = ("# 乡野新事\n\n## 青石镇枇杷熟了\n\n![](img/a.jpg)\n\n5月10日，果农在青石镇枇杷园采摘枇杷。 摄影 林晓\n\n"
            "本报讯（记者 方远舟）青石镇两千亩枇杷进入采摘期，果农忙着采摘、分拣、装箱。\n\n"
            "“今年的果子个头大、甜度高。”果农郑春生说。\n\n"
            "### 白河县公布首批示范村\n\n本报讯 日前，白河县公布首批12个乡村振兴示范村。\n")
    first, second = parse_page(text).articles
    assert first.title == "青石镇枇杷熟了"
    assert first.body.startswith("青石镇两千亩枇杷") and "采摘枇杷。" not in first.body  # the caption is no text of it
    assert ("林晓", "摄影") in [(a.name, a.role) for a in first.authors]
    assert second.title == "白河县公布首批示范村"  # a deeper heading over a dateline is the next article's headline
    assert second.body == "日前，白河县公布首批12个乡村振兴示范村。"


def test_markdown_caption_with_its_credit_on_the_line_under_it_is_no_text_but_a_photo_storys_caption_is():
    text = ("## 青石镇枇杷熟了\n\n![](img/a.jpg)\n\n5月10日，果农在青石镇枇杷园采摘枇杷。\n\n林　晓　摄影\n\n"
            "本报讯（记者 方远舟）青石镇两千亩枇杷进入采摘期，果农忙着采摘、分拣、装箱。\n\n---\n\n"
            "## 春耕备耕科技先行\n\n![](img/b.jpg)\n\n3月9日，农技人员在育秧工厂查看秧苗长势。\n\n新华社记者　陈　晨　摄\n")
    story, photo = parse_page(text).articles
    assert story.body.startswith("青石镇两千亩枇杷") and ("林晓", "摄影") in [(a.name, a.role) for a in story.authors]
    assert photo.title == "春耕备耕科技先行" and photo.body.startswith("3月9日，农技人员")


def test_a_wire_storys_titled_dateline_printed_as_its_head_line_signs_it():
    page = parse_page("新华社青石4月2日电　题：边境小镇的“跨境生意经”\n"
                      f"{IND}新华社记者　程思琪\n{IND}清晨6点，青石镇的互市贸易区已是一派繁忙景象。\n"
                      f"{IND}“生意越来越好做了。”商户郑春生说。\n")
    (art,) = page.articles
    assert art.title == "边境小镇的“跨境生意经”" and art.source == "新华社"
    assert [a.name for a in art.authors] == ["程思琪"]


def test_markdown_marked_caption_is_no_text_and_a_heading_over_a_brief_is_its_headline():
    text = ("# 青石镇枇杷熟了\n\n□ 本报记者 方远舟\n\n![](img/a.jpg)\n\n▲ 果农在枇杷园采摘枇杷。\n\n"
            "青石镇两千亩枇杷进入采摘期，果农忙着采摘、分拣、装箱。\n\n"
            "## 简讯\n\n■5月11日，青石镇举行龙舟赛。\n\n"
            "## 青石镇开展夏季燃气安全专项检查\n\n■5月12日起，青石镇在全镇开展燃气安全专项检查。\n")
    page = parse_page(text)
    assert [a.title for a in page.articles] == ["青石镇枇杷熟了", None, "青石镇开展夏季燃气安全专项检查"]
    assert page.articles[0].body == "青石镇两千亩枇杷进入采摘期，果农忙着采摘、分拣、装箱。"
    assert "简讯" not in page.articles[1].body


def test_an_epaper_headline_signed_by_a_lone_name_keeps_the_name_out_of_the_headline():
    page = parse_page("读懂“烟火气”里的民生温度（青石论坛）\n庄  翊\n"
                      f"{IND}夜幕降临，青石镇街角的小吃摊陆续亮起灯。\n{IND}“烟火气”背后，是普通人的生计。\n")
    (art,) = page.articles
    assert art.title == "读懂“烟火气”里的民生温度（青石论坛）"
    assert [a.name for a in art.authors] == ["庄翊"]


def test_markdown_deeper_heading_over_a_dash_subtitle_is_a_headline_not_a_subhead():
    text = ("# 经济周刊\n\n## 充电桩建到家门口\n\n本报记者 林一舟\n\n青石镇新建充电桩三十个，农民买车更安心。\n\n"
            "### 县域商业体系建设提速\n\n——乡镇商贸中心改造提升四十个\n\n本报记者 程思琪\n\n"
            "走进青石县新开业的商贸中心，货架上摆满了商品。\n")
    page = parse_page(text)
    assert [a.title for a in page.articles] == ["充电桩建到家门口", "县域商业体系建设提速"]
    assert page.articles[1].subtitles == ["——乡镇商贸中心改造提升四十个"]
    assert [a.name for a in page.articles[1].authors] == ["程思琪"]


def test_a_name_unspaced_under_a_short_compilation_title_is_its_byline():
    page = parse_page(COMPILATION.replace("滨江夜市开街\n许 晨\n", "滨江夜市开街\n许晨阳\n"))
    second = page.articles[1]
    assert second.title == "滨江夜市开街" and second.byline == "许晨阳"


def test_an_epaper_paragraph_closed_by_its_end_mark_or_a_photo_credit_is_whole_and_head_lines_follow():
    para = "　　新华社海口6月17日电（记者 黎晓）全国首座深远海漂浮式风电养殖平台17日在文昌海域正式投运，年均发电约两千万千瓦时。"
    text = (f"\n深远海风电养殖平台投运\n\n{para}（完）\n夏粮收获进入尾声\n\n"
            "　　本报讯（记者 龙潇）6月17日，在柳湾镇的麦田里，三台联合收割机来回穿梭，全市小麦已收获九成以上。\n"
            "　　图为柳湾镇农民驾驶收割机抢收小麦。　本报记者 龙潇 摄\n记者手记\n“田保姆”的账本\n\n"
            "　　在柳湾镇采访时，记者翻看了合作社理事长的一本账本，记着每一户托管农户的地块和收成。\n")
    page = parse_page(text)
    assert page.layout == "epaper"
    heads = [((a.kicker or "") + a.title).replace(" ", "") for a in page.articles]
    assert heads == ["深远海风电养殖平台投运", "夏粮收获进入尾声", "记者手记“田保姆”的账本"]



def test_epaper_wire_stories_part_at_their_end_mark_and_a_titled_dateline_is_the_next_storys_title():
    text = ("风暴横扫西欧多国\n"
            "　　新华社布鲁塞尔3月20日电（记者 任潇）受强风暴影响，比利时、荷兰和法国北部出现大风和强降雨天气。\n"
            "　　法国气象部门预计，风暴将于21日逐渐减弱。（完）\n\n"
            "　　新华社开罗3月20日电　题：尼罗河畔的“中国课堂”\n"
            "　　走进开罗以北的一所职业技术学校，数控机床的嗡鸣声从实训车间里传出来。（完）\n"
            "　　中新社东京3月20日电 (记者 宋依然)日本气象厅20日宣布，东京都心的樱花当天开放。\n"
            "　　日本气象协会预计，今年东京樱花满开时间在3月底前后。\n\n"
            "　　光明日报北京4月1日电（记者 周 晔）记者从国家文物局获悉，一批石窟寺遗存完成数字化采集。\n")
    page = parse_page(text)
    assert [a.title for a in page.articles] == ["风暴横扫西欧多国", "尼罗河畔的“中国课堂”", None, None]  # a blank line, then a dateline
    assert page.articles[1].body.startswith("走进开罗以北") and page.articles[2].body.startswith("日本气象厅")
    assert [a.name for a in page.articles[2].authors] == ["宋依然"]
