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


def _wrap(paragraph: str, width: int = 20) -> list[str]:
    return [paragraph[i:i + width] for i in range(0, len(paragraph), width)]


def test_header_lines_inside_a_dump_without_blank_lines_do_not_make_it_a_dump_of_blocks():
    first = _wrap("本报讯（记者 程思琪）12月4日，青石港二期扩建工程正式开工，预计明年建成投用。") + \
        _wrap("港区负责人介绍，二期工程将同步建设智慧码头，建成后年吞吐能力将提高三成，可停靠大型货轮。")
    second = _wrap("前不久，青石市公布了涉企检查事项清单，把检查事项从一百多项减到三十项，企业拍手称快。")
    text = ["A05 经济 2023.12.05", "港口扩建工程开工", *first,
            "一张清单背后的“减法”（今日谈）",  # a headline between paragraphs, no blank line around it
            *second[:2], "A05 经济 2023.12.05", *second[2:]]  # the running head again, inside a sentence
    page = parse_page("\n".join(text) + "\n")
    assert [a.title for a in page.articles] == ["港口扩建工程开工", "一张清单背后的“减法”（今日谈）"]
    assert page.articles[1].body == "前不久，青石市公布了涉企检查事项清单，把检查事项从一百多项减到三十项，企业拍手称快。"

def test_scan_debris_is_dropped():
    assert clean_lines("■ ■ ▲\n丨 48岁的向春花开了一家农家乐\n一一一一一\n口 口\n▁▁▁▁▁▁\n○\n▁▂▃  ▆▇█▇  ▅▃▂\n正文。") == \
        ["", "48岁的向春花开了一家农家乐", "", "", "", "", "", "正文。"]  # a photo's shading read as bars too
    assert clean_lines("冂\n莫让打卡变成负担\n冖\n▍\n‖") == ["", "莫让打卡变成负担", "", "", ""]  # corners, rules


def test_scan_specks_around_a_lone_character_are_debris_but_names_and_marks_stay():
    assert clean_lines("罵 ., `  ~\n·  ,   ′  ‘ ·\n庄  翊\n（完）\n1.\n●") == ["", "", "庄 翊", "（完）", "1.", "●"]
    assert clean_lines("一一一一 一一一一一一 一一\n、 ·   ･\n一、\n。”") == ["", "", "一、", "。”"]
    assert clean_lines("丨（记者 苏明亮）\n总投丨\n专丨精特新\n2024年5月13日 | 06 | 要闻") == \
        ["（记者 苏明亮）", "总投", "专精特新", "2024年5月13日 | 06 | 要闻"]


def test_three_head_blocks_in_a_row_after_a_signed_article_are_stacked_headlines_not_a_subhead():
    body = ["本报记者 林一舟", "“法官同志，我们两家的地界争了", "好几年，今天总算说清楚了！”7月", "7日，在竹园镇新民村的院坝里，",
            "一场特殊的“庭审”刚刚结束。", "这是竹园人民法庭开展巡回审判的", "一个场景，今年以来共开展巡回审",
            "判86场次，就地化解纠纷320余件。"]
    lines = ["本报讯（记者 程思琪）10月8日，", "青川县正式入选省级全域旅游示范", "区创建名单，成为全市唯一入选的",
             "县。全县今年接待游客586万人次，", "同比增长27.4%。", ""] + body + [
             "", "巡回法庭开进田间地头", "", "青川县入选全域旅游示范区创建名单", "", "国庆假期接待游客46.8万人次", "",
             "记者从县文化旅游局了解到，国庆", "假期全县共接待游客46.8万人次，", "实现旅游综合收入3.1亿元。"]
    page = parse_page("\n".join(lines) + "\n")
    assert [a.title for a in page.articles] == ["青川县入选全域旅游示范区创建名单", "巡回法庭开进田间地头",
                                                "国庆假期接待游客46.8万人次"]
    assert page.articles[1].body.endswith("就地化解纠纷320余件。")


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


def test_a_dateline_whose_date_is_broken_across_lines_is_still_read():
    lines = ["农业论坛开幕", "新华社青湖5月1", "1日电（记者 古丽米娜", "）第三届中亚农业合作", "论坛11日在青湖开幕，",
             "来自八国的代表出席。"]
    page = parse_page("\n".join(lines) + "\n")
    assert [a.title for a in page.articles] == ["农业论坛开幕"]
    assert page.articles[0].source == "新华社"
    assert page.articles[0].body.startswith("第三届中亚农业合作论坛11日")


