"""The two public forms: submitted in each language, validated, stored once, acknowledged."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from django.utils.translation import gettext, override
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from wagtail.models import ModelLogEntry

from forms.models import (
    ExpertApplication,
    ExpressionOfInterest,
    JoinRosterPage,
    ReferenceCounter,
    RequestAssistancePage,
)
from home.models import LegalPage
from tests.fixtures.intake import LANGUAGES, eoi_data, expert_data

# A label of each form and the thank-you heading, as a speaker of each language reads them.
EOI_LABEL = {
    "en": "Institution name",
    "pt": "Nome da instituição",
    "fr": "Nom de l’institution",
    "es": "Nombre de la institución",
}
EXPERT_LABEL = {
    "en": "Years of experience in migration",
    "pt": "Anos de experiência em migração",
    "fr": "Années d’expérience dans le domaine de la migration",
    "es": "Años de experiencia en migración",
}
THANK_YOU = {"en": "Thank you", "pt": "Obrigado", "fr": "Merci", "es": "Gracias"}
REFERENCE_PATTERN = r"(EOI|EXP)-\d{4}-\d{5}"


def _post(client, page, data, capture):
    with capture(execute=True):
        return client.post(page.url, data)


def _html(response):
    return response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_request_assistance_form_is_submitted_in_each_language(
    client, request_pages, moderators, mailoutbox, django_capture_on_commit_callbacks, language
):
    page = request_pages[language]
    form = client.get(page.url)
    assert form.status_code == 200
    assert EOI_LABEL[language] in _html(form)

    response = _post(client, page, eoi_data(), django_capture_on_commit_callbacks)

    assert response.status_code == 302
    submission = ExpressionOfInterest.objects.get()
    assert submission.language == language
    assert submission.country.code == "CV"
    assert [area.key for area in submission.thematic_areas.all()] == ["international-protection"]
    assert [kind.key for kind in submission.activity_types.all()] == ["training"]
    thank_you = client.get(response["Location"])
    assert THANK_YOU[language] in _html(thank_you)
    assert submission.reference in _html(thank_you)
    confirmation = next(m for m in mailoutbox if m.to == ["ana.lopes@example.org"])
    with override(language):
        assert gettext("Your reference number is:") in confirmation.body
    assert submission.reference in confirmation.subject


@pytest.mark.parametrize("language", LANGUAGES)
def test_expert_roster_form_is_submitted_in_each_language(
    client, roster_pages, moderators, mailoutbox, django_capture_on_commit_callbacks, language
):
    page = roster_pages[language]
    assert EXPERT_LABEL[language] in _html(client.get(page.url))

    response = _post(client, page, expert_data(), django_capture_on_commit_callbacks)

    assert response.status_code == 302
    application = ExpertApplication.objects.get()
    assert application.language == language
    assert [c.code for c in application.nationality] == ["FR"]
    assert {(row.language, row.level) for row in application.languages.all()} == {
        ("fr", "native"),
        ("en", "C1"),
    }
    assert [row.region for row in application.regions.all()] == ["west-central-africa"]
    assert application.cv.name.endswith(".pdf")
    assert application.consent and application.consented_at is not None
    assert application.newsletter_opt_in is False
    assert ModelLogEntry.objects.filter(object_id=str(application.pk), action="wagtail.create")
    assert THANK_YOU[language] in _html(client.get(response["Location"]))
    confirmation = next(m for m in mailoutbox if m.to == ["marie.dubois@example.org"])
    with override(language):
        assert gettext("Your reference number is:") in confirmation.body


@pytest.fixture
def privacy_notice(db):
    """The demo's privacy notice in each language; the demo form pages link to the English one."""
    english = LegalPage.objects.get(locale__language_code="en", slug="privacy-notice")
    return {page.locale.language_code: page for page in english.get_translations(inclusive=True)}


