"""The landing page at / (查看站点): where the admin, the API and its docs, and the review queue are."""
from django.db.models import Count
from django.shortcuts import render

from .admin_site import review_counts
from .models import Article, Newspaper, Page, Person


def home(request):
    papers = Newspaper.objects.annotate(issue_count=Count("issues")).order_by("name")
    totals = {"papers": papers.count(), "pages": Page.objects.count(), "articles": Article.objects.count(),
              "persons": Person.objects.count()}
    return render(request, "newsroom/home.html", {
        "papers": papers[:20], "totals": totals,
        "review_counts": review_counts() if request.user.is_staff else None,
    })
