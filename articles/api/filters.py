"""django-filter FilterSets for the API."""
import django_filters as filters
from django.db.models import Exists, F, OuterRef, Q
from rest_framework.filters import OrderingFilter

from articles.models import Article, Issue, Mention, Page, Person, role_value


ROLE_HELP = ("角色（记者、责编、提及……）：与署名中的角色词相同或以它结尾，"
             "如 记者 也匹配 新华社记者、本报记者；提及（旧写法 mentioned 亦可）为文中提到的人物")


class NewspaperFilterMixin:
    """?newspaper= by id or by name."""

    newspaper_path = ""

    def filter_newspaper(self, queryset, name, value):
        key = self.newspaper_path + "newspaper"
        if value.isdigit():
            return queryset.filter(**{key: int(value)})
        return queryset.filter(**{key + "__name": value})


class IssueFilter(NewspaperFilterMixin, filters.FilterSet):
    newspaper = filters.CharFilter(method="filter_newspaper", label="报纸（ID 或报名）")
    date = filters.DateFromToRangeFilter(label="日期范围（date_after, date_before）")

    class Meta:
        model = Issue
        fields = ["newspaper", "date"]


class PageFilter(NewspaperFilterMixin, filters.FilterSet):
    newspaper_path = "issue__"
    newspaper = filters.CharFilter(method="filter_newspaper", label="报纸（ID 或报名）")
    date = filters.DateFromToRangeFilter(field_name="issue__date", label="日期范围")
    number = filters.NumberFilter(label="版次")
    section = filters.CharFilter(label="版名")
    assigned = filters.BooleanFilter(field_name="issue", lookup_expr="isnull", exclude=True, label="已分配")

    class Meta:
        model = Page
        fields = ["newspaper", "date", "number", "section", "needs_review", "assigned"]


class ArticleFilter(NewspaperFilterMixin, filters.FilterSet):
    newspaper_path = ""  # the article's copy of its page's paper (indexed with the date)
    newspaper = filters.CharFilter(method="filter_newspaper", label="报纸（ID 或报名）")
    date = filters.DateFromToRangeFilter(field_name="issue_date", label="日期范围")
    page_number = filters.NumberFilter(field_name="page_number", label="版次")
    section = filters.CharFilter(field_name="section", label="版名")
    person = filters.NumberFilter(method="filter_mentions", label="人物 ID")
    person_name = filters.CharFilter(method="filter_mentions", label="人物姓名")
    role = filters.CharFilter(method="filter_mentions", label=ROLE_HELP)
    source = filters.CharFilter(label="稿源")

    class Meta:
        model = Article
        fields = ["newspaper", "date", "page_number", "section", "person", "person_name", "role",
                  "source", "needs_review"]

    def filter_mentions(self, queryset, name, value):
        return queryset  # applied together in filter_queryset, so person and role hit one mention

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        data = self.form.cleaned_data
        q = Q()
        if data.get("person") is not None:
            q &= Q(person=data["person"])
        if data.get("person_name"):
            q &= Q(person__name=data["person_name"])
        if data.get("role"):
            q &= Q(role__endswith=role_value(data["role"]))
        if not q:
            return queryset
        return queryset.filter(Exists(Mention.objects.filter(q, article=OuterRef("pk"))))  # no join, no DISTINCT


class PersonFilter(filters.FilterSet):
    name = filters.CharFilter(label="姓名")
    role = filters.CharFilter(method="filter_role", label=ROLE_HELP)

    class Meta:
        model = Person
        fields = ["name", "role", "needs_review"]

    def filter_role(self, queryset, name, value):
        return queryset.filter(mentions__role__endswith=role_value(value)).distinct()


class NullsLastOrderingFilter(OrderingFilter):
    """?ordering= with empty values (unassigned pages) last on every database, ending with id.

    The unique tie-breaker keeps pages of a list from skipping or repeating items (PostgreSQL
    returns ties in any order), whatever ordering is asked for or used by default.
    """

    def filter_queryset(self, request, queryset, view):
        ordering = self.get_ordering(request, queryset, view) or []
        computed = [f for f in ordering if f.lstrip("-") in getattr(view, "ordering_annotations", ())
                    and f.lstrip("-") not in queryset.query.annotations]
        if computed:  # e.g. ?ordering=-rank without ?search=: there is no rank
            ordering = [f for f in ordering if f not in computed] or list(self.get_default_ordering(view) or [])
        aliases = getattr(view, "ordering_aliases", {})  # public name → the column that serves it
        ordering = [("-" if f.startswith("-") else "") + aliases.get(f.lstrip("-"), f.lstrip("-")) for f in ordering]
        terms = [F(f[1:]).desc(nulls_last=True) if f.startswith("-") else F(f).asc(nulls_last=True)
                 for f in ordering]
        if not terms:
            ordering = list(queryset.query.order_by or queryset.model._meta.ordering)
            terms = list(ordering)
        if not {"id", "-id", "pk", "-pk"} & {f for f in ordering if isinstance(f, str)}:
            terms.append("pk")
        return queryset.order_by(*terms)
