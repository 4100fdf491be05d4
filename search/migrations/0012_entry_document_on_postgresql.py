"""On PostgreSQL, each entry carries its own weighted text vector, computed by the database.

Staff search matched and ranked entries by Wagtail's title and body vectors, in
another table: a broad word read every match's two vectors, then joined each
match back to its entry to keep the council's. One vector on the entry itself,
with a GIN index, is matched, kept to the council and ranked in one scan.

A generated column, so it can never drift from the entry's text. Its weights
are those Wagtail gives these fields (the title above the rest, which all weigh
alike); its configuration is ``search.matching.DOCUMENT_CONFIG``. Other
databases keep using Wagtail's index.
"""

from django.db import migrations

ADD = """
ALTER TABLE search_searchentry ADD COLUMN document tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, title), 'A')
    || setweight(to_tsvector('english'::regconfig, keywords), 'D')
    || setweight(to_tsvector('english'::regconfig, summary), 'D')
    || setweight(to_tsvector('english'::regconfig, body), 'D')
) STORED;
CREATE INDEX search_entry_document ON search_searchentry USING gin (document);
"""
DROP = "ALTER TABLE search_searchentry DROP COLUMN document;"


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0011_eviction_means_homelessness")]

    operations = [migrations.RunPython(on_postgresql(ADD), on_postgresql(DROP))]
