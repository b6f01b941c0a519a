"""Translatable snippets: text written once and shown on many pages, in the visitor's language.

The footer's funding and implementation statements live here rather than in the site settings
because settings cannot be translated; the templates keep gettext fallbacks for a site whose
snippet has not been written yet.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Testimonial(TranslatableMixin, index.Indexed, models.Model):
    """What a partner or an expert said about MIEUX+, shown on the home page."""

    quote = models.TextField(_("quote"))
    attribution = models.CharField(
        _("attribution"),
        max_length=120,
        help_text=_("Who said it, e.g. “MIEUX+ partner country” or “MIEUX+ expert”."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=0, help_text=_("Lower numbers are shown first.")
    )

    panels = [FieldPanel("quote"), FieldPanel("attribution"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("quote"), index.SearchField("attribution")]
    translatable_fields = [
        TranslatableField("quote"),
        TranslatableField("attribution"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("testimonial")
        verbose_name_plural = _("testimonials")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return f"{self.quote[:60]} — {self.attribution}"


class FooterText(TranslatableMixin, models.Model):
    """The statements in every page's footer: one per language, so there is never a doubt which
    one a page shows."""

    funding_statement = models.CharField(
        _("funding statement"),
        max_length=120,
        help_text=_("Shown next to the EU emblem, e.g. “Funded by the European Union”."),
    )
    implementation_statement = models.CharField(
        _("implementation statement"),
        max_length=200,
        help_text=_("Who implements MIEUX+, shown next to the ICMPD logo."),
    )
    disclaimer = models.TextField(
        _("disclaimer"),
        help_text=_("The EU disclaimer required on publications of EU-funded actions."),
    )

    panels = [
        FieldPanel("funding_statement"),
        FieldPanel("implementation_statement"),
        FieldPanel("disclaimer"),
    ]
    translatable_fields = [
        TranslatableField("funding_statement"),
        TranslatableField("implementation_statement"),
        TranslatableField("disclaimer"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return str(_("Footer text"))

    def clean(self):
        super().clean()
        others = FooterText.objects.filter(locale_id=self.locale_id).exclude(pk=self.pk)
        if self.locale_id and others.exists():
            raise ValidationError(_("This language already has a footer text; edit that one."))
