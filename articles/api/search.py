"""?search= for Chinese text: the query is cut into words with jieba; every word must occur (none: no result)."""
import re
from functools import reduce
from operator import and_, or_

import jieba
from django.db.models import Q
from rest_framework.filters import BaseFilterBackend

jieba.setLogLevel(60)
WORDLIKE = re.compile(r"\w", re.UNICODE)


def query_terms(query: str) -> list[str]:
    """Words of a search query, e.g. '重庆党代会' → ['重庆', '党代会']; punctuation dropped."""
    terms = []
    for chunk in query.split():
        for word in jieba.cut(chunk):
            word = word.strip()
            if WORDLIKE.search(word) and word not in terms:
                terms.append(word)
    return terms


class JiebaSearchFilter(BaseFilterBackend):
    """Like DRF's SearchFilter, but terms come from jieba so unspaced Chinese queries work.

    Matching is by substring (LIKE) on plain-text fields, identical on SQLite and PostgreSQL (a JSON
    field is stored escaped on SQLite, so views search a plain-text copy such as Article.search_text).
    """

    param = "search"

    def filter_queryset(self, request, queryset, view):
        query = request.query_params.get(self.param, "")
        terms = query_terms(query)
        fields = getattr(view, "search_fields", None)
        if not fields or not query.strip():
            return queryset
        if not terms:  # only punctuation or symbols: nothing can match
            return queryset.none()
        per_term = [reduce(or_, (Q(**{f"{field}__icontains": term}) for field in fields)) for term in terms]
        return queryset.filter(reduce(and_, per_term))

    def get_schema_operation_parameters(self, view):
        return [{
            "name": self.param, "required": False, "in": "query",
            "description": ("中文全文检索：按 jieba 分词，所有词都须出现（如 党代会、重庆 党代会）；"
                            "只有标点符号、没有可检索的词时结果为空"),
            "schema": {"type": "string"},
        }]