def test_an_indented_paragraph_opening_is_not_a_head_line():
    lines = ["城市温情护航高考", "　　6月7日早上7点，青州",  # narrower than its column by its indent only
             "市出租汽车行业协会组织的20", "0辆送考车准时从集结点出发，", "车窗上贴着醒目的送考标识。",
             "　　开了20年出租车的段红", "兵说，他已连续8年参加送考活", "动，看到孩子们走进考场，心", "里就踏实了。"]
    page = parse_page("\n".join(lines) + "\n")
    assert [a.title for a in page.articles] == ["城市温情护航高考"]
    assert page.articles[0].body.startswith("6月7日早上7点，青州市出租汽车")


def test_a_captioned_photo_after_an_article_signed_at_its_top_is_an_article_of_its_own():
    lines = ["荷花节开幕", "本报讯（记者 林一舟）5月12", "日，青石镇举行荷花节开", "幕式，来自各地的游客络",
             "绎不绝。", "镇上的民宿家家客满，不", "少游客还专程带着孩子来", "观赏荷花。",
             "荷花节期间，青石镇还将", "举办摄影比赛、荷灯夜游", "和非遗展演等活动，持续", "到6月底。",
             "镇长介绍，今年的荷花种", "植面积比去年扩大了三成，", "沿湖步道也已全线贯通。", "游客可在镇游客中心免费", "领取游览地图。",
             "■ ■", "麦浪金黄迎夏收",  # a picture's headline: not a subhead of the story above
             "　　5月11日，在青石镇，", "农民驾驶收割机抢收早熟小", "麦。", "新华社记者 程思琪摄"]
    page = parse_page("\n".join(lines) + "\n")
    assert [a.title for a in page.articles] == ["荷花节开幕", "麦浪金黄迎夏收"]
    assert page.articles[0].body.endswith("领取游览地图。")
    assert page.articles[1].body == "5月11日，在青石镇，农民驾驶收割机抢收早熟小麦。"
    assert [a.name for a in page.articles[1].authors] == ["程思琪"]


def test_a_captioned_photo_closed_by_its_credit_before_a_run_of_briefs_is_an_article_of_its_own():
    text = ("“小切口”里见民生温度（今日谈）\n\n林 一\n\n家门口的菜市场改造升级了，老小区加装的电梯投入使用了。\n\n"
            "民生无小事，枝叶总关情，这些项目关系着群众的获得感。\n\n"
            "麦浪金黄迎夏收\n\n5月11日，在青石镇，农民驾驶收割机抢收早熟小麦。\n（记者 程思琪 摄）\n\n"
            "■5月13日，青石镇全民健身月活动启动。\n")
    page = parse_page(text)
    assert [a.title for a in page.articles] == ["“小切口”里见民生温度（今日谈）", "麦浪金黄迎夏收", None]
    assert page.articles[0].body.endswith("群众的获得感。")
    assert [a.name for a in page.articles[1].authors] == ["程思琪"]


def test_a_caption_after_an_article_with_its_credit_and_then_its_headline_is_an_article_of_its_own():
    lines = ["让小切口撬动大民生（今日谈）", "林 一", "前不久，一座小城在老旧小", "区推行楼道议事会，大事小", "情由居民坐下来商量。",
             "把好事办好，关键在于多听", "群众的意见。",
             "5月12日，在青石镇一处生", "态茶园，茶农正在采摘夏茶。",  # a picture's caption, its credit, its headline
             "摄影：龚平", "初夏茶园采摘忙",
             "前4个月货物贸易", "进出口增长5.7%", "新华社北京5月12日电", "（记者 程思琪）海关总署12", "日发布数据显示，前4个月", "货物贸易进出口增长5.7%。"]
    page = parse_page("\n".join(lines) + "\n")
    assert [(a.title or "").replace(" ", "") for a in page.articles] == \
        ["让小切口撬动大民生（今日谈）", "初夏茶园采摘忙", "前4个月货物贸易进出口增长5.7%"]
    assert page.articles[0].body.endswith("群众的意见。")
    assert page.articles[1].body == "5月12日，在青石镇一处生态茶园，茶农正在采摘夏茶。"
    assert [a.name for a in page.articles[1].authors] == ["龚平"]


