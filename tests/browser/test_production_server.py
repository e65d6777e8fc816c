"""bin/serve with DEBUG unset (off): gunicorn serves the admin with its CSS, the API schema and the API docs
with Swagger UI's own JavaScript and CSS (no CDN), as a browser sees them."""
import re
import secrets
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from screens import shot
from test_production_settings import clean_env

ROOT = Path(__file__).resolve().parent.parent.parent
ADMIN_PASSWORD = "pw-served-admin-1"


def get(url):
    """(status, headers, body) of a GET, errors included."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """bin/serve on a free port, with a database and static folder of its own: its base URL."""
    folder = tmp_path_factory.mktemp("served")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = clean_env(folder, SECRET_KEY=secrets.token_urlsafe(50), PORT=str(port), WEB_CONCURRENCY="1")
    log = (folder / "serve.log").open("w+")
    server = subprocess.Popen([str(ROOT / "bin/serve")], env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300  # migrations and collectstatic come first
        while True:
            try:
                urllib.request.urlopen(url + "/admin/login/", timeout=5).read()
                break
            except OSError:
                log.seek(0)
                assert server.poll() is None and time.monotonic() < deadline, log.read()[-3000:]
                time.sleep(0.5)
        made = subprocess.run([str(ROOT / ".venv/bin/python"), "manage.py", "ensure_admin"], cwd=ROOT,
                              env={**env, "NEWSROOM_ADMIN_PASSWORD": ADMIN_PASSWORD}, capture_output=True, text=True)
        assert made.returncode == 0, made.stderr
        yield url
    finally:
        server.terminate()  # bin/serve exec'd gunicorn: this stops the master and its workers
        server.wait(60)
        log.close()


def test_admin_css_and_login_page(served):
    status, headers, css = get(served + "/static/admin/css/base.css")
    assert status == 200 and headers["Content-Type"].startswith("text/css") and b"body" in css
    status, _, login = get(served + "/admin/login/")
    assert status == 200 and "Newsroom" in login.decode()
    hashed = re.search(r'href="(/static/admin/css/base\.[0-9a-f]{12}\.css)"', login.decode()).group(1)
    status, headers, _ = get(served + hashed)
    assert status == 200 and "immutable" in headers["Cache-Control"]  # cached for good under a hashed name


def test_api_docs_load_their_assets_from_the_server(served):
    status, _, docs = get(served + "/api/docs/")
    assert status == 200
    assets = re.findall(r'(?:src|href)="([^"]+\.(?:js|css|png))"', docs.decode())
    assert {Path(a).suffix for a in assets} == {".js", ".css", ".png"}
    for asset in assets:
        assert asset.startswith("/static/drf_spectacular_sidecar/"), asset  # no CDN
        status, headers, body = get(served + asset)
        assert status == 200 and body, asset
        want = {".js": "javascript", ".css": "text/css", ".png": "image/png"}[Path(asset).suffix]
        assert want in headers["Content-Type"], (asset, headers["Content-Type"])


def test_schema_and_no_debug_pages(served):
    status, headers, schema = get(served + "/api/schema/")
    assert status == 200 and schema.startswith(b"openapi: 3") and b"/api/articles/" in schema
    status, _, missing = get(served + "/no-such-page/")
    assert status == 404 and b"URLconf" not in missing  # DEBUG is off: no debug page


def test_swagger_ui_renders_the_api_with_debug_off(served, page):
    outside = []
    page.route("**/*", lambda route: (route.continue_() if route.request.url.startswith(served)
                                      else (outside.append(route.request.url), route.abort())))
    page.goto(served + "/api/docs/")
    page.locator(".swagger-ui .info .title").filter(has_text="Newsroom API").wait_for()
    page.locator(".opblock-summary-path", has_text="/api/articles/").first.wait_for()
    shot(page, "api_docs_debug_off")
    assert not outside
    page.goto(served + "/admin/login/")
    header = page.locator("#header").evaluate("e => getComputedStyle(e).backgroundColor")
    assert header not in ("rgba(0, 0, 0, 0)", "transparent")  # the admin's CSS applied
    shot(page, "admin_login_debug_off")


def test_admin_login_locked_after_five_wrong_passwords_even_the_right_one(served, page):
    def log_in(password):
        page.goto(served + "/admin/login/")
        page.fill("#id_username", "admin")
        page.fill("#id_password", password)
        with page.expect_navigation():
            page.click("input[type=submit]")

    for n in range(5):
        log_in(f"wrong-{n}")
    log_in(ADMIN_PASSWORD)
    assert page.locator("#content h1").inner_text() == "登录已暂停"
    assert "请 15 分钟后再试" in page.locator("#content").inner_text()
    shot(page, "admin_login_locked_debug_off")
    page.goto(served + "/admin/")
    assert "/admin/login/" in page.url  # not logged in
