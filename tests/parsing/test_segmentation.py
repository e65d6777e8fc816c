"""Articles, headlines and jumps on whole invented pages."""
import re

import pytest

from articles.parsing import parse_page
from articles.parsing.jumps import jump_from, jump_to


def headline(art):
    """The whole headline as the scorer compares it: lines joined, spaces and dashes out."""
    return re.sub(r"[\s—-]+", "", "".join([art.kicker or "", art.title or ""] + art.subtitles))


def by_body(page, start):
    return next(a for a in page.articles if a.body.startswith(start))


HEADLINE_AFTER_BODY = """本报讯 （记者 柯南）7月3日，青石镇第一
届荷花节在镇东荷塘开幕，吸引游客三
万余人次。

镇长甘露露介绍，荷花节将持续到8月
底。

青石镇荷花节开幕
甘露露出席并致辞

本报讯 （记者 钟林）7月3日，白沙河
流域治理工程通过验收。

白沙河治理工程通过验收
"""


def test_headline_printed_after_its_body_goes_to_that_body():
    page = parse_page(HEADLINE_AFTER_BODY)
    assert len(page.articles) == 2
    first, second = page.articles
    assert first.title == "青石镇荷花节开幕" and first.subtitles == ["甘露露出席并致辞"]
    assert first.body == "7月3日，青石镇第一届荷花节在镇东荷塘开幕，吸引游客三万余人次。\n镇长甘露露介绍，荷花节将持续到8月底。"
    assert second.title == "白沙河治理工程通过验收"


STACKED = """本报讯 （记者 柯南）7月3日，县图书馆新馆
开馆，首批藏书二十万册，读者可凭身份证免费
借阅。馆长钟林说，新馆设有少儿阅览区。

本报讯 （记者 何小溪）7月3日，县农业农村局
召开夏粮收购工作会，部署粮食收购和仓储工
作，要求确保颗粒归仓。

本报讯 （记者 甘露露）7月2日，县城第一座
立体停车楼投入使用，可提供车位五百个，缓
解老城区停车难。

立体停车楼投入使用
县农业农村局部署夏粮收购
确保颗粒归仓

县图书馆新馆开馆
"""


def test_stacked_headlines_are_attached_by_shared_words_not_position():
    page = parse_page(STACKED)
    assert len(page.articles) == 3
    assert by_body(page, "7月2日，县城").title == "立体停车楼投入使用"
    assert headline(by_body(page, "7月3日，县农业")) == "县农业农村局部署夏粮收购确保颗粒归仓"
    assert by_body(page, "7月3日，县图书馆").title == "县图书馆新馆开馆"


def test_body_without_a_printed_headline_gets_none_and_a_reason():
    text = """本报讯 （记者 柯南）7月3日，县图书馆新馆开馆，首批
藏书二十万册。

本报讯 （记者 何小溪）7月3日，县农业农村局召开
夏粮收购工作会，部署粮食收购工作。

县农业农村局部署夏粮收购
"""
    page = parse_page(text)
    library = by_body(page, "7月3日，县图书馆")
    assert library.title is None and library.kicker is None and library.subtitles == []
    assert "未找到标题" in library.review_reasons
    assert by_body(page, "7月3日，县农业").title == "县农业农村局部署夏粮收购"


def test_briefs_are_articles_of_their_own():
    text = """●7月3日，青石镇荷花节开幕，游客三万余人次。

（记者 何小溪）

■7月2日，白沙河治理工程通过验收。
"""
    page = parse_page(text)
    assert [a.body for a in page.articles] == ["●7月3日，青石镇荷花节开幕，游客三万余人次。", "■7月2日，白沙河治理工程通过验收。"]
    assert [a.name for a in page.articles[0].authors] == ["何小溪"]
    assert all(a.title is None and "未找到标题" not in a.review_reasons for a in page.articles)


def test_jump_markers_parse_page_numbers():
    assert jump_from("（上接第一版）会议指出，") == (1, "会议指出，")
    assert jump_to("全力推进。 （下转2版）")[:2] == (2, "全力推进。")
    assert jump_from("会议指出（上接1版）") is None


