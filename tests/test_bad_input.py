"""Bad files: one clear error line naming the file, non-zero exit, nothing half-written."""
import pytest
from django.db import DatabaseError

from articles import importer
from articles.deletion import delete_with_contents
from articles.models import Article, Mention, Page, Person
from conftest import run_import

pytestmark = pytest.mark.django_db

PAGE = """本报讯 （记者 王小明）3月5日，某市召开春季植树动员会。副市长陈大伟出席并讲话。
会议要求，各区县要抓好植树造林工作。

某市召开春季植树动员会

2021年 3月6日 星期六
责编 李四 美编 赵五
"""


def written():
    return Page.objects.count() + Article.objects.count() + Mention.objects.count() + Person.objects.count()


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"\n  \r\n", "empty"),
    ("binary.txt", bytes(range(256)) * 8, "binary"),
    ("latin.txt", "Ångström ünïcödé".encode("latin-1") * 40, "decode"),
    ("truncated.txt", PAGE.encode("utf-8")[:-2] + "报".encode("utf-8")[:2], "truncated"),
    ("damaged.txt", PAGE.encode("utf-8")[:40] + b"\xff\xfe" + PAGE.encode("utf-8")[40:], "UTF-8"),
])
def test_bad_file_gets_one_error_line_naming_it_and_good_files_still_import(tmp_path, name, content, reason):
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(PAGE, encoding="utf-8")
    code, out, err = run_import(bad, good)
    assert code != 0
    error_lines = [line for line in err.splitlines() if str(bad) in line]
    assert len(error_lines) == 1 and reason in error_lines[0]
    assert Page.objects.get().source_name == "good.txt"


def test_missing_file_is_reported(tmp_path):
    code, _, err = run_import(tmp_path / "nope.txt")
    assert code != 0 and "nope.txt" in err and written() == 0


@pytest.mark.parametrize("encoding,prefix", [("utf-8", b"\xef\xbb\xbf"), ("gb18030", b""), ("gbk", b"")])
def test_bom_and_chinese_encodings_read_as_the_same_page(tmp_path, encoding, prefix):
    reference = tmp_path / "ref.txt"
    reference.write_text(PAGE, encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_bytes(prefix + PAGE.encode(encoding))
    assert run_import(reference, "--page", "1")[0] == 0
    code, out, _ = run_import(other, "--page", "1")
    assert code == 0 and ": unchanged" in out  # decoded to exactly the same text
    assert Page.objects.count() == 1


def test_crlf_page_is_kept_as_read_and_parses_like_lf(tmp_path):
    lf, crlf = tmp_path / "lf.txt", tmp_path / "crlf.txt"
    lf.write_text(PAGE, encoding="utf-8")
    crlf.write_bytes(PAGE.replace("\n", "\r\n").encode("gbk"))
    fields = ("title", "byline", "body")
    assert run_import(lf, "--newspaper", "甲报", "--page", "1")[0] == 0
    one = Page.objects.get()
    parsed_lf = list(one.articles.values_list(*fields))
    delete_with_contents(Page.objects.filter(pk=one.pk))  # the same text is one page: store the CRLF copy alone
    assert run_import(crlf, "--newspaper", "乙报", "--page", "1")[0] == 0
    two = Page.objects.get(issue__newspaper__name="乙报")
    assert "\r\n" in two.raw_text and "\r" not in one.raw_text
    assert list(two.articles.values_list(*fields)) == parsed_lf
    assert parsed_lf


def test_a_failure_in_the_middle_of_a_page_leaves_nothing_of_it(tmp_path, monkeypatch, caplog):
    page = tmp_path / "page.txt"
    page.write_text(PAGE + "\n●某区举行消防演练。（记者 孙六）\n", encoding="utf-8")
    real = importer._create_article
    calls = []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise DatabaseError("disk full (simulated)")
        return real(*args, **kwargs)

    monkeypatch.setattr(importer, "_create_article", failing)
    code, _, err = run_import(page)
    assert len(calls) == 2
    assert code != 0 and "page.txt" in err and "disk full" in err
    assert written() == 0
    logged = [r for r in caplog.records if r.name == "articles.batch"]  # the traceback is kept for a developer
    assert len(logged) == 1 and "page.txt" in logged[0].getMessage() and logged[0].exc_info[0] is DatabaseError


def test_parse_page_names_a_page_the_parser_fails_on_and_writes_the_others(tmp_path, monkeypatch, caplog):
    from django.core.management import CommandError, call_command

    from articles.management.commands import parse_page as command

    real = command.parse_page

    def failing(text, source=None):
        if source == "bad.txt":
            raise ValueError("parser bug")
        return real(text, source=source)

    monkeypatch.setattr(command, "parse_page", failing)
    for name in ("bad.txt", "good.txt"):
        (tmp_path / name).write_text("青石港扩建工程开工\n本报讯（记者 程思琪）青石港二期扩建工程今日开工。\n", encoding="utf-8")
    out = tmp_path / "out"
    with pytest.raises(CommandError, match="1 file"):
        call_command("parse_page", str(tmp_path / "bad.txt"), str(tmp_path / "good.txt"), "--out", str(out))
    assert [p.name for p in out.iterdir()] == ["good.json"]
    assert any("bad.txt: error" in r.getMessage() for r in caplog.records)
