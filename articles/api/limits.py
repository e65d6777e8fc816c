"""Bounds on what a request may ask: each parameter's value, and the whole query string."""
from rest_framework.exceptions import ValidationError

MAX_PARAMETER_CHARS = 1000  # characters of one parameter's value (a search query has its own, smaller limit)
MAX_QUERY_CHARS = 4000  # characters of every parameter's name and value together


def check_query_length(request) -> None:
    """400 naming the parameter whose value is past MAX_PARAMETER_CHARS, or `query` when all together are too long."""
    total = 0
    for name, values in request.query_params.lists():
        if any(len(value) > MAX_PARAMETER_CHARS for value in values):
            raise ValidationError({name: [f"参数值过长：最多 {MAX_PARAMETER_CHARS} 个字符"]})
        total += sum(len(name) + len(value) for value in values)
    if total > MAX_QUERY_CHARS:
        raise ValidationError({"query": [f"查询参数过长：合计最多 {MAX_QUERY_CHARS} 个字符"]})