def test_jumps_set_continuations_and_leave_the_body():
    text = """本报讯 （记者 柯南）7月3日，县里召开防汛工作会议，要求各
乡镇落实责任，做好物资储备，确保安全度 （下转3版）

县里部署防汛工作

（上接1版）会议还强调，要加强值班值守，及时发布预警信息。
"""
    page = parse_page(text)
    first, second = page.articles
    assert first.continued_to == 3 and "下转" not in first.body and first.title == "县里部署防汛工作"
    assert second.continued_from == 1 and second.title is None and "上接" not in second.body
    assert "续接他版" in second.review_reasons


def test_interleaved_fragments_are_put_back_together():
    text = """（上接1版）会议要求，各部门要把任务分解到人，确保按期

（上接1版）座谈会上，企业代表就用地、融资等问题提出

完成全年目标。

建议，有关部门现场作了答复。
"""
    page = parse_page(text)
    assert [a.body for a in page.articles] == [
        "会议要求，各部门要把任务分解到人，确保按期完成全年目标。",
        "座谈会上，企业代表就用地、融资等问题提出建议，有关部门现场作了答复。",
    ]


def test_subheads_inside_a_body_stay_in_the_body():
    text = """青石镇：荷塘经济富了村民
——来自乡村振兴一线的报道

盛夏时节，青石镇的荷塘迎来了一年中最热闹的时候。

采莲人家：日子越过越红火

村民何小溪家的莲子今年卖出了好价钱。

本报记者 柯南 钟林
"""
    page = parse_page(text)
    assert len(page.articles) == 1
    art = page.articles[0]
    assert art.title == "青石镇：荷塘经济富了村民" and art.subtitles == ["——来自乡村振兴一线的报道"]
    assert "采莲人家：日子越过越红火" in art.body
    assert [(a.name, a.role) for a in art.authors] == [("柯南", "记者"), ("钟林", "记者")] and art.source == "本报"


MARKDOWN = """# 走进青石镇

## 荷塘里的好日子

柯南

钟林

盛夏时节,青石镇的荷塘迎来了一年中最热闹的时候。

### 采莲

村民何小溪家的莲子今年卖出了好价钱。

### 民宿

镇上新开了十二家民宿,周末一房难求。
"""


def test_markdown_feature_is_one_article_with_sections():
    page = parse_page(MARKDOWN)
    assert page.page.section == "走进青石镇"
    assert len(page.articles) == 1
    art = page.articles[0]
    assert art.title == "荷塘里的好日子"
    assert art.body.split("\n") == [
        "盛夏时节,青石镇的荷塘迎来了一年中最热闹的时候。", "采莲", "村民何小溪家的莲子今年卖出了好价钱。",
        "民宿", "镇上新开了十二家民宿,周末一房难求。",
    ]


def test_letter_spaced_body_is_closed_up():
    page = parse_page("本报讯 （记者 柯南） 7 月 3 日，青 石 镇 召 开 会\n议 ， 共 有 36 名 代 表 参 加 。\n")
    assert page.articles[0].body == "7月3日，青石镇召开会议，共有36名代表参加。"


def test_photo_credit_inside_an_article_does_not_end_it():
    text = """本报讯 （记者 柯南）7月3日，青石镇荷花节开幕。

记者 钟林 摄

开幕式上，镇长甘露露介绍了今年的新变化。

青石镇荷花节开幕
"""
    page = parse_page(text)
    assert len(page.articles) == 1
    art = page.articles[0]
    assert art.title == "青石镇荷花节开幕"
    assert [a.name for a in art.authors] == ["柯南", "钟林"]
    assert "开幕式上" in art.body and "摄" not in art.body


def test_headline_with_a_dash_subtitle_starts_a_new_article_even_after_running_text():
    text = """荷塘经济富了村民
——青石镇乡村振兴见闻

盛夏时节，青石镇的荷塘迎来了一年中最热闹的时候。

白沙河畔绿意浓
——白沙河流域治理一年记

一年前还是臭水沟的白沙河，如今成了市民散步的好去处。
"""
    page = parse_page(text)
    assert [a.title for a in page.articles] == ["荷塘经济富了村民", "白沙河畔绿意浓"]
    assert page.articles[1].body == "一年前还是臭水沟的白沙河，如今成了市民散步的好去处。"


