"""The submissions inbox: one snippet listing per submission type under a "Submissions" menu.

``SnippetViewSet`` rather than ``ModelViewSet`` because Wagtail 8's snippet listings carry the
bulk-action checkboxes (forms/bulk_actions.py); everything else (filters, search, ordering,
pagination, CSV/XLSX export, inspect and history views) is the viewset's own machinery, configured
here. The submitted data is read-only: the edit view's form binds only status and assignee, plus
a note, and saves them through ``forms.moderation`` so each change is logged.
"""

from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import format_html, format_html_join
from django.utils.text import capfirst
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.snippets.views.snippets import (
    DeleteView,
    EditView,
    HistoryView,
    IndexView,
    InspectView,
    SnippetViewSet,
    SnippetViewSetGroup,
    UsageView,
)

from forms.access import ForbiddenMixin
from forms.admin_forms import ModerationForm
from forms.exports import SubmissionExportMixin
from forms.filters import ExpertApplicationFilterSet, ExpressionOfInterestFilterSet
from forms.models import ExpertApplication, ExpressionOfInterest, Note, Status
from forms.moderation import moderate, user_label


class _ExportRows:
    """What Wagtail's spreadsheet writers iterate over: the export's rows (see
    ``forms.exports``), with the ``model`` they read column headings from."""

    def __init__(self, view, queryset):
        self.view = view
        self.queryset = queryset
        self.model = queryset.model

    def __iter__(self):
        return self.view.export_rows(self.queryset)


class SubmissionIndexView(ForbiddenMixin, SubmissionExportMixin, IndexView):
    """The listing: rows link to the inspect view; export needs the ``export`` permission."""

    def get_add_url(self):
        return None

    def get(self, request, *args, **kwargs):
        if not self.is_export:
            return super().get(request, *args, **kwargs)
        if not self.user_has_permission("export"):
            raise PermissionDenied
        # Straight to the file: the listing's context (table, pagination) would load every row.
        return self.as_spreadsheet(self.get_queryset(), request.GET["export"])

    @cached_property
    def show_export_buttons(self):
        return bool(self.list_export) and self.user_has_permission("export")

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("assignee")

    def as_spreadsheet(self, queryset, spreadsheet_format):
        return super().as_spreadsheet(_ExportRows(self, queryset), spreadsheet_format)

    def _get_title_column(self, field_name, column_class=TitleColumn, **kwargs):
        return self._get_custom_column(
            field_name,
            self._get_title_column_class(column_class),
            get_url=self.get_inspect_url,
            get_title_id=lambda instance: f"snippet_{quote(instance.pk)}_title",
            **kwargs,
        )


class SubmissionInspectView(ForbiddenMixin, InspectView):
    """Every submitted field, read-only; attachments link to the checked download view, and the
    moderators' notes follow the submitted data."""

    attachment_fields = ()
    extra_labels = {"notes": _("Internal notes")}

    def get_field_label(self, field_name, field):
        if field_name in self.extra_labels:
            return capfirst(self.extra_labels[field_name])
        return super().get_field_label(field_name, field)

    def get_field_display_value(self, field_name, field):
        if field_name in self.attachment_fields:
            return self.attachment_display(field_name)
        value = super().get_field_display_value(field_name, field)
        if value is None or value == "":
            return "-"
        return value

    def attachment_display(self, field_name):
        if not getattr(self.object, field_name):
            return pgettext("attachment", "None")
        if not self.user_has_permission("download"):
            return _("Attached (you may not download it)")
        url = reverse(
            "forms_attachment",
            args=(self.model._meta.model_name, quote(self.object.pk), field_name),
        )
        return format_html('<a href="{}" download>{}</a>', url, _("Download"))

    def get_notes_display_value(self):
        notes = Note.for_submission(self.object).select_related("author")
        if not notes:
            return "-"
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                "<li><p>{}</p><p><small>{} · {}</small></p></li>",
                (
                    (
                        note.text,
                        user_label(note.author),
                        localtime(note.created_at).strftime("%Y-%m-%d %H:%M"),
                    )
                    for note in notes
                ),
            ),
        )

    def get_assignee_display_value(self):
        return user_label(self.object.assignee) or "-"

    def get_nationality_display_value(self):
        return ", ".join(country.name for country in self.object.nationality) or "-"

    def get_regions_display_value(self):
        return ", ".join(str(region) for region in self.object.regions.all()) or "-"

    def get_languages_display_value(self):
        return ", ".join(str(language) for language in self.object.languages.all()) or "-"


class SubmissionEditView(ForbiddenMixin, EditView):
    """Saves only what moderators may change, through ``forms.moderation.moderate`` (which logs
    each change) instead of Wagtail's generic edit action (which would log a bare "Edited")."""

    def save_instance(self):
        with transaction.atomic():
            current = self.model.objects.select_for_update().get(pk=self.object.pk)
            data = self.form.cleaned_data
            moderate(
                current,
                status=data["status"],
                assignee=data["assignee"],
                note=data["note"].strip(),
                user=self.request.user,
            )
        return current


class SubmissionHistoryView(ForbiddenMixin, HistoryView):
    pass


class SubmissionDeleteView(ForbiddenMixin, DeleteView):
    """Only superusers reach it (the Moderators group has no delete permission); the files and
    notes go with the submission (``forms.data_protection``)."""


class SubmissionUsageView(ForbiddenMixin, UsageView):
    pass


