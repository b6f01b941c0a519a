"""The two emails a stored submission triggers, and their bookkeeping.

The moderators' notice says only what they need to triage (reference, type, country, a link to
the admin): no personal data beyond that, no attachments. The submitter's confirmation is in the
language they used. Each email, once sent, stamps its field on the submission; a failure is
logged and leaves the field empty for ``manage.py send_pending_notifications`` to retry.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Site

from forms.models import IntakeSettings

logger = logging.getLogger(__name__)


def notify_after_commit(submission):
    """Queue both emails once the current transaction commits (never for a rolled-back one)."""
    from forms.tasks import notify_moderators, send_confirmation

    label = submission._meta.label_lower
    transaction.on_commit(lambda: notify_moderators.enqueue(label, submission.pk))
    transaction.on_commit(lambda: send_confirmation.enqueue(label, submission.pk))


def moderator_addresses():
    site = Site.objects.filter(is_default_site=True).first()
    return IntakeSettings.for_site(site).moderator_addresses if site else []


def admin_url(submission):
    """The submission's page in the admin inbox, or the admin's dashboard until it has one."""
    path = AdminURLFinder().get_edit_url(submission) or reverse("wagtailadmin_home")
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _render(name, context):
    subject = render_to_string(f"emails/{name}_subject.txt", context)
    body = render_to_string(f"emails/{name}.txt", context)
    return " ".join(subject.split()), body


def _send(submission, field, recipients, name, context):
    """Send one email and stamp ``field``; on failure log it and leave the field empty.

    Returns whether the email went out."""
    if not recipients:
        logger.warning("No recipients for %s of %s; left pending.", name, submission.reference)
        return False
    subject, body = _render(name, context)
    try:
        send_mail(subject, body, None, recipients)
    except Exception:
        # Any mail failure (SMTP, DNS, TLS, timeout) must not lose the submission: it is
        # already committed, and the retry command sends what is still pending.
        logger.exception("Could not send %s of %s; left pending.", name, submission.reference)
        return False
    type(submission).objects.filter(pk=submission.pk).update(**{field: timezone.now()})
    return True


def send_moderator_notification(submission):
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "submission": submission,
            "kind": submission._meta.verbose_name,
            "country": submission.primary_country.name,
            "admin_url": admin_url(submission),
        }
        return _send(
            submission,
            "moderators_notified_at",
            moderator_addresses(),
            "moderator_notification",
            context,
        )


def send_submitter_confirmation(submission):
    with translation.override(submission.language):
        context = {"submission": submission, "kind": submission._meta.verbose_name}
        return _send(
            submission,
            "confirmation_sent_at",
            [submission.submitter_email],
            "submission_confirmation",
            context,
        )
