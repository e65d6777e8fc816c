"""The API router: /api/newspapers/, issues/, pages/, articles/, persons/."""
from rest_framework.routers import DefaultRouter

from . import views

router = DefaultRouter()
router.register("newspapers", views.NewspaperViewSet)
router.register("issues", views.IssueViewSet)
router.register("pages", views.PageViewSet)
router.register("articles", views.ArticleViewSet, basename="article")
router.register("persons", views.PersonViewSet)

urlpatterns = router.urls
