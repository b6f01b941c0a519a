"""The two kinds of submission the public forms create, stored as structured rows.

Structured models rather than form-builder JSON, because moderators filter, search and export by
status, country, requester or employer type, thematic area, language and date (see the design's
"Decisions"). Both share ``Submission``: the reference, the moderation state, the consent record,
the double-submission token and the notification bookkeeping.
"""

import uuid

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from forms.languages import LANGUAGE_CHOICES
from forms.storage import private_storage
from home.models import ActivityType, Region, ThematicArea

validate_phone = RegexValidator(
    r"^\+?[0-9 ()./-]{5,40}$",
    _("Enter a telephone number with digits, spaces and an optional + for the country code."),
)


class Status(models.TextChoices):
    NEW = "new", _("New")
    IN_REVIEW = "in-review", _("In review")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    SPAM = "spam", _("Spam")
    ARCHIVED = "archived", _("Archived")


class ReferenceCounter(models.Model):
    """The last number handed out for one reference prefix in one year.

    Incremented with an ``UPDATE ... SET value = value + 1`` inside the submission's transaction:
    the row stays locked until commit, so concurrent submissions get consecutive, unique numbers
    on PostgreSQL, and a rolled-back submission gives its number back.
    """

    prefix = models.CharField(max_length=8)
    year = models.PositiveSmallIntegerField()
    value = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["prefix", "year"], name="unique_reference_counter")
        ]

    def __str__(self):
        return f"{self.prefix}-{self.year}: {self.value}"

    @classmethod
    def next_reference(cls, prefix, year):
        """The next reference, e.g. ``EOI-2026-00042``; call inside a transaction."""
        counter = cls.objects.filter(prefix=prefix, year=year)
        if not counter.update(value=F("value") + 1):
            try:
                with transaction.atomic():
                    cls.objects.create(prefix=prefix, year=year, value=1)
            except IntegrityError:
                # Another transaction created this year's row first; take a number from it.
                counter.update(value=F("value") + 1)
        value = counter.values_list("value", flat=True).get()
        return f"{prefix}-{year}-{value:05d}"


