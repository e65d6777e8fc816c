"""Helpers of the browser tests: screenshots and imports."""
from io import StringIO
from pathlib import Path

from django.core.management import call_command

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"


def shot(page, name: str, full_page=False) -> Path:
    """Save a screenshot of what the editor sees now (or of the whole page) as tests/artifacts/NAME.png;
    prints the path."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    print(f"screenshot: {path}")
    return path


def import_pages(*paths) -> str:
    out = StringIO()
    call_command("import_pages", *map(str, paths), "--no-progress", stdout=out, stderr=StringIO())
    return out.getvalue()
