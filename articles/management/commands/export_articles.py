"""manage.py export_articles --format jsonl|csv [filters]: every selected article, streamed to a file or stdout."""
from django.core.management.base import BaseCommand, CommandError
from django.http import QueryDict

from articles.api.filters import ArticleFilter
from articles.export import FORMATS, export_lines
from articles.models import Article
from articles.search import QueryError, parse_query, search

FILTERS = {  # option → the API's query parameter (the same filters as /api/articles/)
    "newspaper": "paper id or name", "date_after": "YYYY-MM-DD", "date_before": "YYYY-MM-DD",
    "page_number": "page number", "section": "section (版名)", "source": "source (稿源)", "person": "person id",
    "person_name": "person name", "role": "role word, as ?role=", "needs_review": "true or false",
}


class Command(BaseCommand):
    help = "Export articles as JSON lines or CSV, with the API's filters and search; memory stays constant."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=list(FORMATS), required=True)
        parser.add_argument("--output", metavar="FILE", help="write here instead of stdout")
        parser.add_argument("--search", help="full-text search, as ?search= (ordered by date, not rank)")
        for name, meaning in FILTERS.items():
            parser.add_argument("--" + name.replace("_", "-"), dest=name, metavar="VALUE", help=meaning)

    def handle(self, *args, **opts):
        params = QueryDict(mutable=True)
        params.update({name: opts[name] for name in FILTERS if opts.get(name) is not None})
        selected = ArticleFilter(params, queryset=Article.objects.all())
        if not selected.is_valid():
            raise CommandError("; ".join(f"--{k.replace('_', '-')}: {' '.join(v)}" for k, v in selected.errors.items()))
        queryset = selected.qs
        if opts["search"]:
            try:
                query = parse_query(opts["search"])
            except QueryError as exc:
                raise CommandError(f"--search: {exc}")
            queryset = search(queryset, query) if query else queryset.none()
        queryset = queryset.order_by("issue_date", "page_number", "order", "id")
        out = open(opts["output"], "w", encoding="utf-8", newline="") if opts["output"] else None
        write = out.write if out else (lambda line: self.stdout.write(line, ending=""))
        count = -1 if opts["format"] == "csv" else 0  # the CSV header is no article
        try:
            for line in export_lines(queryset, opts["format"]):
                write(line)
                count += 1
        finally:
            if out:
                out.close()
        self.stderr.write(f"{count} article(s) exported")
