"""PostgreSQL with the RUM extension: a second full-text index that hands out the matches newest first.

RUM keeps each article's issue date (as a timestamp) with its entries, so the newest matches of
a search come from the index in date order and only those rows are read; the GIN index gives
them in no order, so every matching row is read and sorted. A phrase's candidates come in date
order too, each checked against its row until enough match. Where the extension is not
installed (Debian: postgresql-15-rum; bin/rum) nothing is done and searches use the GIN index
alone; installed later, run `create` again (`migrate articles 0014` then `migrate`). SQLite is
untouched.
"""
from django.db import migrations

NAME = "article_search_newest"  # articles.search.postgresql.DATED_INDEX
BUILD_MEMORY = "512MB"  # the index is built in memory this large, then written (an archive of 1M: minutes)


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'rum'")
        if cursor.fetchone() is None:
            return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS rum")
    schema_editor.execute(f"SET LOCAL maintenance_work_mem = '{BUILD_MEMORY}'")  # this migration's transaction only
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {NAME} ON articles_article USING rum "
        "(search_document rum_tsvector_addon_ops, (issue_date::timestamp)) "
        "WITH (attach = 'issue_date', to = 'search_document')")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {NAME}")


class Migration(migrations.Migration):
    dependencies = [("articles", "0014_search_document_inline")]
    operations = [migrations.RunPython(create, drop, elidable=False)]
