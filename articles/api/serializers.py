"""Serializers: compact for lists, nested for what a reader of one article needs."""
import copy

from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from articles.models import MENTIONED, Article, Issue, Mention, Newspaper, Page, Person

from .pagination import count_of
from .chinese import RoleField


class ShownWhenMissing:
    """A read-only field whose source may be missing (an unassigned page has no issue): its default is shown,
    in a PATCH response too (DRF leaves such a field out of a partial update's response)."""

    def get_default(self):
        return self.default


class NullableText(ShownWhenMissing, serializers.CharField):
    pass


class NullableDate(ShownWhenMissing, serializers.DateField):
    pass


class Count(ShownWhenMissing, serializers.IntegerField):
    pass


class StrictChar(serializers.CharField):
    """A JSON string; a number or a boolean is an error, not turned into text."""

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class StrictInteger(serializers.IntegerField):
    """A JSON integer; "5", 5.0 or true is an error."""

    def to_internal_value(self, data):
        if isinstance(data, bool) or not isinstance(data, int):
            self.fail("invalid")
        return super().to_internal_value(data)


class StrictBoolean(serializers.BooleanField):
    """true or false; "yes", 1 or "true" is an error."""

    def to_internal_value(self, data):
        if not isinstance(data, bool):
            self.fail("invalid", input=data)
        return data


class StrictDate(serializers.DateField):
    """A date written as a string (YYYY-MM-DD)."""

    def to_internal_value(self, value):
        if not isinstance(value, str):
            self.fail("invalid", format="YYYY-MM-DD")
        return super().to_internal_value(value)


class StrictKey(serializers.PrimaryKeyRelatedField):
    """A record named by its integer id."""

    def to_internal_value(self, data):
        if isinstance(data, bool) or not isinstance(data, int):
            self.fail("incorrect_type", data_type=type(data).__name__)
        if not 0 < data < 2 ** 63:  # past any id (and past what SQLite can compare)
            self.fail("does_not_exist", pk_value=data)
        return super().to_internal_value(data)


STRICT = {serializers.CharField: StrictChar, serializers.IntegerField: StrictInteger,
          serializers.BooleanField: StrictBoolean, serializers.DateField: StrictDate}


def reasons_field():
    return serializers.ListField(child=StrictChar(max_length=200), required=False,
                                 help_text="审核原因，每条一句")


class VersionedSerializer(serializers.ModelSerializer):
    """Shows the record's `version` (its ETag); a PATCH saves only the fields it names, so two editors
    correcting different fields of one record at once both keep their change. Values must have the JSON
    type the schema gives (no "5" for 5, no 0 for "0")."""

    serializer_field_mapping = {model: STRICT.get(field, field)
                                for model, field in serializers.ModelSerializer.serializer_field_mapping.items()}
    serializer_related_field = StrictKey

    def update(self, instance, validated_data):
        if not self.partial:
            return super().update(instance, validated_data)
        for name, value in validated_data.items():
            setattr(instance, name, value)
        stamps = {f.name for f in instance._meta.concrete_fields if getattr(f, "auto_now", False)}
        instance.save(update_fields={*validated_data, *stamps})
        return instance


class NewspaperSerializer(VersionedSerializer):
    class Meta:
        model = Newspaper
        fields = ["id", "url", "name", "version"]


class IssueSerializer(VersionedSerializer):
    newspaper_name = serializers.CharField(source="newspaper.name", read_only=True)

    class Meta:
        model = Issue
        fields = ["id", "url", "newspaper", "newspaper_name", "date", "version"]


