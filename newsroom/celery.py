"""The Celery app: `import_pages --queue` sends one task per page file, `bin/worker` runs them.

Settings are the CELERY_* names in newsroom/settings.py, from the environment (see README).
"""
import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")

app = Celery("newsroom")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
