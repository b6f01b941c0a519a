"""The world map of the Actions: an inline SVG drawn on the server from committed boundary data.

No tiles, no script and no request to a third party: the shapes come from
``home/map_data/world-110m.json`` (built by ``home/map_data/build.py``). Partner countries are
links with the country's name in the active language; every other country is decoration and is
hidden from assistive technology, because the list of Actions next to the map says the same in
text. The markup depends only on the highlighted countries, their links and the language, so it
is rendered once per combination and kept in memory.
"""

import json
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, override
from django_countries import countries

DATA_FILE = Path(__file__).resolve().parent / "map_data" / "world-110m.json"
DOT_RADIUS = 5


@cache
def map_data():
    return json.loads(DATA_FILE.read_text())


def world_map(links, label, described_by=""):
    """The SVG map with each country of ``links`` (alpha-2 code → URL) highlighted and linked.

    ``label`` names the map; ``described_by`` is the id of the element that says the list is the
    map's text alternative. Countries missing from the data are left out rather than failing.
    """
    return _render(tuple(sorted(links.items())), str(label), described_by, get_language())


@lru_cache(maxsize=512)
def _render(links, label, described_by, language):
    data = map_data()
    linked = dict(links)
    with override(language):
        names = {code: countries.name(code) for code in linked}
    decorative = "".join(
        f'<path d="{d}"/>' for code, d in data["shapes"].items() if code not in linked
    ) + "".join(f'<path d="{d}"/>' for d in data["unnamed"])
    partners = format_html_join(
        "",
        '<a href="{}" aria-label="{}"><title>{}</title>{}</a>',
        (
            (url, names[code], names[code], _shape(data, code))
            for code, url in sorted(linked.items(), key=lambda item: _sort_key(names[item[0]]))
            if code in data["shapes"] or code in data["dots"]
        ),
    )
    described = format_html(' aria-describedby="{}"', described_by) if described_by else ""
    return format_html(
        '<svg class="world-map" viewBox="0 0 {} {}" role="group" aria-label="{}"{}'
        ' xmlns="http://www.w3.org/2000/svg">'
        '<g class="world-map__land" aria-hidden="true">{}</g>'
        '<g class="world-map__partners">{}</g></svg>',
        data["width"],
        data["height"],
        label,
        described,
        mark_safe(decorative),  # noqa: S308 - numbers and path letters from our own data file
        partners,
    )


def _sort_key(name):
    """Alphabetical order that ignores accents ("Équateur" among the E), which is also the order
    in which keyboard users reach the linked countries."""
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


def _shape(data, code):
    if code in data["shapes"]:
        return mark_safe(f'<path d="{data["shapes"][code]}"/>')  # noqa: S308 - our data file
    x, y = data["dots"][code]
    return mark_safe(f'<circle cx="{x}" cy="{y}" r="{DOT_RADIUS}"/>')  # noqa: S308 - integers
