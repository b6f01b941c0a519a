"""django-tasks tasks that send a submission's emails outside the request that stored it.

They take the model's label and primary key (task arguments must be JSON) and look the
submission up again, so a worker always mails what is committed.
"""

from django.apps import apps
from django_tasks import task

from forms.notifications import send_moderator_notification, send_submitter_confirmation


def _submission(label, pk):
    return apps.get_model(label).objects.filter(pk=pk).first()


@task()
def notify_moderators(label, pk):
    submission = _submission(label, pk)
    if submission is not None and submission.moderators_notified_at is None:
        send_moderator_notification(submission)


@task()
def send_confirmation(label, pk):
    submission = _submission(label, pk)
    if submission is not None and submission.confirmation_sent_at is None:
        send_submitter_confirmation(submission)