def test_scan_debris_lines_are_no_blank_lines_of_the_dump_and_do_not_glue_a_headline_to_its_caption():
    lines = ["■ ■ ■", "①", "国庆假期，江城处处是风景", "  图①：10月1日，市民在江滩观看主题灯光", "秀。国庆假期首日，江城各大景区人气旺",
             "盛，据统计，当天全市重点监测的30家景区", "共接待游客86万人次。", "本报记者 单 冬 摄", "▲ ■", "稻田收割忙",
             "  9月30日，在新洲区一处农田示范区，农机手", "驾驶收割机收割中稻，全区68万亩中稻已收割", "过半。",
             "本报记者 艾 晴摄", "■ ■"]
    page = parse_page("\n".join(lines) + "\n")
    assert [a.title for a in page.articles] == ["国庆假期，江城处处是风景", "稻田收割忙"]
    assert page.articles[1].body == "9月30日，在新洲区一处农田示范区，农机手驾驶收割机收割中稻，全区68万亩中稻已收割过半。"


STACKED_ONE_TOO_MANY = """青禾镇茶园迎来春茶采摘季
——茶农增收有了新门路

本报记者 柯一鸣
清明前后，青禾镇万亩茶园一片翠绿。茶农
们天不亮就上山，趁着露水采下最嫩的芽叶。
镇里今年新建了三条清洁化生产线，鲜叶
当天就能加工成干茶，卖价比往年高了两成。
茶叶合作社负责人说，订单已经排到了五月。

老城区的路灯亮了，夜市的摊位也多了起来。
不少居民晚饭后带着孩子出门散步，顺便
买点小吃。街道办在夜市入口设了便民服务
点，免费提供充电和饮水。夜市管理员说，
摊主们都按规定时间收摊，垃圾也清理得干干净净。

本报讯（记者 苗小禾）记者从市气象局获悉，
本周全市将迎来一次明显降雨过程，局部地区
有大雨。气象部门提醒市民出行注意安全，农
户要提前做好田间排水，防范渍涝灾害。

夜市摊位多了居民散步有了好去处（街谈）

本周全市将迎来明显降雨过程
"""


def test_a_stacked_headline_with_no_body_left_cuts_the_body_that_ran_two_articles_together():
    page = parse_page(STACKED_ONE_TOO_MANY)
    assert [a.title for a in page.articles] == [
        "青禾镇茶园迎来春茶采摘季", "夜市摊位多了居民散步有了好去处（街谈）", "本周全市将迎来明显降雨过程"]
    assert page.articles[0].body.endswith("订单已经排到了五月。")
    assert page.articles[1].body.startswith("老城区的路灯亮了")


def test_a_headline_right_under_the_last_sentence_and_over_the_next_dateline_is_cut_off():
    text = ("竹编工坊里的新天地\n\n本报记者 米 雪\n\n　　冬日的午后，阳光透过窗格\n洒进澜州市竹编非遗工坊，\n"
            "老人正坐在矮凳上编竹器。\n　　“我想把这门手艺一直做\n下去。”徒弟姚书鸣说。\n青年作家作品研讨会举办\n"
            "　　本报讯（通讯员 庞 慧）11月\n30日，青年作家作品研讨会在\n市文联举行，与会专家展开研讨。\n")
    feature, report = parse_page(text).articles
    assert (feature.title, report.title) == ("竹编工坊里的新天地", "青年作家作品研讨会举办")
    assert feature.body.endswith("徒弟姚书鸣说。") and [a.name for a in report.authors] == ["庞慧"]


def test_head_lines_over_a_news_lede_start_an_article_not_a_subhead_of_the_one_above():
    text = "\n".join(["荷花节开幕", "", *_wrap("本报讯（记者 林一舟）5月12日，青石镇举行荷花节开幕式，来自各地的游客络绎不绝，"
                                            "镇上的民宿家家客满，不少游客还专程带着孩子来观赏荷花。"), "",
                      "这个周末，去老城墙根下赶一场市集", "",
                      *_wrap("记者从青石县文化和旅游局获悉，5月18日至19日，城墙根下市集将在古城南门广场举办，"
                             "集中展示剪纸、面塑等四十余项技艺。")]) + "\n"
    page = parse_page(text)
    assert [a.title for a in page.articles] == ["荷花节开幕", "这个周末，去老城墙根下赶一场市集"]
    assert page.articles[1].body.startswith("记者从青石县")


