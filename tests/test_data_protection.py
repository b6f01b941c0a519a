"""Retention (purge_submissions) and one person's data (personal_data): export and erasure."""

import datetime
import json

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone
from wagtail.models import ModelLogEntry, Site

from forms.models import ExpertApplication, ExpressionOfInterest, IntakeSettings, Note, Status
from forms.moderation import add_note
from tests.fixtures.inbox import make_application, make_interest

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_storage_dir")]


def _days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


@pytest.fixture
def retention():
    settings = IntakeSettings.for_site(Site.objects.get(is_default_site=True))
    settings.declined_retention_days = 90
    settings.spam_retention_days = 10
    settings.save()
    return settings


def _run(*args):
    from io import StringIO

    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_retention_periods_default_to_a_year_and_a_month():
    settings = IntakeSettings()
    assert (settings.declined_retention_days, settings.spam_retention_days) == (365, 30)


def test_purge_deletes_expired_declined_and_spam_with_their_files(retention, private_storage_dir):
    old_declined = make_interest(
        status=Status.DECLINED, created_at=_days_ago(91), letter=b"%PDF-1.4"
    )
    old_spam = make_application(status=Status.SPAM, created_at=_days_ago(11))
    recent_declined = make_interest(status=Status.DECLINED, created_at=_days_ago(89))
    recent_spam = make_application(status=Status.SPAM, created_at=_days_ago(9))
    old_accepted = make_interest(status=Status.ACCEPTED, created_at=_days_ago(1000))
    add_note(old_declined, "Declined: outside mandate", None)
    files = [
        private_storage_dir / old_declined.request_letter.name,
        private_storage_dir / old_spam.cv.name,
    ]
    assert all(path.exists() for path in files)

    with TestCase.captureOnCommitCallbacks(execute=True):
        output = _run("purge_submissions")

    assert old_declined.reference in output and old_spam.reference in output
    assert "Deleted 2 submission(s) in total." in output
    assert not ExpressionOfInterest.objects.filter(pk=old_declined.pk).exists()
    assert not ExpertApplication.objects.filter(pk=old_spam.pk).exists()
    for kept in (recent_declined, recent_spam, old_accepted):
        assert type(kept).objects.filter(pk=kept.pk).exists()
    assert not any(path.exists() for path in files)
    assert not Note.objects.exists()
    entry = ModelLogEntry.objects.get(
        action="forms.purge",
        content_type=ContentType.objects.get_for_model(ExpressionOfInterest),
        object_id=str(old_declined.pk),
    )
    assert entry.data == {"reference": old_declined.reference}
    assert not ModelLogEntry.objects.filter(action="forms.note").exists()


def test_purge_dry_run_deletes_nothing(retention):
    old = make_interest(status=Status.SPAM, created_at=_days_ago(11))
    output = _run("purge_submissions", "--dry-run")
    assert f"Would delete 1 spam expressions of interest: {old.reference}" in output
    assert ExpressionOfInterest.objects.filter(pk=old.pk).exists()


@pytest.fixture
def person():
    email = "Person@Example.org"
    return {
        "email": email,
        "interest": make_interest(contact_email=email, institution_name="Person's Ministry"),
        "application": make_application(email=email.lower(), last_name="Person"),
        "other": make_interest(contact_email="someone-else@example.org"),
    }


def test_personal_data_lists_what_is_held(person):
    output = _run("personal_data", "person@example.org")
    assert person["interest"].reference in output
    assert person["application"].reference in output
    assert person["other"].reference not in output
    assert "2 submission(s) held" in output


def test_personal_data_exports_everything_as_json(person, tmp_path):
    add_note(person["interest"], "Spoke to them", None)
    target = tmp_path / "data.json"
    _run("personal_data", "person@example.org", "--export", str(target))
    data = json.loads(target.read_text())
    assert data["email"] == "person@example.org"
    by_type = {item["type"]: item for item in data["submissions"]}
    interest = by_type["expressionofinterest"]
    assert interest["reference"] == person["interest"].reference
    assert interest["institution_name"] == "Person's Ministry"
    assert interest["country"] == "CV"
    assert interest["thematic_areas"] == ["legal-migration"]
    assert interest["notes"][0]["text"] == "Spoke to them"
    application = by_type["expertapplication"]
    assert application["nationality"] == ["BE", "FR"]
    assert {"language": "fr", "level": "native"} in application["languages"]
    assert application["regions"] == [{"region": "asia"}]
    assert application["cv"].endswith(".pdf")
    assert len(data["submissions"]) == 2


def test_personal_data_erase_deletes_and_logs(person, admin_user, private_storage_dir):
    cv = private_storage_dir / person["application"].cv.name
    with TestCase.captureOnCommitCallbacks(execute=True):
        output = _run(
            "personal_data", "person@example.org", "--erase", "--user", admin_user.username
        )
    assert "Erased 2 submission(s)" in output
    assert not ExpressionOfInterest.objects.filter(
        contact_email__iexact="person@example.org"
    ).exists()
    assert not ExpertApplication.objects.filter(email__iexact="person@example.org").exists()
    assert ExpressionOfInterest.objects.filter(pk=person["other"].pk).exists()
    assert not cv.exists()
    entries = ModelLogEntry.objects.filter(action="forms.erase")
    assert {entry.data["reference"] for entry in entries} == {
        person["interest"].reference,
        person["application"].reference,
    }
    assert {entry.user for entry in entries} == {admin_user}


def test_erase_log_shows_in_site_history(person, admin_client):
    _run("personal_data", "person@example.org", "--erase")
    content = admin_client.get("/admin/reports/site-history/").content.decode()
    assert "Personal data erased on request" in content


def test_retention_periods_are_edited_in_intake_settings(admin_client):
    site = Site.objects.get(is_default_site=True)
    content = admin_client.get(f"/admin/settings/forms/intakesettings/{site.pk}/").content.decode()
    assert 'name="declined_retention_days"' in content
    assert 'name="spam_retention_days"' in content
