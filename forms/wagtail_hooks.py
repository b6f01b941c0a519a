"""Wires the submissions inbox into the Wagtail admin."""

from django.urls import path
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from forms import bulk_actions, data_protection, moderation
from forms.dashboard import add_new_submissions_panel
from forms.downloads import download_attachment
from forms.viewsets import SubmissionsViewSetGroup

register_snippet(SubmissionsViewSetGroup)
data_protection.connect_signals()

hooks.register("register_log_actions", moderation.register_log_actions)
hooks.register("construct_homepage_panels", add_new_submissions_panel)
for action in (
    bulk_actions.SetStatusBulkAction,
    bulk_actions.MarkAsSpamBulkAction,
    bulk_actions.ArchiveBulkAction,
    bulk_actions.AssignBulkAction,
):
    hooks.register("register_bulk_action", action)


@hooks.register("register_admin_urls")
def register_attachment_download_url():
    return [
        path(
            "submissions/attachment/<str:model_name>/<int:pk>/<str:field_name>/",
            download_attachment,
            name="forms_attachment",
        )
    ]
