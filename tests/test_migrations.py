"""Data migrations fill what older rows lack."""
import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor


@pytest.mark.django_db(transaction=True)
def test_search_text_is_filled_for_existing_articles():
    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes("articles")
    executor.migrate([("articles", "0003_ordering_ends_with_id")])
    apps = executor.loader.project_state([("articles", "0003_ordering_ends_with_id")]).apps
    Page, Article = apps.get_model("articles", "Page"), apps.get_model("articles", "Article")
    page = Page.objects.create(raw_text="x", sha256="4" * 64, source_name="m.txt", parser_version="t")
    Article.objects.create(page=page, order=1, kicker="引题", title="旧文章", subtitles=["——副题纪实"],
                           body="正文。")
    executor = MigrationExecutor(connection)
    executor.migrate(latest)
    from articles.models import Article as Current
    assert Current.objects.get().search_text == "引题\n旧文章\n——副题纪实\n正文。"