def test_form_links_the_privacy_notice_in_the_visitors_language(
    client, request_pages, privacy_notice
):
    privacy_notice["es"].unpublish()

    portuguese = client.get(request_pages["pt"].url).content.decode()
    spanish = client.get(request_pages["es"].url).content.decode()

    assert 'href="/pt/aviso-de-privacidade/">Leia o aviso de privacidade completo' in portuguese
    # The Spanish notice is not live: the English notice rather than no notice.
    assert 'href="/en/privacy-notice/">Lea el aviso de privacidad completo' in spanish


def test_form_page_query_count_is_small_and_fixed(
    client, request_pages, roster_pages, privacy_notice, django_assert_num_queries
):
    client.get(request_pages["pt"].url)
    # Routing (the page) and the frame (navigation and translations) cost 2 queries once the
    # content generation's memo is warm (home/content_cache.py); the form adds one query, for the
    # privacy notice link, and none for its vocabularies. Form pages are never cached.
    with django_assert_num_queries(3):
        client.get(request_pages["pt"].url)
    with django_assert_num_queries(3):
        client.get(roster_pages["pt"].url)


def test_consent_records_the_privacy_notice_version(client, request_pages, privacy_notice):
    page = request_pages["en"]
    privacy = privacy_notice["en"]

    form = client.get(page.url)
    client.post(page.url, eoi_data())

    assert f'href="{privacy.url}"' in _html(form)
    submission = ExpressionOfInterest.objects.get()
    assert submission.consent_version == (
        f"page {privacy.pk}, revision {privacy.live_revision_id} "
        f"({timezone.localdate(privacy.last_published_at).isoformat()})"
    )


# (form, field overrides, field whose error shows, English message of the error)
INVALID_EOI = [
    ({"institution_name": ""}, "institution_name", "This field is required."),
    ({"contact_email": "not-an-email"}, "contact_email", "Enter a valid email address."),
    ({"thematic_areas": None}, "thematic_areas", "Choose at least one thematic area."),
    ({"consent": None}, "consent", "You must agree to the privacy notice to send the form."),
    (
        {"requester_type": "cso"},
        "government_partner",
        "A civil society organisation must name its government partner.",
    ),
    (
        {"joint_request": "on"},
        "joint_partners",
        "Name the other institutions of the joint request.",
    ),
    (
        {"request_letter_status": "attached"},
        "request_letter",
        "Choose the request letter file to attach.",
    ),
    ({"contact_phone": "call me"}, "contact_phone", None),
    ({"country": "XX"}, "country", None),
    ({"request_title": "x" * 201}, "request_title", None),
    ({"description": "x" * 5001}, "description", None),
]


@pytest.mark.parametrize("language", ["pt", "fr"])
@pytest.mark.parametrize(("overrides", "field", "message"), INVALID_EOI)
def test_invalid_request_field_gives_translated_error_and_stores_nothing(
    client, request_pages, language, overrides, field, message
):
    response = client.post(request_pages[language].url, eoi_data(**overrides))

    assert response.status_code == 400
    html = _html(response)
    assert ExpressionOfInterest.objects.count() == 0
    assert 'class="error-summary"' in html
    assert re.search(rf'href="#id_{field}(_0)?"', html)
    assert re.search(rf'id="id_{field}_error"', html)
    assert 'aria-invalid="true"' in html
    errors = response.context["form"].errors[field]
    if message:
        with override(language):
            translated = gettext(message)
        assert translated != message
        assert errors == [translated]
    assert errors[0] in html.replace("&#x27;", "'").replace("&quot;", '"')


INVALID_EXPERT = [
    ({"last_name": ""}, "last_name", "This field is required."),
    ({"email": "nobody@"}, "email", "Enter a valid email address."),
    ({"cv": None}, "cv", "Choose your CV file."),
    ({"thematic_areas": None}, "thematic_areas", "Choose at least one thematic area."),
    ({"consent": None}, "consent", "You must agree to the privacy notice to join the roster."),
    ({"sector": "private", "employer": ""}, "employer", "Name your current employer."),
    ({"second_nationality": "FR"}, "second_nationality", "Choose a different country or none."),
    ({"years_of_experience": "61"}, "years_of_experience", None),
    ({"days_per_year": "0"}, "days_per_year", None),
    ({"profile_url": "javascript:alert(1)"}, "profile_url", None),
    ({"profile": "x" * 3001}, "profile", None),
]


