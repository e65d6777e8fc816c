"""Viewsets: anyone reads, editors with the model's permissions write; every request uses a fixed number of queries."""
import json

from django.db.models import Count, Prefetch
from django.http import StreamingHttpResponse
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import renderers, viewsets
from rest_framework.decorators import action
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.settings import api_settings

from articles import search
from articles.corrections import delete_articles, delete_persons, person_renamed
from articles.export import FORMATS, export_lines
from articles.models import MENTIONED, Article, Issue, Mention, Newspaper, Page, Person

from . import filters, serializers
from .concurrency import VersionedMixin
from .limits import check_query_length
from .permissions import StaffOrToken
from .schema import DETAIL
from .search import ArticleSearchFilter, JiebaSearchFilter, query_of

CO_MENTION_ARTICLES = 1000  # co-mentions are counted over the person's latest articles, at most this many

FILTERS = [*api_settings.DEFAULT_FILTER_BACKENDS, JiebaSearchFilter]


class ArchiveViewSet(VersionedMixin, viewsets.ModelViewSet):
    """ETag and If-Match on every record; query strings bounded; deletes of records holding contents refused."""

    protects_contents = False  # True: DELETE answers 409 while the record holds contents (on_delete=PROTECT)

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_query_length(request)


class NewspaperViewSet(ArchiveViewSet):
    protects_contents = True
    queryset = Newspaper.objects.all()
    serializer_class = serializers.NewspaperSerializer
    filter_backends = FILTERS
    search_fields = ["name"]
    ordering_fields = ["name"]


class IssueViewSet(ArchiveViewSet):
    protects_contents = True
    queryset = Issue.objects.select_related("newspaper")
    serializer_class = serializers.IssueSerializer
    filterset_class = filters.IssueFilter
    filter_backends = FILTERS
    ordering_fields = ["date", "newspaper__name"]


class PageViewSet(ArchiveViewSet):
    """Pages come from import_pages; the API reads them and lets editors correct their metadata."""

    protects_contents = True

    http_method_names = ["get", "patch", "delete", "head", "options"]
    queryset = Page.objects.select_related("issue__newspaper")
    filterset_class = filters.PageFilter
    filter_backends = FILTERS
    search_fields = ["raw_text"]
    ordering_fields = ["issue__date", "number", "imported_at"]

    def get_serializer_class(self):
        return serializers.PageSerializer if self.action == "list" else serializers.PageDetailSerializer


class ExportRenderer(renderers.BaseRenderer):
    """Names an export format for DRF's ?format= (the export view streams the body itself)."""

    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return json.dumps(data, ensure_ascii=False).encode() if data is not None else b""


class JSONLinesRenderer(ExportRenderer):
    media_type, format = "application/x-ndjson", "jsonl"


class CSVRenderer(ExportRenderer):
    media_type, format = "text/csv", "csv"


ARTICLE_ORDERING = ["-page__issue__date", "page__number", "order"]


