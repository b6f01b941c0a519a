"""The two form pages: Wagtail pages carrying the editable, translatable text around a form.

The form itself is a Django form (``forms.forms``), so every label, choice and error comes from
gettext in the page's language; the page holds what editors and translators write. Each page
answers two routes (RoutablePageMixin): the form (GET shows it, POST validates, stores and
redirects) and ``thank-you/``, which shows the reference kept in the visitor's session.
"""

import uuid
from functools import cached_property

from django.db import models
from django.db.models import Case, Q, Subquery, When
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

INTRO_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


class IntakeFormPage(RoutablePageMixin, Page):
    """What both form pages share; subclasses name their form class and submission model."""

    intro = RichTextField(_("introduction"), features=INTRO_FEATURES)
    privacy_summary = RichTextField(
        _("privacy notice summary"),
        features=["bold", "italic", "link", "ul"],
        help_text=_("The short privacy notice shown above the consent box."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("full privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    thank_you_text = RichTextField(
        _("thank-you text"),
        features=INTRO_FEATURES,
        help_text=_("Shown after a successful submission, under the reference number."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("privacy_summary"), FieldPanel("privacy_page")],
            heading=_("Privacy notice"),
        ),
        FieldPanel("thank_you_text"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        abstract = True

    @cached_property
    def privacy_notice(self):
        """The live full privacy notice in the visitor's language, else the linked page itself;
        one query whether or not the link points at this language's translation."""
        if self.privacy_page_id is None:
            return None
        linked = Page.objects.filter(pk=self.privacy_page_id).values("translation_key")
        return (
            Page.objects.live()
            .filter(translation_key=Subquery(linked))
            .filter(Q(locale__language_code=get_language()) | Q(pk=self.privacy_page_id))
            .order_by(Case(When(pk=self.privacy_page_id, then=1), default=0))
            .first()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # An empty form unless the view passes a bound one (also what previews show).
        context.setdefault("form", self.form_class(initial={"token": uuid.uuid4()}))
        return context

    @path("")
    def form_view(self, request):
        from forms.views import form_view

        return form_view(self, request)

    @path("thank-you/", name="thank_you")
    def thank_you_view(self, request):
        from forms.views import thank_you_view

        return thank_you_view(self, request)


class RequestAssistancePage(IntakeFormPage):
    """Institutions send an expression of interest (a request for assistance) here."""

    class Meta:
        verbose_name = _("request assistance page")

    @property
    def form_class(self):
        from forms.forms import ExpressionOfInterestForm

        return ExpressionOfInterestForm


class JoinRosterPage(IntakeFormPage):
    """Experts apply to join the MIEUX+ expert roster here."""

    class Meta:
        verbose_name = _("join the expert roster page")

    @property
    def form_class(self):
        from forms.forms import ExpertApplicationForm

        return ExpertApplicationForm
