"""Spam defences for the public forms: reCAPTCHA (when configured), a honeypot, a rate limit.

reCAPTCHA is django-recaptcha's v2 checkbox, used only when both keys are set; its widget loads
Google's script itself, so the script is on the two form pages and nowhere else. The rate limit
counts stored submissions per client IP in the Django cache (Redis in production, so it holds
across app servers).
"""

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_recaptcha.fields import ReCaptchaField
from django_recaptcha.widgets import ReCaptchaV2Checkbox


def recaptcha_enabled():
    return bool(
        settings.RECAPTCHA_PUBLIC_KEY
        and settings.RECAPTCHA_PRIVATE_KEY
        and not settings.RECAPTCHA_DISABLED
    )


# What the reCAPTCHA widget loads: Google's script (from www.google.com or, with
# RECAPTCHA_DOMAIN, www.recaptcha.net, plus www.gstatic.com) and the checkbox's frame.
RECAPTCHA_SOURCES = [
    "https://www.google.com/recaptcha/",
    "https://www.gstatic.com/recaptcha/",
    "https://www.recaptcha.net/recaptcha/",
    "https://recaptcha.google.com/recaptcha/",
]


def allow_recaptcha(response):
    """Open the page's Content-Security-Policy to reCAPTCHA when the check is on: the form
    pages are the only ones that load it (django-csp applies ``_csp_update`` on top of the
    site's policy, as its ``@csp_update`` decorator does)."""
    if recaptcha_enabled():
        response._csp_update = {"script-src": RECAPTCHA_SOURCES, "frame-src": RECAPTCHA_SOURCES}
    return response


class RecaptchaWidget(ReCaptchaV2Checkbox):
    """django-recaptcha's v2 checkbox without its inline script (the site's CSP forbids inline
    scripts): Google's api.js, in the page's language, and the box it fills in."""

    template_name = "forms/widgets/recaptcha.html"

    def get_context(self, name, value, attrs):
        self.api_params = {"hl": get_language()}
        return super().get_context(name, value, attrs)

    def render(self, name, value, attrs=None, renderer=None):
        # From the project's templates/ (the form renderer only looks in Django's and apps').
        return mark_safe(render_to_string(self.template_name, self.get_context(name, value, attrs)))


class RecaptchaField(ReCaptchaField):
    """The reCAPTCHA field, with our translated messages and the client IP we computed (the
    library otherwise walks the call stack looking for a ``request`` variable)."""

    widget = RecaptchaWidget
    default_error_messages = {
        "required": _("Tick the box “I'm not a robot”."),
        "captcha_invalid": _("The check that you are not a robot failed. Please try again."),
        "captcha_error": _("The check that you are not a robot could not be done. Try again."),
    }

    def __init__(self, remote_ip="", **kwargs):
        super().__init__(label=_("Spam check"), **kwargs)
        self.remote_ip = remote_ip

    def get_remote_ip(self):
        return self.remote_ip


class HoneypotField(forms.CharField):
    """A field people never see and bots fill in. Hidden with CSS (not ``type=hidden``, which bots
    skip), taken out of the tab order, and labelled so a screen-reader user who reaches it
    knows to leave it empty."""

    def __init__(self, **kwargs):
        super().__init__(
            required=False,
            label=_("Leave this field empty"),
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
            **kwargs,
        )


def client_ip(request):
    """The visitor's address. Behind TRUSTED_PROXY_COUNT proxies, the address the outermost
    trusted proxy saw (entries further left in X-Forwarded-For are the client's to forge)."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [ip.strip() for ip in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        if len(forwarded) >= proxies and forwarded[-proxies]:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def _rate_key(request):
    return f"intake-rate:{client_ip(request)}"


def is_rate_limited(request):
    """Whether this IP has stored FORM_RATE_LIMIT submissions in the current window (0: off)."""
    limit = settings.FORM_RATE_LIMIT
    return bool(limit) and cache.get(_rate_key(request), 0) >= limit


def record_submission(request):
    """Count a stored submission against the visitor's IP; the window starts with the first."""
    key = _rate_key(request)
    if not cache.add(key, 1, timeout=settings.FORM_RATE_LIMIT_WINDOW):
        try:
            cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.set(key, 1, timeout=settings.FORM_RATE_LIMIT_WINDOW)
