"""python manage.py parse_page FILE… [--json] [--out DIR] — show how page files parse, storing nothing."""
import json
import logging
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.parsing import PageTooLarge, parse_page
from articles.textfile import UnreadableFile, read_page_file

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = ("Parse page files and print the result (page JSON with --json; with --out DIR, one DIR/NAME.json "
            "a file). Stores nothing in the archive.")

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--json", action="store_true", help="print the page JSON")
        parser.add_argument("--out", metavar="DIR", help="write DIR/NAME.json for each file (implies --json)")

    def handle(self, *args, **opts):
        out_dir = Path(opts["out"]) if opts["out"] else None
        if out_dir is not None:
            out_dir.mkdir(parents=True, exist_ok=True)
        failed = 0
        for name in opts["files"]:
            try:
                text = read_page_file(name)
            except UnreadableFile as exc:
                self.stderr.write(f"{name}: error: {exc}")
                failed += 1
                continue
            try:
                page = parse_page(text, source=Path(name).name)
            except PageTooLarge as exc:  # too large to be one page: one clear line, no traceback
                self.stderr.write(f"{name}: error: {exc}")
                failed += 1
                continue
            except Exception:  # a parser bug on one page: name the file, keep going, exit non-zero
                logger.exception("%s: error: the parser failed on this page", name)
                failed += 1
                continue
            if out_dir is not None:
                target = out_dir / (Path(name).stem + ".json")
                target.write_text(json.dumps(page.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
            elif opts["json"]:
                self.stdout.write(json.dumps(page.to_dict(), ensure_ascii=False, indent=2))
            else:
                self.show(page)
        if failed:
            raise CommandError(f"{failed} file(s) could not be read or parsed")

    def show(self, page):
        info = page.page
        self.stdout.write(f"{page.source}: {page.newspaper or '报名未知'} {page.date or '日期未知'} "
                          f"第{info.number or '?'}版 {info.section or ''}  编辑: "
                          + ", ".join(f"{e.role} {e.name}" for e in info.editors))
        for n, art in enumerate(page.articles, start=1):
            headline = " / ".join(x for x in [art.kicker, art.title, *art.subtitles] if x) or "（无标题）"
            authors = ", ".join(f"{a.role} {a.name}" for a in art.authors)
            self.stdout.write(f"{n:2}. {headline}  [{art.source or '-'}] {authors}  {len(art.body)}字")
            for reason in art.review_reasons:
                self.stdout.write(f"    待审核: {reason}")
        for warning in page.warnings:
            self.stdout.write(f"warning: {warning}")
