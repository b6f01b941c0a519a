"""Production: every secret and host comes from the environment; missing ones stop start-up."""

from django.core.exceptions import ImproperlyConfigured

from mieux_site.env import env_bool, env_int, env_list, env_required, env_str

from .base import *  # noqa: F403
from .base import (
    DATABASES,
    PRIVATE_STORAGE,
    RECAPTCHA_DISABLED,
    RECAPTCHA_PRIVATE_KEY,
    RECAPTCHA_PUBLIC_KEY,
    VAR_DIR,
)

DEBUG = False
SECRET_KEY = env_required("SECRET_KEY")
env_required("ALLOWED_HOSTS")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
env_required("DATABASE_URL")  # base.py parsed it; production never falls back to SQLite
DATABASES["default"]["CONN_MAX_AGE"] = env_int("CONN_MAX_AGE", 60)

if not RECAPTCHA_DISABLED and not (RECAPTCHA_PUBLIC_KEY and RECAPTCHA_PRIVATE_KEY):
    raise ImproperlyConfigured(
        "The environment variables RECAPTCHA_PUBLIC_KEY and RECAPTCHA_PRIVATE_KEY are required by "
        "the production settings (reCAPTCHA guards the public forms). Set both, or set "
        "RECAPTCHA_DISABLED=1 to run the forms without reCAPTCHA deliberately."
    )

# One cache shared by every gunicorn process of the machine: the content generation that
# invalidates cached pages and the routing memo (home/content_cache.py) and the forms' rate limit
# must be the same for all of them. A per-process cache would let a process route by a stale tree.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": env_str("CACHE_DIR", str(VAR_DIR / "cache")),
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
}

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    "private": PRIVATE_STORAGE,
}

# HTTPS everywhere. The TLS-terminating proxy in front sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 63072000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
# Pages may not be framed; Wagtail's preview views override this with SAMEORIGIN themselves.
X_FRAME_OPTIONS = "DENY"
