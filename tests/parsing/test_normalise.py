"""normalise: line clean-up, CJK spacing, joining lines broken by the column."""
from articles.parsing.normalise import (
    clean_lines, ends_sentence, join_broken, merge_single_chars, paragraphs, squeeze_spaces, unspace_headline,
)


def test_clean_lines_handles_bom_crlf_and_full_width_spaces():
    lines = clean_lines("\ufeff第一行\r\n第\u3000二  行 \r\n")
    assert lines == ["第一行", "第 二 行", ""]


def test_squeeze_spaces_drops_cjk_gaps_but_keeps_latin_and_digit_gaps():
    assert squeeze_spaces("青 石 镇 召 开 会 议 ， 共 有 36 名 代 表") == "青石镇召开会议，共有36名代表"
    assert squeeze_spaces("MOUNTAIN RIVER DAILY 热线 1234567 7654321") == "MOUNTAIN RIVER DAILY热线1234567 7654321"
    assert squeeze_spaces("2031 年 7 月") == "2031年7月"


def test_join_broken_joins_a_sentence_split_across_lines():
    assert join_broken(["河湾村今年新修了一条", "通往山顶茶园的便道。"]) == "河湾村今年新修了一条通往山顶茶园的便道。"


def test_join_broken_keeps_a_space_inside_a_wrapped_latin_phrase():
    assert join_broken(["活动名为Green", "Valley市集。"]) == "活动名为Green Valley市集。"


def test_blank_line_inside_a_sentence_does_not_end_the_paragraph():
    lines = ["村民们说，这条路修好以后，", "", "茶叶能更快运下山。", "", "下一步还要修水渠。"]
    assert paragraphs(lines) == ["村民们说，这条路修好以后，茶叶能更快运下山。", "下一步还要修水渠。"]


def test_short_last_line_with_full_stop_ends_a_paragraph():
    lines = ["河湾村今年新修了一条通往", "山顶茶园的便道。", "游客越来越多，民宿也多了", "起来。"]
    assert paragraphs(lines) == ["河湾村今年新修了一条通往山顶茶园的便道。", "游客越来越多，民宿也多了起来。"]


def test_ends_sentence_sees_through_closing_quotes():
    assert ends_sentence("他说：“一定办好。”")
    assert not ends_sentence("印发了《实施方案》")
    assert not ends_sentence("持续推进，")


def test_unspace_headline_undoes_letter_spacing_only():
    assert unspace_headline("青 石 镇 迎 来 丰 收 年") == "青石镇迎来丰收年"
    assert unspace_headline("稳住基本盘 跑出加速度") == "稳住基本盘 跑出加速度"


def test_merge_single_chars_rebuilds_spaced_names():
    assert merge_single_chars(["柯", "南"]) == ["柯南"]
    assert merge_single_chars(["甘", "露露", "钟林"]) == ["甘露露", "钟林"]


def test_spaced_out_text_broken_inside_a_name_joins_across_the_line():
    lines = ["7 月 3 日 ， 青 石 镇 召 开 大 会 。 镇 党 委 书 记 甘 露", "露出席会议并讲话，镇长钟林主持。"]
    assert paragraphs(lines) == ["7月3日，青石镇召开大会。镇党委书记甘露露出席会议并讲话，镇长钟林主持。"]


def test_a_lone_speck_or_marker_cutting_a_sentence_is_scan_debris_but_a_name_spelt_down_the_page_is_kept():
    lines = clean_lines("改革全\n▪\n面推开以来，办事快了\n·\n很多。\n、\n责编：\n张\n一\n帆")
    assert [x for x in lines if x] == ["改革全", "面推开以来，办事快了", "很多。", "责编：", "张", "一", "帆"]
    assert clean_lines("全市简讯。\n●\n新建公园三个。") == ["全市简讯。", "●", "新建公园三个。"]


def test_a_picture_placeholder_on_its_own_line_is_no_text_in_any_brackets():
    assert clean_lines("〔图片〕\n（图）\n【图】\n(照片)\n（图为新落成的大桥）") == ["", "", "", "", "（图为新落成的大桥）"]
