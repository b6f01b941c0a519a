"""Project-level commands and models every later feature relies on."""

import re
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form
from wagtail.models import Page


def _run(command):
    out = StringIO()
    call_command(command, stdout=out)
    return out.getvalue()


def test_ensure_admin_creates_one_admin_with_a_random_password(db, monkeypatch):
    monkeypatch.delenv("DJANGO_ADMIN_PASSWORD", raising=False)

    first = _run("ensure_admin")
    second = _run("ensure_admin")

    password = re.search(r"password: (\S+)", first).group(1)
    admin = get_user_model().objects.get(is_superuser=True)
    assert admin.check_password(password)
    assert len(password) >= 16
    assert "already exists" in second
    assert get_user_model().objects.filter(is_superuser=True).count() == 1


def test_ensure_admin_takes_the_password_from_the_environment(db, monkeypatch):
    monkeypatch.setenv("DJANGO_ADMIN_PASSWORD", "a-long-chosen-passphrase")

    output = _run("ensure_admin")

    assert "a-long-chosen-passphrase" not in output
    assert (
        get_user_model().objects.get(is_superuser=True).check_password("a-long-chosen-passphrase")
    )


def test_demo_content_loader_is_idempotent(db):
    before = Page.objects.count(), Page.objects.live().count()

    call_command("load_demo_content", stdout=StringIO())

    assert (Page.objects.count(), Page.objects.live().count()) == before


def test_image_needs_alternative_text(db):
    Image = get_image_model()
    form_class = get_image_form(Image)
    gif = (
        b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"
        b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
    )
    upload = SimpleUploadedFile("dot.gif", gif, content_type="image/gif")

    form = form_class(data={"title": "A dot"}, files={"file": upload})

    assert Image._meta.label == "home.CustomImage"
    assert not form.is_valid()
    assert "description" in form.errors


def test_custom_user_model_is_in_use():
    assert get_user_model()._meta.label == "home.User"


def test_vocabularies_exist_and_are_named_in_the_active_language(db):
    from django.utils import translation

    from home.models import ActivityType, ThematicArea

    with translation.override("pt"):
        areas = [str(area) for area in ThematicArea.objects.all()]
        activities = [str(activity) for activity in ActivityType.objects.all()]

    assert areas == [
        "Migração e mobilidade legais",
        "Migração e desenvolvimento",
        "Migração irregular e tráfico de seres humanos",
        "Proteção internacional e política de asilo",
        "Intervenções horizontais",
    ]
    assert activities == [
        "Trabalho em matéria de política",
        "Troca de informações",
        "Formação",
        "Ferramentas práticas",
    ]
