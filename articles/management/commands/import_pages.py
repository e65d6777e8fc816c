"""python manage.py import_pages PATH… — import page text files into the archive."""
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from articles.batch import PageMeta, import_files, one_line
from articles.manifest import Manifest, ManifestError, clean_meta, load_manifest
from articles.textfile import page_files


class Command(BaseCommand):
    help = "Import newspaper page files (.txt/.md, files or folders) into Newspaper → Issue → Page → Article."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="page files or folders")
        parser.add_argument("--newspaper", help="paper name for every file given, e.g. 重庆日报")
        parser.add_argument("--date", help="issue date YYYY-MM-DD for every file given")
        parser.add_argument("--page", type=int, help="page number for every file given")
        parser.add_argument("--section", help="section name (版名) for every file given")
        parser.add_argument("--manifest", help="CSV or JSON with per-file newspaper/date/page/section")
        parser.add_argument("--dry-run", action="store_true",
                            help="report what the import would do (import, unchanged, fail), write nothing")
        parser.add_argument("--replace", action="store_true",
                            help="re-parse files whose text changed (articles edited in the admin are kept)")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args, **opts):
        try:
            common = clean_meta({k: opts[k] for k in ("newspaper", "date", "page", "section")}, "options")
            manifest = load_manifest(opts["manifest"]) if opts["manifest"] else Manifest()
        except ManifestError as exc:
            raise CommandError(str(exc)) from exc
        files = list(page_files(opts["paths"]))
        if not files:
            raise CommandError("no .txt or .md page files found in the paths given")
        jobs = ((path, self.meta_for(path, common, manifest)) for path in files)
        statuses, totals = {}, {"articles": 0, "persons": 0, "warnings": 0}
        bar = tqdm(total=len(files), unit="page", disable=opts["no_progress"] or len(files) < 2, file=self.stderr._out)
        for result in import_files(jobs, replace=opts["replace"], dry_run=opts["dry_run"]):
            bar.update()
            statuses[result.label] = statuses.get(result.label, 0) + 1
            totals["articles"] += result.articles
            totals["persons"] += result.persons
            totals["warnings"] += len(result.warnings)
            bar.write(result.line(), file=(self.stderr if result.failed else self.stdout)._out)
            for warning in result.warnings:
                bar.write(f"    warning: {one_line(warning)}", file=self.stdout._out)
        bar.close()
        for file in manifest.unmatched():
            self.stdout.write(f"warning: manifest {manifest.path}: entry {file!r} matches no file imported")
            totals["warnings"] += 1
        summary = ", ".join(f"{n} {status}" for status, n in sorted(statuses.items()))
        self.stdout.write(f"{len(files)} file(s): {summary} | " + ", ".join(f"{k} {n}" for k, n in totals.items()))
        failed = statuses.get("failed", 0)
        if failed:
            note = " (dry run: nothing was written)" if opts["dry_run"] else ""
            raise CommandError(f"{failed} file(s) failed{note}")

    @staticmethod
    def meta_for(path, common, manifest) -> PageMeta:
        """Options for every file, overridden by the manifest entry for this file."""
        meta = {k: v for k, v in common.items() if v is not None}
        meta.update({k: v for k, v in manifest.lookup(path).items() if v is not None})
        return PageMeta(meta.get("newspaper"), meta.get("date"), meta.get("page"), meta.get("section"))
