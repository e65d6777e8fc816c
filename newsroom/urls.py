"""Top-level URLs: the landing page, the admin and the API."""
from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from articles.views import home

admin.site.site_header = "Newsroom 报纸数字化管理"
admin.site.site_title = "Newsroom"
admin.site.index_title = "内容管理"

handler404 = "articles.api.chinese.page_not_found"

urlpatterns = [
    path("", home, name="home"),
    path("admin/", admin.site.urls),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="api-docs"),
    path("api/", include("articles.api.urls")),
]
