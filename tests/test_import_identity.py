"""Which stored page a file is: same source for unassigned pages, line ends, editor-assigned pages, --replace."""
import pytest

from articles.models import Article, Page, Person
from conftest import run_import

pytestmark = pytest.mark.django_db

FAIR = """本报讯 （记者 林晓峰）4月12日，某县举办春季农产品展销会。县长周立新到场参观。
展销会吸引了数百家合作社参展，现场签约金额创历年新高。

某县举办春季农产品展销会
"""
LIBRARY = """本报讯 （记者 郑雨桐）4月13日，某区新建的社区图书馆正式开放。区委书记韩志远为图书馆揭牌。
图书馆藏书三万余册，周末延长开放时间。

某区社区图书馆开放
"""
BRIDGE = """本报讯 （记者 林晓峰）4月14日，某镇跨河大桥合龙。镇长吴海生介绍了工程进度。
大桥预计年底通车，将缩短两岸往来时间。

某镇跨河大桥合龙
"""


def write(path, text, encoding="utf-8"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def test_unassigned_pages_of_the_same_name_in_other_folders_are_other_pages(tmp_path):
    first = write(tmp_path / "day1" / "01.txt", FAIR + "\n" + LIBRARY)
    second = write(tmp_path / "day2" / "01.txt", BRIDGE)
    code, out, err = run_import(tmp_path)
    assert code == 0, err
    assert out.count(": imported") == 2 and Page.objects.count() == 2
    assert set(Page.objects.values_list("source_name", flat=True)) == {"01.txt"}

    write(second, BRIDGE + "\n" + LIBRARY)
    code, out, _ = run_import(second, "--replace")
    assert code == 0 and ": replaced" in out
    assert Page.objects.count() == 2
    assert Page.objects.filter(articles__title="某县举办春季农产品展销会").exists()  # day1 page untouched
    assert Page.objects.get(source_path=str(second.resolve())).articles.count() == 2
    assert run_import(first)[1].count(": unchanged") == 1


def test_replace_after_an_editor_assigned_the_page_replaces_it_where_it_is(tmp_path):
    page_file = write(tmp_path / "page.txt", FAIR)
    assert run_import(page_file)[0] == 0
    page = Page.objects.get()
    page.pending_newspaper, page.pending_date, page.number, page.section = "测试日报", "2023-04-13", 3, "县域"
    page.save()

    code, out, _ = run_import(page_file)
    assert code == 0 and ": unchanged | 测试日报 2023-04-13 第3版" in out

    write(page_file, FAIR + "\n" + LIBRARY)
    code, out, _ = run_import(page_file, "--replace")
    assert code == 0 and ": replaced | 测试日报 2023-04-13 第3版" in out
    page = Page.objects.get()
    assert (str(page.issue), page.number, page.section, page.needs_review) == \
        ("测试日报 2023年04月13日", 3, "县域", False)
    assert page.articles.count() == 2


def test_the_section_given_is_stored_when_an_import_assigns_an_unassigned_page(tmp_path):
    page_file = write(tmp_path / "page.txt", FAIR)
    run_import(page_file)
    manifest = write(tmp_path / "pages.csv", "file,newspaper,date,page,section\npage.txt,测试日报,2023-04-13,2,县域经济\n")
    code, out, _ = run_import(page_file, "--manifest", manifest)
    assert code == 0 and ": assigned" in out
    assert Page.objects.get().section == "县域经济"


@pytest.mark.parametrize("variant", ["crlf", "bom", "crlf-gbk"])
def test_line_ends_and_bom_do_not_make_another_page(tmp_path, variant):
    original = write(tmp_path / "a" / "page.txt", FAIR)
    text = FAIR.replace("\n", "\r\n") if variant.startswith("crlf") else "\ufeff" + FAIR
    copy = write(tmp_path / "b" / "page.txt", text, "gbk" if variant == "crlf-gbk" else "utf-8")
    assert run_import(original, "--newspaper", "测试日报", "--date", "2023-04-12", "--page", "1")[0] == 0
    for options in ([], ["--newspaper", "测试日报", "--date", "2023-04-12", "--page", "1"]):
        code, out, err = run_import(copy, *options)
        assert code == 0 and ": unchanged" in out, err
    assert Page.objects.count() == 1 and "\r" not in Page.objects.get().raw_text


def test_replace_keeps_unchanged_articles_in_place_and_drops_persons_it_orphaned(tmp_path):
    page_file = write(tmp_path / "page.txt", FAIR + "\n" + LIBRARY)
    assert run_import(page_file, "--newspaper", "测试日报", "--date", "2023-04-13", "--page", "1")[0] == 0
    library = Article.objects.get(title="某区社区图书馆开放")
    noted = Person.objects.get(name="林晓峰")
    noted.note = "县融媒体中心记者（编辑补充）"
    noted.save()
    assert Person.objects.filter(name="周立新").exists()

    write(page_file, LIBRARY + "\n" + BRIDGE.replace("记者 林晓峰", "记者 杜春燕"))
    code, out, _ = run_import(page_file, "--newspaper", "测试日报", "--date", "2023-04-13", "--page", "1", "--replace")
    assert code == 0 and ": replaced" in out
    assert Article.objects.get(title="某区社区图书馆开放").pk == library.pk  # same id: API links still work
    assert set(Article.objects.values_list("title", flat=True)) == {"某区社区图书馆开放", "某镇跨河大桥合龙"}
    assert not Person.objects.filter(name="周立新").exists()  # only the replaced article named him
    assert Person.objects.filter(name="林晓峰").exists()  # an editor wrote a note on him
    assert Person.objects.get(name="韩志远").mentions.count() == 1