def test_text_after_a_jump_line_is_not_lost():
    page = parse_page("会议要求各乡镇落实防汛责任，确保安全度 （下转3版）本报讯 （记者 柯南）7月3日，白沙河治理工程通过验收。\n")
    assert page.articles[0].continued_to == 3
    assert page.articles[1].body == "7月3日，白沙河治理工程通过验收。"


def test_markdown_plain_lines_are_never_headlines():
    text = "## 荷塘里的好日子\n\n盛夏时节,荷塘迎来了最热闹的时候,游人如织\n\n### 采莲\n\n村民的莲子卖出了好价钱。\n"
    page = parse_page(text)
    assert len(page.articles) == 1 and page.articles[0].title == "荷塘里的好日子"


def test_stacked_headlines_without_blank_lines_still_split_by_content():
    text = """本报讯 （记者 柯南）7月3日，县图书馆新馆开馆，首批藏书二十万
册，读者可凭身份证免费借阅。

本报讯 （记者 何小溪）7月3日，县农业农村局召开夏粮收购工作会，
部署粮食收购和仓储工作。

县长钟林在夏粮收购工作会上强调
抓好夏粮收购 确保颗粒归仓
县图书馆新馆开馆
二十万册藏书免费借阅
"""
    page = parse_page(text)
    farm = by_body(page, "7月3日，县农业")
    assert farm.kicker == "县长钟林在夏粮收购工作会上强调" and farm.title == "抓好夏粮收购 确保颗粒归仓"
    assert headline(by_body(page, "7月3日，县图书馆")) == "县图书馆新馆开馆二十万册藏书免费借阅"


def test_headline_right_under_its_body_without_a_blank_line():
    text = """本报讯 （记者 柯南）7月3日，县图书馆新馆开馆，首批
藏书二十万册，读者可凭身份证免费借阅，少
儿阅览区同时开放。
县图书馆新馆开馆
本报讯 （记者 钟林）7月3日，白沙河治理工程通过验收。
"""
    page = parse_page(text)
    assert [a.title for a in page.articles] == ["县图书馆新馆开馆", None]
    assert page.articles[0].body.endswith("少儿阅览区同时开放。")


HEADLINE_BETWEEN_BODY_AND_FRAGMENT = """河口镇举行龙舟邀请赛
甘露露出席开幕式

本报讯 （记者 柯南）6月22日，河口镇第三届龙舟
邀请赛在清水河开赛，十二支队伍参赛。副县长甘露露
出席开幕式。

□新华社记者 钟林 何小溪

初夏时节，江南丘陵的稻田里，早稻已经抽穗扬花。
种粮大户柯明亮说，今年的早稻长势是近几年最好的。

农技人员常年驻村，手把手教农民测土配方、科学施肥，
早稻单产连续三年提高。

（新华社南昌6月22日电）

稻田里的农技人员
——江南早稻种植见闻

（上接1版）
县长苗青山强调，要压实防汛责任，做好物资储备和
人员转移准备，确保群众安全度汛。
"""


def test_headline_above_a_jump_fragment_goes_to_the_body_before_it():
    page = parse_page(HEADLINE_BETWEEN_BODY_AND_FRAGMENT)
    xinhua = by_body(page, "初夏时节")
    fragment = by_body(page, "县长苗青山强调")
    assert headline(xinhua) == "稻田里的农技人员江南早稻种植见闻"
    assert fragment.continued_from == 1 and fragment.title is None and not fragment.subtitles


CAPTIONED = """# 青石镇

## 荷塘边的新农人

柯明亮



苗青山

7月3日，记者来到青石镇荷塘边，见到了返乡创业的年轻人。
他们种莲藕、办民宿，带动村民增收。村支书何小溪说，今年
全村的游客比去年多了一倍。
"""


def test_caption_names_stay_out_of_the_body_but_reach_persons():
    art = parse_page(CAPTIONED).articles[0]
    assert art.body.startswith("7月3日") and "柯明亮" not in art.body
    names = [p.name for p in art.persons]
    assert names[:2] == ["柯明亮", "苗青山"] and "何小溪" in names


