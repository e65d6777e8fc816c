"""Grouped stories (组稿) told by their labelled subheads, in a paragraph dump and in an e-paper crawl."""
from articles.parsing import parse_page

IND = "\u3000\u3000"
PARTS = [("防溺水：“六不”要记牢", "溺水是造成中小学生意外死亡的头号杀手，暑假期间尤其要引起重视。"),
         ("防中暑：出现这些症状要警惕", "最近一周，急诊科每天都会接诊十几名中暑患者。"),
         ("防蚊虫：登革热预防不可松懈", "夏季也是蚊媒传染病的高发期，要及时清理积水。")]
NEXT = "我市启动三伏贴预约服务"
NEXT_STORY = f"{NEXT}\n\n本报讯（记者 苗苗）7月14日，市中医院三伏贴预约开始。"  # an article of its own after a group


def _group(banner: str, intro: str, parts: list[tuple[str, str]], after: str = NEXT_STORY) -> str:
    """A paragraph dump: a banner over its intro, the parts (subhead, text) and the story printed after them."""
    return "\n\n".join([banner, intro, *(f"{head}\n\n{text}" for head, text in parts), after]) + "\n"


LEAD = (f"\n青禾县果农，今年不愁卖\n“枝头的梨子，三天就订完了”\n\n"
        f"{IND}本报青禾10月8日电（记者 方远舟）清晨六点，青禾县东坪村的冷库前已经排起了货车。\n"
        f"{IND}“去年还担心销路，今年订单排到了月底。”果农郑春生说。\n"
        f"{IND}县农业农村局局长韩立介绍，全县今年新建冷库十二座，果品错峰上市，价格稳中有升。\n")


def test_parts_labelled_alike_under_a_one_line_banner_are_one_article_and_the_story_after_is_not():
    text = "暑期安全课\n这份夏季健康安全提示请收好。盛夏时节，孩子们迎来了暑假，记者采访了相关专家。\n\n"
    text += "".join(f"{head}\n\n本报记者 龚晴\n\n{body}\n\n" for head, body in PARTS)
    text += f"{NEXT}\n\n本报记者 苗苗\n\n记者7月14日从市中医院获悉，今年三伏贴预约即日开始。\n"
    page = parse_page(text)
    assert [a.title for a in page.articles] == ["暑期安全课", NEXT]
    assert "防中暑：出现这些症状要警惕" in page.articles[0].body and page.articles[0].body.endswith("清理积水。")


def test_a_grouped_story_in_an_epaper_crawl_is_one_article():
    text = (LEAD + f"\n巾帼建新功·奋进新征程\n她们用实干书写“半边天”风采\n{IND}编者按：本报推出一组报道，走近我县的优秀女性代表。\n"
            + "".join(f"{head.replace('防', '她')}\n{IND}{body}（本报记者 叶青）\n" for head, body in PARTS)
            + f"{NEXT}\n{IND}本报讯（记者 苗苗）7月14日，市中医院三伏贴预约开始。\n"
            f"城区新增两条公交线路\n{IND}本报讯（记者 苗苗）7月15日起，城区新增两条公交线路。\n"
            f"老街茶馆迎来新客人\n{IND}本报讯（记者 叶青）上午九点，茶馆里已经坐满了熟客。\n")
    page = parse_page(text)
    assert page.layout == "epaper"
    assert [a.title for a in page.articles][2:] == [NEXT, "城区新增两条公交线路", "老街茶馆迎来新客人"]
    assert "她中暑：出现这些症状要警惕" in page.articles[1].body


def test_a_grouped_storys_first_labelled_part_read_into_the_banners_text_still_groups_the_next():
    text = _group("“小切口”撬动“大民生”\n——我市十件民生实事办理进展扫描", "年初，市政府公布了十件民生实事。记者近日进行了走访。",
                  [("菜篮子：平价菜店覆盖所有街道", "清晨6点，平价菜店已经开门。（记者 韩冬）"),
                   ("看病难：社区医院有了专家号", "今年，三甲医院的专家定期到社区坐诊。（记者 卓然）")])
    page = parse_page(text)
    assert [a.title for a in page.articles] == ["“小切口”撬动“大民生”", NEXT]
    assert "看病难：社区医院有了专家号" in page.articles[0].body


