"""python manage.py extract_persons < lines.txt — per input line, a JSON array of the persons named."""
import sys

from django.core.management.base import BaseCommand

from articles.parsing.persons import mentions_as_json, warm_up


class Command(BaseCommand):
    help = ("Read text lines from standard input and print, for each, one line holding a JSON array of "
            'the persons it names, in order: [{"name": ..., "title": ...}].')

    def handle(self, *args, **opts):
        warm_up()
        out = self.stdout
        for line in sys.stdin:
            out.write(mentions_as_json(line))
