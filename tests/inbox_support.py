"""Factories and fixtures for the inbox tests: submissions made through the models, users in
and out of the Moderators group, and a throw-away private storage."""

import itertools
import uuid

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.db import transaction

from forms.models import (
    ExpertApplication,
    ExpertLanguage,
    ExpertRegion,
    ExpressionOfInterest,
)
from home.models import ActivityType, ThematicArea

_names = itertools.count(1)


def _save(submission, created_at=None):
    if created_at:
        submission.created_at = created_at
    with transaction.atomic():
        submission.assign_reference()
        submission.save()
    return submission


def make_interest(*, thematic_areas=("legal-migration",), letter=None, created_at=None, **fields):
    """An expression of interest, saved; ``letter`` is the bytes of an attached request letter."""
    n = next(_names)
    values = {
        "institution_name": f"Ministry of Interior {n}",
        "requester_type": "national",
        "country": "CV",
        "contact_name": f"Ana Contact {n}",
        "contact_position": "Director",
        "contact_email": f"ana{n}@example.org",
        "preferred_language": "pt",
        "request_title": "Border management training",
        "description": "We need help drafting a migration strategy.",
        "request_letter_status": "sent",
        "language": "pt",
        "consent": True,
        "consent_version": "2026-01",
        "idempotency_token": uuid.uuid4(),
        **fields,
    }
    submission = ExpressionOfInterest(**values)
    if letter is not None:
        submission.request_letter.save("letter.pdf", ContentFile(letter), save=False)
    _save(submission, created_at)
    submission.thematic_areas.set(ThematicArea.objects.filter(key__in=thematic_areas))
    submission.activity_types.set(ActivityType.objects.filter(key="training"))
    return submission


def make_application(*, thematic_areas=("irregular-migration",), cv=b"%PDF-1.4 cv", **fields):
    n = next(_names)
    created_at = fields.pop("created_at", None)
    values = {
        "first_name": "Jean",
        "last_name": f"Expert{n}",
        "email": f"jean{n}@example.org",
        "nationality": ["FR", "BE"],
        "country_of_residence": "FR",
        "sector": "eu-administration",
        "employer": "Ministère de l'Intérieur",
        "years_of_experience": 12,
        "profile": "Asylum caseworker trainer.",
        "days_per_year": 40,
        "work_mode": "both",
        "language": "fr",
        "consent": True,
        "idempotency_token": uuid.uuid4(),
        **fields,
    }
    submission = ExpertApplication(**values)
    submission.cv.save("cv.pdf", ContentFile(cv), save=False)
    _save(submission, created_at)
    submission.thematic_areas.set(ThematicArea.objects.filter(key__in=thematic_areas))
    submission.activity_types.set(ActivityType.objects.filter(key="policy"))
    ExpertLanguage.objects.create(application=submission, language="fr", level="native")
    ExpertLanguage.objects.create(application=submission, language="en", level="C1")
    ExpertRegion.objects.create(application=submission, region="asia")
    return submission


@pytest.fixture
def private_storage_dir(settings, tmp_path):
    """Attachments written by a test go to a temporary directory."""
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "forms.storage.PrivateFileSystemStorage",
            "OPTIONS": {"location": tmp_path / "private"},
        },
    }
    return tmp_path / "private"


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user(
        "moderator", "moderator@example.org", "pw", first_name="Maria", last_name="Moderator"
    )
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


@pytest.fixture
def editor(django_user_model):
    """A staff member who can use the admin but is not a moderator."""
    user = django_user_model.objects.create_user("editor", "editor@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


@pytest.fixture
def moderator_client(client, moderator, private_storage_dir):
    client.force_login(moderator)
    return client


def listing_url(model):
    from django.urls import reverse

    return reverse(model.snippet_viewset.get_url_name("list"))


def view_url(model, name, pk):
    from django.urls import reverse

    return reverse(model.snippet_viewset.get_url_name(name), args=[pk])
