"""Demo content: the site's pages and snippets in English with their translations.

Each section module builds its English objects; the loader then publishes their wagtail-localize
translations from the texts registered with ``home.demo.text.T``.
"""
