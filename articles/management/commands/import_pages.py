"""python manage.py import_pages PATH… — import page text files into the archive."""
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from articles.batch import import_files, one_line
from articles.jobs import page_jobs
from articles.loading import WorkerDied
from articles.textfile import MB
from articles.manifest import Manifest, ManifestError, clean_meta, load_manifest
from articles.pathmeta import PathPattern, PatternError
from articles.queueing import QueueUnavailable, StillPending, check_broker, collect, send_imports


DEFAULT_MAX_MB = 20


class Command(BaseCommand):
    help = "Import newspaper page files (.txt/.md, files or folders) into Newspaper → Issue → Page → Article."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="page files or folders")
        parser.add_argument("--newspaper", help="paper name for every file given, e.g. 重庆日报")
        parser.add_argument("--date", help="issue date YYYY-MM-DD for every file given")
        parser.add_argument("--page", type=int, help="page number for every file given")
        parser.add_argument("--section", help="section name (版名) for every file given")
        parser.add_argument("--manifest", help="CSV or JSON with per-file newspaper/date/page/section")
        parser.add_argument("--path-pattern", metavar="PATTERN",
                            help="metadata from the path relative to the folder given, e.g. "
                                 "'{newspaper}/{date:%%Y%%m%%d}/{page}.txt'; fields {newspaper} {date:FORMAT} "
                                 "{page} {section} {order} ({order}: the files of one page are its articles)")
        parser.add_argument("--dry-run", action="store_true",
                            help="report what the import would do (import, unchanged, fail), write nothing")
        parser.add_argument("--replace", action="store_true",
                            help="re-parse files whose text changed (articles edited in the admin are kept)")
        parser.add_argument("--move", action="store_true",
                            help="a text already stored elsewhere is moved to the place this import gives it "
                                 "(without it: a conflict naming both places)")
        parser.add_argument("--max-size", type=float, default=DEFAULT_MAX_MB, metavar="MB",
                            help=f"refuse files larger than this many megabytes (default {DEFAULT_MAX_MB:g})")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")
        parser.add_argument("--workers", type=int, default=1, metavar="N",
                            help="parse in N processes on this machine (stored here, in file order)")
        parser.add_argument("--queue", action="store_true",
                            help="send one Celery task per page to CELERY_BROKER_URL for bin/worker, and exit")
        parser.add_argument("--wait", action="store_true",
                            help="with --queue: wait for the workers, show progress and the usual lines")
        parser.add_argument("--wait-timeout", type=float, metavar="SECONDS",
                            help="with --wait: stop waiting after this many seconds and say how many pages are "
                                 "still pending (they stay queued: the workers store them); exit non-zero")

    def handle(self, *args, **opts):
        self.check_options(opts)
        try:
            common = clean_meta({k: opts[k] for k in ("newspaper", "date", "page", "section")}, "options")
            manifest = load_manifest(opts["manifest"]) if opts["manifest"] else Manifest()
            pattern = PathPattern(opts["path_pattern"]) if opts["path_pattern"] else None
        except (ManifestError, PatternError) as exc:
            raise CommandError(str(exc)) from exc
        jobs, hints = page_jobs(opts["paths"], common, manifest, pattern)
        if not jobs:
            raise CommandError("no .txt or .md page files found in the paths given")
        if opts["queue"] and not opts["wait"]:
            return self.queue_only(jobs, opts)
        statuses, totals, died, pending = {}, {"articles": 0, "persons": 0, "warnings": 0}, [], 0
        bar = tqdm(total=len(jobs), unit="page", disable=opts["no_progress"] or len(jobs) < 2, file=self.stderr._out)
        if opts["queue"]:
            self.check_broker()
            tasks = send_imports(jobs, replace=opts["replace"], move=opts["move"])
            results = collect(tasks, [job.name for job in jobs], bar.update, timeout=opts["wait_timeout"])
        else:
            results = import_files(jobs, replace=opts["replace"], dry_run=opts["dry_run"], move=opts["move"],
                                   max_bytes=int(opts["max_size"] * MB), workers=opts["workers"])
        try:
            self.report(results, bar, statuses, totals, count=not opts["queue"])
        except WorkerDied as exc:
            died = exc.jobs
            statuses["not imported"] = len(died)
        except StillPending as exc:
            pending = exc.count
            statuses["pending"] = pending
        bar.close()
        for file in manifest.unmatched():
            self.stdout.write(f"warning: manifest {manifest.path}: entry {file!r} matches no file imported")
            totals["warnings"] += 1
        for hint in hints:
            self.stdout.write(f"hint: {hint}")
        files = sum(len(job.paths) for job in jobs)
        pages = f" in {len(jobs)} page(s)" if len(jobs) != files else ""
        summary = ", ".join(f"{n} {status}" for status, n in sorted(statuses.items()))
        self.stdout.write(f"{files} file(s){pages}: {summary} | " + ", ".join(f"{k} {n}" for k, n in totals.items()))
        if died:
            raise CommandError(worker_died_line(died, opts["dry_run"]))
        if pending:
            raise CommandError(f"stopped waiting after {opts['wait_timeout']:g} s (--wait-timeout): {pending} page(s) "
                               "still pending; they stay queued and the workers will store them")
        failed = statuses.get("failed", 0)
        if failed:
            note = " (dry run: nothing was written)" if opts["dry_run"] else ""
            raise CommandError(f"{failed} file(s) failed{note}")

    def report(self, results, bar, statuses, totals, count=True):
        """Each page's line, notes and warnings as it comes; statuses and totals counted."""
        for result in results:
            if count:
                bar.update()
            statuses[result.label] = statuses.get(result.label, 0) + 1
            totals["articles"] += result.articles
            totals["persons"] += result.persons
            totals["warnings"] += len(result.warnings)
            bar.write(result.line(), file=(self.stderr if result.failed else self.stdout)._out)
            for note in result.notes:
                bar.write(f"    note: {one_line(note)}", file=self.stdout._out)
            for warning in result.warnings:
                bar.write(f"    warning: {one_line(warning)}", file=self.stdout._out)

    @staticmethod
    def check_options(opts):
        if opts["max_size"] <= 0:
            raise CommandError("--max-size must be a positive number of megabytes")
        if opts["workers"] < 1:
            raise CommandError("--workers must be 1 or more")
        if opts["wait"] and not opts["queue"]:
            raise CommandError("--wait goes with --queue")
        if opts["wait_timeout"] is not None and not opts["wait"]:
            raise CommandError("--wait-timeout goes with --queue --wait")
        if opts["wait_timeout"] is not None and not opts["wait_timeout"] > 0:
            raise CommandError("--wait-timeout must be a positive number of seconds")
        if opts["queue"] and opts["workers"] > 1:
            raise CommandError("--workers is for a run in this process; queued pages are parsed by the workers "
                               "(bin/worker --concurrency N)")
        if opts["queue"] and opts["dry_run"]:
            raise CommandError("--dry-run cannot be queued: run it without --queue")

    def queue_only(self, jobs, opts):
        self.check_broker()
        send_imports(jobs, replace=opts["replace"], move=opts["move"], keep_results=False)
        self.stdout.write(f"{len(jobs)} page(s) queued for the Celery workers (bin/worker)")

    @staticmethod
    def check_broker():
        """One clear error line when no broker is configured or reachable."""
        try:
            check_broker()
        except QueueUnavailable as exc:
            raise CommandError(str(exc)) from exc


NAMED = 10  # pages a line names at most


def worker_died_line(jobs, dry_run=False) -> str:
    """One line for the pages a dead parse process left: which, and that the pages before them are stored."""
    names = ", ".join(one_line(job.name) for job in jobs[:NAMED])
    more = f" and {len(jobs) - NAMED} more" if len(jobs) > NAMED else ""
    then = ("dry run: nothing was written" if dry_run else
            "the pages before them are stored: run the command again to import the rest")
    return f"a parse process died (killed, or out of memory): {len(jobs)} page(s) not imported: {names}{more}; {then}"
