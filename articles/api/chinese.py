"""What API readers see in Chinese: view titles in the browsable API, not-found messages, role labels."""
from django.apps import apps
from django.db.models import ProtectedError
from django.http import Http404, JsonResponse
from django.views import defaults
from rest_framework import exceptions, serializers, status
from rest_framework.views import exception_handler as drf_exception_handler
from rest_framework.views import get_view_name as drf_view_name

from articles.deletion import refusal
from articles.models import role_label

SUFFIXES = {"List": "列表", "Instance": "详情"}
ACTIONS = {"Co mentions": "共同出现的人物", "Mentions": "人物的全部提及", "Export": "导出文章"}


def view_name(view) -> str:
    """文章列表, 文章详情, API 根目录 … instead of Article List, Article Instance, Api Root."""
    if view.__class__.__name__ == "APIRootView":
        return "API 根目录"
    name = getattr(view, "name", None)
    if name in ACTIONS:
        return ACTIONS[name]
    model = _model(view)
    if name is None and model is not None:
        return f"{model._meta.verbose_name}{SUFFIXES.get(getattr(view, 'suffix', None), '')}"
    return drf_view_name(view)


def _model(view):
    """The model a view serves (its queryset, else its get_queryset(), which may need the request)."""
    queryset = getattr(view, "queryset", None)
    if queryset is None and hasattr(view, "get_queryset"):
        try:
            queryset = view.get_queryset()
        except AttributeError:  # a view built without a request (the breadcrumbs): known by its basename
            queryset = None
    if queryset is None and getattr(view, "basename", None):
        try:
            return apps.get_model("articles", view.basename)
        except LookupError:
            return None
    return getattr(queryset, "model", None)


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_code = "protected"


def exception_handler(exc, context):
    """A missing object is 未找到该文章。 (Django's own message is English: No Article matches the given query.);
    a delete refused because the record holds contents (on_delete=PROTECT) is a 409 that says so."""
    if isinstance(exc, ProtectedError):
        exc = Conflict(refusal(exc))
    elif isinstance(exc, Http404):
        model = _model(context.get("view"))
        what = model._meta.verbose_name if model is not None else "对象"
        exc = exceptions.NotFound(f"未找到该{what}。")
    return drf_exception_handler(exc, context)


def page_not_found(request, exception):
    """A URL no view answers: JSON under /api/ (like the API's own 404s), the site's page elsewhere."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "未找到。"}, status=404, json_dumps_params={"ensure_ascii": False})
    return defaults.page_not_found(request, exception)


class RoleField(serializers.CharField):
    """A mention's role as printed (记者, 责编 …), 提及 for a person named in the text."""

    def to_representation(self, value):
        return role_label(value)
