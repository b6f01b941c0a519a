"""Production: every secret and host comes from the environment; missing ones stop start-up.

Several identical app servers can run side by side: everything they share lives in PostgreSQL
(content, submissions, sessions, the task queue), Redis (the cache, the page cache's content
generation, the rate-limit counters, a copy of the sessions) and object storage (media and
attachments). See deploy/README.md.
"""

from django.core.exceptions import ImproperlyConfigured

from mieux_site.env import env_bool, env_float, env_int, env_list, env_required, env_str

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

SITE_ENVIRONMENT = env_str("SITE_ENVIRONMENT", "production")

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")

# Several app servers: one Redis instead of each machine's file cache. Redis goes wrong quietly:
# with IGNORE_EXCEPTIONS an outage turns every read into a miss and every write into nothing, so
# pages are rendered afresh, the rate limit stops counting and the site keeps serving (readiness
# reports the cache as unavailable).
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "mieux"),
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": env_float("REDIS_TIMEOUT", 0.5),
                "SOCKET_TIMEOUT": env_float("REDIS_TIMEOUT", 0.5),
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
# Sessions are written to the database and read through the cache: shared by every app server,
# fast, and still there when Redis is down or flushed.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Background work (submission emails, Wagtail's own tasks) is queued in the database and run by
# `manage.py db_worker` processes, scaled apart from the web servers.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def _bucket(bucket, **options):
    return {
        "bucket_name": bucket,
        "endpoint_url": env_str("AWS_S3_ENDPOINT_URL") or None,
        "region_name": env_str("AWS_S3_REGION_NAME") or None,
        "access_key": env_str("AWS_ACCESS_KEY_ID") or None,
        "secret_key": env_str("AWS_SECRET_ACCESS_KEY") or None,
        "file_overwrite": False,
        **options,
    }


# Object storage (S3-compatible) when a bucket is named; local files otherwise. Public media
# (images, documents) get plain URLs; attachments go to their own private bucket, or failing
# that under a private/ prefix with private ACLs, and never get a URL.
MEDIA_BUCKET = env_str("AWS_STORAGE_BUCKET_NAME")
if MEDIA_BUCKET:
    DEFAULT_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": _bucket(
            MEDIA_BUCKET,
            location="media",
            querystring_auth=False,
            custom_domain=env_str("AWS_S3_CUSTOM_DOMAIN") or None,
        ),
    }
    PRIVATE_STORAGE = {
        "BACKEND": "forms.storage_s3.PrivateS3Storage",
        "OPTIONS": _bucket(
            env_str("AWS_PRIVATE_STORAGE_BUCKET_NAME") or MEDIA_BUCKET, location="private"
        ),
    }
else:
    DEFAULT_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}

STORAGES = {
    "default": DEFAULT_STORAGE,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    "private": PRIVATE_STORAGE,
}

# One JSON object per log line on stdout, for the log collector.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(levelname)s %(name)s %(message)s",
            "timestamp": True,
            "rename_fields": {"levelname": "level", "name": "logger"},
        }
    },
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "json",
        }
    },
    "root": {"handlers": ["stdout"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"django_tasks": {"level": "WARNING"}},
}

# Errors to Sentry only when a DSN is given; no personal data is sent.
SENTRY_DSN = env_str("SENTRY_DSN")
if SENTRY_DSN:
    import sentry_sdk

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        environment=env_str("SENTRY_ENVIRONMENT", "production"),
        traces_sample_rate=env_float("SENTRY_TRACES_SAMPLE_RATE", 0.0),
        send_default_pii=False,
    )

# HTTPS everywhere. The TLS-terminating proxy in front sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Probes are answered before SecurityMiddleware (mieux_site.health); this is belt and braces.
SECURE_REDIRECT_EXEMPT = [r"^health/"]
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