class PageSerializer(VersionedSerializer):
    newspaper = NullableText(source="issue.newspaper.name", read_only=True, default=None, allow_null=True,
                             help_text="报名；未分配的版面为 null（见 pending_newspaper）")
    date = NullableDate(source="issue.date", read_only=True, default=None, allow_null=True,
                        help_text="出版日期；未分配的版面为 null（见 pending_date）")
    review_reasons = reasons_field()

    class Meta:
        model = Page
        fields = ["id", "url", "issue", "newspaper", "date", "number", "section", "pending_newspaper",
                  "pending_date", "source_name", "layout", "parser_version", "sha256", "needs_review",
                  "review_reasons", "imported_at", "updated_at", "version"]
        read_only_fields = ["sha256", "layout", "parser_version", "source_name", "imported_at", "updated_at"]
        validators = []  # the model's own validation runs in validate(), with the admin's messages

    def validate(self, attrs):
        """Run Page.full_clean on the page as it would be saved (a taken slot is a 400, not a 500)."""
        page = copy.copy(self.instance) if self.instance is not None else Page()
        for name, value in attrs.items():
            setattr(page, name, value)
        try:
            page.full_clean()
        except DjangoValidationError as exc:
            raise serializers.ValidationError(serializers.as_serializer_error(exc))
        return attrs


class PageDetailSerializer(PageSerializer):
    class Meta(PageSerializer.Meta):
        fields = PageSerializer.Meta.fields + ["raw_text"]
        read_only_fields = PageSerializer.Meta.read_only_fields + ["raw_text"]


class CreditSerializer(serializers.ModelSerializer):
    """A person as they appear in one article or page: name, role and the 职务 printed."""

    person = serializers.IntegerField(source="person_id", read_only=True)
    name = serializers.CharField(source="person.name", read_only=True)
    role = RoleField(read_only=True, help_text="署名中的角色（记者、责编……）；文中提到的人物为“提及”")

    class Meta:
        model = Mention
        fields = ["person", "name", "role", "title"]


class ArticleLinkSerializer(serializers.ModelSerializer):
    page_number = serializers.IntegerField(source="page.number", read_only=True, allow_null=True)

    class Meta:
        model = Article
        fields = ["id", "url", "title", "page_number"]


class ArticleSerializer(VersionedSerializer):
    """An article in a list: where it stands, its headline and credits; in search results its rank and snippet."""

    newspaper = NullableText(source="newspaper.name", read_only=True, default=None, allow_null=True)
    date = NullableDate(source="issue_date", read_only=True, default=None, allow_null=True)
    subtitles = serializers.ListField(child=StrictChar(max_length=500), required=False,
                                      help_text="副题，每个一项")
    review_reasons = reasons_field()
    page_number = serializers.IntegerField(read_only=True, allow_null=True)
    section = serializers.CharField(read_only=True)
    authors = serializers.SerializerMethodField()
    rank = serializers.SerializerMethodField()
    snippet = serializers.SerializerMethodField()

    class Meta:
        model = Article
        fields = ["id", "url", "newspaper", "date", "page", "page_number", "section", "order", "kicker",
                  "title", "subtitles", "byline", "source", "authors", "continued_from", "continued_to",
                  "needs_review", "review_reasons", "edited", "version", "rank", "snippet"]
        read_only_fields = ["edited"]

    @extend_schema_field(CreditSerializer(many=True))
    def get_authors(self, article):
        return CreditSerializer([m for m in article.mentions.all() if m.role != MENTIONED], many=True).data

    @extend_schema_field({"type": "number", "format": "double", "nullable": True,
                          "description": "与检索词的相关度（越大越相关）；不检索时为 null"})
    def get_rank(self, article) -> float | None:
        """Relevance to ?search= (higher is better); null without a search."""
        return getattr(article, "rank", None)

    @extend_schema_field({"type": "string", "nullable": True,
                          "description": "检索时：正文中命中处前后的一段（HTML 转义，命中处用 <mark> 标出）；"
                                         "不检索时为 null"})
    def get_snippet(self, article) -> str | None:
        return self.context.get("snippets", {}).get(article.pk)

    def save(self, **kwargs):
        """Written by an editor: kept when the page is re-parsed (articles.corrections)."""
        return super().save(**{**kwargs, "edited": True})


