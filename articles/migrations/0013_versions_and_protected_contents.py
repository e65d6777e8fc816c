"""A version on every record editors write (the API's ETag); pages, issues and papers holding contents are protected.

The version columns are added by ALTER TABLE … ADD COLUMN on every database: on SQLite, Django's
AddField would rebuild the tables, dropping the search triggers and the list indexes of 0010.
"""
import django.db.models.deletion
from django.db import migrations, models

HELP = "每次编辑保存时加一；API 以它为 ETag，后台据此拒绝覆盖他人较新的修改"
MODELS = ["newspaper", "issue", "page", "article", "person"]


def add_version(model):
    table = f"articles_{model}"
    return migrations.SeparateDatabaseAndState(
        database_operations=[migrations.RunSQL(
            f'ALTER TABLE {table} ADD COLUMN "version" integer DEFAULT 1 NOT NULL CHECK ("version" >= 0)',
            f'ALTER TABLE {table} DROP COLUMN "version"')],
        state_operations=[migrations.AddField(
            model_name=model, name="version",
            field=models.PositiveIntegerField(default=1, editable=False, help_text=HELP, verbose_name="版本"))],
    )


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0012_page_identity'),
    ]

    operations = [
        *[add_version(model) for model in MODELS],
        migrations.AlterField(
            model_name='article',
            name='newspaper',
            field=models.ForeignKey(db_index=False, editable=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='articles.newspaper', verbose_name='报纸'),
        ),
        migrations.AlterField(
            model_name='article',
            name='page',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='articles', to='articles.page', verbose_name='版面'),
        ),
        migrations.AlterField(
            model_name='issue',
            name='newspaper',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='issues', to='articles.newspaper', verbose_name='报纸'),
        ),
        migrations.AlterField(
            model_name='page',
            name='issue',
            field=models.ForeignKey(blank=True, help_text='为空表示未分配：补全报名、日期和版次后保存即归入对应期次。', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='pages', to='articles.issue', verbose_name='期次'),
        ),
    ]
