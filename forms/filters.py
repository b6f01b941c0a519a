"""The inbox's filters: one WagtailFilterSet per submission type, sharing the moderation ones.

Many-to-many filters (thematic area) use an ``IN (subquery)`` rather than a join, so a filtered
listing needs no DISTINCT and its count stays a single indexed query at 100,000 rows.
"""

import django_filters
from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from forms.models import ExpertApplication, ExpressionOfInterest, Sector, Status
from forms.models.submissions import RequesterType
from forms.moderation import moderators
from home.models import ThematicArea


def _country_choices():
    return list(countries)


class SubmissionFilterSet(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"), choices=Status.choices, widget=forms.CheckboxSelectMultiple
    )
    language = django_filters.ChoiceFilter(
        label=_("Submission language"), choices=settings.LANGUAGES, widget=forms.RadioSelect
    )
    thematic_area = django_filters.ModelMultipleChoiceFilter(
        label=_("Thematic area"),
        queryset=ThematicArea.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        method="filter_thematic_area",
    )
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Submitted"), widget=DateRangePickerWidget
    )
    assignee = django_filters.ModelChoiceFilter(
        label=_("Assignee"), queryset=moderators(), null_label=_("Unassigned")
    )

    def filter_thematic_area(self, queryset, name, value):
        if not value:
            return queryset
        through = queryset.model.thematic_areas.through
        return queryset.filter(
            pk__in=through.objects.filter(thematicarea__in=value).values(
                f"{queryset.model._meta.model_name}_id"
            )
        )


class ExpressionOfInterestFilterSet(SubmissionFilterSet):
    country = django_filters.ChoiceFilter(label=_("Country"), choices=_country_choices)
    requester_type = django_filters.ChoiceFilter(
        label=_("Type of institution"), choices=RequesterType.choices, widget=forms.RadioSelect
    )

    class Meta:
        model = ExpressionOfInterest
        fields = [
            "status",
            "country",
            "requester_type",
            "thematic_area",
            "language",
            "created_at",
            "assignee",
        ]


class ExpertApplicationFilterSet(SubmissionFilterSet):
    country_of_residence = django_filters.ChoiceFilter(
        label=_("Country of residence"), choices=_country_choices
    )
    sector = django_filters.ChoiceFilter(
        label=_("Sector"), choices=Sector.choices, widget=forms.RadioSelect
    )

    class Meta:
        model = ExpertApplication
        fields = [
            "status",
            "country_of_residence",
            "sector",
            "thematic_area",
            "language",
            "created_at",
            "assignee",
        ]
