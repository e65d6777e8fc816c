"""Absurdly large files: one clear error line and a non-zero exit, nothing stored; long lines still parse."""
import pytest

from articles.models import Page
from articles.parsing import PageTooLarge, parse_page
from articles.parsing.limits import MAX_CHARS, MAX_LINE_CHARS, MAX_LINES
from conftest import SEEDS, run_import

pytestmark = pytest.mark.django_db

SENTENCE = "区委书记柯明远出席会议并讲话，要求各部门抓好落实。"


def test_a_file_over_max_size_is_one_error_line(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(SENTENCE * 200, encoding="utf-8")  # 15 KB
    code, out, err = run_import(big, "--max-size", "0.01")
    assert code != 0
    assert f"{big}: error: file too large: 0.0 MB, over the limit of 0.01 MB (--max-size)" in err
    assert Page.objects.count() == 0
    code, _, err = run_import(big, "--max-size", "1")  # raised: imported
    assert code == 0, err


def test_a_file_without_line_breaks_is_refused_in_one_line(tmp_path):
    line = tmp_path / "line.txt"
    line.write_text(SENTENCE * (MAX_LINE_CHARS // len(SENTENCE) + 1), encoding="utf-8")
    code, out, err = run_import(line, SEEDS / "000_271eacad1fd7c2b4.txt")
    assert code != 0
    assert [e for e in err.splitlines() if "error" in e] == [
        f"{line}: error: line 1 too long to parse: {len(line.read_text()):,} characters (at most {MAX_LINE_CHARS:,}); "
        "is the file missing its line breaks?"]
    assert "1 failed, 1 imported" in out and Page.objects.count() == 1


def test_more_text_or_lines_than_a_page_holds_is_refused():
    with pytest.raises(PageTooLarge, match="a page holds at most"):
        parse_page("短\n" * (MAX_LINES + 1))
    with pytest.raises(PageTooLarge, match=f"{MAX_CHARS + 1:,} characters"):
        parse_page(("x" * 99 + "\n") * (MAX_CHARS // 100) + "x")


def test_a_long_line_under_the_limit_parses():
    text = SENTENCE * ((MAX_LINE_CHARS - 100) // len(SENTENCE))
    page = parse_page(text)  # no RecursionError
    assert [(len(a.body), [p.name for p in a.persons]) for a in page.articles] == [(len(text), ["柯明远"])]
