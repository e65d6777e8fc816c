"""The module CLI, author merging into persons, and the package's independence from Django."""
import json
import os
import subprocess
import sys
from pathlib import Path

from articles.parsing import PARSER_VERSION, parse_page
from articles.parsing.assemble import merge_authors
from articles.parsing.jumps import JumpHead, JumpTail, pair_continuations
from articles.parsing.page import Credit, PersonRef

PACKAGE = Path(__file__).resolve().parents[2] / "articles" / "parsing"


def test_cli_prints_the_page_json(tmp_path):
    raw = tmp_path / "page.txt"
    raw.write_text("\ufeff本报讯 （记者 柯南）7月3日，青石镇荷花节开幕。\r\n\r\n青石镇荷花节开幕\r\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "articles.parsing", "--json", str(raw)],
                          capture_output=True, text=True, cwd=PACKAGE.parents[1], check=True)
    data = json.loads(done.stdout)
    assert data["source"] == "page.txt"
    assert data["articles"][0]["title"] == "青石镇荷花节开幕"
    assert data["articles"][0]["authors"] == [{"name": "柯南", "role": "记者"}]
    assert "青石镇" in done.stdout  # not \\u-escaped


def test_parser_version_is_a_string():
    assert isinstance(PARSER_VERSION, str) and PARSER_VERSION


def test_authors_are_merged_into_persons_once_in_order():
    text = "青石镇荷花节开幕\n本报讯 （记者 柯南）\n镇长甘露露致辞。柯南也在现场。"
    found = [PersonRef(name="甘露露", title="镇长", position=text.index("甘露露")),
             PersonRef(name="柯南", title=None, position=text.index("柯南"))]
    merged = merge_authors(found, [Credit(name="柯南", role="记者"), Credit(name="钟林", role="通讯员")],
                           text, "本报讯 （记者 柯南）")
    assert [(p.name, p.title, p.role) for p in merged] == [
        ("柯南", None, "记者"), ("钟林", None, "通讯员"), ("甘露露", "镇长", "mentioned"),
    ]


def test_every_article_lists_its_authors_among_persons():
    page = parse_page("本报讯 （记者 柯 南 通讯员 钟林）7月3日，青石镇荷花节开幕。\n\n青石镇荷花节开幕\n")
    names = [p.name for p in page.articles[0].persons]
    assert "柯南" in names and "钟林" in names and len(names) == len(set(names))


def test_the_parser_package_runs_without_django():
    """Import and run the parser in a fresh interpreter: no django module may get loaded."""
    code = ("import sys; from articles.parsing import parse_page; "
            "page = parse_page('本报讯（记者 柯南）青石镇荷花节开幕。\\n'); "
            "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'django'); "
            "print(len(page.articles), loaded)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PACKAGE.parent.parent,
                          env={**os.environ, "DJANGO_SETTINGS_MODULE": ""})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "[]"]


def test_a_continued_fragment_pairs_with_the_article_whose_text_it_continues():
    heads = [JumpHead(1, 3, "果园新路通了", "青石镇的果农说，新修的公路让鲜果当天就能运到城里，"),
             JumpHead(1, 3, "社区食堂开张", "老人们在社区食堂吃上了热乎饭，")]
    tails = [JumpTail(3, 1, "食堂每天供应三荤两素，社区老人凭卡就餐。"),
             JumpTail(3, 1, "运到城里的鲜果卖出了好价钱，果农的收入翻了一番。"),
             JumpTail(3, 2, "与第二版无关的片段。")]
    assert sorted(pair_continuations(tails, heads)) == [(0, 1), (1, 0)]