def test_parts_led_by_a_long_label_under_a_banner_are_one_grouped_article():
    parts = [("智能装备产业链联合党委：“链”上结对破解“卡脖子”难题", "在南湖高新区，产业链联合党委牵头组建攻关小组。", "卢森"),
             ("蓝莓产业功能型党支部：把支部建在合作社里", "6月中旬，石塘镇的蓝莓进入采摘期，党员带头搞技术服务。", "邵晴")]
    text = _group("喜迎“七一”·一线党旗红\n支部建在产业链上 党员冲在最前沿", "编者按：本版今日推出一组报道。",
                  [(head, f"本报记者 {name}\n\n{body}") for head, body, name in parts])
    page = parse_page(text)
    assert len(page.articles) == 2 and "蓝莓产业功能型党支部：把支部建在合作社里" in page.articles[0].body


def test_an_editors_note_over_the_first_part_makes_the_next_signed_part_the_same_grouped_article():
    text = _group("汛期一线的坚守\n——我市防汛抗洪一线见闻", "编者按：入汛以来，全市防汛形势严峻。本版今起推出专栏，讲述一线的故事。",
                  [("堤坝上的“移动哨所”", "7月20日深夜，江心洲镇七里堤上，一顶帐篷里亮着灯。\n\n（本报记者 孔维）"),
                   ("转移群众，一个都不能少", "7月19日下午，沙湾村党支部书记马春燕挨家挨户动员村民转移。\n\n（本报记者 严晓冬）")],
                  "防汛不能有“差不多”心态（今日谈）\n\n连日来，各地防汛一线的干部群众顶烈日、冒风雨，守护着江堤安澜。")
    page = parse_page(text)
    assert [a.title for a in page.articles] == ["汛期一线的坚守", "防汛不能有“差不多”心态（今日谈）"]
    assert "转移群众，一个都不能少" in page.articles[0].body


def test_a_banner_whose_text_holds_the_first_part_signed_as_the_next_part_is_the_group():
    text = _group("走近文物保护一线\n守护古建筋骨，传承匠心文脉", "近日，记者走近几位文物保护工作者，记录他们的日常。",
                  [("修缮古戏台的“90后”", "秋日的阳光洒在古戏台上，纪晓峰正清理斗拱缝隙中的积尘。\n\n（本报记者 孔维）"),
                   ("给壁画“看病”的人", "在省文物保护中心的修复室里，一幅明代水陆画平铺在工作台上。\n\n（本报记者 龙思琪）")])
    page = parse_page(text)
    assert [((a.kicker or "") + a.title).replace(" ", "") for a in page.articles] == ["走近文物保护一线守护古建筋骨，传承匠心文脉", NEXT]
    assert "给壁画“看病”的人" in page.articles[0].body


def test_a_banners_last_line_is_the_first_parts_subhead_where_the_parts_are_signed_at_their_end_alike():
    text = _group("考生从容应考，城市温情护航\n高考首日，这些暖心瞬间刷屏了\n“爱心送考车”准时出发",
                  "6月7日早上7点，两百辆爱心送考车准时出发。（记者 宋佳音）",
                  [("考点外的“静音”守护", "在青州一中考点外，交警提前设置了禁鸣标志。（记者 祁晓庆）")])
    page = parse_page(text)
    assert [((a.kicker or "") + a.title + "".join(a.subtitles)).replace(" ", "") for a in page.articles] == \
        ["考生从容应考，城市温情护航高考首日，这些暖心瞬间刷屏了", NEXT]
    assert page.articles[0].body.startswith("“爱心送考车”准时出发") and "考点外的“静音”守护" in page.articles[0].body