SIGNED_THEN_UNSIGNED = """夏夜纳凉也要讲文明

□本报评论员 柯 南

入夏以来，广场上纳凉的市民多了起来。

文明纳凉，靠的是每个人的自觉。


少一些噪音，多一些体谅

广场舞音响开得太大，常常引来周边居民投诉。

邻里之间多一些体谅，矛盾就少一些。
（青石日报7月4日评论员文章）
"""


def test_a_headline_before_text_closed_by_another_source_starts_a_new_article():
    page = parse_page(SIGNED_THEN_UNSIGNED)
    assert [a.title for a in page.articles] == ["夏夜纳凉也要讲文明", "少一些噪音，多一些体谅"]
    first, second = page.articles
    assert [p.name for p in first.authors] == ["柯南"] and not second.authors
    assert second.source == "青石日报" and "纳凉" not in second.body


SUBHEADS_THEN_SAME_SOURCE_DATELINE = """□新华社记者 柯南 钟林

青石镇的荷花开了。

荷塘里的新生意

今年镇上开起了十多家民宿。
（新华社青石7月3日电）
"""


def test_a_dateline_of_the_same_source_keeps_the_subheads_in_one_article():
    page = parse_page(SUBHEADS_THEN_SAME_SOURCE_DATELINE)
    assert len(page.articles) == 1
    assert "荷塘里的新生意" in page.articles[0].body


ONE_HEADLINE_FIRST = """本报讯 （记者 柯南）7月3日，青石镇荷花节
在镇东荷塘开幕，吸引游客三万余人次。

青石镇荷花节开幕

白沙河竹编工坊揭牌

本报讯 （记者 钟林）7月2日，白沙河竹编工坊
在河口村揭牌，村里的竹编手艺有了传习场所。

本报讯 （记者 何小溪）7月1日，青石镇新建的
污水处理站投入运行，日处理能力两千吨。

青石镇污水处理站投运
"""


def test_a_headline_printed_before_its_body_on_a_page_that_prints_them_after():
    page = parse_page(ONE_HEADLINE_FIRST)
    assert [a.title for a in page.articles] == ["青石镇荷花节开幕", "白沙河竹编工坊揭牌", "青石镇污水处理站投运"]
    assert "标题归属按内容推断，请核对" in page.articles[1].review_reasons


def test_dash_line_right_under_a_markdown_heading_is_its_subtitle():
    page = parse_page("## 青石镇的荷花开了\n\n——来自白沙河畔的报道\n\n七月，青石镇的荷塘迎来了一年中最热闹的时候。\n")
    art = page.articles[0]
    assert art.title == "青石镇的荷花开了" and art.subtitles == ["——来自白沙河畔的报道"]
    assert art.body == "七月，青石镇的荷塘迎来了一年中最热闹的时候。"


PHOTO_CREDIT_AND_BROKEN_LINE = """本报讯（记者 柯南）6月1日晚，青石镇下起了小雨。
一位老人独自站在公交站台下。

外卖骑手路过这

里，发现老人衣着单薄，便上前询问。

（本报记者 钟林 摄）

原来，老人患有轻度失忆症，当天独自出了门。
"""


def test_photo_credit_and_a_line_broken_before_a_blank_do_not_split_the_article():
    page = parse_page(PHOTO_CREDIT_AND_BROKEN_LINE)
    assert len(page.articles) == 1
    art = page.articles[0]
    assert "外卖骑手路过这里，发现老人" in art.body and art.body.endswith("当天独自出了门。")
    assert [a.name for a in art.authors] == ["柯南", "钟林"]


def test_a_line_cut_inside_a_word_before_a_blank_line_is_not_a_subhead():
    text = ("本报讯（记者 柯南）7月3日，青石镇召开全镇大会。\n会议要求营造比学赶超的浓厚氛围。\n\n"
            "镇长钟林强调，要坚持分类指导、精\n\n准施策，推动各村各展所长。\n")
    body = parse_page(text).articles[0].body
    assert "要坚持分类指导、精准施策，推动各村各展所长。" in body


