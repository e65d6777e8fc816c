"""Lists: page numbers for the first pages, then a cursor; counts exact up to a threshold, then estimated.

`?page=N` works for N up to MAX_PAGE; past that, and whenever `?cursor=` is given, the list is
read by keyset (the `next` and `previous` links carry the sort key of the last or first row), so
a deep page costs what the first page costs. `count` is exact up to EXACT_COUNT_UP_TO rows;
past that PostgreSQL's estimate is given and `count_estimated` is true (read it as "about").
"""
import base64
import binascii
import datetime
import json
from decimal import Decimal

from django.core.exceptions import FieldDoesNotExist
from django.db.models import F, OrderBy, Q
from rest_framework import pagination
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

from articles import search

MAX_PAGE = 50
EXACT_COUNT_UP_TO = 1000


class ArchivePagination(pagination.BasePagination):
    page_size = 20
    max_page_size = 100
    page_query_param, page_size_query_param, cursor_query_param = "page", "page_size", "cursor"

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.size = self.page_size_of(request)
        self.keys = ordering_keys(queryset)
        token = request.query_params.get(self.cursor_query_param)
        self.page, self.backwards = None, False
        if token:
            values, self.backwards = decode(token, len(self.keys))
            rows = self.seek(queryset, values)
        else:
            self.page = self.page_number_of(request)
            start = (self.page - 1) * self.size
            rows = list(queryset[start:start + self.size + 1])
        self.has_more = len(rows) > self.size
        rows = rows[:self.size]
        if self.backwards:
            rows.reverse()
        self.rows = rows
        known = getattr(view, "known_count", None)  # a search's window may have counted already
        self.count, self.count_estimated = known or count_of(getattr(view, "count_queryset", queryset))
        return rows

    def page_size_of(self, request):
        try:
            size = int(request.query_params.get(self.page_size_query_param) or self.page_size)  # empty: not given
        except ValueError:
            raise ValidationError({self.page_size_query_param: "须为正整数"})
        if size < 1:
            raise ValidationError({self.page_size_query_param: "须为正整数"})
        return min(size, self.max_page_size)

    def page_number_of(self, request):
        raw = request.query_params.get(self.page_query_param) or "1"  # empty: not given
        if not raw.isdigit() or not 1 <= int(raw) <= MAX_PAGE:
            raise ValidationError({self.page_query_param: f"页码须为 1 到 {MAX_PAGE}；"
                                                          "更深的页请用上一页结果中的 next 链接（cursor）"})
        return int(raw)

    def seek(self, queryset, values):
        """The rows after (or, going back, before) the cursor's sort key: an index range, no OFFSET."""
        ordered = queryset.reverse() if self.backwards else queryset
        rows = []
        for condition in seek_conditions(queryset.model, self.keys, values, self.backwards):
            rows += list(ordered.filter(condition)[:self.size + 1 - len(rows)])
            if len(rows) > self.size:
                break
        return rows

    def link(self, row, backwards=False):
        url = remove_query_param(self.request.build_absolute_uri(), self.page_query_param)
        return replace_query_param(url, self.cursor_query_param, encode(self.keys, row, backwards))

    def page_link(self, number):
        url = remove_query_param(self.request.build_absolute_uri(), self.cursor_query_param)
        if number == 1:
            return remove_query_param(url, self.page_query_param)
        return replace_query_param(url, self.page_query_param, number)

    def next_link(self):
        if self.page is not None:
            if not self.has_more:
                return None
            return self.page_link(self.page + 1) if self.page < MAX_PAGE else self.link(self.rows[-1])
        if self.backwards:
            return self.link(self.rows[-1]) if self.rows else None
        return self.link(self.rows[-1]) if self.has_more else None

    def previous_link(self):
        if self.page is not None:
            return self.page_link(self.page - 1) if self.page > 1 else None
        if not self.rows or (self.backwards and not self.has_more):
            return None
        return self.link(self.rows[0], backwards=True)

    def get_paginated_response(self, data):
        return Response({"count": self.count, "count_estimated": self.count_estimated, "next": self.next_link(),
                         "previous": self.previous_link(), "results": data})

    def get_paginated_response_schema(self, schema):
        link = {"type": "string", "nullable": True, "format": "uri"}
        return {
            "type": "object",
            "required": ["count", "count_estimated", "next", "previous", "results"],
            "properties": {
                "count": {"type": "integer", "description": f"结果数；超过 {EXACT_COUNT_UP_TO} 时为数据库的估计值"},
                "count_estimated": {"type": "boolean", "description": "count 是否为估计值（约数）"},
                "next": {**link, "description": f"下一页；第 {MAX_PAGE} 页之后为 cursor 链接"},
                "previous": {**link, "description": "上一页"},
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view):
        return [
            {"name": self.page_query_param, "required": False, "in": "query",
             "description": f"页码（1 到 {MAX_PAGE}）；更深处请跟随 next 链接",
             "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE}},
            {"name": self.page_size_query_param, "required": False, "in": "query",
             "description": f"每页条数（多于 {self.max_page_size} 时按 {self.max_page_size}）",
             "schema": {"type": "integer", "minimum": 1}},
            {"name": self.cursor_query_param, "required": False, "in": "query",
             "description": "游标：取自 next/previous 链接，不必自己构造", "schema": {"type": "string"}},
        ]


def count_of(queryset) -> tuple[int, bool]:
    """(count, estimated): exact up to EXACT_COUNT_UP_TO rows, past that the database's estimate if it has one.

    Where the estimate is far past the threshold no row is counted at all.
    """
    if queryset.query.is_empty():  # e.g. a search for punctuation only
        return 0, False
    estimate = search.backend(queryset.db).estimate_count(queryset)
    if estimate is not None and estimate > 10 * EXACT_COUNT_UP_TO:
        return estimate, True
    rows = queryset.order_by().values("pk")
    found = rows[:EXACT_COUNT_UP_TO + 1].count()
    if found <= EXACT_COUNT_UP_TO:
        return found, False
    if estimate is None:
        return rows.count(), False
    return max(estimate, found), True


def ordering_keys(queryset) -> list[tuple[str, bool]]:
    """(field path, descending) for each term of the queryset's ordering; it must end with a unique one."""
    keys = []
    for term in queryset.query.order_by or queryset.model._meta.ordering:
        if isinstance(term, str):
            keys.append((term.lstrip("-"), term.startswith("-")))
        elif isinstance(term, OrderBy) and isinstance(term.expression, F):
            keys.append((term.expression.name, term.descending))
        else:
            raise TypeError(f"cannot page by {term!r}")
    if not {"pk", "id"} & {name for name, _ in keys}:
        keys.append(("pk", False))
    return keys


def _nullable(model, path) -> bool:
    for part in path.split("__"):
        try:
            field = model._meta.get_field(part)
        except FieldDoesNotExist:
            return False  # an annotation (rank, mention_count): never empty
        if field.null:
            return True
        model = field.related_model
    return False


def _strictly_after(model, name, desc, value, backwards):
    """Rows after `value` on this key alone (nulls sort last going forward)."""
    nullable = _nullable(model, name)
    if value is None:
        return Q(**{f"{name}__isnull": False}) if backwards else None
    later = Q(**{f"{name}__{'lt' if desc != backwards else 'gt'}": value})
    return later | Q(**{f"{name}__isnull": True}) if nullable and not backwards else later


def _equal(name, value):
    return Q(**{f"{name}__isnull": True}) if value is None else Q(**{name: value})


def _after(model, keys, values, backwards):
    """Lexicographically after `values` (None: nothing is)."""
    found = None
    for i, ((name, desc), value) in enumerate(zip(keys, values)):
        strict = _strictly_after(model, name, desc, value, backwards)
        if strict is None:
            continue
        for (prior, _), prior_value in zip(keys[:i], values[:i]):
            strict &= _equal(prior, prior_value)
        found = strict if found is None else found | strict
    return found


def seek_conditions(model, keys, values, backwards) -> list[Q]:
    """Conditions, in order, for the rows past the cursor: the first bounds the leading key (an index range)."""
    (name, desc), value = keys[0], values[0]
    rest = _after(model, keys[1:], values[1:], backwards)
    tied = None if rest is None else _equal(name, value) & rest
    if value is None:
        conditions = [] if tied is None else [tied]
        return conditions + ([Q(**{f"{name}__isnull": False})] if backwards else [])
    bound = Q(**{f"{name}__{'lte' if desc != backwards else 'gte'}": value})
    beyond = Q(**{f"{name}__{'lt' if desc != backwards else 'gt'}": value})
    conditions = [bound & (beyond if tied is None else beyond | tied)]
    if _nullable(model, name) and not backwards:
        conditions.append(Q(**{f"{name}__isnull": True}))
    return conditions


def _value(row, path):
    for part in path.split("__"):
        row = None if row is None else getattr(row, part)
    return row.pk if hasattr(row, "pk") else row


def _plain(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return str(value) if isinstance(value, Decimal) else value


def encode(keys, row, backwards=False) -> str:
    payload = {"v": [_plain(_value(row, name)) for name, _ in keys], "b": int(backwards)}
    raw = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(token: str, length: int):
    try:
        payload = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        values, backwards = payload["v"], bool(payload.get("b"))
        if not isinstance(values, list) or len(values) != length:
            raise ValueError(token)
    except (ValueError, KeyError, TypeError, binascii.Error, UnicodeDecodeError):
        raise ValidationError({"cursor": "无效的游标：请使用列表结果中的 next/previous 链接"})
    return values, backwards
