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
from django.utils.translation import gettext
from django_countries.fields import Country

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

    ``list_export`` names ``export_*`` methods on the viewset's view or model fields; ``choices``,
    countries and many-to-many values are turned into their labels, and the queryset prefetches
    the related rows so the export costs a fixed number of queries whatever its length.
    """

    def preprocess_field_value(self, field, value, export_format):
        return cell_text(value)

    def to_row_dict(self, item):
        return {field: self.export_value(item, field) for field in self.list_export}

    def export_value(self, item, field):
        method = getattr(self, f"export_{field}", None)
        if method:
            return method(item)
        display = getattr(item, f"get_{field}_display", None)
        if display:
            return display()
        value = getattr(item, field)
        if hasattr(value, "all"):
            return [str(related) for related in value.all()]
        if isinstance(value, list):
            return [_country_name(country) for country in value]
        return _country_name(value)


def _country_name(value):
    """A django-countries ``Country`` as its (translated) name; any other value unchanged."""
    if isinstance(value, Country):
        return value.name
    return value
