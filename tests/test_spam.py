"""Spam defences: reCAPTCHA when configured, the honeypot, the per-IP rate limit."""

import io
import json
import re
from unittest import mock

import pytest
from django.test import RequestFactory

from forms.models import ExpertApplication, ExpressionOfInterest
from forms.spam import client_ip
from tests.fixtures.intake import eoi_data, expert_data

GOOGLE_SCRIPT = "https://www.google.com/recaptcha/api.js"


@pytest.fixture
def recaptcha_keys(settings):
    settings.RECAPTCHA_PUBLIC_KEY = "site-key-for-tests"
    settings.RECAPTCHA_PRIVATE_KEY = "secret-key-for-tests"


def _google_answers(success):
    """Stand in for Google's siteverify endpoint (the only thing that leaves the machine)."""
    body = json.dumps({"success": success, "error-codes": [] if success else ["invalid"]})
    return mock.patch(
        "django_recaptcha.client.recaptcha_request",
        return_value=io.BytesIO(body.encode()),
    )


def test_no_recaptcha_without_keys(client, request_pages):
    html = client.get(request_pages["en"].url).content.decode()

    assert GOOGLE_SCRIPT not in html
    assert "g-recaptcha" not in html


def test_recaptcha_script_loads_on_the_form_pages_only(
    client, recaptcha_keys, request_pages, roster_pages, home_pages
):
    for page in (request_pages["pt"], roster_pages["pt"]):
        html = client.get(page.url).content.decode()
        assert f"{GOOGLE_SCRIPT}?hl=pt" in html
        assert 'data-sitekey="site-key-for-tests"' in html
        assert "<script>" not in html
    assert GOOGLE_SCRIPT not in client.get(home_pages["pt"].url).content.decode()


def test_failed_recaptcha_verification_rejects_the_submission(
    client, recaptcha_keys, request_pages
):
    data = eoi_data(**{"g-recaptcha-response": "token-from-widget"})

    with _google_answers(success=False) as verify:
        response = client.post(request_pages["es"].url, data)

    assert verify.called
    assert response.status_code == 400
    assert ExpressionOfInterest.objects.count() == 0
    assert response.context["form"].errors["captcha"] == [
        "La comprobación de que no es un robot ha fallado. Inténtelo de nuevo."
    ]


def test_missing_recaptcha_answer_is_rejected(client, recaptcha_keys, roster_pages):
    response = client.post(roster_pages["fr"].url, expert_data())

    assert response.status_code == 400
    assert response.context["form"].errors["captcha"] == [
        "Cochez la case « Je ne suis pas un robot »."
    ]
    assert '<a href="#captcha">Cochez la case' in response.content.decode()


def test_passed_recaptcha_verification_accepts_the_submission(
    client, recaptcha_keys, request_pages
):
    data = eoi_data(**{"g-recaptcha-response": "token-from-widget"})

    with _google_answers(success=True):
        response = client.post(request_pages["en"].url, data, REMOTE_ADDR="198.51.100.7")

    assert response.status_code == 302
    assert ExpressionOfInterest.objects.count() == 1


def test_filled_honeypot_rejects_the_submission(client, request_pages):
    response = client.post(request_pages["pt"].url, eoi_data(website="https://spam.example"))

    assert response.status_code == 400
    assert ExpressionOfInterest.objects.count() == 0
    assert "Não foi possível aceitar o seu envio. Tente novamente." in response.content.decode()


def test_honeypot_is_hidden_out_of_the_tab_order_and_labelled(client, roster_pages):
    html = client.get(roster_pages["en"].url).content.decode()

    assert '<div class="intake-form__trap">' in html
    assert 'for="id_website">Leave this field empty' in html
    honeypot = re.search(r'<input[^>]*name="website"[^>]*>', html).group()
    assert 'tabindex="-1"' in honeypot
    assert 'autocomplete="off"' in honeypot


def test_rate_limit_answers_429_in_the_visitors_language(client, settings, request_pages):
    settings.FORM_RATE_LIMIT = 2
    page = request_pages["fr"]
    for _ in range(2):
        assert client.post(page.url, eoi_data()).status_code == 302

    response = client.post(page.url, eoi_data())

    assert response.status_code == 429
    assert "Trop d’envois" in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert response["Retry-After"] == "600"
    assert ExpressionOfInterest.objects.count() == 2


def test_rate_limit_counts_each_address_separately(client, settings, roster_pages):
    settings.FORM_RATE_LIMIT = 1
    page = roster_pages["en"]

    first = client.post(page.url, expert_data(), REMOTE_ADDR="192.0.2.1")
    other = client.post(page.url, expert_data(), REMOTE_ADDR="192.0.2.2")
    again = client.post(page.url, expert_data(), REMOTE_ADDR="192.0.2.1")

    assert (first.status_code, other.status_code, again.status_code) == (302, 302, 429)
    assert ExpertApplication.objects.count() == 2


def test_rejected_forms_do_not_count_towards_the_rate_limit(client, settings, request_pages):
    settings.FORM_RATE_LIMIT = 1
    page = request_pages["en"]

    for _ in range(3):
        assert client.post(page.url, eoi_data(consent=None)).status_code == 400

    assert client.post(page.url, eoi_data()).status_code == 302


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "203.0.113.9", "10.0.0.1"),
        (1, "203.0.113.9", "203.0.113.9"),
        (1, "198.51.100.66, 203.0.113.9", "203.0.113.9"),
        (2, "198.51.100.66, 203.0.113.9", "198.51.100.66"),
        (2, "203.0.113.9", "10.0.0.1"),
    ],
)
def test_client_address_trusts_only_the_configured_proxies(settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().post("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)

    assert client_ip(request) == expected