def test_two_full_lines_before_a_blank_that_end_mid_sentence_are_not_a_subhead():
    text = ("本报讯（记者 柯南）7月3日，青石镇迎来丰收。\n种粮大户钟林一边查看长势，一边算起了\n丰收账。\n\n"
            "钟林口中的新品种，是青石农业科学院作物\n科学研究所研究员何小溪团队培育的抗旱高产\n\n"
            "小麦。十多年来，何小溪带着团队常年往返于试验田。\n")
    body = parse_page(text).articles[0].body
    assert "是青石农业科学院作物科学研究所研究员何小溪团队培育的抗旱高产小麦。" in body


BODY_FIRST_THEN_HEADLINE_FIRST = """本报讯 （记者 柯南）7月3日，青石镇荷花节
在镇东荷塘开幕，吸引游客三万余人次。

青石镇荷花节开幕

白沙河竹编工坊揭牌

本报讯 （记者 钟林）7月2日，白沙河竹编工坊
在河口村揭牌，村里的竹编手艺有了传习场所。

青石镇污水处理站投运

本报讯 （记者 何小溪）7月1日，青石镇新建的
污水处理站投入运行，日处理能力两千吨。
"""


def test_headlines_given_across_the_page_settle_after_one_body_takes_its_own():
    page = parse_page(BODY_FIRST_THEN_HEADLINE_FIRST)
    assert [a.title for a in page.articles] == ["青石镇荷花节开幕", "白沙河竹编工坊揭牌", "青石镇污水处理站投运"]


def test_in_a_paragraph_dump_a_headline_over_a_short_opening_word_is_no_broken_sentence():
    text = ("荷花节开幕\n\n本报讯（记者 林一舟）5月12日，青石镇举行荷花节开幕式，游客络绎不绝。\n"
            "镇上的民宿家家客满，不少游客还专程带着孩子来观赏荷花。\n\n"
            "我市新增3家省级专精特新企业\n\n"
            "日前，省工业和信息化厅公布新一批专精特新中小企业名单，我市3家企业榜上有名。\n（记者 程思琪）\n")
    page = parse_page(text)
    assert [a.title for a in page.articles] == ["荷花节开幕", "我市新增3家省级专精特新企业"]
    assert [a.name for a in page.articles[1].authors] == ["程思琪"]


NOTE_WITH_BLANKS = ("荷花节开幕\n\n本报记者 林一舟\n\n5月12日，青石镇举行荷花节开幕式，游客络绎不绝。\n\n"
                    "镇上的民宿家家客满，不少游客还专程带着孩子来观赏荷花。\n\n"
                    "走进专精特新企业\n\n小小传感器 “感知”大市场\n\n"
                    "编者按：专精特新企业是产业链的重要一环。本报今起推出系列报道。\n\n本报记者 程思琪\n\n"
                    "在青石经开区的一家传感器企业，一枚指甲盖大小的芯片正在下线。\n")
# one paragraph a line, no blank lines: the head lines sit between paragraph-wide text and the note
NOTE_IN_PARAGRAPHS = ("全省课后服务实现全覆盖\n\n"
                      "本报讯（记者 许晨曦）记者从全省秋季学期教育工作新闻发布会上获悉，全省义务教育学校课后服务已实现全覆盖。\n"
                      "省教育厅基础教育处负责人介绍，今年秋季学期起，各地学校普遍推行“5+2”课后服务模式。\n"
                      "“双减”之后的课堂\n作业少了，孩子们的时间都去哪儿了？\n来自三所学校的调查\n"
                      "编者按：“双减”政策落地三年，学生负担明显减轻。本报记者走进三所学校，看看课后的变化。\n"
                      "本报记者 纪蓉\n下午四点半，南湖实验小学的操场上热闹起来，篮球、跳绳、足球各有一片天地。\n"
                      "在城郊的东林中学，学校利用闲置空地开辟了六亩劳动实践基地，学生们在这里种菜养花。\n")


