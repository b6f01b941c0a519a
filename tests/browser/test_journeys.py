"""The site as its users go through it, in a real Chromium: visitors in each language, both
forms sent (one by keyboard alone), invalid data corrected, and a moderator's inbox work."""

import re
from pathlib import Path

import pytest

from tests.browser.conftest import LANGUAGES
from tests.browser.helpers import (
    PDF,
    fill_expert_application,
    fill_expression_of_interest,
    focused,
    send,
    translated,
)
from tests.browser.server import MODERATOR

pytestmark = pytest.mark.browser

REFERENCE = {
    "requestassistancepage": re.compile(r"EOI-\d{4}-\d+"),
    "joinrosterpage": re.compile(r"EXP-\d{4}-\d+"),
}


def _path(page):
    return re.sub(r"^https?://[^/]+", "", page.url).split("#")[0]


def _switch_language(page, language):
    with page.expect_navigation():
        page.click(f"nav.language-switcher a[hreflang={language}]")
    assert page.get_attribute("html", "lang") == language


@pytest.mark.parametrize("language", LANGUAGES)
def test_visitor_lands_in_their_language_moves_through_the_menu_and_switches_language(
    page, site, language
):
    page.set_extra_http_headers({"Accept-Language": f"{language}-XX,{language};q=0.9"})

    page.goto(f"{site.url}/")

    assert _path(page) == f"/{language}/"
    assert page.get_attribute("html", "lang") == language
    menu = page.locator("nav.main-menu a")
    paths = [menu.nth(index).get_attribute("href") for index in range(menu.count())]
    assert len(paths) >= 5
    others = [code for code in LANGUAGES if code != language]
    for number, path in enumerate(paths):
        with page.expect_navigation():
            page.click(f"nav.main-menu a[href='{path}']")
        assert _path(page) == path
        assert page.get_attribute(f"nav.main-menu a[href='{path}']", "aria-current") == "page"
        assert page.locator("h1").count() == 1
        other = others[number % len(others)]
        _switch_language(page, other)
        assert _path(page) == site.translations[path][other]
        _switch_language(page, language)
        assert _path(page) == path


@pytest.mark.parametrize("language", LANGUAGES)
def test_both_forms_are_sent_and_the_thank_you_page_shows_the_reference(page, site, language):
    page.goto(site.url + site.pages["requestassistancepage"][language])
    fill_expression_of_interest(page)
    send(page)

    assert _path(page).endswith("/thank-you/")
    assert page.get_attribute("html", "lang") == language
    assert REFERENCE["requestassistancepage"].search(page.inner_text(".intake__reference-number"))

    page.goto(site.url + site.pages["joinrosterpage"][language])
    fill_expert_application(page, last_name=f"Dubois-{language}")
    send(page)

    assert _path(page).endswith("/thank-you/")
    assert REFERENCE["joinrosterpage"].search(page.inner_text(".intake__reference-number"))
    assert translated(language, "Thank you") in page.inner_text("h1")


# What to do when the keyboard reaches each field of the expression-of-interest form: text to
# type, or Space to tick a box or choose the first radio button of a group.
KEYBOARD_ENTRIES = {
    "id_institution_name": "Ministério da Administração Interna",
    "id_requester_type_0": " ",
    "id_country": "Cabo",
    "id_contact_name": "Rui Tavares",
    "id_contact_position": "Técnico superior",
    "id_contact_email": "rui.tavares@example.org",
    "id_request_title": "Recolha de dados sobre migração laboral",
    "id_thematic_areas_0": " ",
    "id_description": "Support to design a labour migration data system.",
    "id_request_letter_status_0": " ",
    "id_consent": " ",
}


