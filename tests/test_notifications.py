"""Emails after a submission: the moderators' notice and the submitter's confirmation."""

import logging
import smtplib

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command

from forms.models import ExpertApplication, ExpressionOfInterest, IntakeSettings
from tests.fixtures.intake import MODERATORS, eoi_data, expert_data


class BrokenBackend(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


def _submit(client, page, data, capture):
    with capture(execute=True):
        return client.post(page.url, data)


def test_moderators_are_told_the_reference_type_country_and_admin_link(
    client, request_pages, moderators, mailoutbox, django_capture_on_commit_callbacks
):
    _submit(client, request_pages["pt"], eoi_data(), django_capture_on_commit_callbacks)

    submission = ExpressionOfInterest.objects.get()
    notice = next(m for m in mailoutbox if m.to == MODERATORS)
    assert submission.reference in notice.subject
    assert "Type: Expression of interest" in notice.body
    assert "Country: Cabo Verde" in notice.body
    assert "http://testserver/admin/" in notice.body
    assert "ana.lopes@example.org" not in notice.body
    assert notice.attachments == []
    assert submission.moderators_notified_at is not None


def test_no_personal_attachment_goes_to_the_moderators(
    client, roster_pages, moderators, mailoutbox, django_capture_on_commit_callbacks
):
    _submit(client, roster_pages["en"], expert_data(), django_capture_on_commit_callbacks)

    assert all(message.attachments == [] for message in mailoutbox)
    notice = next(m for m in mailoutbox if m.to == MODERATORS)
    assert "Country: Belgium" in notice.body


@pytest.mark.parametrize(
    ("language", "subject", "greeting"),
    [
        ("en", "MIEUX+: we have received your submission", "Dear Marie Dubois,"),
        ("pt", "MIEUX+: recebemos o seu envio", "Caro(a) Marie Dubois,"),
        ("fr", "MIEUX+ : nous avons bien reçu votre envoi", "Bonjour Marie Dubois,"),
        ("es", "MIEUX+: hemos recibido su envío", "Estimado/a Marie Dubois:"),
    ],
)
def test_submitter_is_confirmed_in_their_language_with_the_reference(
    client,
    roster_pages,
    moderators,
    mailoutbox,
    django_capture_on_commit_callbacks,
    language,
    subject,
    greeting,
):
    _submit(client, roster_pages[language], expert_data(), django_capture_on_commit_callbacks)

    application = ExpertApplication.objects.get()
    confirmation = next(m for m in mailoutbox if m.to == ["marie.dubois@example.org"])
    assert confirmation.subject == f"{subject} ({application.reference})"
    assert confirmation.body.startswith(greeting)
    assert application.reference in confirmation.body
    notice = next(m for m in mailoutbox if m.to == MODERATORS)
    assert "A new submission has arrived" in notice.body
    application.refresh_from_db()
    assert application.confirmation_sent_at is not None


def test_text_emails_are_not_html_escaped(
    client, request_pages, moderators, mailoutbox, django_capture_on_commit_callbacks
):
    data = eoi_data(contact_name="Seán O'Brien <script>")

    _submit(client, request_pages["en"], data, django_capture_on_commit_callbacks)

    confirmation = next(m for m in mailoutbox if m.to == ["ana.lopes@example.org"])
    assert confirmation.body.startswith("Dear Seán O'Brien <script>,")
    assert confirmation.alternatives == []


def test_no_email_is_sent_before_the_transaction_commits(client, request_pages, moderators):
    client.post(request_pages["en"].url, eoi_data())

    assert mail.outbox == []
    assert ExpressionOfInterest.objects.count() == 1


def test_failing_mail_server_keeps_the_submission_and_the_retry_command_sends_later(
    client,
    request_pages,
    moderators,
    settings,
    caplog,
    django_capture_on_commit_callbacks,
):
    settings.EMAIL_BACKEND = f"{__name__}.BrokenBackend"
    with caplog.at_level(logging.ERROR, logger="forms.notifications"):
        response = _submit(
            client, request_pages["fr"], eoi_data(), django_capture_on_commit_callbacks
        )

    assert response.status_code == 302
    submission = ExpressionOfInterest.objects.get()
    assert submission.moderators_notified_at is None
    assert submission.confirmation_sent_at is None
    assert f"Could not send moderator_notification of {submission.reference}" in caplog.text
    assert client.get(response["Location"]).status_code == 200

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_pending_notifications", verbosity=0)

    submission.refresh_from_db()
    assert submission.moderators_notified_at is not None
    assert submission.confirmation_sent_at is not None
    confirmation = next(m for m in mail.outbox if m.to == ["ana.lopes@example.org"])
    assert "nous avons bien reçu votre envoi" in confirmation.subject
    sent = len(mail.outbox)

    call_command("send_pending_notifications", verbosity=0)

    assert len(mail.outbox) == sent


def test_without_moderator_addresses_the_notice_waits(
    client, request_pages, mailoutbox, django_capture_on_commit_callbacks
):
    IntakeSettings.objects.update(moderator_emails="")

    _submit(client, request_pages["en"], eoi_data(), django_capture_on_commit_callbacks)

    submission = ExpressionOfInterest.objects.get()
    assert submission.moderators_notified_at is None
    assert submission.confirmation_sent_at is not None
    assert [m.to for m in mailoutbox] == [["ana.lopes@example.org"]]
