"""What import_pages reports: dry runs, totals, manifests, failures while storing, links, encodings."""

import pytest

from articles import importer
from articles.models import Article, Page, Person
from conftest import run_import
from test_import_identity import FAIR, LIBRARY, write

pytestmark = pytest.mark.django_db
PLACE = ("--newspaper", "测试日报", "--date", "2023-04-13", "--page", "1")


def test_dry_run_reports_what_the_real_run_would_do(tmp_path):
    page_file = write(tmp_path / "page.txt", FAIR)
    code, out, _ = run_import(page_file, *PLACE, "--dry-run")
    assert code == 0 and ": would import | 测试日报 2023-04-13 第1版" in out and Page.objects.count() == 0
    assert run_import(page_file, *PLACE)[0] == 0
    code, out, _ = run_import(page_file, *PLACE, "--dry-run")
    assert code == 0 and ": unchanged" in out

    write(page_file, FAIR + "\n" + LIBRARY)
    code, out, err = run_import(page_file, *PLACE, "--dry-run")
    assert code != 0 and "imported before with different text; use --replace" in err
    code, out, _ = run_import(page_file, *PLACE, "--dry-run", "--replace")
    assert code == 0 and ": would replace" in out
    assert Page.objects.get().articles.count() == 1 and Article.objects.count() == 1


def test_totals_count_articles_persons_and_warnings(tmp_path):
    write(tmp_path / "a.txt", FAIR)
    write(tmp_path / "b.txt", LIBRARY)
    code, out, _ = run_import(tmp_path, "--newspaper", "测试日报", "--date", "2023-04-13")
    assert code == 0
    assert out.splitlines()[-1] == "2 file(s): 2 imported | articles 2, persons 4, warnings 0"


@pytest.mark.parametrize("name,content", [
    ("five.json", "5"),
    ("file.json", '{"file": "x.txt"}'),
    ("paper.json", '{"001.txt": "重庆日报"}'),
    ("list.json", '["001.txt"]'),
    ("long.json", '{"001.txt": {"newspaper": "%s", "date": "2023-04-13", "page": 1}}' % ("报" * 101)),
    ("section.json", '{"001.txt": {"section": "%s"}}' % ("版" * 101)),
    ("number.json", '{"001.txt": {"page": 40000}}'),
])
def test_a_manifest_of_the_wrong_shape_gives_one_error_line(tmp_path, name, content):
    page_file = write(tmp_path / "001.txt", FAIR)
    manifest = write(tmp_path / name, content)
    code, _, err = run_import(page_file, "--manifest", manifest)
    assert code != 0 and str(manifest) in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and Page.objects.count() == 0


def test_manifest_in_gbk_is_read_and_entries_matching_no_file_are_warned(tmp_path):
    page_file = write(tmp_path / "001.txt", FAIR)
    manifest = write(tmp_path / "pages.csv", "file,newspaper,date,page,section\n"
                     "001.txt,测试日报,2023-04-13,4,县域经济\n002.txt,测试日报,2023-04-13,5,\n", "gbk")
    code, out, _ = run_import(page_file, "--manifest", manifest)
    assert code == 0
    page = Page.objects.get()
    assert (page.issue.newspaper.name, page.number, page.section) == ("测试日报", 4, "县域经济")
    assert "warning: manifest" in out and "'002.txt' matches no file imported" in out


def test_any_error_while_storing_a_page_is_that_files_error_line(tmp_path, monkeypatch):
    bad = write(tmp_path / "a.txt", FAIR)
    good = write(tmp_path / "b.txt", LIBRARY)
    real = importer._create_article

    def failing(page, order, item):
        if "展销会" in item.body:
            raise ValueError("unexpected value (simulated)")
        return real(page, order, item)

    monkeypatch.setattr(importer, "_create_article", failing)
    code, out, err = run_import(bad, good)
    assert code != 0 and f"{bad}: error:" in err and "unexpected value" in err
    assert list(Page.objects.values_list("source_name", flat=True)) == ["b.txt"]
    assert not Person.objects.filter(name="周立新").exists()


def test_a_broken_link_in_a_folder_is_an_error_line(tmp_path):
    write(tmp_path / "good.txt", FAIR)
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    code, out, err = run_import(tmp_path)
    assert code != 0 and "gone.txt: error: broken symbolic link" in err
    assert Page.objects.count() == 1


def test_gbk_file_cut_inside_a_character_is_truncated(tmp_path):
    cut = write(tmp_path / "cut.txt", FAIR)
    cut.write_bytes(FAIR.encode("gbk").rstrip(b"\n")[:-1])
    code, _, err = run_import(cut)
    assert code != 0 and "cut.txt: error: truncated file" in err


def test_traditional_chinese_in_gb18030_is_read_and_latin_bytes_still_rejected(tmp_path):
    text = ("香港商報訊 （記者 陳嘉麗）國家主席習近平今日在北京會見來訪的外國領導人。"
            "雙方就兩國關係深入交換意見，並見證多項合作文件簽署。\n\n國家主席會見外國領導人\n")
    page_file = write(tmp_path / "hk.txt", text, "gb18030")
    latin = write(tmp_path / "es.txt", "El niño y la señora del año español. " * 30, "latin-1")
    code, out, err = run_import(page_file, latin)
    assert ": imported" in out and "習近平" in Page.objects.get().raw_text
    assert code != 0 and "es.txt: error: cannot decode" in err


def test_a_file_name_holding_control_characters_stays_on_its_status_line(tmp_path):
    write(tmp_path / "evil\nfake: imported | 伪造.txt", FAIR)
    (tmp_path / "empty\r\x1b[31m.txt").write_bytes(b"")
    code, out, err = run_import(tmp_path, *PLACE)
    assert code != 0
    status, totals = out.splitlines()
    assert status.endswith("evil\\nfake: imported | 伪造.txt: imported | 测试日报 2023-04-13 第1版 | articles 1 | "
                           "persons 2 | warnings 0")
    assert totals.startswith("2 file(s): 1 failed, 1 imported")
    error_line, *rest = err.splitlines()
    assert error_line.endswith("empty\\r\\x1b[31m.txt: error: empty file") and "\x1b" not in err
    assert rest == ["1 file(s) failed"]
