"""Editors can open every content editing form in the Wagtail admin."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page

from home.models import (
    ContactSettings,
    FooterText,
    HomePage,
    StandardPage,
    ThematicAreaPage,
    ThematicAreasIndexPage,
    snippets,
)


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


@pytest.mark.parametrize("language", ["en", "pt"])
def test_every_demo_page_opens_in_the_editor(admin_client, home_pages, language):
    pages = Page.objects.descendant_of(home_pages[language], inclusive=True)

    for page in pages:
        response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, page


def test_new_pages_can_be_started_where_the_rules_allow(admin_client, home_pages):
    home = home_pages["en"]
    index = ThematicAreasIndexPage.objects.get(locale=home.locale)

    assert admin_client.get(f"/admin/pages/add/home/standardpage/{home.pk}/").status_code == 200
    assert (
        admin_client.get(f"/admin/pages/add/home/thematicareapage/{index.pk}/").status_code == 200
    )
    # Not allowed (the admin sends the editor back): an area directly under the home page, a
    # second home page under a home page.
    assert admin_client.get(f"/admin/pages/add/home/thematicareapage/{home.pk}/").status_code == 302
    assert admin_client.get(f"/admin/pages/add/home/homepage/{home.pk}/").status_code == 302
    assert StandardPage.can_create_at(home) and not HomePage.can_create_at(index)
    assert not ThematicAreaPage.can_create_at(home)


def test_snippets_and_settings_open_in_the_admin(admin_client, home_pages):
    testimonial = snippets.Testimonial.objects.filter(locale=home_pages["en"].locale).first()
    footer = FooterText.objects.get(locale=home_pages["pt"].locale)
    site_id = ContactSettings.objects.get().site_id

    for url in [
        "/admin/snippets/home/testimonial/",
        f"/admin/snippets/home/testimonial/edit/{testimonial.pk}/",
        f"/admin/snippets/home/testimonial/inspect/{testimonial.pk}/",
        f"/admin/snippets/home/footertext/edit/{footer.pk}/",
        f"/admin/settings/home/contactsettings/{site_id}/",
    ]:
        assert admin_client.get(url).status_code == 200, url


def test_a_new_page_can_be_previewed_before_it_is_saved(admin_client, home_pages):
    home = home_pages["en"]
    url = f"/admin/pages/add/home/standardpage/{home.pk}/preview/"
    data = {
        "title": "Draft",
        "slug": "draft",
        "introduction": "Not saved yet.",
        "body-count": "0",
    }

    assert admin_client.post(url, data).json() == {"is_valid": True, "is_available": True}
    response = admin_client.get(url)

    assert response.status_code == 200
    assert "<h1>Draft</h1>" in response.content.decode()
