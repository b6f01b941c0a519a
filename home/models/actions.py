"""Where MIEUX+ is active: the Actions (a snippet) and the pages that present them.

An Action is one assistance project with a partner institution, named like "Benin II". It is a
snippet rather than a page because it is shown in lists (the overview, its region's page, the map)
and never on a page of its own. It is a ``ClusterableModel`` with a ``ParentalManyToManyField`` for
its thematic areas because that is the many-to-many that wagtail-localize copies to translations
(a plain ``ManyToManyField`` is skipped by its synchronisation).
"""

from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.map import world_map

from .taxonomy import Area, Region

FIRST_YEAR = 2009  # MIEUX started in 2009.
LAST_YEAR = 2100


class ActionStatus(models.TextChoices):
    ONGOING = "ongoing", _("Ongoing")
    COMPLETED = "completed", _("Completed")


class Action(TranslatableMixin, ClusterableModel):
    name = models.CharField(
        _("name"),
        max_length=100,
        help_text=_('The Action\'s short name, usually the country and a number: "Benin II".'),
    )
    countries = CountryField(
        _("partner countries"),
        multiple=True,
        help_text=_("One country for most Actions; several for a regional Action."),
    )
    institution = models.CharField(
        _("partner institution"),
        max_length=255,
        help_text=_("The institution or institutions that requested the Action."),
    )
    region = models.CharField(_("region"), max_length=40, choices=Region.choices)
    thematic_areas = ParentalManyToManyField(
        "home.ThematicArea",
        verbose_name=_("thematic areas"),
        related_name="actions",
        help_text=_("The areas the Action works on; it is listed under each of them."),
    )
    start_year = models.PositiveSmallIntegerField(
        _("start year"), validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)]
    )
    end_year = models.PositiveSmallIntegerField(
        _("end year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)],
        help_text=_("Leave empty while the end is not known."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ActionStatus.choices, default=ActionStatus.ONGOING
    )
    summary = models.TextField(
        _("summary"),
        max_length=600,
        help_text=_("Two or three sentences on what the Action does, for the public list."),
    )

    # Translators see the words; the facts stay the same in every language.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("institution"),
        TranslatableField("summary"),
        SynchronizedField("countries"),
        SynchronizedField("region"),
        SynchronizedField("thematic_areas"),
        SynchronizedField("start_year"),
        SynchronizedField("end_year"),
        SynchronizedField("status"),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("countries"),
        FieldPanel("institution"),
        FieldPanel("region"),
        FieldPanel("thematic_areas", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
                FieldPanel("status"),
            ],
            heading=_("Period"),
        ),
        FieldPanel("summary"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("Action")
        verbose_name_plural = _("Actions")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.end_year and self.start_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The end year cannot be before the start year.")})
        if self.status == ActionStatus.COMPLETED and not self.end_year:
            raise ValidationError({"end_year": _("A completed Action needs its end year.")})

    @property
    def anchor(self):
        """The id of the Action's entry in a list, for links from the map."""
        return f"action-{self.pk}"

    @property
    def is_ongoing(self):
        return self.status == ActionStatus.ONGOING


class RegionPageForm(WagtailAdminPageForm):
    """Refuses a second page for the same region under one overview."""

    def clean(self):
        cleaned_data = super().clean()
        region = cleaned_data.get("region")
        if region and self.parent_page is not None:
            siblings = RegionPage.objects.child_of(self.parent_page).filter(region=region)
            if siblings.exclude(pk=self.instance.pk).exists():
                self.add_error("region", _("This region already has its page here."))
        return cleaned_data


class ActionsIndexPage(Page):
    """The overview of the Actions ("Where MIEUX+ is active"): the map, key figures computed from
    the data, and the Actions grouped by region, filtered by GET parameters (no JavaScript)."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short paragraph above the key figures and the map."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.RegionPage"]
    max_count_per_parent = 1
    # The filter form is a GET form without a token; filtered views (a query string) are not kept.
    cache_public_response = True

    class Meta:
        verbose_name = _("Actions overview page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        every_action = list(actions_in(self.locale_id))
        filters = ActionFilterForm(request.GET)
        actions = [action for action in every_action if filters.matches(action)]
        region_pages = {p.region: p for p in RegionPage.objects.child_of(self).live()}
        context.update(
            figures=KeyFigures.of(every_action),
            filters=filters,
            actions=actions,
            groups=[
                RegionGroup(region, region_pages.get(region.value), group)
                for region in Region
                if (group := [a for a in actions if a.region == region.value])
            ],
            map=actions_map(actions),
        )
        return context


class RegionPage(Page):
    """One region's Actions and its counters. The Actions are found by the page's ``region``, so
    an editor adds an Action once (as a snippet) and it appears on its region's page."""

    region = models.CharField(
        _("region"),
        max_length=40,
        choices=Region.choices,
        help_text=_("The page lists the Actions of this region; one page per region."),
    )
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short paragraph on MIEUX+ in this region."),
    )

    content_panels = [*Page.content_panels, FieldPanel("region"), FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    base_form_class = RegionPageForm

    parent_page_types = ["home.ActionsIndexPage"]
    subpage_types = []
    cache_public_response = True

    class Meta:
        verbose_name = _("region page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        actions = list(actions_in(self.locale_id).filter(region=self.region))
        context.update(
            actions=actions,
            country_count=len({c.code for a in actions for c in a.countries}),
            map=actions_map(actions),
        )
        return context


def actions_in(locale_id):
    """The Actions of one language, with their thematic areas, in one query each.

    An Action not yet translated into the language is listed in its source language (marked
    with its ``lang`` in the template), so a new Action appears everywhere as soon as it is saved.
    """
    translated = Action.objects.filter(locale_id=locale_id)
    untranslated = Action.objects.filter(locale__language_code=settings.LANGUAGE_CODE).exclude(
        translation_key__in=translated.values("translation_key")
    )
    return (
        (translated | untranslated)
        .select_related("locale")
        .prefetch_related("thematic_areas")
        .order_by("name")
    )


def actions_map(actions):
    """The world map with each partner country linked to the first of its Actions in the list."""
    links = {}
    for action in actions:
        for country in action.countries:
            links.setdefault(country.code, f"#{action.anchor}")
    return world_map(links, _("Map of the partner countries"), described_by="map-note")


class ActionFilterForm(forms.Form):
    """The overview's filters, sent as GET parameters by a plain form (no JavaScript).

    The overview needs every Action of the language anyway for its key figures, so the filters
    apply to that list in Python rather than in a second query. A value that is not one of the
    choices fails validation and only that filter is dropped: a hand-edited URL shows a wider
    list rather than an error.
    """

    region = forms.ChoiceField(
        label=_("Region"), choices=[("", _("All regions")), *Region.choices], required=False
    )
    area = forms.ChoiceField(
        label=_("Thematic area"),
        choices=[("", _("All thematic areas")), *Area.choices],
        required=False,
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("Ongoing and completed")), *ActionStatus.choices],
        required=False,
    )

    @cached_property
    def chosen(self):
        """The valid, non-empty filter values by field name."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}

    def active(self):
        """(filter label, chosen value's label) for each filter in use, to echo them."""
        return [
            (self.fields[name].label, dict(self.fields[name].choices)[value])
            for name, value in self.chosen.items()
        ]

    def matches(self, action):
        chosen = self.chosen
        return (
            chosen.get("region", action.region) == action.region
            and chosen.get("status", action.status) == action.status
            and (
                "area" not in chosen
                or any(area.key == chosen["area"] for area in action.thematic_areas.all())
            )
        )


@dataclass(frozen=True)
class RegionGroup:
    region: Region
    page: RegionPage | None
    actions: list


@dataclass(frozen=True)
class KeyFigures:
    """The overview's key figures, counted from the Actions themselves so they are never stale."""

    actions: int
    countries: int
    regions: int
    ongoing: int

    @classmethod
    def of(cls, actions):
        return cls(
            actions=len(actions),
            countries=len({country.code for action in actions for country in action.countries}),
            regions=len({action.region for action in actions}),
            ongoing=sum(action.is_ongoing for action in actions),
        )
