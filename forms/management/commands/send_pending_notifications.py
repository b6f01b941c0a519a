"""Retry the emails of submissions whose notification or confirmation has not gone out yet."""

from django.core.management.base import BaseCommand

from forms.models import ExpertApplication, ExpressionOfInterest, Status
from forms.notifications import send_moderator_notification, send_submitter_confirmation

STEPS = [
    ("moderators_notified_at", send_moderator_notification, "moderator notifications"),
    ("confirmation_sent_at", send_submitter_confirmation, "confirmations"),
]


class Command(BaseCommand):
    help = (
        "Send the moderator notifications and submitter confirmations that failed earlier "
        "(e.g. while the mail server was down). Safe to run often, e.g. from cron."
    )

    def handle(self, *args, **options):
        for model in (ExpressionOfInterest, ExpertApplication):
            pending = model.objects.exclude(status=Status.SPAM)
            for field, send, what in STEPS:
                sent = failed = 0
                for submission in pending.filter(**{f"{field}__isnull": True}).order_by("pk"):
                    if send(submission):
                        sent += 1
                    else:
                        failed += 1
                kind = model._meta.verbose_name_plural
                self.stdout.write(f"{kind}: {sent} {what} sent, {failed} still pending.")
