"""The content page types. Each says where it may be created (``parent_page_types``), what may be
created under it (``subpage_types``) and, for the pages a language tree needs once, that it exists
once per home page (``max_count_per_parent``), so editors cannot build a tree that makes no sense.

``translatable_fields`` is declared on every type: translators get the text, while keys, dates and
links to other pages or to vocabulary rows stay synchronised with the English source.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q, Subquery
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.blocks import CharBlock
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.blocks import (
    ActivityTypeBlock,
    BodyStreamBlock,
    FeatureBlock,
    KeyFactBlock,
    PrincipleBlock,
    StepBlock,
)
from home.models.snippets import Testimonial

# The Page fields every type shares: text is translated, the menu flag follows the source.
PAGE_TRANSLATABLE_FIELDS = [
    TranslatableField("title"),
    TranslatableField("slug"),
    TranslatableField("seo_title"),
    TranslatableField("search_description"),
    SynchronizedField("show_in_menus"),
]


def _introduction():
    return models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences shown under the page title and in search results."),
    )


def _body():
    return StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))


class ContentPage(Page):
    """Fields, panels and rules shared by the inner pages: an introduction and a free body."""

    introduction = _introduction()
    body = _body()

    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("introduction"),
        TranslatableField("body"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    # The same for every visitor, no form: kept whole by home.page_cache and shared caches.
    cache_public_response = True

    class Meta:
        abstract = True


class HomePage(Page):
    """The root of each language's tree: what MIEUX+ is, its key features and facts, calls to
    action, and teasers of the thematic areas and testimonials (those come from their own pages
    and snippets, so they are written once)."""

    hero_purpose = models.CharField(
        _("purpose"),
        max_length=200,
        blank=True,
        help_text=_("The initiative's purpose in one line, shown large under the title."),
    )
    introduction = models.TextField(_("introduction"), blank=True)
    features = StreamField(
        [("feature", FeatureBlock())],
        blank=True,
        max_num=6,
        verbose_name=_("key features"),
    )
    request_assistance_heading = models.CharField(_("heading"), max_length=120, blank=True)
    request_assistance_text = models.TextField(_("text"), blank=True)
    request_assistance_link_text = models.CharField(_("link text"), max_length=60, blank=True)
    request_assistance_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The expression-of-interest form page."),
    )
    join_roster_heading = models.CharField(_("heading"), max_length=120, blank=True)
    join_roster_text = models.TextField(_("text"), blank=True)
    join_roster_link_text = models.CharField(_("link text"), max_length=60, blank=True)
    join_roster_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The expert roster sign-up form page."),
    )
    thematic_areas_text = models.TextField(
        _("thematic areas teaser"),
        blank=True,
        help_text=_("A sentence introducing the thematic areas listed below it."),
    )
    key_facts = StreamField(
        [("fact", KeyFactBlock())], blank=True, max_num=6, verbose_name=_("key facts")
    )
    body = _body()

    search_fields = [
        *Page.search_fields,
        index.SearchField("hero_purpose"),
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_purpose"), FieldPanel("introduction"), FieldPanel("features")],
            heading=_("Hero"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("request_assistance_heading"),
                FieldPanel("request_assistance_text"),
                FieldPanel("request_assistance_link_text"),
                PageChooserPanel("request_assistance_page"),
            ],
            heading=_("Call to action: request assistance"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("join_roster_heading"),
                FieldPanel("join_roster_text"),
                FieldPanel("join_roster_link_text"),
                PageChooserPanel("join_roster_page"),
            ],
            heading=_("Call to action: join the expert roster"),
        ),
        FieldPanel("thematic_areas_text"),
        FieldPanel("key_facts"),
        FieldPanel("body"),
    ]
    translatable_fields = [
        *PAGE_TRANSLATABLE_FIELDS,
        TranslatableField("hero_purpose"),
        TranslatableField("introduction"),
        TranslatableField("features"),
        TranslatableField("request_assistance_heading"),
        TranslatableField("request_assistance_text"),
        TranslatableField("request_assistance_link_text"),
        SynchronizedField("request_assistance_page"),
        TranslatableField("join_roster_heading"),
        TranslatableField("join_roster_text"),
        TranslatableField("join_roster_link_text"),
        SynchronizedField("join_roster_page"),
        TranslatableField("thematic_areas_text"),
        TranslatableField("key_facts"),
        TranslatableField("body"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    cache_public_response = True

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["testimonials"] = Testimonial.objects.filter(locale_id=self.locale_id)
        context["calls_to_action"] = self.call_to_action_pages()
        return context

    def call_to_action_pages(self):
        """The two call-to-action targets in this page's language, keyed by field name, in one
        query. The links are synchronised from the English page (wagtail-localize's choice for
        page links), so each is swapped for its translation, or kept when it has none."""
        ids = {
            name: getattr(self, f"{name}_id")
            for name in ("request_assistance_page", "join_roster_page")
            if getattr(self, f"{name}_id")
        }
        if not ids:
            return {}
        keys = Page.objects.filter(pk__in=ids.values()).values("translation_key")
        pages = list(
            Page.objects.filter(translation_key__in=Subquery(keys)).filter(
                Q(locale_id=self.locale_id) | Q(pk__in=ids.values())
            )
        )
        by_pk = {page.pk: page for page in pages}
        localized = {
            p.translation_key: p for p in pages if p.locale_id == self.locale_id and p.live
        }
        targets = {}
        for name, pk in ids.items():
            chosen = by_pk.get(pk)
            if chosen is not None:
                page = localized.get(chosen.translation_key) or (chosen if chosen.live else None)
                if page is not None:
                    targets[name] = page
        return targets


class StandardPage(ContentPage):
    """A general page: an introduction and a free body (e.g. "About MIEUX+")."""

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class LegalPage(ContentPage):
    """Legal notice, accessibility statement, privacy notice: linked from every page's footer
    (children of the home page of this type form the footer menu) and dated."""

    last_updated = models.DateField(
        _("last updated"),
        null=True,
        blank=True,
        help_text=_("Shown on the page, e.g. the date the accessibility statement was prepared."),
    )

    content_panels = [*ContentPage.content_panels, FieldPanel("last_updated")]
    translatable_fields = [*ContentPage.translatable_fields, SynchronizedField("last_updated")]

    class Meta:
        verbose_name = _("legal page")


class HowItWorksPage(ContentPage):
    """How a request becomes assistance: the steps, each with its points."""

    steps = StreamField([("step", StepBlock())], min_num=1, verbose_name=_("steps"))

    search_fields = [*ContentPage.search_fields, index.SearchField("steps")]
    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("steps"),
        FieldPanel("body"),
    ]
    translatable_fields = [*ContentPage.translatable_fields, TranslatableField("steps")]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("“how it works” page")


class EligibilityPage(ContentPage):
    """Who can request assistance: the eligible institutions and joint requests."""

    institutions = StreamField(
        [("institution", CharBlock(label=_("institution"), max_length=200))],
        min_num=1,
        verbose_name=_("eligible institutions"),
    )
    joint_requests = models.TextField(
        _("joint requests"),
        blank=True,
        help_text=_("What applies when several institutions request assistance together."),
    )

    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("institutions"),
        index.SearchField("joint_requests"),
    ]
    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("institutions"),
        FieldPanel("joint_requests"),
        FieldPanel("body"),
    ]
    translatable_fields = [
        *ContentPage.translatable_fields,
        TranslatableField("institutions"),
        TranslatableField("joint_requests"),
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("eligibility page")


class ThematicAreasIndexPage(ContentPage):
    """Lists the thematic area pages under it."""

    subpage_types = ["home.ThematicAreaPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("thematic areas index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["areas"] = ThematicAreaPage.objects.child_of(self).live().order_by("path")
        return context


class ThematicAreaPage(ContentPage):
    """One thematic area, tied to its row in the shared vocabulary (which Actions and
    submissions refer to as well), with its sub-topics."""

    thematic_area = models.ForeignKey(
        "home.ThematicArea",
        verbose_name=_("thematic area"),
        on_delete=models.PROTECT,
        related_name="pages",
    )
    subtopics = StreamField(
        [("subtopic", CharBlock(label=_("sub-topic"), max_length=120))],
        blank=True,
        verbose_name=_("sub-topics"),
    )

    search_fields = [*ContentPage.search_fields, index.SearchField("subtopics")]
    content_panels = [
        *Page.content_panels,
        FieldPanel("thematic_area"),
        FieldPanel("introduction"),
        FieldPanel("subtopics"),
        FieldPanel("body"),
    ]
    translatable_fields = [
        *ContentPage.translatable_fields,
        SynchronizedField("thematic_area", overridable=False),
        TranslatableField("subtopics"),
    ]
    parent_page_types = ["home.ThematicAreasIndexPage"]

    class Meta:
        verbose_name = _("thematic area page")

    def clean(self):
        super().clean()
        siblings = ThematicAreaPage.objects.filter(
            locale_id=self.locale_id, thematic_area_id=self.thematic_area_id
        ).exclude(pk=self.pk)
        if self.thematic_area_id and siblings.exists():
            raise ValidationError(
                {"thematic_area": _("This thematic area already has a page in this language.")}
            )


class ActivitiesPage(ContentPage):
    """The types of activity MIEUX+ carries out, with examples of each."""

    activity_types = StreamField(
        [("activity_type", ActivityTypeBlock())], min_num=1, verbose_name=_("activity types")
    )

    search_fields = [*ContentPage.search_fields, index.SearchField("activity_types")]
    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("activity_types"),
        FieldPanel("body"),
    ]
    translatable_fields = [*ContentPage.translatable_fields, TranslatableField("activity_types")]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("activities page")


class PrinciplesPage(ContentPage):
    """The principles MIEUX+ works by."""

    principles = StreamField(
        [("principle", PrincipleBlock())], min_num=1, verbose_name=_("principles")
    )

    search_fields = [*ContentPage.search_fields, index.SearchField("principles")]
    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("principles"),
        FieldPanel("body"),
    ]
    translatable_fields = [*ContentPage.translatable_fields, TranslatableField("principles")]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("principles page")
