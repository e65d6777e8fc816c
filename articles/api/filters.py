"""django-filter FilterSets for the API: a value a filter cannot read is a 400 naming the parameter."""
import django_filters as filters
from django import forms
from django.db import models
from django.db.models import Exists, F, OuterRef, Q
from drf_spectacular.utils import extend_schema_field
from rest_framework.exceptions import ValidationError
from rest_framework.filters import OrderingFilter

from articles.models import Article, Issue, Mention, Page, Person, role_value

from .limits import MAX_PARAMETER_CHARS

TRUE, FALSE = {"true", "1", "yes", "on"}, {"false", "0", "no", "off"}
SMALL_NUMBER = {"type": "integer", "minimum": 0, "maximum": 32767}
ID = {"type": "integer", "minimum": 1, "maximum": 2 ** 63 - 1}
NO_NUL = "^[^\\x00]*$"  # a NUL character cannot be stored or searched for (PostgreSQL): refused with a 400
TEXT = {"type": "string", "maxLength": MAX_PARAMETER_CHARS, "pattern": NO_NUL}


class StrictBooleanField(forms.NullBooleanField):
    """true/false (1/0, yes/no); anything else is an error, not "no filter"."""

    widget = forms.TextInput  # the value as sent (NullBooleanSelect turns what it does not know into None)

    def to_python(self, value):
        text = str(value).strip().lower() if value is not None else ""
        if text in TRUE | FALSE:
            return text in TRUE
        if text:
            raise forms.ValidationError("须为 true 或 false")
        return None

    def validate(self, value):
        pass


class BooleanFilter(filters.BooleanFilter):
    field_class = StrictBooleanField


def integer_filter(schema=SMALL_NUMBER, **kwargs):
    """A whole number in the schema's bounds (a page number, an id); 1.5 or 99999 is a 400."""
    bounds = {"min_value": schema["minimum"], "max_value": schema["maximum"]}
    number = filters.NumberFilter(**kwargs, **bounds)
    number.field_class = forms.IntegerField
    return extend_schema_field({**schema, "description": kwargs.get("label", "")})(number)


def text_filter(**kwargs):
    return extend_schema_field({**TEXT, "description": kwargs.get("label", "")})(filters.CharFilter(**kwargs))


def date_range(field_name, label):
    """?date_after= and ?date_before= (inclusive), each reported under its own name when unreadable."""
    return (filters.DateFilter(field_name=field_name, lookup_expr="gte", label=f"{label}起（含）"),
            filters.DateFilter(field_name=field_name, lookup_expr="lte", label=f"{label}止（含）"))


class ArchiveFilterSet(filters.FilterSet):
    FILTER_DEFAULTS = {**filters.FilterSet.FILTER_DEFAULTS, models.BooleanField: {"filter_class": BooleanFilter}}


ROLE_HELP = ("角色（记者、责编、提及……）：与署名中的角色词相同或以它结尾，"
             "如 记者 也匹配 新华社记者、本报记者；提及（旧写法 mentioned 亦可）为文中提到的人物")


class NewspaperFilterMixin:
    """?newspaper= by id or by name."""

    newspaper_path = ""

    def filter_newspaper(self, queryset, name, value):
        key = self.newspaper_path + "newspaper"
        if value.isascii() and value.isdigit() and int(value) <= ID["maximum"]:
            return queryset.filter(**{key: int(value)})
        return queryset.filter(**{key + "__name": value})


class IssueFilter(NewspaperFilterMixin, ArchiveFilterSet):
    newspaper = text_filter(method="filter_newspaper", label="报纸（ID 或报名）")
    date_after, date_before = date_range("date", "出版日期")

    class Meta:
        model = Issue
        fields = ["newspaper", "date_after", "date_before"]


class PageFilter(NewspaperFilterMixin, ArchiveFilterSet):
    newspaper_path = "issue__"
    newspaper = text_filter(method="filter_newspaper", label="报纸（ID 或报名）")
    date_after, date_before = date_range("issue__date", "出版日期")
    number = integer_filter(label="版次")
    section = text_filter(label="版名")
    assigned = BooleanFilter(field_name="issue", lookup_expr="isnull", exclude=True, label="已分配")

    class Meta:
        model = Page
        fields = ["newspaper", "date_after", "date_before", "number", "section", "needs_review", "assigned"]


class ArticleFilter(NewspaperFilterMixin, ArchiveFilterSet):
    newspaper_path = ""  # the article's copy of its page's paper (indexed with the date)
    newspaper = text_filter(method="filter_newspaper", label="报纸（ID 或报名）")
    date_after, date_before = date_range("issue_date", "出版日期")
    page_number = integer_filter(field_name="page_number", label="版次")
    section = text_filter(field_name="section", label="版名")
    person = integer_filter(ID, method="filter_mentions", label="人物 ID")
    person_name = text_filter(method="filter_mentions", label="人物姓名")
    role = text_filter(method="filter_mentions", label=ROLE_HELP)
    source = text_filter(label="稿源")

    class Meta:
        model = Article
        fields = ["newspaper", "date_after", "date_before", "page_number", "section", "person", "person_name",
                  "role", "source", "needs_review"]

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


class PersonFilter(ArchiveFilterSet):
    name = text_filter(label="姓名")
    role = text_filter(method="filter_role", label=ROLE_HELP)

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

    def get_ordering(self, request, queryset, view):
        """The ?ordering= asked for; a 400 naming the terms that are not sort keys (DRF drops them silently)."""
        param = request.query_params.get(self.ordering_param)
        if not param:
            return self.get_default_ordering(view)
        terms = [term.strip() for term in param.split(",")]
        valid = self.remove_invalid_fields(queryset, terms, view, request)
        if len(valid) != len(terms):
            bad = "、".join(t for t in terms if t not in valid) or "（空）"
            raise ValidationError({self.ordering_param: [
                f"不能按 {bad} 排序；可用：{'、'.join(self.names(view))}（前加 - 为倒序，多个用逗号隔开）"]})
        return valid

    @staticmethod
    def names(view) -> list[str]:
        return [name for name in getattr(view, "ordering_fields", None) or [] if isinstance(name, str)]

    def get_schema_operation_parameters(self, view):
        names = "|".join(self.names(view))
        return [{"name": self.ordering_param, "required": False, "in": "query",
                 "description": f"排序：{'、'.join(self.names(view))}，前加 - 为倒序，多个用逗号隔开",
                 "schema": {"type": "string", "pattern": f"^(-?({names})(,-?({names}))*)?$"}}]

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
