"""Bounds on what a request may ask: each parameter's value, and the whole query string."""
from rest_framework.exceptions import ValidationError

MAX_PARAMETER_CHARS = 200  # characters of one parameter's value (names in the archive are at most 100)
MAX_QUERY_CHARS = 4000  # characters of every parameter's name and value together
MAX_CURSOR_CHARS = 20000  # a cursor carries the sort key of a row (a headline, when sorting by title)


def check_query_length(request) -> None:
    """400 naming the parameter whose value is too long, or `query` when all together are too long."""
    total = 0
    for name, values in request.query_params.lists():
        limit = MAX_CURSOR_CHARS if name == "cursor" else MAX_PARAMETER_CHARS
        if any(len(value) > limit for value in values):
            raise ValidationError({name: [f"参数值过长：最多 {limit} 个字符"]})
        if name != "cursor":
            total += sum(len(name) + len(value) for value in values)
    if total > MAX_QUERY_CHARS:
        raise ValidationError({"query": [f"查询参数过长：合计最多 {MAX_QUERY_CHARS} 个字符"]})
