"""Shared fixtures: the sample pages in seeds/, their gold parses, and import helpers."""
import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "data" / "gold"


def gold_of(seed: Path) -> dict:
    return json.loads((GOLD / seed.with_suffix(".json").name).read_text(encoding="utf-8"))


def run_import(*args):
    """Run import_pages; returns (exit code, stdout, stderr)."""
    out, err = StringIO(), StringIO()
    try:
        call_command("import_pages", *map(str, args), "--no-progress", stdout=out, stderr=err)
        code = 0
    except CommandError as exc:
        err.write(str(exc))
        code = exc.returncode
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def seeds():
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture
def imported_seeds(db, seeds):
    code, out, err = run_import(SEEDS)
    assert code == 0, err
    return seeds


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_user("editor", password="pw-editor-1", is_staff=True,
                                                 is_superuser=True)
    client.force_login(user)
    return client
