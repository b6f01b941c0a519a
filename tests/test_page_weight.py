"""Page weight: what a first visit to the home page downloads, and how static files are served."""

import gzip
import re

import pytest

from home.page_cache import _preferred_encoding


@pytest.mark.parametrize("language", ["en", "pt", "fr", "es"])
def test_home_page_is_light_and_loads_nothing_from_elsewhere(client, home_pages, language):
    html = client.get(f"/{language}/").content.decode()

    stylesheets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
    scripts = re.findall(r"<script[^>]*>", html)
    images = re.findall(r'<img [^>]*src="([^"]+)"', html)
    icons = re.findall(r'<link rel="icon" href="([^"]+)"', html)
    # The page, one stylesheet, the favicon and the footer's two logos (no script, no font).
    assert len([html, *stylesheets, *scripts, *images, *icons]) <= 6
    assert stylesheets == ["/static/css/site.css"]
    assert not scripts
    # Nothing third-party to download (hreflang alternates are links, not resources).
    assert not re.search(r'<(img|script|source|iframe)[^>]+src="(https?:)?//', html)
    assert not re.search(
        r'<link rel="(stylesheet|preload|icon|modulepreload)"[^>]+href="(https?:)?//', html
    )
    assert len(gzip.compress(html.encode())) < 15_000


def test_stylesheet_loads_no_web_font():
    from django.conf import settings

    css = (settings.BASE_DIR / "static" / "css" / "site.css").read_text()

    assert "@font-face" not in css and "@import" not in css


@pytest.mark.parametrize(
    ("accept", "expected"),
    [("gzip, deflate, br", "br"), ("gzip", "gzip"), ("", None), ("identity", None)],
)
def test_cached_pages_choose_brotli_first(rf, accept, expected):
    assert _preferred_encoding(rf.get("/", headers={"accept-encoding": accept})) == expected
