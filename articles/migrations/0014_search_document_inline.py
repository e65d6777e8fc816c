"""PostgreSQL: the search document is kept in the row (STORAGE MAIN), not in the TOAST table.

Searching reads the documents of many rows (the date-ordered walk of a frequent word, the
adjacency check of a phrase, ts_rank of the ranking window); inline, each is one heap page
instead of a TOAST index lookup and four chunks. The body, read one article at a time, moves to
TOAST instead. Rows written before this migration keep their place until they are written again.
"""
from django.db import migrations


def inline(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE articles_article ALTER COLUMN search_document SET STORAGE MAIN")


def toasted(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE articles_article ALTER COLUMN search_document SET STORAGE EXTENDED")


class Migration(migrations.Migration):
    dependencies = [("articles", "0013_versions_and_protected_contents")]
    operations = [migrations.RunPython(inline, toasted, elidable=False)]
