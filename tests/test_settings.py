"""Production settings: required variables stop start-up; `check --deploy` is clean."""

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
