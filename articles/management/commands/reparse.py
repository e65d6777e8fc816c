"""python manage.py reparse — re-parse stored pages with the current parser."""
from django.core.management.base import BaseCommand
from django.db import transaction
from tqdm import tqdm

from articles.models import Page
from articles.reparse import outdated_pages, reparse_page


class Command(BaseCommand):
    help = ("Re-parse pages parsed by an older parser version (or --all) from their stored raw text. "
            "Articles edited by an editor are kept as they are, articles deleted by an editor stay deleted; "
            "both are reported.")

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="re-parse every page, not only outdated ones")
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, **opts):
        pages = Page.objects.all() if opts["all"] else outdated_pages()
        pages = list(pages.order_by("id"))
        for page in tqdm(pages, unit="page", disable=opts["no_progress"] or len(pages) < 2, file=self.stderr._out):
            warnings = []
            with transaction.atomic():
                kept = reparse_page(page, warnings)
            line = f"{page}: re-parsed, {page.articles.count()} articles"
            if kept:
                line += "; " + "; ".join(kept.notes())
            self.stdout.write(line)
            for warning in warnings:
                self.stdout.write(f"    warning: {warning}")
        self.stdout.write(f"{len(pages)} page(s) re-parsed")