@pytest.mark.parametrize("language", ["es", "pt"])
@pytest.mark.parametrize(("overrides", "field", "message"), INVALID_EXPERT)
def test_invalid_expert_field_gives_translated_error_and_stores_nothing(
    client, roster_pages, private_media, language, overrides, field, message
):
    response = client.post(roster_pages[language].url, expert_data(**overrides))

    assert response.status_code == 400
    assert ExpertApplication.objects.count() == 0
    assert not private_media.exists() or not any(private_media.rglob("*.*"))
    html = _html(response)
    assert re.search(rf'href="#id_{field}(_0)?"', html)
    errors = response.context["form"].errors[field]
    if message:
        with override(language):
            translated = gettext(message)
        assert translated != message
        assert errors == [translated]


def test_expert_must_list_a_language(client, roster_pages):
    data = expert_data(**{"languages-0-language": "", "languages-0-level": ""})
    data.pop("languages-1-language")
    data.pop("languages-1-level")

    response = client.post(roster_pages["pt"].url, data)

    assert response.status_code == 400
    assert 'href="#id_languages-0-language"' in _html(response)
    assert ExpertApplication.objects.count() == 0


def test_same_language_twice_is_rejected(client, roster_pages):
    data = expert_data(**{"languages-1-language": "fr"})

    response = client.post(roster_pages["fr"].url, data)

    assert response.status_code == 400
    assert "Cette langue figure déjà dans la liste." in _html(response)


def test_rejected_form_asks_to_choose_the_file_again(client, roster_pages):
    response = client.post(roster_pages["pt"].url, expert_data(email="wrong"))

    html = _html(response)
    assert response.status_code == 400
    assert "Tinha escolhido «Marie Dubois CV.pdf»." in html
    assert 'href="#id_cv"' in html
    assert "escolha o ficheiro novamente" in html


def test_error_summary_comes_first_and_page_title_says_error(client, request_pages):
    response = client.post(request_pages["fr"].url, eoi_data(contact_email="x"))

    html = _html(response)
    assert html.index('class="error-summary"') < html.index("<h1")
    assert re.search(r"<title>Erreur :", html)
    assert 'tabindex="-1" data-error-summary' in html
    assert "js/forms.js" in html
    assert "<script>" not in html


def test_thank_you_page_shows_the_reference_and_reloading_stores_nothing(client, request_pages):
    response = client.post(request_pages["es"].url, eoi_data())
    reference = ExpressionOfInterest.objects.get().reference

    first = client.get(response["Location"])
    again = client.get(response["Location"])

    assert reference in _html(first)
    assert reference in _html(again)
    assert ExpressionOfInterest.objects.count() == 1


def test_thank_you_page_shows_no_one_elses_reference(client, request_pages):
    response = client.post(request_pages["en"].url, eoi_data())

    stranger = Client().get(response["Location"])

    assert stranger.status_code == 200
    assert not re.search(REFERENCE_PATTERN, _html(stranger))


def test_double_submission_of_the_same_form_stores_one_record(client, request_pages):
    data = eoi_data()

    first = client.post(request_pages["en"].url, data)
    second = client.post(request_pages["en"].url, data)

    assert ExpressionOfInterest.objects.count() == 1
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    reference = ExpressionOfInterest.objects.get().reference
    assert reference in _html(client.get(second["Location"]))


def test_references_are_per_type_per_year_and_unique(client, request_pages, roster_pages):
    for _ in range(3):
        client.post(request_pages["en"].url, eoi_data())
    client.post(roster_pages["en"].url, expert_data())

    year = timezone.localdate().year
    references = ExpressionOfInterest.objects.order_by("pk").values_list("reference", flat=True)
    assert list(references) == [
        f"EOI-{year}-00001",
        f"EOI-{year}-00002",
        f"EOI-{year}-00003",
    ]
    assert ExpertApplication.objects.get().reference == f"EXP-{year}-00001"
    assert ReferenceCounter.next_reference("EOI", year + 1) == f"EOI-{year + 1}-00001"


