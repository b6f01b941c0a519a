"""The form pages' two routes: the form (POST/redirect/GET) and the thank-you page.

Both responses are marked never-cache: the form carries a CSRF token and a one-time submission
token, the thank-you page a reference that belongs to one visitor, so neither may be stored by a
browser, a proxy or the CDN.
"""

import uuid

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpResponseRedirect
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from wagtail.log_actions import log

from forms.notifications import notify_after_commit
from forms.spam import allow_recaptcha, client_ip, is_rate_limited, record_submission

SESSION_KEY = "intake_references"


def _never_cached(response):
    add_never_cache_headers(response)
    return response


def _privacy_version(page):
    """Which privacy notice the visitor consented to: the live revision of the linked page."""
    privacy = page.privacy_notice
    if privacy is None or privacy.live_revision_id is None:
        return ""
    published = timezone.localdate(privacy.last_published_at).isoformat()
    return f"page {privacy.pk}, revision {privacy.live_revision_id} ({published})"


def _thank_you(page, request, submission):
    """Remember the reference for this visitor's thank-you page and send them there."""
    references = request.session.get(SESSION_KEY, {})
    references[str(page.pk)] = submission.reference
    request.session[SESSION_KEY] = references
    return HttpResponseRedirect(page.get_url(request) + page.reverse_subpage("thank_you"))


def _store(form, page):
    """Save the submission, its rows and files in one transaction; mail once it is committed.

    Files are written to storage while the row is saved, outside the database's transaction:
    when the transaction fails (the database went away, the same form won a race), the files
    it wrote are deleted too, so that no attachment outlives a submission that was never stored.
    """
    now = timezone.now()
    submission = form.save(commit=False)
    try:
        with transaction.atomic():
            submission.idempotency_token = form.cleaned_data["token"]
            submission.language = get_language()
            submission.created_at = now
            submission.consented_at = now
            submission.consent_version = _privacy_version(page)
            submission.assign_reference()
            submission.save()
            form.save_related(submission)
            log(submission, "wagtail.create")
            notify_after_commit(submission)
    except Exception:
        _delete_written_files(submission, form.attachment_fields)
        raise
    return submission


def _delete_written_files(submission, field_names):
    for name in field_names:
        file = getattr(submission, name)
        if file and file._committed:
            file.storage.delete(file.name)


def form_view(page, request):
    return allow_recaptcha(_form_response(page, request))


def _form_response(page, request):
    form_class = page.form_class
    model = form_class._meta.model
    if request.method == "POST":
        token = request.POST.get("token", "")
        duplicate = _find_by_token(model, token)
        if duplicate is not None:
            return _thank_you(page, request, duplicate)
        if is_rate_limited(request):
            response = page.render(request, template="forms/rate_limited.html")
            response.status_code = 429
            response["Retry-After"] = str(settings.FORM_RATE_LIMIT_WINDOW)
            return _never_cached(response)
        form = form_class(request.POST, request.FILES, remote_ip=client_ip(request))
        if form.is_valid():
            try:
                submission = _store(form, page)
            except IntegrityError:
                # The same form, sent twice at the same moment: the first one won.
                submission = _find_by_token(model, token)
                if submission is None:
                    raise
            else:
                record_submission(request)
            return _thank_you(page, request, submission)
        response = page.render(request, context_overrides={"form": form})
        response.status_code = 400
        return _never_cached(response)
    return _never_cached(page.render(request))


def _find_by_token(model, token):
    try:
        token = uuid.UUID(token)
    except (TypeError, ValueError):
        return None
    return model.objects.filter(idempotency_token=token).first()


def thank_you_view(page, request):
    reference = request.session.get(SESSION_KEY, {}).get(str(page.pk), "")
    response = page.render(
        request,
        template="forms/thank_you.html",
        context_overrides={"reference": reference},
    )
    return _never_cached(response)
