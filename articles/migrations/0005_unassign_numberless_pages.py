from django.db import migrations

UNASSIGNED = "未分配：缺少报名、日期或版次"


def unassign_numberless_pages(apps, schema_editor):
    """An assigned page without a number goes back to 未分配 (paper and date kept as pending), flagged.

    The next migration adds the constraint that an assigned page has a number.
    """
    Page = apps.get_model("articles", "Page")
    for page in Page.objects.filter(issue__isnull=False, number__isnull=True).select_related("issue__newspaper"):
        page.pending_newspaper, page.pending_date = page.issue.newspaper.name, page.issue.date
        page.issue = None
        if UNASSIGNED not in page.review_reasons:
            page.review_reasons = [*page.review_reasons, UNASSIGNED]
        page.needs_review = True
        page.save(update_fields=["issue", "pending_newspaper", "pending_date", "review_reasons", "needs_review"])


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0004_article_search_text"),
    ]

    operations = [
        migrations.RunPython(unassign_numberless_pages, migrations.RunPython.noop),
    ]
