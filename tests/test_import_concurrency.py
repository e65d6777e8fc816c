"""Two imports of the same files at the same time, in two processes, on PostgreSQL: each page once."""
import os
import re
import subprocess
import sys
from collections import Counter

import pytest
from django.conf import settings
from django.db import connection

from articles.deletion import delete_with_contents
from articles.models import Article, Page

from conftest import ROOT, SEEDS
from test_import_paths import ARTICLES, CRAWL

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif("postgresql" not in settings.DATABASES["default"]["ENGINE"],
                       reason="concurrent imports need PostgreSQL (SQLite runs one write transaction at a time); "
                              "run with DATABASE_URL=postgres://…"),
]


def database_url() -> str:
    db = connection.settings_dict
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def import_twice_at_once(*args) -> list[tuple[int, str, str]]:
    """Start two `manage.py import_pages` processes on the test database together; their exit codes and output."""
    env = dict(os.environ, DATABASE_URL=database_url())
    command = [sys.executable, str(ROOT / "manage.py"), "import_pages", *map(str, args), "--no-progress"]
    processes = [subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True) for _ in range(2)]
    return [(p.wait(timeout=600), p.stdout.read(), p.stderr.read()) for p in processes]


def statuses(outputs) -> Counter:
    """(file, status) over both runs."""
    found = Counter()
    for _, out, err in outputs:
        for line in (out + err).splitlines():
            match = re.match(r"^(\S.*?): (imported|unchanged|error|assigned)\b", line)
            if match:
                found[match[1], match[2]] += 1
    return found


def test_two_imports_of_the_same_files_at_once_store_each_page_once(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        (folder / seed.name).write_bytes(seed.read_bytes())
    outputs = import_twice_at_once(folder)
    assert [code for code, _, _ in outputs] == [0, 0], outputs
    assert Page.objects.count() == len(list(folder.iterdir()))
    assert Page.objects.values("sha256").distinct().count() == Page.objects.count()
    found = statuses(outputs)
    for seed in folder.iterdir():  # one run imported it, the other found it: unchanged
        assert (found[str(seed), "imported"], found[str(seed), "unchanged"]) == (1, 1), found
    single = Article.objects.count()
    delete_with_contents(Page.objects.all())
    assert import_twice_at_once(folder)[0][0] == 0
    assert Article.objects.count() == single


def test_two_imports_of_a_crawl_at_once_make_each_page_once_in_its_place(tmp_path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    outputs = import_twice_at_once(tmp_path, "--newspaper", "山城日报", "--path-pattern", CRAWL)
    assert [code for code, _, _ in outputs] == [0, 0], outputs
    places = sorted(Page.objects.values_list("issue__date", "number"))
    assert [(str(d), n) for d, n in places] == [("2024-03-15", 1), ("2024-03-15", 2), ("2024-03-16", 1)]
    assert sum(out.count(": imported |") for _, out, _ in outputs) == 3
    assert sum(out.count(": unchanged |") for _, out, _ in outputs) == 3