class ArticleViewSet(ArchiveViewSet):
    filterset_class = filters.ArticleFilter
    filter_backends = [DjangoFilterBackend, ArticleSearchFilter, filters.NullsLastOrderingFilter]
    ordering_fields = ["page__issue__date", "page__number", "order", "title", "rank"]
    ordering_aliases = {"page__issue__date": "issue_date", "page__number": "page_number"}  # the article's copies
    ordering_annotations = ["rank"]  # only with ?search=

    @property
    def ordering(self):
        """By relevance when searching, else by date (newest first), page and order on the page."""
        request = getattr(self, "request", None)
        searching = request is not None and self.action == "list" and query_of(request)
        return ["-rank"] if searching else ARTICLE_ORDERING  # an export is by date

    def get_queryset(self):
        if self.action != "list":  # one article: all of it
            mentions = Mention.objects.select_related("person").order_by("position", "id")
            links = Article.objects.select_related("page").defer("page__raw_text", "body")
            return (Article.objects.select_related("newspaper", "page__issue__newspaper", "continues__page")
                    .defer("page__raw_text", "continues__body", "continues__page__raw_text")
                    .prefetch_related(Prefetch("mentions", queryset=mentions),
                                      Prefetch("continued_by", queryset=links)))
        credits = Mention.objects.exclude(role=MENTIONED).select_related("person").order_by("position", "id")
        return (Article.objects.select_related("newspaper").defer("body")  # lists show no body
                .prefetch_related(Prefetch("mentions", queryset=credits)))

    def get_serializer_class(self):  # the body is shown, and written, one article at a time
        return serializers.ArticleSerializer if self.action == "list" else serializers.ArticleDetailSerializer

    @extend_schema(responses={200: serializers.ArticleSerializer(many=True)})
    def list(self, request, *args, **kwargs):
        """Articles, filtered; with ?search=, the matches by relevance, each with a highlighted snippet."""
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        context = self.get_serializer_context()
        query = query_of(request)
        if query:  # the bodies of this page only, for the snippets
            bodies = Article.objects.filter(pk__in=[a.pk for a in page]).order_by().values_list("pk", "body")
            context["snippets"] = {pk: search.snippet(body, query) for pk, body in bodies}
        return self.get_paginated_response(self.get_serializer_class()(page, many=True, context=context).data)

    def perform_destroy(self, instance):
        with self.claimed(instance):
            delete_articles([instance])  # as in the admin: re-parsing the page does not bring it back

    def handle_exception(self, exc):
        """An export's errors are JSON, like every other error (not written out as CSV or JSON lines)."""
        if getattr(self, "action", None) == "export":
            self.request.accepted_renderer, self.request.accepted_media_type = JSONRenderer(), JSONRenderer.media_type
        return super().handle_exception(exc)

    @extend_schema(
        parameters=[OpenApiParameter("format", str, enum=[*FORMATS], required=False,
                                     description="jsonl（每行一个 JSON 对象，默认）或 csv（首行为列名）")],
        responses={(200, "application/x-ndjson"): OpenApiTypes.STR, (200, "text/csv"): OpenApiTypes.STR,
                   (404, "application/json"): OpenApiResponse(DETAIL, description="未知的 format")},
        filters=True)
    @action(detail=False, permission_classes=[StaffOrToken], pagination_class=None,
            renderer_classes=[JSONLinesRenderer, CSVRenderer])
    def export(self, request):
        """Every article the filters (and ?search=) select, streamed: for staff, or with a token."""
        format = request.query_params.get("format") or request.accepted_renderer.format
        queryset = self.filter_queryset(Article.objects.all())
        response = StreamingHttpResponse(export_lines(queryset, format), content_type=FORMATS[format])
        response["Content-Disposition"] = f'attachment; filename="articles.{format}"'
        return response


class PersonViewSet(ArchiveViewSet):
    queryset = Person.objects.with_mention_count()
    filterset_class = filters.PersonFilter
    filter_backends = FILTERS
    search_fields = ["name", "title"]
    ordering_fields = ["name", "mention_count"]
    ordering = ["name", "id"]

    def get_queryset(self):
        if self.action != "list":  # one person counts for itself: exact up to a threshold, then estimated
            return Person.objects.all()
        return super().get_queryset()

    def get_serializer_class(self):
        return serializers.PersonSerializer if self.action == "list" else serializers.PersonDetailSerializer

    def perform_update(self, serializer):
        renamed = serializer.validated_data.get("name", serializer.instance.name) != serializer.instance.name
        with self.claimed(serializer.instance):
            person = serializer.save()
            if renamed:  # as in the admin: the articles keep the corrected name
                person_renamed(person)

    def perform_destroy(self, instance):
        with self.claimed(instance):
            delete_persons([instance])

    @extend_schema(responses={200: serializers.TimelineEntrySerializer(many=True)})
    @action(detail=True, filter_backends=[], queryset=Person.objects.all())
    def mentions(self, request, pk=None):
        """Every appearance of this person by date (undated pages last), page by page."""
        person = self.get_object()
        page = self.paginate_queryset(serializers.timeline_entries(person))
        return self.get_paginated_response(serializers.TimelineEntrySerializer(page, many=True).data)

    @extend_schema(responses=serializers.CoMentionSerializer(many=True))
    @action(detail=True, url_path="co-mentions", filter_backends=[], pagination_class=None,
            queryset=Person.objects.all())
    def co_mentions(self, request, pk=None):
        """Who appears in the same articles as this person (in their latest 1,000 articles), with how many."""
        person = self.get_object()
        articles = (person.mentions.exclude(article=None).order_by("-issue_date", "-page_number", "-id")
                    .values("article")[:CO_MENTION_ARTICLES])
        others = (Person.objects.filter(mentions__article__in=articles).exclude(pk=person.pk)
                  .annotate(count=Count("mentions__article", distinct=True)).order_by("-count", "name", "id")[:100])
        data = [{"id": p.id, "name": p.name, "title": p.title, "count": p.count} for p in others]
        return Response(serializers.CoMentionSerializer(data, many=True).data)
