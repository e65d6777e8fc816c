"""python manage.py parse_page FILE [--json] — show how a page file parses, writing nothing."""
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.parsing import parse_page
from articles.textfile import UnreadableFile, read_page_file


class Command(BaseCommand):
    help = "Parse one page file and print the result (page JSON with --json). Writes nothing."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--json", action="store_true", help="print the page JSON")

    def handle(self, *args, **opts):
        try:
            text = read_page_file(opts["file"])
        except UnreadableFile as exc:
            raise CommandError(f"{opts['file']}: {exc}") from exc
        page = parse_page(text, source=Path(opts["file"]).name)
        if opts["json"]:
            self.stdout.write(json.dumps(page.to_dict(), ensure_ascii=False, indent=2))
            return
        info = page.page
        self.stdout.write(f"{page.newspaper or '报名未知'} {page.date or '日期未知'} "
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