@pytest.mark.parametrize("status", [200, 400])
def test_form_responses_are_never_cached(client, request_pages, status):
    page = request_pages["en"]
    response = (
        client.get(page.url) if status == 200 else client.post(page.url, eoi_data(consent=None))
    )

    assert response.status_code == status
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_thank_you_page_is_never_cached(client, roster_pages):
    response = client.post(roster_pages["en"].url, expert_data())

    thank_you = client.get(response["Location"])

    assert "no-store" in thank_you["Cache-Control"]
    assert "private" in thank_you["Cache-Control"]


def test_form_pages_live_only_under_a_home_page_once(home_pages):
    home = home_pages["en"]

    assert not RequestAssistancePage.can_create_at(home)
    assert not JoinRosterPage.can_create_at(home)
    assert RequestAssistancePage.allowed_subpage_models() == []


def test_demo_loader_creates_each_form_page_in_every_language(request_pages, roster_pages):
    assert sorted(request_pages) == sorted(LANGUAGES)
    assert sorted(roster_pages) == sorted(LANGUAGES)
    assert request_pages["en"].slug == "request-assistance"
    assert roster_pages["en"].slug == "join-the-expert-roster"
    assert request_pages["pt"].title == "Solicitar assistência"


FIELD_NAMES = [
    "token",
    "institution_name",
    "requester_type",
    "country",
    "contact_email",
    "thematic_areas",
    "description",
    "desired_start",
    "request_letter_status",
    "consent",
    "website",
    "years_of_experience",
    "nationality",
    "languages-TOTAL_FORMS",
    "languages-INITIAL_FORMS",
    "languages-0-language",
    "languages-0-id",
]
values = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300),
    st.lists(st.text(max_size=20), max_size=3),
    st.integers().map(str),
)


@hypothesis_settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    form=st.sampled_from(["request", "roster"]),
    data=st.dictionaries(st.sampled_from(FIELD_NAMES), values, max_size=len(FIELD_NAMES)),
    upload=st.one_of(st.none(), st.binary(max_size=200)),
)
def test_arbitrary_posted_values_never_cause_a_server_error(
    client, request_pages, roster_pages, settings, form, data, upload
):
    settings.FORM_RATE_LIMIT = 0
    page = (request_pages if form == "request" else roster_pages)["en"]
    if upload is not None:
        data["cv" if form == "roster" else "request_letter"] = SimpleUploadedFile("f.pdf", upload)

    response = client.post(page.url, data)

    assert response.status_code in (302, 400)


def test_editors_can_edit_and_preview_the_form_pages(admin_client, request_pages, roster_pages):
    edit = admin_client.get(f"/admin/pages/{request_pages['en'].pk}/edit/")
    assert 'name="privacy_page"' in edit.content.decode()
    # Translations open in wagtail-localize's editor.
    assert admin_client.get(f"/admin/pages/{roster_pages['pt'].pk}/edit/").status_code == 200
    for page in (request_pages["en"], roster_pages["pt"]):
        preview = page.make_preview_request()
        assert preview.status_code == 200
        assert 'name="consent"' in preview.content.decode()


@pytest.mark.parametrize(
    ("language", "prompt", "country"),
    [
        ("en", "Choose a country", "Côte d&#x27;Ivoire"),
        ("pt", "Escolha um país", "Costa do Marfim"),
        ("fr", "Choisissez un pays", "Côte d&#x27;Ivoire"),
        ("es", "Elija un país", "Costa de Marfil"),
    ],
)
def test_country_selects_prompt_and_name_countries_in_the_page_language(
    client, request_pages, roster_pages, language, prompt, country
):
    for page in (request_pages[language], roster_pages[language]):
        html = client.get(page.url).content.decode()

        assert f'<option value="" selected>{prompt}</option>' in html
        assert f'<option value="CI">{country}</option>' in html
        assert "---------" not in html
