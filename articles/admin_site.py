"""The admin site: models in the order an archive is read (paper → issue → page → article → person),
and what waits for review on the index."""
from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.urls import reverse

MODEL_ORDER = ["newspaper", "issue", "page", "article", "person", "mention", "dismissedarticle"]


class NewsroomAdminSite(admin.AdminSite):
    site_header = "Newsroom 报纸数字化管理"
    site_title = "Newsroom"
    index_title = "内容管理"
    index_template = "admin/newsroom_index.html"

    def get_app_list(self, request, app_label=None):
        apps = super().get_app_list(request, app_label)
        for app in apps:
            if app["app_label"] == "articles":
                app["models"].sort(key=lambda m: _rank(m["object_name"].lower()))
        apps.sort(key=lambda app: app["app_label"] != "articles")  # the archive first, then users and tokens
        return apps

    def index(self, request, extra_context=None):
        return super().index(request, {"review_counts": review_counts(), **(extra_context or {})})


def _rank(model_name: str) -> int:
    return MODEL_ORDER.index(model_name) if model_name in MODEL_ORDER else len(MODEL_ORDER)


def review_counts() -> list[dict]:
    """What waits for an editor: pages in the review queue, flagged articles and persons, with their lists."""
    from .models import Article, Page, Person

    changelist = "admin:articles_{}_changelist"
    return [
        {"label": "待审核版面", "count": Page.objects.review_queue().count(),
         "url": reverse(changelist.format("page")) + "?review=todo"},
        {"label": "待审核文章", "count": Article.objects.filter(needs_review=True).count(),
         "url": reverse(changelist.format("article")) + "?needs_review__exact=1"},
        {"label": "待审核人物", "count": Person.objects.filter(needs_review=True).count(),
         "url": reverse(changelist.format("person")) + "?needs_review__exact=1"},
        {"label": "未分配版面", "count": Page.objects.filter(issue=None).count(),
         "url": reverse(changelist.format("page")) + "?assigned=no"},
    ]


class NewsroomAdminConfig(AdminConfig):
    """django.contrib.admin with Newsroom's site; named in INSTALLED_APPS instead of django.contrib.admin."""

    default_site = "articles.admin_site.NewsroomAdminSite"
