"""Moderation operations on a submission, each recorded as a Wagtail log entry.

The edit view, the bulk actions and the data-protection commands all go through these functions,
so every change to a submission's state leaves the same trace in its history view (who, what,
when), whichever screen it came from.
"""

import contextlib

from django.contrib.auth import get_user_model
from django.core.exceptions import FieldDoesNotExist
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import LogFormatter, log

from forms.models import Note, Status

MODERATORS_GROUP = "Moderators"

STATUS_CHANGED = "forms.status"
ASSIGNED = "forms.assign"
NOTE_ADDED = "forms.note"
ATTACHMENT_DOWNLOADED = "forms.download"
PERSONAL_DATA_ERASED = "forms.erase"
PURGED = "forms.purge"


def moderators():
    """Who may be assigned a submission: active superusers and members of the Moderators group
    (the only staff who can open the inbox)."""
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(is_superuser=True) | Q(groups__name=MODERATORS_GROUP))
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def user_label(user):
    return (user.get_full_name() or user.get_username()) if user else ""


def change_status(submission, status, user):
    """Set the status; returns whether anything changed (an unchanged status logs nothing)."""
    old = submission.status
    if old == status:
        return False
    submission.status = status
    submission.save(update_fields=["status", "updated_at"])
    log(submission, STATUS_CHANGED, user=user, data={"old": old, "new": status})
    return True


def assign(submission, assignee, user):
    """Set (or clear, with None) the assignee; returns whether anything changed."""
    if submission.assignee_id == (assignee.pk if assignee else None):
        return False
    submission.assignee = assignee
    submission.save(update_fields=["assignee", "updated_at"])
    log(
        submission,
        ASSIGNED,
        user=user,
        data={"assignee_id": assignee.pk if assignee else None, "assignee": user_label(assignee)},
    )
    return True


def add_note(submission, text, user):
    note = Note.objects.create(submission=submission, author=user, text=text)
    log(submission, NOTE_ADDED, user=user, data={"note_id": note.pk, "text": text})
    return note


@transaction.atomic
def moderate(submission, *, status, assignee, note, user):
    """What the edit view saves: the three things a moderator may change, each logged."""
    changed = change_status(submission, status, user)
    changed = assign(submission, assignee, user) or changed
    if note:
        add_note(submission, note, user)
        changed = True
    return changed


def register_log_actions(actions):
    """The inbox's log actions, with messages built from the entry's data in the reader's
    language (choice labels are looked up when the history is shown, not when it is written)."""

    @actions.register_action(STATUS_CHANGED)
    class StatusChanged(LogFormatter):
        label = _("Change submission status")

        def format_message(self, log_entry):
            labels = dict(Status.choices)
            return _("Status changed from “%(old)s” to “%(new)s”") % {
                "old": labels.get(log_entry.data.get("old"), log_entry.data.get("old")),
                "new": labels.get(log_entry.data.get("new"), log_entry.data.get("new")),
            }

    @actions.register_action(ASSIGNED)
    class Assigned(LogFormatter):
        label = _("Assign submission")

        def format_message(self, log_entry):
            if log_entry.data.get("assignee_id"):
                return _("Assigned to %(name)s") % {"name": log_entry.data.get("assignee")}
            return _("Unassigned")

    @actions.register_action(NOTE_ADDED)
    class NoteAdded(LogFormatter):
        label = _("Add note")

        def format_message(self, log_entry):
            # The snippet history view shows messages only (no comment column): the note's text
            # goes in the message.
            return _("Note: %(text)s") % {"text": log_entry.data.get("text", "")}

    @actions.register_action(ATTACHMENT_DOWNLOADED)
    class AttachmentDownloaded(LogFormatter):
        label = _("Download attachment")

        def format_message(self, log_entry):
            name = log_entry.data.get("field", "")
            model = log_entry.content_type.model_class()
            with contextlib.suppress(AttributeError, FieldDoesNotExist):
                name = model._meta.get_field(name).verbose_name
            return _("Attachment downloaded: %(field)s") % {"field": name}

    actions.register_action(
        PERSONAL_DATA_ERASED, _("Erase personal data"), _("Personal data erased on request")
    )
    actions.register_action(
        PURGED, _("Delete after retention period"), _("Deleted after its retention period")
    )