def test_expression_of_interest_is_sent_with_the_keyboard_alone_with_focus_always_visible(
    page, site
):
    page.goto(site.url + site.pages["requestassistancepage"]["pt"])
    done = set()
    steps = []
    for _ in range(250):
        page.keyboard.press("Tab")
        element = focused(page)
        assert element, f"focus lost after {steps}"
        steps.append(element["id"] or element["text"])
        assert element["outline"] or element["shadow"], f"focus not visible on {element}"
        entry = KEYBOARD_ENTRIES.get(element["id"])
        if entry is not None and element["id"] not in done:
            if entry == " ":
                page.keyboard.press("Space")
            else:
                page.keyboard.type(entry)
            done.add(element["id"])
        if element["tag"] == "button" and element["type"] == "submit" and not element["in_search"]:
            break
    else:
        raise AssertionError(f"the Send button was never reached: {steps}")
    assert done == set(KEYBOARD_ENTRIES), f"never reached: {set(KEYBOARD_ENTRIES) - done}"

    page.keyboard.press("Shift+Tab")
    assert focused(page)["id"] == "id_consent"
    assert page.is_checked("#id_consent")
    page.keyboard.press("Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert _path(page).endswith("/thank-you/")
    assert REFERENCE["requestassistancepage"].search(page.inner_text(".intake__reference-number"))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("form", ["requestassistancepage", "joinrosterpage"])
def test_invalid_data_shows_translated_errors_and_focus_moves_to_the_summary(
    page, site, form, language
):
    page.goto(site.url + site.pages[form][language])
    page.fill("input[type=email]", "not-an-address")
    send(page)

    summary = page.locator("[data-error-summary]")
    assert page.evaluate("document.activeElement.hasAttribute('data-error-summary')")
    assert summary.locator("h2").inner_text() == translated(language, "There is a problem")
    text = summary.inner_text()
    assert translated(language, "Enter a valid email address.") in text
    links = summary.locator("a")
    assert links.count() >= 5
    linked = [links.nth(index).get_attribute("href")[1:] for index in range(links.count())]
    for target in linked:
        assert page.locator(f"[id='{target}']").count() == 1, f"no field {target}"
    # Every field Django marked invalid is linked (a group of boxes by its first box).
    invalid = page.eval_on_selector_all("[aria-invalid=true]", "nodes => nodes.map(n => n.id)")
    assert invalid
    for field in invalid:
        assert field in linked or f"{field.rsplit('_', 1)[0]}_0" in linked, field
    links.first.click()
    first_target = links.first.get_attribute("href")[1:]
    assert page.evaluate("document.activeElement.id") == first_target


def _search(page, reference):
    page.fill("input[name=q]", reference)
    page.keyboard.press("Enter")
    page.wait_for_load_state("networkidle")
    return page.locator("table.listing tbody tr", has_text=reference)


def test_moderator_finds_inspects_moderates_downloads_and_exports_a_submission(page, site):
    page.goto(site.url + site.pages["joinrosterpage"]["fr"])
    fill_expert_application(page, last_name="Moderated")
    send(page)
    reference = page.inner_text(".intake__reference-number").strip()
    page.context.clear_cookies()

    page.goto(f"{site.url}/admin/login/")
    page.fill("#id_username", MODERATOR["username"])
    page.fill("#id_password", MODERATOR["password"])
    with page.expect_navigation():
        page.click("button[type=submit]")
    # The dashboard panel links to the new expert applications.
    with page.expect_navigation():
        page.get_by_role("link", name=re.compile(r"Expert applications: \d+ new")).click()
    row = _search(page, reference)
    assert "New" in row.inner_text()

    with page.expect_navigation():
        row.get_by_role("link", name=reference).click()
    assert "/inspect/" in page.url
    details = page.inner_text("main")
    assert "Moderated" in details
    assert "Office des étrangers" in details
    with page.expect_download() as download:
        page.get_by_role("link", name="Download").click()
    assert Path(download.value.path()).read_bytes() == PDF

    page.goto(page.url.replace("/inspect/", "/edit/"))
    page.select_option("#id_status", "in-review")
    with page.expect_navigation():
        page.get_by_role("button", name="Save").click()
    assert "In review" in _search(page, reference).inner_text()

    page.get_by_role("button", name="Actions").click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download CSV").click()
    export = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert reference in export
    assert "In review" in export
