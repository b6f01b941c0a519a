"""Local development: DEBUG on, SQLite and the console mail backend unless told otherwise."""

import secrets

from mieux_site.env import env_str

from .base import *  # noqa: F403
from .base import VAR_DIR


def _local_secret_key():
    """A random key kept in var/ so that sessions survive the dev server's reloads."""
    path = VAR_DIR / "dev-secret-key"
    if not path.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
    return path.read_text().strip()


DEBUG = True
SECRET_KEY = env_str("SECRET_KEY") or _local_secret_key()
# Serve static files straight from static/ without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
