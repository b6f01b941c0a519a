"""The Django forms behind the two form pages.

ModelForms on the submission models, so labels come from the models' translated verbose names;
help texts, conditional rules and the order of sections live here. ``IntakeForm`` adds what both
forms need: the double-submission token, the honeypot, reCAPTCHA when configured, the consent box,
and an error summary that links to each field.
"""

import unicodedata

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from forms.languages import LANGUAGE_CHOICES
from forms.models import (
    ExpertApplication,
    ExpertLanguage,
    ExpertRegion,
    ExpressionOfInterest,
    LanguageLevel,
    RequesterType,
    RequestLetter,
    Sector,
)
from forms.spam import HoneypotField, RecaptchaField, recaptcha_enabled
from forms.uploads import ACCEPT, validate_attachment
from home.models import ActivityType, Region, ThematicArea

CHOOSE_AGAIN = _("Files are not kept when the form has errors: choose the file again.")


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class TermChoiceField(forms.MultipleChoiceField):
    """Thematic areas or activity types as checkboxes. The choices are the vocabulary's
    translated labels, so rendering the form costs no query; the rows are looked up by key
    when the submission is saved."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, model, **kwargs):
        self.model = model
        super().__init__(choices=model.vocabulary.choices, **kwargs)


class IntakeForm(forms.ModelForm):
    """What both public forms share. Subclasses list their ``sections``: (legend, field names)
    in the order the page shows them."""

    sections: list[tuple[str, list[str]]] = []
    attachment_fields: tuple[str, ...] = ()
    # Optional fields that rules in clean() require in some cases; not labelled "(optional)".
    conditional_fields: tuple[str, ...] = ()
    # Country selects and what their empty choice says (django-countries shows "---------").
    country_prompts: dict[str, str] = {}
    rows = None

    token = forms.UUIDField(
        widget=forms.HiddenInput,
        error_messages={
            "required": _("The form was altered or has expired. Please send it again."),
            "invalid": _("The form was altered or has expired. Please send it again."),
        },
    )
    website = HoneypotField()

    def __init__(self, *args, remote_ip="", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].required = True
        # Radio buttons need no "---------" choice: nothing is chosen until the visitor chooses.
        for field in self.fields.values():
            if isinstance(field.widget, forms.RadioSelect):
                field.choices = [choice for choice in field.choices if choice[0] != ""]
        # Per instance, so that the country names are those of the active language.
        for name, prompt in self.country_prompts.items():
            field = self.fields[name]
            field.choices = [("", prompt), *(c for c in field.choices if c[0] != "")]
        if recaptcha_enabled():
            self.fields["captcha"] = RecaptchaField(remote_ip=remote_ip)
        for name in self.attachment_fields:
            self.fields[name].validators.append(validate_attachment)
            self.fields[name].widget = forms.FileInput(attrs={"accept": ACCEPT})

    @property
    def unmarked_fields(self):
        """Optional fields whose label must not say "(optional)"."""
        return (*self.conditional_fields, "website")

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise ValidationError(
                _("Your submission could not be accepted. Please try again."), code="honeypot"
            )
        return ""

    def require(self, name, message):
        """Flag the conditionally required field ``name`` when it was left empty."""
        if name not in self.errors and not self.cleaned_data.get(name):
            self.add_error(name, ValidationError(message, code="required"))

    def save_related(self, submission):
        """Store what needs the saved submission: its many-to-many choices."""
        self.save_m2m()
        for name, field in self.fields.items():
            if isinstance(field, TermChoiceField):
                terms = field.model.objects.filter(key__in=self.cleaned_data[name])
                getattr(submission, name).set(terms)

    def section_fields(self):
        """The sections for the template: a legend and its bound fields (or, for the section
        named ``rows``, the formset of the form's rows)."""
        return [
            {
                "legend": legend,
                "fields": [self[name] for name in names if name != "rows"],
                "rows": self.rows if "rows" in names else None,
            }
            for legend, names in self.sections
        ]

    def error_summary(self):
        """One entry per error: the message, and the id of the input it belongs to (the first
        box of a group of checkboxes or radio buttons) for the summary's link."""
        entries = []
        for field_name, errors in self.errors.items():
            if field_name == "captcha":
                entries += [{"message": message, "target": "captcha"} for message in errors]
                continue
            if field_name == "__all__" or self[field_name].is_hidden or field_name == "website":
                entries += [{"message": message, "target": ""} for message in errors]
                continue
            bound = self[field_name]
            target = f"{bound.auto_id}_0" if bound.field.widget.use_fieldset else bound.auto_id
            entries += [
                {"message": message, "label": bound.label, "target": target} for message in errors
            ]
        for name in self.chosen_files():
            entries.append(
                {"message": CHOOSE_AGAIN, "label": self[name].label, "target": self[name].auto_id}
            )
        return entries

    def chosen_files(self):
        """The files the visitor chose in a form that has errors: {field name: file name}.
        Nothing is kept, and browsers do not fill a file input again, so the page says so."""
        if not self.is_bound or not self.errors:
            return {}
        chosen = [name for name in self.attachment_fields if name in self.files]
        return {name: self.files[name].name for name in chosen}


class ExpressionOfInterestForm(IntakeForm):
    sections = [
        (
            _("Your institution"),
            ["institution_name", "requester_type", "government_partner", "country"],
        ),
        (_("Joint request"), ["joint_request", "joint_partners"]),
        (
            _("Contact person"),
            [
                "contact_name",
                "contact_position",
                "contact_email",
                "contact_phone",
                "preferred_language",
            ],
        ),
        (
            _("Your request"),
            [
                "request_title",
                "thematic_areas",
                "sub_topics",
                "activity_types",
                "description",
                "objectives",
                "target_group",
                "desired_start",
                "duration",
            ],
        ),
        (
            _("Partners and the EU Delegation"),
            ["other_donors", "eu_delegation_informed", "eu_delegation_contact"],
        ),
        (_("Official request letter"), ["request_letter_status", "request_letter"]),
    ]
    attachment_fields = ("request_letter",)
    conditional_fields = ("government_partner", "joint_partners", "request_letter")

    country_prompts = {"country": _("Choose a country")}

    country = ExpressionOfInterest._meta.get_field("country").formfield(label=_("Country"))
    thematic_areas = TermChoiceField(
        ThematicArea,
        label=_("Thematic areas"),
        help_text=_("Choose one or more."),
        error_messages={"required": _("Choose at least one thematic area.")},
    )
    activity_types = TermChoiceField(
        ActivityType,
        required=False,
        label=_("Activity types wanted"),
        help_text=_("Choose any that apply."),
    )

    class Meta:
        model = ExpressionOfInterest
        fields = [
            "institution_name",
            "requester_type",
            "government_partner",
            "country",
            "joint_request",
            "joint_partners",
            "contact_name",
            "contact_position",
            "contact_email",
            "contact_phone",
            "preferred_language",
            "request_title",
            "sub_topics",
            "description",
            "objectives",
            "target_group",
            "desired_start",
            "duration",
            "other_donors",
            "eu_delegation_informed",
            "eu_delegation_contact",
            "request_letter_status",
            "request_letter",
            "consent",
        ]
        widgets = {
            "requester_type": forms.RadioSelect,
            "request_letter_status": forms.RadioSelect,
            "joint_partners": forms.Textarea(attrs={"rows": 3}),
            "sub_topics": forms.Textarea(attrs={"rows": 3}),
            "objectives": forms.Textarea(attrs={"rows": 4}),
            "target_group": forms.Textarea(attrs={"rows": 3}),
            "other_donors": forms.Textarea(attrs={"rows": 3}),
            "desired_start": DateInput,
            "contact_email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "contact_phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
            "institution_name": forms.TextInput(attrs={"autocomplete": "organization"}),
            "contact_position": forms.TextInput(attrs={"autocomplete": "organization-title"}),
        }
        labels = {
            "joint_request": _("This is a joint request with other institutions"),
            "eu_delegation_informed": _("The EU Delegation in our country has been informed"),
            "consent": _(
                "I have read the privacy notice and agree that MIEUX+ stores and uses this "
                "information to assess the request"
            ),
        }
        help_texts = {
            "government_partner": _(
                "Civil society organisations apply jointly with a government institution: "
                "name it here."
            ),
            "joint_partners": _("Name the other institutions and their role."),
            "contact_phone": _("Include the country code, e.g. +351 21 000 0000."),
            "request_title": _("A short title, e.g. “Training on asylum interviews”."),
            "sub_topics": _("The specific subjects within the thematic areas."),
            "description": _(
                "What is the need, and what has been done so far? At most 5,000 characters."
            ),
            "desired_start": _("An approximate date is enough."),
            "duration": _("For example “six months”."),
            "other_donors": _("Other donors, programmes or initiatives working on this subject."),
            "eu_delegation_contact": _("If informed: the name or email of your contact there."),
            "request_letter": _(
                "PDF, DOC, DOCX or ODT, at most 5 MB. Only if you chose “Attached to this form”."
            ),
        }
        error_messages = {
            "consent": {"required": _("You must agree to the privacy notice to send the form.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["preferred_language"].choices = settings.LANGUAGES
        self.fields["preferred_language"].initial = get_language()

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("requester_type") == RequesterType.CSO:
            self.require(
                "government_partner",
                _("A civil society organisation must name its government partner."),
            )
        if cleaned.get("joint_request"):
            self.require("joint_partners", _("Name the other institutions of the joint request."))
        status = cleaned.get("request_letter_status")
        if status == RequestLetter.ATTACHED:
            self.require("request_letter", _("Choose the request letter file to attach."))
        elif cleaned.get("request_letter") and status:
            self.add_error(
                "request_letter_status",
                _("You chose a letter file: select “Attached to this form”."),
            )
        return cleaned


class ExpertLanguageForm(forms.Form):
    """One row of the expert's languages. A plain form, not a model formset: rows are only ever
    created here, so no posted row id may reach a database lookup."""

    language = forms.ChoiceField(label=_("Language"))
    level = forms.ChoiceField(label=_("Level"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Sorted by name in the visitor's language, accents ignored.
        names = sorted(LANGUAGE_CHOICES, key=lambda choice: _sort_key(str(choice[1])))
        self.fields["language"].choices = [("", pgettext_lazy("form", "Choose a language")), *names]
        self.fields["level"].choices = [("", _("Choose a level")), *LanguageLevel.choices]


def _sort_key(text):
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


class BaseExpertLanguageFormSet(forms.BaseFormSet):
    def clean(self):
        super().clean()
        seen = set()
        for row in self.forms:
            language = getattr(row, "cleaned_data", {}).get("language")
            if language and language in seen:
                row.add_error("language", _("This language is already listed."))
            seen.add(language)

    def rows(self):
        """The filled-in rows as (language, level)."""
        return [
            (row.cleaned_data["language"], row.cleaned_data["level"])
            for row in self.forms
            if row.cleaned_data
        ]


ExpertLanguageFormSet = forms.formset_factory(
    ExpertLanguageForm,
    formset=BaseExpertLanguageFormSet,
    extra=3,
    min_num=1,
    max_num=8,
    absolute_max=8,
    validate_min=True,
    validate_max=True,
)


class ExpertApplicationForm(IntakeForm):
    sections = [
        (
            _("About you"),
            [
                "first_name",
                "last_name",
                "email",
                "phone",
                "nationality",
                "second_nationality",
                "country_of_residence",
            ],
        ),
        (
            _("Your work"),
            [
                "sector",
                "employer",
                "department",
                "position",
                "employer_country",
                "years_of_experience",
            ],
        ),
        (
            _("Your expertise"),
            ["thematic_areas", "activity_types", "regions", "profile"],
        ),
        (_("Languages"), ["rows"]),
        (_("Availability"), ["days_per_year", "work_mode", "earliest_start"]),
        (_("CV and profile"), ["cv", "profile_url"]),
    ]
    attachment_fields = ("cv",)
    conditional_fields = ("employer",)

    country_prompts = {
        "nationality": _("Choose a country"),
        "second_nationality": pgettext_lazy("second nationality", "None"),
        "country_of_residence": _("Choose a country"),
        "employer_country": _("Choose a country"),
    }

    nationality = ExpertApplication._meta.get_field("country_of_residence").formfield(
        label=_("Nationality")
    )
    second_nationality = ExpertApplication._meta.get_field("country_of_residence").formfield(
        label=_("Second nationality"), required=False
    )
    country_of_residence = ExpertApplication._meta.get_field("country_of_residence").formfield(
        label=_("Country of residence")
    )
    employer_country = ExpertApplication._meta.get_field("employer_country").formfield(
        label=_("Employer's country"), required=False
    )
    thematic_areas = TermChoiceField(
        ThematicArea,
        label=_("Thematic areas of expertise"),
        help_text=_("Choose one or more."),
        error_messages={"required": _("Choose at least one thematic area.")},
    )
    activity_types = TermChoiceField(
        ActivityType,
        required=False,
        label=_("Activity types of experience"),
        help_text=_("Choose any that apply."),
    )
    regions = forms.MultipleChoiceField(
        choices=Region.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Regions of experience"),
        help_text=_("Choose any that apply."),
    )
    years_of_experience = forms.IntegerField(
        label=_("Years of experience in migration"), min_value=0, max_value=60
    )
    profile_url = forms.URLField(
        label=_("Profile link"),
        required=False,
        max_length=500,
        assume_scheme="https",
        help_text=_("For example your institutional or professional profile page."),
        widget=forms.URLInput(attrs={"autocomplete": "url"}),
    )
    days_per_year = forms.IntegerField(
        label=_("Days available a year"),
        min_value=1,
        max_value=365,
        help_text=_("Roughly how many working days a year you could give to MIEUX+ missions."),
    )

    class Meta:
        model = ExpertApplication
        fields = [
            "first_name",
            "last_name",
            "email",
            "phone",
            "country_of_residence",
            "sector",
            "employer",
            "department",
            "position",
            "employer_country",
            "years_of_experience",
            "profile",
            "days_per_year",
            "work_mode",
            "earliest_start",
            "cv",
            "profile_url",
            "consent",
            "newsletter_opt_in",
        ]
        widgets = {
            "sector": forms.RadioSelect,
            "work_mode": forms.RadioSelect,
            "earliest_start": DateInput,
            "first_name": forms.TextInput(attrs={"autocomplete": "given-name"}),
            "last_name": forms.TextInput(attrs={"autocomplete": "family-name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
            "employer": forms.TextInput(attrs={"autocomplete": "organization"}),
            "position": forms.TextInput(attrs={"autocomplete": "organization-title"}),
        }
        labels = {
            "consent": _(
                "I have read the privacy notice and agree that MIEUX+ keeps my details and CV "
                "in its expert roster"
            ),
            "newsletter_opt_in": _("Send me the MIEUX+ newsletter"),
        }
        help_texts = {
            "phone": _("Include the country code, e.g. +351 21 000 0000."),
            "employer": _("Leave empty if you work independently."),
            "profile": _(
                "Your experience in migration in a few paragraphs. At most 3,000 characters."
            ),
            "cv": _("PDF, DOC, DOCX or ODT, at most 5 MB."),
        }
        error_messages = {
            "consent": {"required": _("You must agree to the privacy notice to join the roster.")},
            "cv": {"required": _("Choose your CV file.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = ExpertLanguageFormSet(self.data if self.is_bound else None, prefix="languages")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("sector") and cleaned["sector"] != Sector.INDEPENDENT:
            self.require("employer", _("Name your current employer."))
        first, second = cleaned.get("nationality"), cleaned.get("second_nationality")
        if first and second == first:
            self.add_error("second_nationality", _("Choose a different country or none."))
        return cleaned

    def is_valid(self):
        # Both are validated, so that every error shows at once.
        form_valid = super().is_valid()
        return self.rows.is_valid() and form_valid

    def error_summary(self):
        entries = super().error_summary()
        for number, row in enumerate(self.rows.forms, start=1):
            for field_name, errors in row.errors.items():
                # A row's own errors (e.g. a language listed twice) point at its language.
                bound = row["language" if field_name == "__all__" else field_name]
                label = f"{_('Language %(number)s') % {'number': number}} – {bound.label}"
                entries += [
                    {"message": message, "label": label, "target": bound.auto_id}
                    for message in errors
                ]
        entries += [{"message": m, "target": ""} for m in self.rows.non_form_errors()]
        return entries

    def save(self, commit=True):
        application = super().save(commit=False)
        application.nationality = [
            code
            for code in (self.cleaned_data["nationality"], self.cleaned_data["second_nationality"])
            if code
        ]
        if commit:
            application.save()
            self.save_related(application)
        return application

    def save_related(self, application):
        """Store the many-to-many choices and the rows; the application must be saved."""
        super().save_related(application)
        ExpertRegion.objects.bulk_create(
            ExpertRegion(application=application, region=region)
            for region in self.cleaned_data["regions"]
        )
        ExpertLanguage.objects.bulk_create(
            ExpertLanguage(application=application, language=language, level=level)
            for language, level in self.rows.rows()
        )
