"""?search= in the API: full-text search of articles (articles.search), and a plain word filter for the rest."""
from functools import reduce
from operator import and_, or_

import jieba
from django.db.models import Q
from rest_framework.exceptions import ValidationError
from rest_framework.filters import BaseFilterBackend

from articles import search
from articles.api.pagination import EXACT_COUNT_UP_TO
from articles.search.text import MAX_QUERY_CHARS, RUN, QueryError

SEARCH_HELP = (
    "中文全文检索：按 jieba 分词，所有词都须出现（党代会 脱贫）；\"…\" 为短语，须连续出现；-词 排除含该词的文章；"
    f"按相关度排序（ordering=-rank，检索时的默认；命中很多时在最新的 {search.RANK_WINDOW} 篇命中文章中排序，"
    "更早的请按日期排序或缩小日期范围），结果带 rank 和用 <mark> 标出命中处的 snippet；"
    f"最长 {MAX_QUERY_CHARS} 个字符，超出时返回 400；只有标点或只有排除词时结果为空")


def query_of(request):
    """The parsed ?search= of a request (None without one); a 400 for a query past the limits."""
    if not hasattr(request, "_search_query"):
        text = request.query_params.get("search", "")
        if "\x00" in text:
            raise ValidationError({"search": ["检索词不能含 NUL 字符"]})
        try:
            request._search_query = search.parse_query(text) if text.strip() else None
        except QueryError as exc:
            raise ValidationError({"search": [str(exc)]})
    return request._search_query


class ArticleSearchFilter(BaseFilterBackend):
    """Full-text search of headline and body through the database's index, ranked (`rank`)."""

    def filter_queryset(self, request, queryset, view):
        query = query_of(request)
        if query is None:
            return queryset
        if not query:  # nothing to find: punctuation only, or only exclusions
            return queryset.none()
        view.count_queryset = search.matches(queryset, query)  # the count is of every match
        by_rank = getattr(view, "action", None) == "list" and "rank" in request.query_params.get("ordering", "rank")
        if not by_rank:
            return search.ranked(queryset, query)
        view.known_count, ranked = counted_window(view.count_queryset, queryset, query)
        return ranked

    def get_schema_operation_parameters(self, view):
        return [{"name": "search", "required": False, "in": "query", "description": SEARCH_HELP,
                 "schema": {"type": "string", "maxLength": MAX_QUERY_CHARS, "pattern": "^[^\\x00]*$"}}]


def counted_window(matches, queryset, query):
    """((count, estimated) or None, the newest matches ranked): one read gives both the window and the count.

    The newest matches are read up to one past the exact-count threshold of lists, or, where
    the database estimates far more matches than that, half a window past the window: fewer than
    were asked for means every match was read, and that is the count.
    """
    estimate = search.backend(matches.db).estimate_count(matches)
    many = estimate is not None and estimate > 10 * EXACT_COUNT_UP_TO
    fetch = search.RANK_WINDOW * 3 // 2 if many else EXACT_COUNT_UP_TO + 1
    ranked, read = search.ranked_newest(queryset, query, search.RANK_WINDOW, fetch, estimate)
    if read < fetch:
        return (read, False), ranked
    return ((max(estimate, read), True) if estimate is not None else None), ranked


def query_terms(query: str) -> list[str]:
    """Words of a search query, e.g. '重庆党代会' → ['重庆', '党代会']; punctuation dropped."""
    terms = []
    for chunk in query.split():
        for word in jieba.cut(chunk):
            word = word.strip()
            if RUN.search(word) and word not in terms:
                terms.append(word)
    return terms


class JiebaSearchFilter(BaseFilterBackend):
    """?search= on small tables (persons, papers, pages): every jieba word of the query occurs in a field.

    Matching is by substring (LIKE) on plain-text fields, identical on SQLite and PostgreSQL.
    """

    param = "search"

    def filter_queryset(self, request, queryset, view):
        query = request.query_params.get(self.param, "")
        fields = getattr(view, "search_fields", None)
        if not fields or not query.strip():
            return queryset
        if len(query) > MAX_QUERY_CHARS:
            raise ValidationError({self.param: [f"检索词过长：最多 {MAX_QUERY_CHARS} 个字符"]})
        if "\x00" in query:
            raise ValidationError({self.param: ["检索词不能含 NUL 字符"]})
        terms = query_terms(query)
        if not terms:  # only punctuation or symbols: nothing can match
            return queryset.none()
        per_term = [reduce(or_, (Q(**{f"{field}__icontains": term}) for field in fields)) for term in terms]
        return queryset.filter(reduce(and_, per_term))

    def get_schema_operation_parameters(self, view):
        if not getattr(view, "search_fields", None):
            return []  # nothing to search in (issues)
        return [{
            "name": self.param, "required": False, "in": "query",
            "description": ("按 jieba 分词，所有词都须出现（如 党代会、重庆 党代会）；"
                            f"只有标点符号、没有可检索的词时结果为空；最长 {MAX_QUERY_CHARS} 个字符"),
            "schema": {"type": "string", "maxLength": MAX_QUERY_CHARS, "pattern": "^[^\\x00]*$"},
        }]
