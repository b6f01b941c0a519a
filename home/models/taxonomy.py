"""The fixed vocabularies MIEUX+ works with: thematic areas, activity types and regions.

Thematic areas and activity types are rows (created by a data migration) rather than bare choices
because pages, Actions and submissions all refer to several of them at once, and a many-to-many
relation filters, searches and exports the same way on SQLite and PostgreSQL. Their names are
gettext strings, so every interface shows them in the visitor's language.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Area(models.TextChoices):
    LEGAL_MIGRATION = "legal-migration", _("Legal migration and mobility")
    MIGRATION_DEVELOPMENT = "migration-development", _("Migration and development")
    IRREGULAR_MIGRATION = (
        "irregular-migration",
        _("Irregular migration and trafficking in human beings"),
    )
    INTERNATIONAL_PROTECTION = (
        "international-protection",
        _("International protection and asylum policy"),
    )
    HORIZONTAL = "horizontal", _("Horizontal interventions")


class Activity(models.TextChoices):
    POLICY = "policy", _("Policy work")
    INFORMATION_EXCHANGE = "information-exchange", _("Information exchange")
    TRAINING = "training", _("Training")
    PRACTICAL_TOOLS = "practical-tools", _("Practical tools")


class Region(models.TextChoices):
    WEST_CENTRAL_AFRICA = "west-central-africa", _("West and Central Africa")
    EAST_SOUTHERN_AFRICA = "east-southern-africa", _("East and Southern Africa")
    EUROPEAN_NEIGHBOURHOOD = "european-neighbourhood", _("European Neighbourhood")
    LATIN_AMERICA_CARIBBEAN = "latin-america-caribbean", _("Latin America and the Caribbean")
    ASIA = "asia", _("Asia")


class _Term(models.Model):
    key = models.SlugField(unique=True, editable=False)
    sort_order = models.PositiveSmallIntegerField(editable=False)

    class Meta:
        abstract = True
        ordering = ["sort_order"]

    def __str__(self):
        return str(self.vocabulary(self.key).label)


class ThematicArea(_Term):
    vocabulary = Area

    class Meta(_Term.Meta):
        verbose_name = _("thematic area")
        verbose_name_plural = _("thematic areas")


class ActivityType(_Term):
    vocabulary = Activity

    class Meta(_Term.Meta):
        verbose_name = _("activity type")
        verbose_name_plural = _("activity types")
