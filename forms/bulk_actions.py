"""Bulk actions on the inbox listings: change status (including spam and archive) and assign.

Each changed submission gets its own log entry through ``forms.moderation``, exactly as if it had
been changed on its own edit view.
"""

from django import forms
from django.utils.functional import classproperty
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from forms.access import forbidden
from forms.admin_forms import AssignForm
from forms.models import ExpertApplication, ExpressionOfInterest, Status
from forms.moderation import assign, change_status, user_label


class SubmissionBulkAction(SnippetBulkAction):
    """Only for the two submission models, and only for users who may change them: anyone else
    gets a 403 rather than a confirmation page listing submissions they may not touch."""

    @classproperty
    def models(cls):
        return [ExpressionOfInterest, ExpertApplication]

    template_name = "forms/admin/bulk_confirm.html"

    def dispatch(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_permission(request.user, "change"):
            return forbidden(request)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "action_title": self.display_name}

    def check_perm(self, obj):
        return self.permission_policy.user_has_permission(self.request.user, "change")

    def get_execution_context(self):
        return {**super().get_execution_context(), "user": self.request.user}


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"), choices=Status.choices)


class SetStatusBulkAction(SubmissionBulkAction):
    display_name = _("Change status")
    action_type = "set_status"
    aria_label = _("Change the status of the selected submissions")
    action_priority = 10
    form_class = StatusForm
    preset_status = None

    def get_initial(self):
        return {"status": self.preset_status} if self.preset_status else {}

    def get_execution_context(self):
        status = self.cleaned_form.cleaned_data["status"]
        return {**super().get_execution_context(), "status": status}

    @classmethod
    def execute_action(cls, objects, status=None, user=None, **kwargs):
        changed = sum(change_status(submission, status, user) for submission in objects)
        return changed, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d submission is now “%(status)s”.",
            "%(count)d submissions are now “%(status)s”.",
            num_parent_objects,
        ) % {
            "count": num_parent_objects,
            "status": Status(self.cleaned_form.cleaned_data["status"]).label,
        }


class MarkAsSpamBulkAction(SetStatusBulkAction):
    """A shortcut to "Change status" with Spam chosen, for the commonest triage step."""

    display_name = _("Mark as spam")
    action_type = "mark_spam"
    aria_label = _("Mark the selected submissions as spam")
    action_priority = 11
    preset_status = Status.SPAM


class ArchiveBulkAction(SetStatusBulkAction):
    display_name = _("Archive")
    action_type = "archive"
    aria_label = _("Archive the selected submissions")
    action_priority = 12
    preset_status = Status.ARCHIVED


class AssignBulkAction(SubmissionBulkAction):
    display_name = _("Assign")
    action_type = "assign"
    aria_label = _("Assign the selected submissions to a moderator")
    action_priority = 20
    form_class = AssignForm

    def get_execution_context(self):
        return {
            **super().get_execution_context(),
            "assignee": self.cleaned_form.cleaned_data["assignee"],
        }

    @classmethod
    def execute_action(cls, objects, assignee=None, user=None, **kwargs):
        changed = sum(assign(submission, assignee, user) for submission in objects)
        return changed, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        assignee = self.cleaned_form.cleaned_data["assignee"]
        if assignee is None:
            return ngettext(
                "%(count)d submission unassigned.",
                "%(count)d submissions unassigned.",
                num_parent_objects,
            ) % {"count": num_parent_objects}
        return ngettext(
            "%(count)d submission assigned to %(name)s.",
            "%(count)d submissions assigned to %(name)s.",
            num_parent_objects,
        ) % {"count": num_parent_objects, "name": user_label(assignee)}
