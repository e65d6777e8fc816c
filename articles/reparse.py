"""Re-parse stored pages with the current parser, keeping what editors changed."""
from .fitting import fit_parse
from .importer import Kept, apply_parse, link_continuations
from .models import Page
from .parsing import PARSER_VERSION, parse_page
from .parsing.parts import parse_stored


def reparse_page(page: Page, warnings: list[str] | None = None) -> Kept:
    """Re-parse `page` from its raw text; returns the edited articles kept and the deleted ones left out.

    `warnings`, when given, gets a line for each parsed value cut to fit its column (articles.fitting).
    """
    parsed = parse_stored(page.raw_text, parse_page, source=page.source_name).page
    parsed, fitted = fit_parse(parsed, str(page))
    if warnings is not None:
        warnings += fitted
    kept = apply_parse(page, page.raw_text, parsed, keep_unchanged=True)
    link_continuations(page.issue)
    return kept


def outdated_pages():
    return Page.objects.exclude(parser_version=PARSER_VERSION)
