"""axe-core (WCAG 2.1 A and AA rules) on every public page type in the four languages (one live
page of each type the demo content has, the Actions overview filtered, the 404 page), on both
forms in their error state and on the thank-you pages; each also reflows at 320 CSS pixels and
at 200% zoom (a 1280-pixel window zoomed to 200% lays out as 640 CSS pixels) without
horizontal scrolling."""

import pytest
from wagtail.models import get_page_models

from tests.browser.conftest import LANGUAGES
from tests.browser.helpers import (
    axe_violations,
    fill_expert_application,
    fill_expression_of_interest,
    horizontal_overflow,
    send,
)

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 800}
NARROW_WIDTHS = {"320 px": 320, "200% zoom": 640}


def _problems(page, what):
    """Every axe violation and reflow failure of the page as it is now, labelled ``what``."""
    problems = [f"{what}: {violation}" for violation in axe_violations(page)]
    for name, width in NARROW_WIDTHS.items():
        page.set_viewport_size({"width": width, "height": 640})
        overflow = horizontal_overflow(page)
        if overflow > 0:
            problems.append(f"{what}: scrolls {overflow} px sideways at {name}")
    page.set_viewport_size(DESKTOP)
    return problems


def test_the_demo_site_has_a_live_page_of_every_page_type_in_every_language(site):
    """So that the sweep below covers every page type the project defines."""
    ours = {
        model._meta.model_name
        for model in get_page_models()
        if model._meta.app_label in {"home", "forms"} and model.is_creatable
    }

    assert ours - set(site.pages) == set()
    for page_type in ours:
        assert set(site.pages[page_type]) == set(LANGUAGES), page_type


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_public_page_type_meets_wcag_21_aa_and_reflows(page, site, language):
    urls = [by_language[language] for by_language in site.pages.values()]
    overview = site.pages["actionsindexpage"][language]
    urls += [
        # The Actions overview filtered (the choices echoed), and filtered down to nothing.
        f"{overview}?region=asia&status=ongoing",
        f"{overview}?region=asia&area=horizontal&status=completed",
        f"/{language}/no-such-page/",
    ]
    problems = []
    for url in urls:
        page.goto(site.url + url)
        problems += _problems(page, url)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_forms_in_their_error_state_meet_wcag_21_aa_and_reflow(page, site, language):
    problems = []
    for form in ["requestassistancepage", "joinrosterpage"]:
        page.goto(site.url + site.pages[form][language])
        page.fill("input[type=email]", "not-an-address")
        send(page)
        assert page.locator("[data-error-summary]").count() == 1
        problems += _problems(page, f"{page.url} (errors)")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_thank_you_pages_meet_wcag_21_aa_and_reflow(page, site, language):
    page.goto(site.url + site.pages["requestassistancepage"][language])
    fill_expression_of_interest(page)
    send(page)
    problems = _problems(page, page.url)

    page.goto(site.url + site.pages["joinrosterpage"][language])
    fill_expert_application(page, last_name=f"Axe-{language}")
    send(page)
    problems += _problems(page, page.url)

    assert page.locator(".intake__reference-number").count() == 1
    assert not problems, "\n".join(problems)
