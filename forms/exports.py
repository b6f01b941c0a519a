"""The CSV/XLSX export of a filtered inbox listing: readable columns, no formula injection.

Wagtail's ``SpreadsheetExportMixin`` writes the file; this module decides what goes in each cell.
Every cell is text a person reads (choice labels, country names, joined many-to-many values),
and any text a spreadsheet could take for a formula is neutralised: Wagtail only stops openpyxl
from writing a leading ``=`` as a formula in XLSX, and does nothing for CSV, where ``=``, ``+``,
``-``, ``@``, tab and carriage return all start formulas in Excel or LibreOffice (OWASP "CSV
injection"). The OWASP remedy is used in both formats: prefix such a value with a single quote.
"""

import datetime

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django_countries.fields import Country, CountryField, MultipleCountriesDescriptor

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """The text a spreadsheet shows literally: a leading formula character gets a ``'`` before
    it; anything else is returned unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def cell_text(value):
    """A readable, neutralised cell for any exported value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return gettext("Yes") if value else gettext("No")
    if isinstance(value, datetime.datetime):
        return date_format(timezone.localtime(value), "Y-m-d H:i")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return neutralise(", ".join(str(item) for item in value))
    return neutralise(str(value))


class SubmissionExportMixin:
    """For the inbox's IndexView: every exported value becomes readable, neutralised text.

    ``list_export`` names model fields (or ``export_<name>`` methods of the view); choices,
    countries and many-to-many values are turned into their labels, and the queryset prefetches
    the related rows in chunks, so the export costs a few queries per thousand rows.
    """

    def preprocess_field_value(self, field, value, export_format):
        return cell_text(value)

    def to_row_dict(self, item):
        return {field: self.export_value(item, field) for field in self.list_export}

    @cached_property
    def choice_labels(self):
        """``{field name: {value: label}}`` for the model's choice fields, built once per export:
        ``get_FOO_display`` rebuilds the choice list on every call, which with django-countries'
        250 countries made a 100,000-row export take minutes."""
        return {
            field.name: dict(field.flatchoices)
            for field in self.model._meta.concrete_fields
            if field.choices and not isinstance(field, CountryField)
        }

    def export_value(self, item, field):
        method = getattr(self, f"export_{field}", None)
        if method:
            return method(item)
        value = getattr(item, field)
        if hasattr(value, "all"):
            return [str(related) for related in value.all()]
        if isinstance(value, Country):
            return value.name
        if isinstance(value, MultipleCountriesDescriptor):
            return [country.name for country in value]
        if field in self.choice_labels:
            return self.choice_labels[field].get(value, value)
        return value