def new_count_menu_item(model):
    """A menu item whose label carries the number of New submissions: one indexed COUNT per
    submission type for each admin page, only for users who can see the listing."""

    class NewCountMenuItem(MenuItem):
        def is_shown(self, request):
            return model.snippet_viewset.permission_policy.user_has_any_permission(
                request.user, ["view", "change"]
            )

        def render_component(self, request):
            component = super().render_component(request)
            count = model.objects.filter(status=Status.NEW).count()
            if count:
                component.label = _("%(label)s (%(count)s new)") % {
                    "label": self.label,
                    "count": count,
                }
            return component

    return NewCountMenuItem


class SubmissionViewSet(SnippetViewSet):
    """What both listings share: ordering, pagination, search without a search index (plain
    ``icontains`` lookups, identical on SQLite and PostgreSQL), the moderation form."""

    list_per_page = 50
    # Nothing links to a submission; indexing references would only slow every save.
    add_to_reference_index = False
    ordering = "-created_at"
    inspect_view_enabled = True
    copy_view_enabled = False
    search_backend_name = None
    index_view_class = SubmissionIndexView
    inspect_view_class = SubmissionInspectView
    edit_view_class = SubmissionEditView
    history_view_class = SubmissionHistoryView
    delete_view_class = SubmissionDeleteView
    usage_view_class = SubmissionUsageView
    read_only_panels = ()
    attachment_fields = ()

    @cached_property
    def menu_item_class(self):
        return new_count_menu_item(self.model)

    def register_chooser_viewset(self):
        """No chooser: nothing links to a submission, and Wagtail's chooser views check no model
        permission, so they would let any admin user list and search submissions."""

    def get_urlpatterns(self):
        # Submissions come only from the public forms: no "add" view.
        return [pattern for pattern in super().get_urlpatterns() if pattern.name != "add"]

    def get_edit_handler(self):
        return ObjectList(
            [
                MultiFieldPanel(
                    [FieldPanel(name, read_only=True) for name in self.read_only_panels],
                    heading=_("Submission"),
                ),
                MultiFieldPanel(
                    [FieldPanel("status"), FieldPanel("assignee"), FieldPanel("note")],
                    heading=_("Moderation"),
                ),
            ],
            base_form_class=ModerationForm,
        ).bind_to_model(self.model)

    @cached_property
    def export_headings(self):
        return {
            "assignee": capfirst(_("assignee")),
            "regions": capfirst(_("regions of experience")),
            "languages": capfirst(_("languages")),
        }

    def get_inspect_view_kwargs(self, **kwargs):
        return super().get_inspect_view_kwargs(attachment_fields=self.attachment_fields, **kwargs)


class ExpressionOfInterestViewSet(SubmissionViewSet):
    model = ExpressionOfInterest
    icon = "mail"
    filterset_class = ExpressionOfInterestFilterSet
    list_display = [
        "reference",
        "institution_name",
        "country",
        "status",
        "language",
        DateColumn("created_at", label=_("Submitted"), sort_key="created_at"),
        Column(
            "assignee",
            label=_("Assignee"),
            accessor=lambda submission: user_label(submission.assignee),
            sort_key="assignee__username",
        ),
    ]
    search_fields = [
        "reference",
        "institution_name",
        "contact_name",
        "contact_email",
        "request_title",
        "description",
    ]
    read_only_panels = ("reference", "institution_name", "country", "contact_name", "created_at")
    inspect_view_fields = [
        "reference",
        "status",
        "assignee",
        "language",
        "created_at",
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
        "thematic_areas",
        "sub_topics",
        "activity_types",
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
        "consent_version",
        "consented_at",
        "notes",
    ]
    list_export = [name for name in inspect_view_fields if name not in {"request_letter", "notes"}]

    attachment_fields = ("request_letter",)


class ExpertApplicationViewSet(SubmissionViewSet):
    model = ExpertApplication
    icon = "user"
    filterset_class = ExpertApplicationFilterSet
    list_display = [
        "reference",
        Column(
            "name",
            label=_("Name"),
            accessor=lambda submission: submission.submitter_name,
            sort_key="last_name",
        ),
        "country_of_residence",
        "status",
        "language",
        DateColumn("created_at", label=_("Submitted"), sort_key="created_at"),
        Column(
            "assignee",
            label=_("Assignee"),
            accessor=lambda submission: user_label(submission.assignee),
            sort_key="assignee__username",
        ),
    ]
    search_fields = ["reference", "first_name", "last_name", "email", "employer", "profile"]
    read_only_panels = ("reference", "first_name", "last_name", "email", "created_at")
    inspect_view_fields = [
        "reference",
        "status",
        "assignee",
        "language",
        "created_at",
        "first_name",
        "last_name",
        "email",
        "phone",
        "nationality",
        "country_of_residence",
        "sector",
        "employer",
        "department",
        "position",
        "employer_country",
        "years_of_experience",
        "thematic_areas",
        "activity_types",
        "regions",
        "profile",
        "languages",
        "days_per_year",
        "work_mode",
        "earliest_start",
        "cv",
        "profile_url",
        "newsletter_opt_in",
        "consent",
        "consent_version",
        "consented_at",
        "notes",
    ]
    list_export = [name for name in inspect_view_fields if name not in {"cv", "notes"}]

    attachment_fields = ("cv",)


class SubmissionsViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Submissions")
    menu_icon = "mail"
    menu_name = "submissions"
    menu_order = 150
    items = (ExpressionOfInterestViewSet, ExpertApplicationViewSet)
