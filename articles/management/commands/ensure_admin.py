"""python manage.py ensure_admin — create the demo admin user once."""
import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = ("Create a superuser (default name 'admin') if none exists. The password comes from "
            "NEWSROOM_ADMIN_PASSWORD, or is generated and printed once.")

    def add_arguments(self, parser):
        parser.add_argument("--username", default=os.environ.get("NEWSROOM_ADMIN_USER", "admin"))

    def handle(self, *args, **opts):
        User = get_user_model()
        name = opts["username"]
        if User.objects.filter(username=name).exists():
            self.stdout.write(f"admin user '{name}' already exists (password unchanged)")
            return
        password = os.environ.get("NEWSROOM_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        User.objects.create_superuser(name, email="", password=password)
        shown = "from NEWSROOM_ADMIN_PASSWORD" if os.environ.get("NEWSROOM_ADMIN_PASSWORD") else password
        self.stdout.write(f"admin user created: {name} / password: {shown}")
