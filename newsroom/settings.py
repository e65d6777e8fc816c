"""Newsroom settings, configured by environment variables (see README)."""
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent


def env_flag(name, default="0"):
    return os.environ.get(name, default).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# Production by default: DEBUG=1 turns on development mode (bin/demo and bin/test set it).
DEBUG = env_flag("DEBUG")
# With DEBUG off and no SECRET_KEY, Django refuses whatever needs the key (sessions, CSRF, signing) and
# newsroom/wsgi.py refuses to serve; commands that need no key (import_pages, migrate …) still run.
SECRET_KEY = os.environ.get("SECRET_KEY") or ("django-insecure-newsroom-development-only" if DEBUG else "")
SECRET_KEY_MISSING = "SECRET_KEY must be set when DEBUG is off (a long random string, see README: Configuration)"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")  # https://news.example.org, when a proxy serves HTTPS

# HTTPS, for `manage.py check --deploy` (README: Running in production). Off by default so that a plain
# http://127.0.0.1 server works; the TLS proxy's settings turn them on.
SECURE_SSL_REDIRECT = env_flag("SECURE_SSL_REDIRECT")
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_flag("SECURE_HSTS_INCLUDE_SUBDOMAINS")
SECURE_HSTS_PRELOAD = env_flag("SECURE_HSTS_PRELOAD")
SESSION_COOKIE_SECURE = env_flag("SESSION_COOKIE_SECURE")
CSRF_COOKIE_SECURE = env_flag("CSRF_COOKIE_SECURE")
# The header a TLS proxy sets on requests it received over HTTPS, e.g. X-Forwarded-Proto (value `https`).
_proxy_header = os.environ.get("SECURE_PROXY_SSL_HEADER", "").strip()
SECURE_PROXY_SSL_HEADER = ("HTTP_" + _proxy_header.upper().replace("-", "_"), "https") if _proxy_header else None

INSTALLED_APPS = [
    "articles",  # first, so its runserver (UTF-8 request lines) wins over staticfiles'
    "articles.admin_site.NewsroomAdminConfig",  # django.contrib.admin with our site (index order, review counts)
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI served locally, no CDN
    "axes",  # admin login lockout after repeated failures
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",  # static files from the app server (bin/serve)
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",  # last: answers a locked-out login with the lockout page
]

ROOT_URLCONF = "newsroom.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "newsroom.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
    )
}

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses a locked-out login before the password is checked
    "django.contrib.auth.backends.ModelBackend",
]
# Admin login lockout (django-axes): LOGIN_FAILURE_LIMIT wrong passwords for one user name from one
# address lock that pair out for LOGIN_COOLOFF_MINUTES; a right password in that time is refused too.
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=float(os.environ.get("LOGIN_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = True  # a guess during the lockout starts the wait again
AXES_LOCKOUT_CALLABLE = "newsroom.login_lockout.locked_out"  # the page in Chinese

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
# Filled by `collectstatic` (bin/serve runs it), served by WhiteNoise.
STATIC_ROOT = os.environ.get("STATIC_ROOT") or BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # DEBUG off: compressed files with hashed names, cached for ever by browsers.
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage" if DEBUG
                    else "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REST_FRAMEWORK = {
    # The token first: a request without credentials is answered 401 with "WWW-Authenticate: Token";
    # the session (with its CSRF check) serves the browsable API and the pages of the site.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "articles.api.throttles.ThrottledTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["articles.api.permissions.ModelPermissionsOrReadOnly"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],  # bodies are JSON (lists, nulls)
    "DEFAULT_THROTTLE_CLASSES": ["articles.api.throttles.WriteThrottle"],
    "DEFAULT_THROTTLE_RATES": {  # README, "The API": throttles
        "writes": os.environ.get("API_WRITE_RATE", "120/min"),
        "token_failures": os.environ.get("API_TOKEN_FAILURE_RATE", "20/hour"),
    },
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "articles.api.filters.NullsLastOrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "articles.api.pagination.ArchivePagination",
    "PAGE_SIZE": 20,
    "DEFAULT_SCHEMA_CLASS": "articles.api.schema.NewsroomSchema",
    "VIEW_NAME_FUNCTION": "articles.api.chinese.view_name",  # 文章列表, not Article List
    "EXCEPTION_HANDLER": "articles.api.chinese.exception_handler",  # 未找到该文章。
}

# Celery, only for `import_pages --queue` and bin/worker; without a broker nothing uses it.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "").strip()
CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND", "").strip() or "rpc://"
CELERY_TASK_DEFAULT_QUEUE = os.environ.get("CELERY_QUEUE", "").strip() or "newsroom-import"
CELERY_TASK_ACKS_LATE = True  # a task is acknowledged when done: a killed worker's task goes to another
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1  # pages are slow: a worker holds one beyond those it works on
CELERY_TASK_SERIALIZER = CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_RESULT_EXPIRES = 7 * 24 * 3600
# Redis only: a task a lost worker held is handed out again after this many seconds.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": int(os.environ.get("CELERY_VISIBILITY_TIMEOUT", "3600"))}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_WORKER_HIJACK_ROOT_LOGGER = False

# Errors (with tracebacks) and warnings go to stderr, where a process manager collects them.
LOG_LEVEL = os.environ.get("LOG_LEVEL", "WARNING").upper()
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["stderr"], "level": LOG_LEVEL},
    "loggers": {
        "django": {"handlers": ["stderr"], "level": LOG_LEVEL, "propagate": False},
        "jieba": {"level": "ERROR"},
    },
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Newsroom API",
    "DESCRIPTION": "Digitised Chinese newspaper pages: papers, issues, pages, articles and persons.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,  # what a client sends (writable fields) apart from what it gets back
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums",
                             "articles.api.schema.empty_query_values_allowed"],
}