@pytest.mark.parametrize("text, heads, end, author", [
    (NOTE_WITH_BLANKS, "走进专精特新企业小小传感器“感知”大市场", "正在下线。", "程思琪"),
    (NOTE_IN_PARAGRAPHS, "“双减”之后的课堂作业少了，孩子们的时间都去哪儿了？来自三所学校的调查", "种菜养花。", "纪蓉"),
])
def test_head_lines_over_an_editors_note_open_an_article_signed_under_the_note(text, heads, end, author):
    page = parse_page(text)
    assert len(page.articles) == 2
    second = page.articles[1]
    assert "".join([second.kicker or "", second.title or "", *second.subtitles]).replace(" ", "") == heads
    assert second.body.startswith("编者按：") and second.body.endswith(end)
    assert [a.name for a in second.authors] == [author]


def test_a_headline_printed_right_over_a_brief_is_its_own_but_a_short_label_over_briefs_is_not():
    text = ("荷花节开幕\n\n本报讯（记者 林一舟）5月12日，青石镇举行荷花节开幕式，游客络绎不绝。\n\n"
            "财经短波\n\n●5月11日，青石农商银行发放首笔碳汇贷款。\n\n"
            "青石今年首批保障性租赁住房开始配租\n●5月12日，青石市首批1260套保障性租赁住房开始配租。\n")
    page = parse_page(text)
    assert [a.title for a in page.articles] == ["荷花节开幕", None, "青石今年首批保障性租赁住房开始配租"]
    assert "财经短波" not in page.articles[0].body + page.articles[1].body


def test_a_lone_name_over_the_text_signs_it_and_is_no_headline():
    text = ("荷花节开幕\n\n本报讯（记者 林一舟）5月12日，青石镇举行荷花节开幕式，游客络绎不绝。\n\n"
            "守护好城市的“烟火气”（青石论坛）\n\n姜 涛\n\n傍晚时分，走进青石镇的一条老街，小吃摊前排起长队。\n\n"
            "夜读\n\n一盏灯下，一本旧书，读到夜深。\n")
    page = parse_page(text)
    assert [a.title for a in page.articles][:2] == ["荷花节开幕", "守护好城市的“烟火气”（青石论坛）"]
    assert [(a.name, a.role) for a in page.articles[1].authors] == [("姜涛", "署名")]
    assert page.articles[1].body.startswith("傍晚时分")
    assert "夜读" not in [a.name for art in page.articles for a in art.authors]  # no name: a headline


def test_a_grouped_story_whose_parts_are_labelled_alike_is_one_article_even_when_its_first_part_joins_the_intro():
    parts = [("产业：一节藕撑起一个富民产业", "初冬时节，新洲村的藕塘里，工人在齐腰深的水中采挖莲藕。", "鲍宇"),
             ("人才：“新农人”扎根田野", "在东湖区的一家智慧农业大棚里，邓子豪正用手机查看棚内温度。", "晏如"),
             ("生态：昔日臭水塘变身后花园", "清澈的河水、整洁的步道，柳河村的水塘换了模样。", "冯嘉禾")]
    text = "乡村振兴·江城实践\n产业兴、乡村美、农民富，江城乡村振兴跑出“加速度”\n\n近年来，江城市全面推进乡村振兴。\n\n"
    text += "".join(f"{head}\n\n{body}（本报记者 {name}）\n\n" for head, body, name in parts)
    text += "港口建设提速\n青石港扩建工程开工\n\n本报讯（记者 程思琪）5月11日，青石港二期扩建工程正式开工。\n"
    page = parse_page(text)
    assert len(page.articles) == 2
    grouped = page.articles[0]
    assert "人才：“新农人”扎根田野" in grouped.body and grouped.body.endswith("水塘换了模样。")
    assert {a.name for a in grouped.authors} == {"鲍宇", "晏如", "冯嘉禾"}


GROUPED_MARKED_PARTS = """聚焦“家门口的变化”
小事连着民心 实事温暖人心
——我市民生项目回访

编者按：年初公布的民生项目进展如何？本报记者走进社区回访。

■ 口袋公园：散步有了好去处

本报记者 丁一帆

清晨，南湖街道的口袋公园里，老人们打着太极拳。今年全市新建口袋公园三十个。

■ 便民菜场：买菜不用跑远路

本报记者 宋知秋

早上七点，北门菜场已经人来人往。菜场改造后，摊位干净整齐，价格也公道。
"""


