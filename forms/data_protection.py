"""Data protection: retention of rejected submissions, and one person's data on request.

- ``purge`` deletes declined and spam submissions (and their files) once they are older than
  the retention periods in Settings → Intake (``manage.py purge_submissions``);
- ``find``, ``export`` and ``erase`` answer a data subject's access and erasure requests for
  one email address (``manage.py personal_data``).

Whatever deletes a submission (these, or a superuser in the admin), the ``post_delete``
receiver below removes its attachments from private storage and its notes, after the
transaction commits so a rolled-back deletion loses no file.
"""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete
from django.utils import timezone
from django_countries.fields import MultipleCountriesDescriptor
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, Site

from forms.models import (
    ExpertApplication,
    ExpressionOfInterest,
    IntakeSettings,
    Note,
    Status,
)
from forms.moderation import NOTE_ADDED, PERSONAL_DATA_ERASED, PURGED

ATTACHMENTS = {ExpressionOfInterest: ("request_letter",), ExpertApplication: ("cv",)}
EMAIL_FIELDS = {ExpressionOfInterest: "contact_email", ExpertApplication: "email"}


def remove_files_and_notes(sender, instance, **kwargs):
    Note.objects.filter(
        content_type=ContentType.objects.get_for_model(sender), object_id=instance.pk
    ).delete()
    for field_name in ATTACHMENTS[sender]:
        attachment = getattr(instance, field_name)
        if attachment:
            storage, name = attachment.storage, attachment.name
            transaction.on_commit(lambda storage=storage, name=name: storage.delete(name))


def connect_signals():
    """Called from ``forms.wagtail_hooks``, which Wagtail imports at start-up."""
    for model in ATTACHMENTS:
        post_delete.connect(remove_files_and_notes, sender=model, dispatch_uid=f"purge-{model}")


def delete_submission(submission, action, user=None):
    """Delete one submission, leaving a log entry that says why (and by whom), and removing the
    text of its notes from the earlier log entries (the notes may quote personal data)."""
    with transaction.atomic():
        ModelLogEntry.objects.for_instance(submission).filter(action=NOTE_ADDED).delete()
        log(submission, action, user=user, data={"reference": submission.reference})
        submission.delete()


def retention_settings():
    site = Site.objects.filter(is_default_site=True).first()
    return IntakeSettings.for_site(site) if site else IntakeSettings()


def expired(now=None):
    """The declined and spam submissions past their retention period, per model."""
    now = now or timezone.now()
    settings = retention_settings()
    limits = {
        Status.DECLINED: now - datetime.timedelta(days=settings.declined_retention_days),
        Status.SPAM: now - datetime.timedelta(days=settings.spam_retention_days),
    }
    for model in ATTACHMENTS:
        for status, cutoff in limits.items():
            yield model, status, model.objects.filter(status=status, created_at__lt=cutoff)


def purge(now=None, dry_run=False):
    """Delete what ``expired`` finds; returns ``[(model, status, [references])]``."""
    report = []
    for model, status, queryset in expired(now):
        submissions = list(queryset.order_by("created_at"))
        if not dry_run:
            for submission in submissions:
                delete_submission(submission, PURGED)
        report.append((model, status, [submission.reference for submission in submissions]))
    return report


def find(email):
    """Every submission sent from this address (case-insensitively), oldest first."""
    found = []
    for model, field in EMAIL_FIELDS.items():
        found += model.objects.filter(**{f"{field}__iexact": email.strip()}).order_by("created_at")
    return found


def _value(value):
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, list | MultipleCountriesDescriptor):
        return [_value(item) for item in value]
    if hasattr(value, "code") and hasattr(value, "name"):  # a django-countries Country
        return value.code
    if hasattr(value, "name") and hasattr(value, "storage"):  # a file
        return value.name or None
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def as_data(submission):
    """Everything held about one submission, as JSON-ready data: its fields, related rows
    (thematic areas, languages...), attachments (stored names) and moderators' notes."""
    data = {"type": submission._meta.model_name}
    for field in submission._meta.get_fields():
        if field.many_to_many:
            data[field.name] = [str(item.key) for item in getattr(submission, field.name).all()]
        elif field.one_to_many and field.related_model is not None:
            data[field.name] = [
                {
                    f.name: _value(getattr(row, f.name))
                    for f in row._meta.concrete_fields
                    if f.name not in {"id", "application"}
                }
                for row in getattr(submission, field.get_accessor_name()).all()
            ]
        elif field.concrete:
            value = getattr(submission, field.attname)
            data[field.name if not field.is_relation else field.attname] = _value(value)
    data["notes"] = [
        {"written": _value(note.created_at), "author_id": note.author_id, "text": note.text}
        for note in Note.for_submission(submission)
    ]
    return data


def export(email):
    return {
        "email": email,
        "exported_at": timezone.now().isoformat(),
        "submissions": [as_data(submission) for submission in find(email)],
    }


def erase(email, user=None):
    """Delete every submission sent from this address; returns their references."""
    references = []
    for submission in find(email):
        references.append(submission.reference)
        delete_submission(submission, PERSONAL_DATA_ERASED, user=user)
    return references
