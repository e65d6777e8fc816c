"""WSGI entry point (gunicorn: bin/serve)."""
import os

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
application = get_wsgi_application()
if not settings.DEBUG and not os.environ.get("SECRET_KEY"):
    raise ImproperlyConfigured(settings.SECRET_KEY_MISSING)

from articles.search.text import load_dictionary  # noqa: E402  (the apps are ready)

load_dictionary()  # as a worker starts (gunicorn imports this module in each), not in its first search