def attachment_path(instance, filename):
    """A random stored name that keeps only the (already validated) extension: the visitor's
    file name is personal data and must not shape paths on disk."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"{instance.reference_prefix.lower()}/{uuid.uuid4().hex}.{extension}"


class Submission(models.Model):
    """What every submission carries besides its own fields.

    Concrete models set ``reference_prefix`` and provide ``submitter_name``,
    ``submitter_email`` (whom the confirmation goes to) and ``primary_country`` (the country the
    moderators' notice names).
    """

    reference_prefix: str

    reference = models.CharField(_("reference"), max_length=20, unique=True, editable=False)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.NEW, db_index=True
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assignee"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(
        _("submission language"), max_length=8, choices=settings.LANGUAGES, db_index=True
    )
    created_at = models.DateTimeField(_("submitted"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    consent = models.BooleanField(_("consent given"), default=False)
    consent_version = models.CharField(_("privacy notice version"), max_length=100, blank=True)
    consented_at = models.DateTimeField(_("consent given at"), null=True, blank=True)

    # The token rendered in the form: a second POST of the same form finds the first record.
    idempotency_token = models.UUIDField(unique=True, editable=False)

    # Empty until the mail went out; `manage.py send_pending_notifications` retries empty ones.
    moderators_notified_at = models.DateTimeField(null=True, blank=True, editable=False)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        abstract = True
        ordering = ["-created_at"]

    def __str__(self):
        return self.reference

    def assign_reference(self):
        year = timezone.localdate(self.created_at).year
        self.reference = ReferenceCounter.next_reference(self.reference_prefix, year)


class RequesterType(models.TextChoices):
    NATIONAL = "national", _("National institution")
    LOCAL = "local", _("Local institution")
    REGIONAL = "regional", _("Regional organisation")
    JUSTICE = "justice", _("Judicial service, prosecution, ombuds office or parliament")
    CSO = "cso", _("Civil society organisation (jointly with a government partner)")


class RequestLetter(models.TextChoices):
    SENT = "sent", _("Already sent to MIEUX+")
    ATTACHED = "attached", _("Attached to this form")
    WILL_FOLLOW = "will-follow", _("Will follow")


class ExpressionOfInterest(Submission):
    """A partner-country institution's request for MIEUX+ assistance."""

    reference_prefix = "EOI"

    institution_name = models.CharField(_("institution name"), max_length=255)
    requester_type = models.CharField(
        _("type of institution"), max_length=16, choices=RequesterType.choices, db_index=True
    )
    government_partner = models.CharField(_("government partner"), max_length=255, blank=True)
    country = CountryField(_("country"), db_index=True)
    joint_request = models.BooleanField(_("joint request with other institutions"), default=False)
    joint_partners = models.TextField(
        _("other institutions in the request"), max_length=1000, blank=True
    )

    contact_name = models.CharField(_("contact person"), max_length=200)
    contact_position = models.CharField(_("position"), max_length=200)
    contact_email = models.EmailField(_("email address"), max_length=254)
    contact_phone = models.CharField(
        _("telephone"), max_length=40, blank=True, validators=[validate_phone]
    )
    preferred_language = models.CharField(
        _("preferred language for our replies"), max_length=8, choices=settings.LANGUAGES
    )

    request_title = models.CharField(_("title of the request"), max_length=200)
    thematic_areas = models.ManyToManyField(
        ThematicArea, verbose_name=_("thematic areas"), related_name="+"
    )
    sub_topics = models.TextField(_("sub-topics"), max_length=1000, blank=True)
    activity_types = models.ManyToManyField(
        ActivityType, verbose_name=_("activity types wanted"), blank=True, related_name="+"
    )
    description = models.TextField(_("description of the need"), max_length=5000)
    objectives = models.TextField(_("objectives"), max_length=2000, blank=True)
    target_group = models.TextField(_("target group"), max_length=1000, blank=True)
    desired_start = models.DateField(_("desired start"), null=True, blank=True)
    duration = models.CharField(_("expected duration"), max_length=100, blank=True)
    other_donors = models.TextField(
        _("other donors or initiatives involved"), max_length=2000, blank=True
    )
    eu_delegation_informed = models.BooleanField(_("EU Delegation informed"), default=False)
    eu_delegation_contact = models.CharField(_("EU Delegation contact"), max_length=255, blank=True)
    request_letter_status = models.CharField(
        _("official request letter"), max_length=16, choices=RequestLetter.choices
    )
    request_letter = models.FileField(
        _("request letter"),
        storage=private_storage,
        upload_to=attachment_path,
        max_length=200,
        blank=True,
    )

    class Meta(Submission.Meta):
        verbose_name = _("expression of interest")
        verbose_name_plural = _("expressions of interest")
        # The inbox lists by status, newest first; see forms/viewsets.py.
        indexes = [models.Index(fields=["status", "-created_at"], name="eoi_status_created_idx")]
        permissions = [
            ("export_expressionofinterest", _("Can export expressions of interest")),
            ("download_expressionofinterest", _("Can download request letters")),
        ]

    @property
    def submitter_name(self):
        return self.contact_name

    @property
    def submitter_email(self):
        return self.contact_email

    @property
    def primary_country(self):
        return self.country


class Sector(models.TextChoices):
    EU_ADMINISTRATION = "eu-administration", _("EU member-state public administration")
    PARTNER_ADMINISTRATION = "partner-administration", _("Partner-country public administration")
    EU_AGENCY = "eu-agency", _("EU agency")
    INTERNATIONAL = "international", _("International organisation")
    ACADEMIA = "academia", _("Academia")
    CIVIL_SOCIETY = "civil-society", _("NGO or civil society")
    PRIVATE = "private", _("Private sector")
    INDEPENDENT = "independent", _("Independent")


class WorkMode(models.TextChoices):
    REMOTE = "remote", _("Remote only")
    ON_SITE = "on-site", _("On site only")
    BOTH = "both", _("Remote and on site")


class ExpertApplication(Submission):
    """A migration expert's application to join the MIEUX+ roster."""

    reference_prefix = "EXP"

    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100)
    email = models.EmailField(_("email address"), max_length=254, db_index=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True, validators=[validate_phone])
    nationality = CountryField(_("nationality"), multiple=True)
    country_of_residence = CountryField(_("country of residence"), db_index=True)

    sector = models.CharField(_("sector"), max_length=32, choices=Sector.choices, db_index=True)
    employer = models.CharField(_("current employer"), max_length=255, blank=True)
    department = models.CharField(_("department"), max_length=255, blank=True)
    position = models.CharField(_("position"), max_length=200, blank=True)
    employer_country = CountryField(_("employer's country"), blank=True, db_index=True)
    years_of_experience = models.PositiveSmallIntegerField(_("years of experience in migration"))

    thematic_areas = models.ManyToManyField(
        ThematicArea, verbose_name=_("thematic areas of expertise"), related_name="+"
    )
    activity_types = models.ManyToManyField(
        ActivityType, verbose_name=_("activity types of experience"), blank=True, related_name="+"
    )
    profile = models.TextField(_("short profile"), max_length=3000)

    days_per_year = models.PositiveSmallIntegerField(_("days available a year"))
    work_mode = models.CharField(_("remote or on site"), max_length=16, choices=WorkMode.choices)
    earliest_start = models.DateField(_("earliest start"), null=True, blank=True)

    cv = models.FileField(
        _("CV"), storage=private_storage, upload_to=attachment_path, max_length=200
    )
    profile_url = models.URLField(_("profile link"), max_length=500, blank=True)
    newsletter_opt_in = models.BooleanField(_("newsletter"), default=False)

    class Meta(Submission.Meta):
        verbose_name = _("expert application")
        verbose_name_plural = _("expert applications")
        indexes = [models.Index(fields=["status", "-created_at"], name="exp_status_created_idx")]
        permissions = [
            ("export_expertapplication", _("Can export expert applications")),
            ("download_expertapplication", _("Can download CVs")),
        ]

    @property
    def submitter_email(self):
        return self.email

    @property
    def primary_country(self):
        return self.country_of_residence

    @property
    def submitter_name(self):
        return f"{self.first_name} {self.last_name}"


