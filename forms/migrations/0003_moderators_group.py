"""The "Moderators" group: exactly what working the submissions inbox needs.

- wagtailadmin.access_admin: to reach the admin at all;
- view + change on both submission types: list, inspect, history; status, assignee, notes and the
  bulk actions (the edit form changes nothing else);
- export_* and download_*: the CSV/XLSX export and the attachment download, kept separate so a
  site can later have reviewers who read but may not take personal data away.

No add or delete: submissions come only from the public forms, and deletion happens only through
the retention command and the personal-data erasure, which staff run on the server.

Wagtail's own migrations create a "Moderators" group for page moderation (publish rights on the
page tree, image and document collections, wagtail-localize's translation permission). On this
site moderators work the inbox and editors publish, so the group is reset to the list above and
loses its page and collection permissions; hence the dependencies on those apps' migrations.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP_NAME = "Moderators"
PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    *(
        ("forms", model, f"{action}_{model}")
        for model in ("expressionofinterest", "expertapplication")
        for action in ("view", "change", "export", "download")
    ),
]


def reset_group(apps, schema_editor):
    # Permissions are normally created after `migrate` finishes; create this app's now so the
    # group can be given them in the same run (the migration state's app config needs
    # models_module set for that).
    app_config = apps.get_app_config("forms")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    apps.get_model("wagtailcore", "GroupPagePermission").objects.filter(group=group).delete()
    apps.get_model("wagtailcore", "GroupCollectionPermission").objects.filter(group=group).delete()
    group.permissions.set(
        [
            Permission.objects.get(
                content_type__app_label=app_label, content_type__model=model, codename=codename
            )
            for app_label, model, codename in PERMISSIONS
        ]
    )


def keep_group(apps, schema_editor):
    """Reversing leaves the group (Wagtail's own migrations created it) as it is."""


class Migration(migrations.Migration):
    dependencies = [
        ("forms", "0002_inbox"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(reset_group, keep_group)]
