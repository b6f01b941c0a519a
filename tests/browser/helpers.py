"""What the browser tests check on a page: axe-core's WCAG 2.1 A/AA rules, reflow (no
horizontal scrolling), a visible focus indicator, and interface strings in a given language."""

from django.utils import translation

from tests.browser.conftest import AXE

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_violations(page):
    """axe-core's WCAG 2.1 A and AA violations on the page, one readable line per node."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        # Evaluated through the DevTools protocol, which the page's CSP does not apply to.
        page.evaluate(AXE.read_text())
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    return [
        f"{violation['id']} ({violation['impact']}): {node['target']} – {node['failureSummary']}"
        for violation in result["violations"]
        for node in violation["nodes"]
    ]


def horizontal_overflow(page):
    """How many CSS pixels the page is wider than the viewport (0 when nothing scrolls)."""
    return page.evaluate(
        "Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
        " - document.documentElement.clientWidth"
    )


FOCUS_STYLE = """() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    return {
        tag: element.tagName.toLowerCase(),
        id: element.id,
        name: element.getAttribute("name"),
        type: element.getAttribute("type"),
        text: (element.innerText || element.value || "").trim().slice(0, 60),
        in_search: Boolean(element.closest("[role=search]")),
        outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
        shadow: style.boxShadow !== "none",
    };
}"""


def focused(page):
    """The focused element (tag, id, name, type, text, whether it is in the header's search
    form) and whether it shows a focus indicator
    (a non-zero outline or a box-shadow, as site.css's :focus-visible draws)."""
    return page.evaluate(FOCUS_STYLE)


def translated(language, message):
    """The interface string in ``language`` from the project's catalogs."""
    with translation.override(language):
        return translation.gettext(message)


PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def fill_expression_of_interest(page, institution="Direção Nacional de Fronteiras"):
    page.fill("#id_institution_name", institution)
    page.check("#id_requester_type_0")
    page.select_option("#id_country", "CV")
    page.fill("#id_contact_name", "Ana Lopes")
    page.fill("#id_contact_position", "Diretora")
    page.fill("#id_contact_email", "ana.lopes@example.org")
    page.fill("#id_request_title", "Formação em entrevistas de asilo")
    page.check("#id_thematic_areas_3")
    page.fill("#id_description", "Training for 20 asylum officers on interview techniques.")
    page.check("#id_request_letter_status_2")
    page.check("#id_consent")


def fill_expert_application(page, last_name="Dubois"):
    """Everything the roster form requires, a PDF CV included."""
    page.fill("#id_first_name", "Marie")
    page.fill("#id_last_name", last_name)
    page.fill("#id_email", "marie.dubois@example.org")
    page.select_option("#id_nationality", "FR")
    page.select_option("#id_country_of_residence", "BE")
    page.check("#id_sector_0")
    page.fill("#id_employer", "Office des étrangers")
    page.fill("#id_years_of_experience", "12")
    page.check("#id_thematic_areas_0")
    page.fill("#id_profile", "Twelve years in visa policy and labour migration.")
    page.select_option("#id_languages-0-language", "fr")
    page.select_option("#id_languages-0-level", "native")
    page.fill("#id_days_per_year", "20")
    page.locator("[name=work_mode]").first.check()
    cv = {"name": f"{last_name} CV.pdf", "mimeType": "application/pdf", "buffer": PDF}
    page.set_input_files("#id_cv", files=[cv])
    page.check("#id_consent")


def send(page):
    """Press the form's Send button and wait for the next page."""
    with page.expect_navigation():
        page.click("form.intake-form button[type=submit]")
