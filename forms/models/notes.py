"""Moderators' internal notes on a submission."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

NOTE_MAX_LENGTH = 5000


class Note(models.Model):
    """A note a moderator leaves on a submission: never shown to the submitter.

    A generic relation, because both submission types take notes and share one inbox; the
    (content type, object id) index makes "the notes of this submission" a single index scan.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    submission = GenericForeignKey("content_type", "object_id")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("written"), default=timezone.now)
    text = models.TextField(_("note"), max_length=NOTE_MAX_LENGTH)

    class Meta:
        verbose_name = _("note")
        verbose_name_plural = _("notes")
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(
                fields=["content_type", "object_id", "created_at"], name="note_submission_idx"
            )
        ]

    def __str__(self):
        return self.text[:50]

    @classmethod
    def for_submission(cls, submission):
        return cls.objects.filter(
            content_type=ContentType.objects.get_for_model(submission), object_id=submission.pk
        )
