"""Metadata from paths: --path-pattern parsing and the forms recognised without a pattern (pure, no database)."""
import datetime

import pytest

from articles.jobs import PageMeta
from articles.parsing.page import PageInfo, ParsedPage
from articles.parsing.parts import is_advertisement, join_parts, split_parts
from articles.pathmeta import PathPattern, PatternError, detect, looks_like_date_page_order

D = datetime.date


@pytest.mark.parametrize("pattern, path, expected", [
    ("{date:%Y%m%d}-{page}-{order}.txt", "20240315-01-03.txt", (None, D(2024, 3, 15), 1, None, 3)),
    ("{date:%Y%m%d}-{page}-{order}.txt", "2024/三月/20240315-12-10.TXT", (None, D(2024, 3, 15), 12, None, 10)),
    ("{newspaper}/{date:%Y-%m-%d}/{page}.txt", "人民日报/2024-03-15/04.txt", ("人民日报", D(2024, 3, 15), 4, None, None)),
    ("{newspaper}/{date:%Y%m%d}/{page}-{section}.md", "重庆日报/20240315/02-要闻.md",
     ("重庆日报", D(2024, 3, 15), 2, "要闻", None)),
    ("{date:%Y年%m月%d日}/*{page}版.txt", "2024年3月5日/第3版.txt", (None, D(2024, 3, 5), 3, None, None)),
    ("{date}/{page}.txt", "2024-3-5/1.txt", (None, D(2024, 3, 5), 1, None, None)),
    ("{date:%d.%m.%y}_{page}.txt", "05.03.24_9.txt", (None, D(2024, 3, 5), 9, None, None)),
])
def test_a_pattern_gives_the_fields_of_a_matching_path(pattern, path, expected):
    found = PathPattern(pattern).match(path)
    assert (found.newspaper, found.date, found.page, found.section, found.order) == expected


@pytest.mark.parametrize("pattern, path", [
    ("{date:%Y%m%d}-{page}-{order}.txt", "20240315-01.txt"),  # no order
    ("{date:%Y%m%d}.txt", "20240230.txt"),  # no 30 February
    ("{page}.txt", "00.txt"),  # no page 0
    ("{newspaper}/{date:%Y%m%d}/{page}.txt", "20240315/01.txt"),  # no folder for the paper
    ("{date:%Y%m%d}-{page}.txt", "20240315-01.md"),
])
def test_a_path_that_does_not_fit_the_pattern_gives_nothing(pattern, path):
    assert PathPattern(pattern).match(path) is None


def test_the_prefix_is_the_folders_the_pattern_does_not_describe():
    pattern = PathPattern("{date:%Y%m%d}-{page}-{order}.txt")
    assert pattern.prefix("甲报/2024/20240315-01-02.txt") == "甲报/2024"
    assert pattern.has_order and not PathPattern("{page}.txt").has_order


@pytest.mark.parametrize("pattern, message", [
    ("{foo}.txt", "unknown field {foo}"),
    ("/{page}.txt", "relative path"),
    ("{page}-{page}.txt", "{page} appears twice"),
    ("{page:%d}.txt", "only {date:FORMAT} takes a format"),
    ("{date:%Q}.txt", "%Q is not supported"),
    ("page.txt", "has no field"),
    ("{page.txt", "literal braces"),
])
def test_a_bad_pattern_is_one_clear_error(pattern, message):
    with pytest.raises(PatternError, match=message.replace("{", r"\{").replace("}", r"\}")):
        PathPattern(pattern)


@pytest.mark.parametrize("path, expected", [
    ("2024-03-15/01.txt", (D(2024, 3, 15), 1, None)),
    ("20240315/01.txt", (D(2024, 3, 15), 1, None)),
    ("archive/20240315/01-要闻.txt", (D(2024, 3, 15), 1, "要闻")),
    ("20240315-01.txt", (D(2024, 3, 15), 1, None)),
    ("2024-03-15_04_国际新闻.md", (D(2024, 3, 15), 4, "国际新闻")),
    ("20240315/第2版.txt", (D(2024, 3, 15), 2, None)),
])
def test_common_forms_are_recognised_without_a_pattern(path, expected):
    found = detect(path)
    assert (found.date, found.page, found.section) == expected and found.source == "auto"


@pytest.mark.parametrize("path", [
    "x/01.txt",  # no date
    "20241315/01.txt",  # month 13
    "20240315-01-03.txt",  # a third number: page or order? not unambiguous
    "20240315/20240316-01.txt",  # folder and name disagree
    "20240315.txt",  # no page
    "12345678-01.txt",  # not a date of this or the last century
    "2024-03-15/000.txt",
])
def test_ambiguous_or_dateless_paths_give_nothing(path):
    assert detect(path) is None


def test_date_page_order_names_are_noticed_for_a_hint():
    assert looks_like_date_page_order("20240315-01-03.txt")
    assert not looks_like_date_page_order("20240315-01.txt")


def parsed(newspaper=None, date=None, number=None, section=None):
    return ParsedPage(newspaper=newspaper, date=date, page=PageInfo(number=number, section=section))


def test_given_wins_over_printed_which_wins_over_the_path():
    from_path = PageMeta("路径报", D(2024, 3, 15), 7, "路径版")
    meta, warnings, used = PageMeta(date=D(2024, 1, 1)).merged_with(parsed(None, "2024-03-14", 2), from_path)
    assert meta == PageMeta("路径报", D(2024, 1, 1), 2, "路径版")
    assert used == ["newspaper", "section"]
    assert warnings == ["date given as 2024-01-01, page prints 2024-03-14",
                        "page from the path 7, page prints 2: the page wins"]


def test_fields_only_the_path_gives_are_named():
    meta, warnings, used = PageMeta(newspaper="甲报").merged_with(parsed(), PageMeta(None, D(2024, 3, 15), 1))
    assert (meta, warnings, used) == (PageMeta("甲报", D(2024, 3, 15), 1), [], ["date", "page"])


def test_joined_parts_split_back_and_a_crlf_copy_joins_to_the_same_text():
    parts = [("a.txt", "标题一\n正文一。\n"), ("b.txt", "标题二\r\n正文二。")]
    text = join_parts(parts)
    assert split_parts(text) == [("a.txt", "标题一\n正文一。"), ("b.txt", "标题二\n正文二。")]
    assert join_parts([("a.txt", "标题一\r\n正文一。"), ("b.txt", "\ufeff标题二\n正文二。\n")]) == text
    assert split_parts("标题\n<<<文件 a.txt>>>\n正文") is None


@pytest.mark.parametrize("text, ad", [
    ("广告", True), ("  广 告 \n", True), ("【广告】\n\n", True), ("广告\n详询 1234", True),
    ("广告法修订草案提请审议，明确禁止虚假宣传。", False), ("通知", False),
])
def test_advertisement_only_files(text, ad):
    assert is_advertisement(text) is ad
