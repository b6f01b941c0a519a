"""Trigram indexes for the inbox search, on PostgreSQL only.

The inbox searches with ``icontains`` (``UPPER(col::text) LIKE UPPER('%term%')``), which a B-tree
index cannot serve: at 100,000 rows each search scanned both tables (~160 ms a query). A GIN
``gin_trgm_ops`` index on the same ``UPPER(col::text)`` expression serves those lookups. SQLite
(development) has no such index type and needs none at its sizes, so nothing happens there; if
the database role may not create the pg_trgm extension, the migration says so and skips the
indexes (search stays correct, only slower).
"""

from django.db import migrations, transaction

SEARCH_FIELDS = {
    "forms_expressionofinterest": [
        "reference",
        "institution_name",
        "contact_name",
        "contact_email",
        "request_title",
        "description",
    ],
    "forms_expertapplication": ["reference", "first_name", "last_name", "email", "employer", "profile"],
}


def _index_name(table, column):
    return f"{table.removeprefix('forms_')[:12]}_{column[:16]}_trgm"


def create_indexes(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        try:
            with transaction.atomic(using=connection.alias):
                cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except Exception as error:  # noqa: BLE001 - any refusal means "no trigram indexes"
            print(f"\n  Skipping the inbox search indexes: pg_trgm unavailable ({error}).")
            return
        for table, columns in SEARCH_FIELDS.items():
            for column in columns:
                cursor.execute(
                    f'CREATE INDEX IF NOT EXISTS "{_index_name(table, column)}" ON "{table}" '
                    f'USING gin ((UPPER("{column}"::text)) gin_trgm_ops)'
                )


def drop_indexes(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for table, columns in SEARCH_FIELDS.items():
            for column in columns:
                cursor.execute(f'DROP INDEX IF EXISTS "{_index_name(table, column)}"')


class Migration(migrations.Migration):
    dependencies = [("forms", "0003_moderators_group")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