class ArticleDetailSerializer(ArticleSerializer):
    issue = serializers.HyperlinkedRelatedField(source="page.issue", view_name="issue-detail", read_only=True,
                                                allow_null=True, help_text="所在期次；未分配的版面上的文章为 null")
    persons = serializers.SerializerMethodField()
    continues = ArticleLinkSerializer(read_only=True, allow_null=True,
                                      help_text="本文接续的他版文章（上接）；没有则为 null")
    continued_by = ArticleLinkSerializer(many=True, read_only=True)

    class Meta(ArticleSerializer.Meta):
        fields = [f for f in ArticleSerializer.Meta.fields if f not in ("rank", "snippet")] + [
            "issue", "body", "persons", "continues", "continued_by"]

    @extend_schema_field(CreditSerializer(many=True))
    def get_persons(self, article):
        return CreditSerializer(article.mentions.all(), many=True).data


class PersonSerializer(VersionedSerializer):
    mention_count = Count(read_only=True, default=0, help_text="被提及的次数")
    review_reasons = reasons_field()

    class Meta:
        model = Person
        fields = ["id", "url", "name", "title", "needs_review", "review_reasons", "mention_count", "version"]


class TimelineEntrySerializer(serializers.ModelSerializer):
    """One appearance of a person, for the timeline."""

    date = serializers.DateField(source="issue_date", read_only=True, default=None, allow_null=True)
    newspaper = serializers.CharField(source="page.issue.newspaper.name", read_only=True, default=None,
                                      allow_null=True)
    page = serializers.IntegerField(source="page_id", read_only=True)
    page_number = serializers.IntegerField(read_only=True, allow_null=True)
    article = serializers.IntegerField(source="article_id", read_only=True, allow_null=True)
    article_title = serializers.CharField(source="article.title", read_only=True, default=None, allow_null=True)
    role = RoleField(read_only=True, help_text="署名中的角色（记者、责编……）；文中提到的人物为“提及”")

    class Meta:
        model = Mention
        fields = ["date", "newspaper", "page", "page_number", "article", "article_title", "role", "title"]


FIRST_MENTIONS = 20
TIMELINE_FIELDS = ("person", "role", "title", "issue_date", "page_number", "page", "page__issue",
                   "page__issue__newspaper__name", "article", "article__title")


def timeline_entries(person_or_mentions):
    """A person's mentions in timeline order, loading only what a timeline entry shows."""
    mentions = person_or_mentions.timeline() if isinstance(person_or_mentions, Person) else person_or_mentions
    return mentions.select_related("page__issue__newspaper", "article").only(*TIMELINE_FIELDS)


class PersonDetailSerializer(PersonSerializer):
    """A person: counts, the first appearances, and links to the whole timeline and the co-mentions."""

    mention_count = serializers.SerializerMethodField()
    mention_count_estimated = serializers.SerializerMethodField()
    first_mentions = serializers.SerializerMethodField()
    mentions = serializers.HyperlinkedIdentityField(view_name="person-mentions", read_only=True)
    co_mentions = serializers.HyperlinkedIdentityField(view_name="person-co-mentions", read_only=True)

    class Meta(PersonSerializer.Meta):
        fields = PersonSerializer.Meta.fields + ["mention_count_estimated", "note", "first_mentions", "mentions",
                                                 "co_mentions"]

    def _count(self, person) -> tuple[int, bool]:
        if getattr(self, "_counted", (None,))[0] != person.pk:
            self._counted = (person.pk, count_of(person.mentions.all()))
        return self._counted[1]

    def get_mention_count(self, person) -> int:
        """How many times the person is named (estimated past 1,000, like a list's count)."""
        return self._count(person)[0]

    def get_mention_count_estimated(self, person) -> bool:
        """Whether mention_count is the database's estimate (read it as "about")."""
        return self._count(person)[1]

    @extend_schema_field(TimelineEntrySerializer(many=True))
    def get_first_mentions(self, person):
        """The earliest appearances (at most FIRST_MENTIONS); the whole timeline is at `mentions`."""
        return TimelineEntrySerializer(timeline_entries(person)[:FIRST_MENTIONS], many=True).data


class CoMentionSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    title = serializers.CharField()
    count = serializers.IntegerField(help_text="共同出现的文章数")