def test_a_jump_line_spaced_out_by_the_scan_still_opens_a_continued_fragment():
    text = ("\u3000\u3000（ 上 接 第 一 版 ） 今 年 全 市 计 划 安 排 重 点\n建设项目156个，年度投资额312亿元。\n\n"
            "家电下乡产品春节前后销售火爆\n\n\u3000\u3000本报讯（记者 潘越）春节前后，我市农村家电市场持续升温。\n")
    page = parse_page(text)
    assert [(a.title, a.continued_from) for a in page.articles] == [(None, 1), ("家电下乡产品春节前后销售火爆", None)]


def test_a_wrapped_title_with_commas_over_a_dash_subtitle_is_a_headline_not_text():
    head = ["“三八”节前夕，市妇联为百名下岗", "女工送上创业“大礼包”", "——小额担保贷款最高可达五万元，三年内", "免收管理类费用"]
    body = _wrap("昨天上午，市妇联在市妇女儿童活动中心举行巾帼创业行动启动仪式，为一百名下岗失业女工发放了创业培训结业证书。", 19)
    page = parse_page("\n".join(head) + "\n\n\u3000\u3000" + "\n".join(body) + "\n")
    assert page.articles[0].title.replace(" ", "") == "“三八”节前夕，市妇联为百名下岗女工送上创业“大礼包”"
    assert page.articles[0].body.startswith("昨天上午")


def test_stacked_heads_between_two_bodies_go_by_shared_characters_where_jieba_cuts_the_heads_oddly():
    lead = _wrap("本报讯（记者 林一舟）5月12日，青石镇举行荷花节开幕式，来自各地的游客络绎不绝，民宿家家客满。", 12)
    paper = _wrap("新华社贵阳7月3日电（记者 魏然）在龙潭村的老作坊里，非遗传承人龚德顺正按古法抄纸，"
                  "一荡一提，一张纸便成形了。", 12)
    shops = _wrap("街角的早餐铺、社区的理发店，小店虽小，却连着千家万户的日常生活，帮扶小店经济既要输血也要造血。", 12)
    text = "\n".join(["荷花节开幕", *lead, *paper, "非遗传承古法造纸", "让“小店经济”更有活力",
                      "（经济时评）", "本报记者 戴 维", *shops]) + "\n"
    heads = [((a.kicker or "") + a.title).replace(" ", "") for a in parse_page(text).articles]
    assert heads == ["荷花节开幕", "非遗传承古法造纸", "让“小店经济”更有活力（经济时评）"]


def test_a_marked_brief_headline_may_open_with_a_number_or_wrap_but_a_marked_lede_is_text():
    text = "\n".join(["■1月份全国快递业务量同比增长逾两成", "\u3000\u3000国家邮政局数据显示，1月份，", "全国快递业务量完成158.6亿",
                      "件，同比增长21.4%。", "|", "■我国首个海上二氧化碳封存示范工程", "累计注入量突破10万吨", "\u3000\u3000记者从有关部门获悉，",
                      "示范工程累计回注二氧化碳突", "破10万吨。", "|", "■日前，石门县春风行动农", "村劳动力技能培训班开班，首期",
                      "培训学员150名。"]) + "\n"
    page = parse_page(text)
    assert [a.title for a in page.articles] == ["1月份全国快递业务量同比增长逾两成", "我国首个海上二氧化碳封存示范工程累计注入量突破10万吨",
                                                 None]


def test_a_short_head_line_over_a_story_signed_by_another_source_starts_it_even_where_a_word_runs_across():
    wire = _wrap("据新华社杭州9月19日电 全运会组委会19日公布火炬传递路线，火炬将途经全省11个设区市，传递总里程约1800公里。", 17)
    play = _wrap("由市话剧团创排的原创话剧将于10月16日首演，讲述一个船工家庭三代人的命运沉浮。", 17)
    text = "\n".join(["全运会组委会公布火炬传递路线", "", *wire, "", "话剧《江上人家》下月首演", "讲述三代船工的沉浮故事", "",
                      *play, "（本报记者 施然）"]) + "\n"  # 故事 / 由…: 事由 is a word, cut by nothing
    page = parse_page(text)
    assert [a.title for a in page.articles] == ["全运会组委会公布火炬传递路线", "话剧《江上人家》下月首演 讲述三代船工的沉浮故事"]
