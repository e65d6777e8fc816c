"""Newsroom project package; the Celery app is loaded with Django so its tasks are found."""
from .celery import app as celery_app

__all__ = ["celery_app"]
