"""The CSV/XLSX export of a filtered inbox listing: readable columns, no formula injection.

Wagtail's ``SpreadsheetExportMixin`` writes the file; this module decides what goes in each cell.
Every cell is text a person reads (choice labels, country names, joined many-to-many values),
and any text a spreadsheet could take for a formula is neutralised: Wagtail only stops openpyxl
from writing a leading ``=`` as a formula in XLSX, and does nothing for CSV, where ``=``, ``+``,
``-``, ``@``, tab and carriage return all start formulas in Excel or LibreOffice (OWASP "CSV
injection"). The OWASP remedy is used in both formats: prefix such a value with a single quote.
"""

import datetime
import itertools

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django_countries import countries
from django_countries.fields import CountryField

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
    """For the inbox's IndexView: the export reads plain values, not model instances.

    ``list_export`` names model fields (``assignee`` included). Rows come from ``.values()`` in
    chunks; each chunk's many-to-many and child rows (thematic areas, languages...) are read with
    one query per relation and turned into labels from small per-export lookup tables (choice
    labels, country names, vocabulary names). That keeps a 100,000-row export to a few queries
    per thousand rows and a small, constant cost per row.
    """

    export_chunk_size = 1000

    def preprocess_field_value(self, field, value, export_format):
        return cell_text(value)

    def to_row_dict(self, row):
        return {field: self.export_value(row, field) for field in self.list_export}

    @cached_property
    def export_plan(self):
        """``{name: (kind, detail)}`` for each exported field, decided once per export."""
        plan = {}
        for name in self.list_export:
            field = self.model._meta.get_field(name)
            if name == "assignee":
                plan[name] = ("assignee", None)
            elif field.many_to_many:
                plan[name] = ("many", field)
            elif field.one_to_many:
                plan[name] = ("children", field)
            elif isinstance(field, CountryField):
                plan[name] = ("countries" if field.multiple else "country", None)
            elif field.choices:
                plan[name] = ("choice", {key: str(label) for key, label in field.flatchoices})
            else:
                plan[name] = ("value", None)
        return plan

    @cached_property
    def country_names(self):
        return {code: str(name) for code, name in countries}

    def export_value(self, row, name):
        kind, detail = self.export_plan[name]
        value = row.get(name)
        if kind == "assignee":
            full_name = f"{row['assignee__first_name']} {row['assignee__last_name']}".strip()
            return full_name or row["assignee__username"] or ""
        if kind in {"many", "children"}:
            return row["_related"][name]
        if kind == "country":
            return self.country_names.get(value, value)
        if kind == "countries":
            codes = value.split(",") if isinstance(value, str) else value or []
            return [self.country_names.get(code, code) for code in codes if code]
        if kind == "choice":
            return detail.get(value, value)
        return value

    def export_rows(self, queryset):
        columns = ["pk"]
        for name, (kind, _detail) in self.export_plan.items():
            if kind == "assignee":
                columns += ["assignee__first_name", "assignee__last_name", "assignee__username"]
            elif kind not in {"many", "children"}:
                columns.append(name)
        rows = queryset.values(*columns).iterator(chunk_size=self.export_chunk_size)
        while chunk := list(itertools.islice(rows, self.export_chunk_size)):
            related = self.related_labels([row["pk"] for row in chunk])
            for row in chunk:
                row["_related"] = {
                    name: labels.get(row["pk"], []) for name, labels in related.items()
                }
                yield row

    def related_labels(self, pks):
        """``{field name: {submission pk: [labels]}}`` for the many-to-many and child rows."""
        related = {}
        for name, (kind, field) in self.export_plan.items():
            if kind == "many":
                related[name] = self._many_labels(field, pks)
            elif kind == "children":
                related[name] = self._child_labels(field, pks)
        return related

    def _many_labels(self, field, pks):
        vocabulary = self._vocabulary(field.related_model)
        source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        links = field.remote_field.through.objects.filter(**{f"{source}__in": pks})
        labels = {}
        for owner, term in sorted(
            links.values_list(source, target), key=lambda link: vocabulary[link[1]][0]
        ):
            labels.setdefault(owner, []).append(vocabulary[term][1])
        return labels

    def _vocabulary(self, model):
        """``{pk: (position, label)}`` of a small vocabulary table, in its own ordering."""
        cache = self.__dict__.setdefault("_vocabularies", {})
        if model not in cache:
            cache[model] = {
                term.pk: (position, str(term)) for position, term in enumerate(model.objects.all())
            }
        return cache[model]

    def _child_labels(self, field, pks):
        """Child rows (an expert's languages, regions) as their ``str()``, computed once per
        distinct value: building and printing a model per row is what made exports slow."""
        model = field.related_model
        owner = field.field.attname
        attnames = [
            f.attname
            for f in model._meta.concrete_fields
            if not f.primary_key and f.attname != owner
        ]
        memo = self.__dict__.setdefault("_child_label_memo", {})
        labels = {}
        for owner_pk, *values in (
            model.objects.filter(**{f"{owner}__in": pks})
            .order_by("pk")
            .values_list(owner, *attnames)
        ):
            key = (model, *values)
            if key not in memo:
                memo[key] = str(model(**dict(zip(attnames, values, strict=True))))
            labels.setdefault(owner_pk, []).append(memo[key])
        return labels
