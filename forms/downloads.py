"""The only way to read a submission's attachment: a permission-checked, logged admin download.

The file is streamed from private storage as an attachment (never rendered inline), with
``X-Content-Type-Options: nosniff`` and a content type chosen from the validated extension rather
than from anything the submitter sent, so a crafted file cannot run as HTML in the admin's origin.
"""

from django.apps import apps
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from wagtail.log_actions import log
from wagtail.permissions import policy_registry

from forms.access import forbidden
from forms.moderation import ATTACHMENT_DOWNLOADED

ATTACHMENT_FIELDS = {
    "expressionofinterest": ("request_letter",),
    "expertapplication": ("cv",),
}
SAFE_CONTENT_TYPES = {
    "pdf": "application/pdf",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
}
FALLBACK_CONTENT_TYPE = "application/octet-stream"


def download_attachment(request, model_name, pk, field_name):
    if field_name not in ATTACHMENT_FIELDS.get(model_name, ()):
        raise Http404
    model = apps.get_model("forms", model_name)
    policy = policy_registry.get_by_type(model)
    if not policy.user_has_permission(request.user, "download"):
        return forbidden(request)
    submission = get_object_or_404(model, pk=pk)
    attachment = getattr(submission, field_name)
    if not attachment:
        raise Http404
    try:
        handle = attachment.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    extension = attachment.name.rsplit(".", 1)[-1].lower()
    log(submission, ATTACHMENT_DOWNLOADED, user=request.user, data={"field": field_name})
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=f"{submission.reference}-{field_name}.{extension}",
        content_type=SAFE_CONTENT_TYPES.get(extension, FALLBACK_CONTENT_TYPE),
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
