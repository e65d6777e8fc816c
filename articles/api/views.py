"""Viewsets: anyone reads, staff write; lists use a fixed number of queries."""
from django.db.models import Count, Prefetch
from drf_spectacular.utils import extend_schema
from rest_framework import viewsets
from rest_framework.settings import api_settings
from rest_framework.decorators import action
from rest_framework.response import Response

from articles.corrections import delete_articles, delete_persons, person_renamed
from articles.models import Article, Issue, Mention, Newspaper, Page, Person

from . import filters, serializers
from .search import JiebaSearchFilter

FILTERS = [*api_settings.DEFAULT_FILTER_BACKENDS, JiebaSearchFilter]


class NewspaperViewSet(viewsets.ModelViewSet):
    queryset = Newspaper.objects.all()
    serializer_class = serializers.NewspaperSerializer
    filter_backends = FILTERS
    search_fields = ["name"]
    ordering_fields = ["name"]


class IssueViewSet(viewsets.ModelViewSet):
    queryset = Issue.objects.select_related("newspaper")
    serializer_class = serializers.IssueSerializer
    filterset_class = filters.IssueFilter
    filter_backends = FILTERS
    ordering_fields = ["date", "newspaper__name"]


class PageViewSet(viewsets.ModelViewSet):
    """Pages come from import_pages; the API reads them and lets staff correct their metadata."""

    http_method_names = ["get", "patch", "delete", "head", "options"]
    queryset = Page.objects.select_related("issue__newspaper")
    filterset_class = filters.PageFilter
    filter_backends = FILTERS
    search_fields = ["raw_text"]
    ordering_fields = ["issue__date", "number", "imported_at"]

    def get_serializer_class(self):
        return serializers.PageDetailSerializer if self.action == "retrieve" else serializers.PageSerializer


class ArticleViewSet(viewsets.ModelViewSet):
    filterset_class = filters.ArticleFilter
    filter_backends = FILTERS
    search_fields = ["search_text"]  # headline and body as plain text (Article.save)
    ordering_fields = ["page__issue__date", "page__number", "order", "title"]
    ordering = ["-page__issue__date", "page__number", "order"]

    def get_queryset(self):
        mentions = Mention.objects.select_related("person").order_by("position", "id")
        queryset = Article.objects.select_related("page__issue__newspaper").prefetch_related(
            Prefetch("mentions", queryset=mentions))
        if self.action == "retrieve":
            links = Article.objects.select_related("page")
            queryset = queryset.select_related("continues__page").prefetch_related(
                Prefetch("continued_by", queryset=links))
        return queryset

    def get_serializer_class(self):
        return serializers.ArticleDetailSerializer if self.action == "retrieve" else serializers.ArticleSerializer

    def perform_destroy(self, instance):
        delete_articles([instance])  # as in the admin: re-parsing the page does not bring it back


class PersonViewSet(viewsets.ModelViewSet):
    queryset = Person.objects.with_mention_count()
    filterset_class = filters.PersonFilter
    filter_backends = FILTERS
    search_fields = ["name", "title"]
    ordering_fields = ["name", "mention_count"]
    ordering = ["name", "id"]

    def get_serializer_class(self):
        return serializers.PersonDetailSerializer if self.action == "retrieve" else serializers.PersonSerializer

    def perform_update(self, serializer):
        renamed = serializer.validated_data.get("name", serializer.instance.name) != serializer.instance.name
        person = serializer.save()
        if renamed:  # as in the admin: the articles keep the corrected name
            person_renamed(person)

    def perform_destroy(self, instance):
        delete_persons([instance])

    @extend_schema(responses=serializers.CoMentionSerializer(many=True))
    @action(detail=True, url_path="co-mentions", filter_backends=[], pagination_class=None)
    def co_mentions(self, request, pk=None):
        """Who appears in the same articles as this person, with how many articles."""
        person = self.get_object()
        articles = person.mentions.exclude(article=None).values("article")
        others = (Person.objects.filter(mentions__article__in=articles).exclude(pk=person.pk)
                  .annotate(count=Count("mentions__article", distinct=True)).order_by("-count", "name", "id")[:100])
        data = [{"id": p.id, "name": p.name, "title": p.title, "count": p.count} for p in others]
        return Response(serializers.CoMentionSerializer(data, many=True).data)
