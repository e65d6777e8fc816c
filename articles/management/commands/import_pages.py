"""python manage.py import_pages PATH… — import page text files into the archive."""
import datetime
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from articles.importer import PageMeta, import_file
from articles.manifest import ManifestError, clean_meta, load_manifest, lookup

SUFFIXES = {".txt", ".md"}


def iter_page_files(paths):
    """Files given, and .txt/.md files under folders given (recursively, sorted)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            yield path  # a missing or unreadable file is reported by the importer


class Command(BaseCommand):
    help = "Import newspaper page files (.txt/.md, files or folders) into Newspaper → Issue → Page → Article."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="page files or folders")
        parser.add_argument("--newspaper", help="paper name for every file given, e.g. 重庆日报")
        parser.add_argument("--date", help="issue date YYYY-MM-DD for every file given")
        parser.add_argument("--page", type=int, help="page number for every file given")
        parser.add_argument("--section", help="section name (版名) for every file given")
        parser.add_argument("--manifest", help="CSV or JSON with per-file newspaper/date/page/section")
        parser.add_argument("--dry-run", action="store_true", help="parse and report, write nothing")
        parser.add_argument("--replace", action="store_true",
                            help="re-parse files whose text changed (articles edited in the admin are kept)")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args, **opts):
        try:
            common = clean_meta({k: opts[k] for k in ("newspaper", "date", "page", "section")}, "options")
            manifest = load_manifest(opts["manifest"]) if opts["manifest"] else {}
        except ManifestError as exc:
            raise CommandError(str(exc)) from exc
        files = list(iter_page_files(opts["paths"]))
        if not files:
            raise CommandError("no .txt or .md page files found in the paths given")
        totals = {}
        failed = 0
        bar = tqdm(files, unit="page", disable=opts["no_progress"] or len(files) < 2, file=self.stderr._out)
        for path in bar:
            meta = {k: v for k, v in lookup(manifest, path).items() if v is not None}
            meta = {**{k: v for k, v in common.items() if v is not None}, **meta}
            result = import_file(
                path,
                PageMeta(meta.get("newspaper"), meta.get("date"), meta.get("page"), meta.get("section")),
                replace=opts["replace"], dry_run=opts["dry_run"],
            )
            totals[result.status] = totals.get(result.status, 0) + 1
            if result.failed:
                failed += 1
                bar.write(result.line(), file=self.stderr._out)
            else:
                bar.write(result.line(), file=self.stdout._out)
                for warning in result.warnings:
                    bar.write(f"    warning: {warning}", file=self.stdout._out)
        summary = ", ".join(f"{n} {status}" for status, n in sorted(totals.items()))
        self.stdout.write(f"{len(files)} file(s): {summary}")
        if failed:
            raise CommandError(f"{failed} file(s) failed")
