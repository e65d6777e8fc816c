"""Production settings: DEBUG off by default, the README's settings pass `check --deploy`, errors are logged."""
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETTINGS_VARIABLES = re.compile(r"^(DEBUG|SECRET_KEY|ALLOWED_HOSTS|CSRF_TRUSTED_ORIGINS|SECURE_\w+|\w+_COOKIE_SECURE)$")


def clean_env(tmp_path, **extra) -> dict:
    """This process's environment without any of the settings under test (DEBUG unset: off)."""
    env = {k: v for k, v in os.environ.items() if not SETTINGS_VARIABLES.match(k)}
    env.update(DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}", STATIC_ROOT=str(tmp_path / "static"))
    env.update(extra)
    return env


def documented_production_env() -> dict:
    """The `export NAME=value` lines of the README's "Running in production" block."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Running in production", 1)[1].split("\n## ", 1)[0]
    block = section.split("```sh", 1)[1].split("```", 1)[0]
    found = dict(re.findall(r"^export (\w+)=(\S+)", block, flags=re.M))
    assert {"SECRET_KEY", "ALLOWED_HOSTS", "SECURE_SSL_REDIRECT"} <= found.keys(), block
    return found


def manage(env, *args):
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)


def test_check_deploy_is_clean_with_the_documented_production_settings(tmp_path):
    documented = documented_production_env()
    documented["SECRET_KEY"] = secrets.token_urlsafe(50)  # the README shows where it goes, not a key
    result = manage(clean_env(tmp_path, **documented), "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_warns_without_them(tmp_path):
    result = manage(clean_env(tmp_path, SECRET_KEY=secrets.token_urlsafe(50)), "check", "--deploy")
    for warning in ("security.W004", "security.W008", "security.W012", "security.W016"):
        assert warning in result.stderr


def test_debug_is_off_unless_turned_on_and_serving_needs_a_secret_key(tmp_path):
    show = "from django.conf import settings; print(settings.DEBUG)"
    assert manage(clean_env(tmp_path), "shell", "-v0", "-c", show).stdout.strip() == "False"
    assert manage(clean_env(tmp_path, DEBUG="1"), "shell", "-v0", "-c", show).stdout.strip() == "True"

    serve = subprocess.run([str(ROOT / "bin/serve")], env=clean_env(tmp_path), capture_output=True, text=True,
                           timeout=300)
    assert serve.returncode == 2
    assert serve.stderr.strip().splitlines()[-1] == ("bin/serve: SECRET_KEY must be set when DEBUG is off "
                                                     "(a long random string, see README: Configuration)")
    assert not (tmp_path / "db.sqlite3").exists()  # refused before touching the database
    wsgi = subprocess.run([sys.executable, "-c", "import newsroom.wsgi"], cwd=ROOT, env=clean_env(tmp_path),
                          capture_output=True, text=True, timeout=120)
    assert wsgi.returncode != 0 and "SECRET_KEY must be set when DEBUG is off" in wsgi.stderr


ERROR_IN_A_VIEW = """
import django
django.setup()
from django.test import Client, override_settings
from django.urls import path

def broken(request):
    raise RuntimeError("the press broke down")

urlpatterns = [path("broken/", broken)]
with override_settings(ROOT_URLCONF=__name__):
    status = Client(raise_request_exception=False).get("/broken/").status_code
print(status)
"""


def test_a_server_error_is_logged_with_its_traceback_on_stderr(tmp_path):
    env = clean_env(tmp_path, SECRET_KEY=secrets.token_urlsafe(50), ALLOWED_HOSTS="testserver",
                    DJANGO_SETTINGS_MODULE="newsroom.settings")
    result = subprocess.run([sys.executable, "-c", ERROR_IN_A_VIEW], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.stdout.strip() == "500", result.stderr
    assert "ERROR django.request: Internal Server Error: /broken/" in result.stderr
    assert "Traceback (most recent call last)" in result.stderr
    assert "RuntimeError: the press broke down" in result.stderr


BEHIND_THE_PROXY = """
import django
django.setup()
from django.test import Client

client = Client(HTTP_HOST="news.example.org", HTTP_ACCEPT="application/json")
plain = client.get("/api/")
print(plain.status_code, plain.headers.get("Location"))
secure = client.get("/api/", HTTP_X_FORWARDED_PROTO="https")
print(secure.status_code, secure.headers["Strict-Transport-Security"])
"""


def test_behind_a_tls_proxy_with_the_documented_settings(tmp_path):
    documented = documented_production_env()
    documented["SECRET_KEY"] = secrets.token_urlsafe(50)
    del documented["DATABASE_URL"]  # a database of the test's own
    env = clean_env(tmp_path, **documented, DJANGO_SETTINGS_MODULE="newsroom.settings")
    result = subprocess.run([sys.executable, "-c", BEHIND_THE_PROXY], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.stdout.splitlines() == [
        "301 https://news.example.org/api/",  # what came over plain HTTP is sent to HTTPS
        "200 max-age=31536000; includeSubDomains; preload",  # what the proxy marked https is served, with HSTS
    ], result.stderr


def test_a_server_worker_loads_the_word_dictionary_as_it_starts(tmp_path):
    """Not in its first search: gunicorn imports newsroom.wsgi in each worker before it serves a request."""
    loaded = subprocess.run([sys.executable, "-c", "import newsroom.wsgi, jieba; print(jieba.dt.initialized)"],
                            cwd=ROOT, env=clean_env(tmp_path, SECRET_KEY=secrets.token_urlsafe(50)),
                            capture_output=True, text=True, timeout=120)
    assert loaded.stdout.strip() == "True", loaded.stderr
