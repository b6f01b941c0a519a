"""Production settings: required variables stop start-up; `check --deploy` is clean."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "mieux_site.settings.production",
    "SECRET_KEY": "x7!Qp2#vLm9@Rz4$Tn8^Wc1&Yb6*Hs3(Jd5)Kf0-Ge+Ua_Ni=Oh~Pj",
    "ALLOWED_HOSTS": "www.example.org",
    "DATABASE_URL": "sqlite:///:memory:",
    "RECAPTCHA_DISABLED": "1",
}
REQUIRED = ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"]


def _manage(*args, env):
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in PRODUCTION_ENV and not k.startswith("RECAPTCHA_")
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("missing", REQUIRED)
def test_production_refuses_to_start_without(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}

    result = _manage("check", env=env)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert f"The environment variable {missing} is required" in result.stderr


def test_production_refuses_to_start_without_recaptcha_keys():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "RECAPTCHA_DISABLED"}

    result = _manage("check", env=env)

    assert result.returncode != 0
    assert "RECAPTCHA_PUBLIC_KEY and RECAPTCHA_PRIVATE_KEY are required" in result.stderr
    assert "RECAPTCHA_DISABLED=1" in result.stderr


def test_production_starts_with_recaptcha_keys():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "RECAPTCHA_DISABLED"}
    env |= {"RECAPTCHA_PUBLIC_KEY": "public-site-key", "RECAPTCHA_PRIVATE_KEY": "private-key"}

    result = _manage("check", env=env)

    assert result.returncode == 0, result.stderr


def test_production_check_deploy_is_clean():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
    assert "WARNING" not in result.stderr + result.stdout


SHOW_SETTINGS = """
import json, logging, sys
from django.conf import settings
import sentry_sdk
logging.getLogger("mieux.check").warning("started", extra={"port": 8131})
print(json.dumps({
    "cache": settings.CACHES["default"],
    "session": settings.SESSION_ENGINE,
    "tasks": settings.TASKS["default"]["BACKEND"],
    "storages": {name: settings.STORAGES[name]["BACKEND"] for name in ("default", "private")},
    "private_options": settings.STORAGES["private"].get("OPTIONS", {}),
    "sentry": sentry_sdk.get_client().is_active(),
}, default=str))
"""


def _production_settings(**env):
    result = _manage("shell", "--no-imports", "-c", SHOW_SETTINGS, env={**PRODUCTION_ENV, **env})
    assert result.returncode == 0, result.stderr
    *logs, shown = [line for line in result.stdout.splitlines() if line.strip()]
    return json.loads(shown), [json.loads(line) for line in logs]


def test_production_shares_cache_sessions_and_tasks_through_redis_and_the_database():
    shown, _ = _production_settings(REDIS_URL="redis://10.0.0.5:6379/2")

    assert shown["cache"]["BACKEND"] == "django_redis.cache.RedisCache"
    assert shown["cache"]["LOCATION"] == "redis://10.0.0.5:6379/2"
    assert shown["cache"]["OPTIONS"]["IGNORE_EXCEPTIONS"] is True
    assert shown["session"] == "django.contrib.sessions.backends.cached_db"
    assert shown["tasks"] == "django_tasks_db.DatabaseBackend"


def test_production_keeps_files_local_without_a_bucket():
    shown, _ = _production_settings()

    assert shown["storages"] == {
        "default": "django.core.files.storage.FileSystemStorage",
        "private": "forms.storage.PrivateFileSystemStorage",
    }


def test_production_stores_media_and_attachments_in_separate_buckets_when_named():
    shown, _ = _production_settings(
        AWS_STORAGE_BUCKET_NAME="mieux-media",
        AWS_PRIVATE_STORAGE_BUCKET_NAME="mieux-attachments",
        AWS_S3_ENDPOINT_URL="https://s3.fr-par.scw.cloud",
    )

    assert shown["storages"] == {
        "default": "storages.backends.s3.S3Storage",
        "private": "forms.storage_s3.PrivateS3Storage",
    }
    assert shown["private_options"]["bucket_name"] == "mieux-attachments"
    assert shown["private_options"]["endpoint_url"] == "https://s3.fr-par.scw.cloud"


def test_production_logs_one_json_object_per_line_on_stdout():
    _, logs = _production_settings()

    expected = {"level": "WARNING", "logger": "mieux.check", "message": "started", "port": 8131}
    assert expected.items() <= logs[-1].items()
    assert logs[-1]["timestamp"].endswith("+00:00")


@pytest.mark.parametrize(
    ("dsn", "active"), [("", False), ("https://key@sentry.example.org/4", True)]
)
def test_sentry_is_initialised_only_when_a_dsn_is_set(dsn, active):
    shown, _ = _production_settings(SENTRY_DSN=dsn)

    assert shown["sentry"] is active
