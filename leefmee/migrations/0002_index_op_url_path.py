"""An index on Wagtail's page url_path, for routing a request in one query (leefmee/routering.py).

Wagtail finds a page one tree level at a time (two queries per level); an indexed url_path finds
every level of a URL at once. The index is ours, on Wagtail's table: named so it cannot clash.
"""

from django.db import migrations

INDEX = "leefmee_page_url_path_idx"


class Migration(migrations.Migration):

    dependencies = [
        ("leefmee", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (url_path)",
            f"DROP INDEX IF EXISTS {INDEX}",
        ),
    ]
