"""import_pages --workers N: parsed in N processes, stored in file order, the same as one process;
--queue without a broker: one clear error line."""
import os
import shutil
import signal
import subprocess
import sys

import pytest

from articles import loading
from articles.deletion import delete_with_contents
from articles.models import Newspaper, Page, Person
from conftest import ROOT, SEEDS, run_import

HELDOUT = ROOT / "tests" / "data" / "heldout"
PARSE = loading.load_job


def archive():
    """Everything an editor would see of the stored pages, without database ids."""
    return [(p.source_name, str(p.issue), p.number, p.section, p.needs_review,
             [(a.order, a.headline, a.body, sorted(a.mentions.values_list("person__name", "role", "title")))
              for a in p.articles.order_by("order")])
            for p in Page.objects.order_by("source_name")]


@pytest.mark.django_db
def test_two_parse_processes_import_what_one_process_does(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    for page in [*sorted(SEEDS.glob("*.txt")), *sorted(HELDOUT.glob("*.txt"))[:6]]:
        shutil.copy(page, folder)
    shutil.copy(SEEDS / "001_46c0d8967e19a58f.txt", folder / "001_copy.txt")  # same text twice: unchanged
    (folder / "empty.txt").write_text("\n")
    one = run_import(folder)
    stored = archive()
    assert one[0] != 0 and "empty.txt: error: empty file" in one[2] and ": unchanged" in one[1]
    delete_with_contents(Newspaper.objects.all())
    delete_with_contents(Page.objects.all())  # unassigned pages too
    Person.objects.all().delete()

    two = run_import(folder, "--workers", "2")
    assert two == one
    assert archive() == stored


@pytest.mark.django_db
@pytest.mark.parametrize("options, error", [
    (["--workers", "0"], "--workers must be 1 or more"),
    (["--wait"], "--wait goes with --queue"),
    (["--queue", "--dry-run"], "--dry-run cannot be queued"),
    (["--queue", "--workers", "2"], "--workers is for a run in this process"),
    (["--queue", "--wait-timeout", "5"], "--wait-timeout goes with --queue --wait"),
    (["--queue", "--wait", "--wait-timeout", "0"], "--wait-timeout must be a positive number of seconds"),
])
def test_options_that_do_not_go_together_are_refused_before_anything_is_imported(options, error):
    code, out, err = run_import(SEEDS, *options)
    assert code != 0 and error in err and out == ""
    assert not Page.objects.exists()


def test_queue_without_a_broker_is_one_clear_error_line():
    env = {k: v for k, v in os.environ.items() if k != "CELERY_BROKER_URL"}
    done = subprocess.run([sys.executable, "manage.py", "import_pages", str(SEEDS), "--queue"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode != 0 and done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        "CommandError: --queue needs a Celery broker: set CELERY_BROKER_URL (e.g. amqp://guest:guest@127.0.0.1:5672// "
        "or redis://127.0.0.1:6379/0); without --queue the pages are imported in this process"]


def test_queue_with_a_broker_that_does_not_answer_is_one_clear_error_line():
    env = dict(os.environ, CELERY_BROKER_URL="amqp://guest:secret@127.0.0.1:1//")
    done = subprocess.run([sys.executable, "manage.py", "import_pages", str(SEEDS), "--queue"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    lines = done.stderr.strip().splitlines()
    assert done.returncode != 0 and len(lines) == 1
    assert lines[0].startswith("CommandError: cannot reach the Celery broker amqp://guest:**@127.0.0.1:1//")
    assert "secret" not in done.stderr


def parse_or_die(job, **options):
    """What a parse process runs in the test below: the process is killed (SIGKILL, as the OOM killer does)
    when it comes to a page named *-dies.txt."""
    if job.paths[0].name.endswith("-dies.txt"):
        os.kill(os.getpid(), signal.SIGKILL)
    return PARSE(job, **options)


@pytest.mark.django_db
def test_a_parse_process_killed_is_one_error_line_naming_the_pages_not_imported(tmp_path, monkeypatch):
    folder = tmp_path / "pages"
    folder.mkdir()
    pages = sorted(HELDOUT.glob("*.txt"))[:14]
    for n, page in enumerate(pages, start=1):  # 2 processes parse at most 8 pages ahead: the first 4 are stored
        shutil.copy(page, folder / f"page-{n:02}{'-dies' if n == 12 else ''}.txt")
    monkeypatch.setattr(loading, "load_job", parse_or_die)  # the processes are forked from this one

    code, out, err = run_import(folder, "--workers", "2")
    assert code != 0 and "Traceback" not in out + err
    [line] = err.strip().splitlines()
    assert line.startswith("a parse process died (killed, or out of memory): ")
    not_imported = line.split(" not imported: ")[1].split("; ")[0].split(", ")
    assert str(folder / "page-12-dies.txt") in not_imported
    stored = {p.source_path for p in Page.objects.all()}
    assert len(stored) >= 4 and stored.isdisjoint(not_imported)  # what was stored stays, and is not named
    assert sorted(stored | set(not_imported)) == sorted(str(p) for p in folder.iterdir())
    assert f"{len(not_imported)} not imported" in out
    assert all(page.articles.exists() for page in Page.objects.all())
