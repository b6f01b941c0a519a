"""The one form a moderator fills in on a submission: status, assignee and a new note."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from forms.models.notes import NOTE_MAX_LENGTH
from forms.moderation import moderators


class ModerationForm(WagtailAdminModelForm):
    """The base form of the edit view's panels. Only ``status`` and ``assignee`` are model
    fields in it; everything the submitter sent is shown read-only and never bound, so the admin
    cannot change it even with a hand-crafted POST."""

    note = forms.CharField(
        label=_("Add an internal note"),
        required=False,
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Seen only by moderators; kept in the submission's history."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = moderators()
        self.fields["assignee"].label_from_instance = lambda user: (
            user.get_full_name() or user.get_username()
        )


class AssignForm(forms.Form):
    """The bulk "assign" action's form."""

    assignee = forms.ModelChoiceField(
        label=_("Assignee"),
        queryset=moderators(),
        required=False,
        empty_label=_("Nobody (unassign)"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = moderators()