def test_marked_part_subheads_over_bylines_make_one_grouped_article_not_briefs():
    page = parse_page(GROUPED_MARKED_PARTS)
    assert len(page.articles) == 1
    article = page.articles[0]
    assert [a.name for a in article.authors] == ["丁一帆", "宋知秋"]
    assert "■便民菜场：买菜不用跑远路" in article.body.replace(" ", "")


def test_a_headline_after_a_continued_story_over_text_signed_by_its_reporter_starts_an_article():
    text = ("（上接1版）要把好事办好，把实事办实，让群众看得见变化。\n\n会议要求，各部门要加强协作，确保项目按期完成。\n\n"
            "全市冬季供暖首周运行平稳\n\n记者从市城市管理局获悉，全市供暖以来各供热企业运行平稳。\n\n"
            "市城市管理局开通了二十四小时供热服务热线。（记者 葛晴）\n")
    page = parse_page(text)
    assert [a.title for a in page.articles] == [None, "全市冬季供暖首周运行平稳"]
    assert page.articles[0].continued_from == 1
    assert [a.name for a in page.articles[1].authors] == ["葛晴"]


GROUPED_UNDER_BANNER = """聚焦“三夏”生产一线
麦浪翻金机声隆隆，全市各地抢抓晴好天气
加快夏收进度，确保颗粒归仓
滑河县：收割机一字排开
　　五月的清晨，滑河县柳塘镇的麦
田里，十余台联合收割机一字排开，
金色的麦浪在机器轰鸣声中应声而
倒。不到半个小时，一车车饱满的麦
粒便被运往村头的晾晒场。
　　县农业农村局介绍，截至目前全
县已收获小麦二十一万亩，占种植面
积的四成以上，预计本周末可基本收
完。（本报记者 韩立）
青山区：烘干塔日夜不停
　　站在轰鸣的烘干塔旁，种粮大户
刘长贵算起了丰收账。他流转了村里
八百多亩地种小麦，今年刚收下来的
湿粮直接拉到烘干中心，当天就能烘
干入仓，再也不用看天吃饭了。
　　全区今年新建烘干中心六个，日
烘干能力超过三千吨。（本报记者 邵青）
"""


def test_a_grouped_storys_first_labelled_subhead_printed_right_under_the_banner_opens_its_text():
    page = parse_page(GROUPED_UNDER_BANNER)
    assert len(page.articles) == 1
    grouped = page.articles[0]
    assert "滑河县" not in grouped.title
    assert grouped.body.startswith("滑河县：收割机一字排开") and "青山区：烘干塔日夜不停" in grouped.body
    assert {a.name for a in grouped.authors} == {"韩立", "邵青"}


def test_a_wire_commentarys_titled_dateline_in_a_paragraph_dump_gives_its_title_under_the_column_label():
    text = ("苇塘日报 2022年6月15日 星期三 第3版：评论\n\n新华时评\n\n新华社北京6月14日电 题：让“烟火气”更好融入城市治理\n"
            "新华社记者 韦宁 庄晓雪\n夏夜的街头，夜市摊点次第亮起，市民游客摩肩接踵。\n\n“烟火气”关乎民生，也考验治理。\n")
    page = parse_page(text)
    assert [((a.kicker or "") + a.title).replace(" ", "") for a in page.articles] == ["新华时评让“烟火气”更好融入城市治理"]
    art = page.articles[0]
    assert [x.name for x in art.authors] == ["韦宁", "庄晓雪"] and art.body.startswith("夏夜的街头")


def test_numbered_captions_of_one_photo_story_stay_together_over_their_credit():
    text = ("龙舟竞渡闹端午\n\n图①：6月1日，碧溪湖畔，龙舟队员在比赛中奋力划桨。当日，当地举办民间龙舟邀请赛。\n\n"
            "图②：获得男子组冠军的右所镇龙舟队队员在终点处挥桨庆祝。\n\n本报记者 杨一帆 摄\n\n指尖上的粽香\n\n"
            "端午节前夕，沙坪镇寺前村的村民们忙着采摘箬叶、浸泡糯米，包制火腿粽。\n")
    read = [(a.title, a.body[-5:]) for a in parse_page(text).articles]
    assert read == [("龙舟竞渡闹端午", "挥桨庆祝。"), ("指尖上的粽香", "制火腿粽。")]
