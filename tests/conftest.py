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


def make_editor(username="desk", **fields):
    """A staff account holding every permission on the archive's models (add, change, delete, view)."""
    from django.contrib.auth.models import Permission, User

    user = User.objects.create_user(username, password="pw-desk-1", is_staff=True, **fields)
    user.user_permissions.set(Permission.objects.filter(content_type__app_label="articles"))
    return user


@pytest.fixture(autouse=True)
def fresh_throttles():
    """Each test starts with no writes and no failed tokens counted (the throttles keep them in the cache)."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_user("editor", password="pw-editor-1", is_staff=True,
                                                 is_superuser=True)
    client.force_login(user)
    return client


def stored_page(raw: str, articles: list[dict], name="page.txt"):
    """A page stored as a parser once cut it (the articles given, none edited): review-screen tests start
    from known parse errors whatever the current parser makes of the text."""
    from articles.models import Article, Mention, Page, Person
    from articles.textfile import text_sha256

    page = Page.objects.create(raw_text=raw, sha256=text_sha256(raw), source_name=name, parser_version="0",
                               needs_review=True, review_reasons=["待核对"])
    for order, fields in enumerate(articles, start=1):
        fields = dict(fields)
        names = fields.pop("persons", [])
        article = Article.objects.create(page=page, order=order, **fields)
        for name_, role in names:
            Mention.objects.create(person=Person.objects.get_or_create(name=name_)[0], page=page, article=article,
                                   role=role, position=max(0, article.body.find(name_)))
    return page
