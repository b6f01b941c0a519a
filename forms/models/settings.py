"""Site-wide intake settings editors change in the admin (Settings → Intake)."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, validate_email
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


def split_addresses(text):
    """The addresses in a comma- or line-separated list, blanks dropped."""
    return [part.strip() for part in text.replace(",", "\n").splitlines() if part.strip()]


def validate_address_list(text):
    for address in split_addresses(text):
        try:
            validate_email(address)
        except ValidationError:
            raise ValidationError(
                _("%(address)s is not a valid email address."), params={"address": address}
            ) from None


@register_setting(icon="mail")
class IntakeSettings(BaseSiteSetting):
    """Who hears about new submissions, and how long rejected ones are kept. A site setting (not
    an environment variable) because the moderators and the retention policy change, and editors
    must be able to change them without a deployment."""

    moderator_emails = models.TextField(
        _("moderators' email addresses"),
        blank=True,
        validators=[validate_address_list],
        help_text=_("One address per line. Each new submission is announced to them."),
    )

    declined_retention_days = models.PositiveIntegerField(
        _("keep declined submissions for (days)"),
        default=365,
        validators=[MinValueValidator(1)],
        help_text=_(
            "Declined submissions and their files are deleted this many days after they were "
            "submitted (manage.py purge_submissions)."
        ),
    )
    spam_retention_days = models.PositiveIntegerField(
        _("keep spam for (days)"),
        default=30,
        validators=[MinValueValidator(1)],
        help_text=_("Submissions marked as spam are deleted this many days after they arrived."),
    )

    class Meta:
        verbose_name = _("intake")

    @property
    def moderator_addresses(self):
        return split_addresses(self.moderator_emails)
