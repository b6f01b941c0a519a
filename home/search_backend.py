"""Wagtail's database search backend, with PostgreSQL's text-search configuration chosen per
language: each object is indexed with the configuration of its locale (stemming and stop words
of English, Portuguese, French or Spanish) and each query is parsed with the configuration of
the visitor's language. Other databases (SQLite in development) use the stock backend.

Configure with ``"BACKEND": "home.search_backend"``; ``SEARCH_CONFIG`` stays the configuration
for objects without a language (images, documents, users).
"""

from collections import defaultdict
from contextlib import contextmanager

from django.db import connection
from django.utils.translation import get_language
from wagtail.models import Locale
from wagtail.search.backends.database import SearchBackend as database_backend

# PostgreSQL's built-in text-search configurations for the site's languages.
LANGUAGE_CONFIGS = {"en": "english", "pt": "portuguese", "fr": "french", "es": "spanish"}


def SearchBackend(params):  # noqa: N802 - Wagtail looks the backend up by this name
    if connection.vendor == "postgresql":
        return _postgres_backend_class()(params)
    return database_backend(params)


def _postgres_backend_class():
    """Built on first use: the PostgreSQL backend module needs the PostgreSQL driver."""
    from modelsearch.backends.database.postgres.postgres import (
        PostgresIndex,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )

    class LanguageIndex(PostgresIndex):
        def add_items(self, model, objs):
            groups = defaultdict(list)
            for obj in objs:
                groups[self.backend.config_for_locale(getattr(obj, "locale_id", None))].append(obj)
            for config, group in groups.items():
                with self.backend.configured(config):
                    super().add_items(model, group)

    class LanguageQueryCompiler(PostgresSearchQueryCompiler):
        def get_config(self, backend):
            return LANGUAGE_CONFIGS.get(get_language(), backend.config)

    class MultilingualPostgresSearchBackend(PostgresSearchBackend):
        index_class = LanguageIndex
        query_compiler_class = LanguageQueryCompiler

        def __init__(self, params):
            super().__init__(params)
            self._languages = None

        def config_for_locale(self, locale_id):
            if locale_id is None:
                return self.config
            if self._languages is None or locale_id not in self._languages:
                self._languages = dict(Locale.objects.values_list("pk", "language_code"))
            return LANGUAGE_CONFIGS.get(self._languages.get(locale_id), self.config)

        @contextmanager
        def configured(self, config):
            """Index with ``config`` (the indexer reads the backend's configuration)."""
            default, self.config = self.config, config
            try:
                yield
            finally:
                self.config = default

    return MultilingualPostgresSearchBackend