class ExpertRegion(models.Model):
    """A region the expert has worked in (a row, so the inbox can filter by it)."""

    application = models.ForeignKey(
        ExpertApplication, on_delete=models.CASCADE, related_name="regions"
    )
    region = models.CharField(_("region"), max_length=32, choices=Region.choices, db_index=True)

    class Meta:
        verbose_name = _("region of experience")
        verbose_name_plural = _("regions of experience")
        constraints = [
            models.UniqueConstraint(fields=["application", "region"], name="unique_expert_region")
        ]

    def __str__(self):
        return str(self.get_region_display())


class LanguageLevel(models.TextChoices):
    A1 = "A1", _("A1 – beginner")
    A2 = "A2", _("A2 – elementary")
    B1 = "B1", _("B1 – intermediate")
    B2 = "B2", _("B2 – upper intermediate")
    C1 = "C1", _("C1 – advanced")
    C2 = "C2", _("C2 – proficient")
    MOTHER_TONGUE = "native", _("Mother tongue")


class ExpertLanguage(models.Model):
    """One language the expert works in, with a CEFR level or mother tongue."""

    application = models.ForeignKey(
        ExpertApplication, on_delete=models.CASCADE, related_name="languages"
    )
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGE_CHOICES)
    level = models.CharField(_("level"), max_length=8, choices=LanguageLevel.choices)

    class Meta:
        verbose_name = _("language")
        verbose_name_plural = _("languages")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "language"], name="unique_expert_language"
            )
        ]

    def __str__(self):
        return f"{self.get_language_display()} ({self.get_level_display()})"
