"""Build ``world-110m.json``, the country shapes of the world map, from Natural Earth data.

Run once, by hand, when the boundaries should change; the output is committed so that the site
never needs the internet (or Node) at run time::

    cd /tmp && npm pack world-atlas@2 && tar xzf world-atlas-2.*.tgz
    .venv/bin/python home/map_data/build.py /tmp/package

Input: the TopoJSON files of the npm package ``world-atlas`` (Natural Earth, public domain):
``countries-110m.json`` for the shapes and ``countries-50m.json`` to place a dot for the small
countries (island states mostly) that the 110m scale leaves out. Output, per ISO 3166-1 alpha-2
code: an SVG path in the Natural Earth projection on a 1000-unit-wide view box with integer
coordinates and relative commands (a few dozen kilobytes inline), or a point for a dot. Islands
smaller than ``MIN_RING_AREA`` square units are dropped; Antarctica is left out.
"""

import json
import math
import sys
from itertools import pairwise
from pathlib import Path

WIDTH = 1000
MIN_RING_AREA = 4
ANTARCTICA = "010"
OUTPUT = Path(__file__).resolve().parent / "world-110m.json"


def natural_earth(lon, lat):
    """The Natural Earth I projection (Šavrič et al. 2011), as in d3-geo, in radians."""
    lam, phi = math.radians(lon), math.radians(lat)
    phi2 = phi * phi
    phi4 = phi2 * phi2
    x = lam * (
        0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4))
    )
    y = phi * (
        1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4))
    )
    return x, y


def decode_arcs(topology):
    """Absolute longitude/latitude points of every arc of a quantised TopoJSON topology."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def rings_of(geometry, arcs):
    """The rings (lists of lon/lat points) of a Polygon or MultiPolygon geometry."""
    polygons = {"Polygon": [geometry["arcs"]], "MultiPolygon": geometry["arcs"]}.get(
        geometry["type"], []
    )
    for polygon in polygons:
        for ring in polygon:
            points = []
            for index in ring:
                arc = arcs[index] if index >= 0 else arcs[~index][::-1]
                points.extend(arc if not points else arc[1:])
            yield from split_at_antimeridian(points)


def split_at_antimeridian(ring):
    """A ring that crosses 180° (eastern Russia, Fiji) as one or two rings that do not, so that
    no edge runs across the whole map."""
    unwrapped = [ring[0]]
    for lon, lat in ring[1:]:
        previous = unwrapped[-1][0]
        lon += 360 * round((previous - lon) / 360)
        unwrapped.append((lon, lat))
    low, high = min(p[0] for p in unwrapped), max(p[0] for p in unwrapped)
    if low >= -180 and high <= 180:
        return [ring]
    shift = 360 if high > 180 else -360
    edge = 180 if high > 180 else -180
    inside = clip(unwrapped, edge, keep_below=shift > 0)
    outside = clip(unwrapped, edge, keep_below=shift < 0)
    return [r for r in (inside, [(lon - shift, lat) for lon, lat in outside]) if len(r) > 2]


def clip(ring, edge, keep_below):
    """Sutherland–Hodgman clipping of a ring against the meridian ``edge``."""

    def keeps(point):
        return point[0] <= edge if keep_below else point[0] >= edge

    result = []
    for current, following in zip(ring, ring[1:] + ring[:1], strict=True):
        if keeps(current):
            result.append(current)
        if keeps(current) != keeps(following):
            (x0, y0), (x1, y1) = current, following
            result.append((edge, y0 + (y1 - y0) * (edge - x0) / (x1 - x0)))
    return result


def area(points):
    """The area of a closed ring (its first point repeated at the end), by the shoelace formula."""
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in pairwise(points))) / 2


class Projector:
    """Projects lon/lat onto the view box; its bounds come from the shapes that are drawn."""

    def __init__(self, rings):
        xs, ys = zip(*(natural_earth(*p) for ring in rings for p in ring), strict=True)
        self.scale = WIDTH / (max(xs) - min(xs))
        self.left, self.top = min(xs), max(ys)
        self.height = math.ceil((max(ys) - min(ys)) * self.scale)

    def __call__(self, point):
        x, y = natural_earth(*point)
        return round((x - self.left) * self.scale), round((self.top - y) * self.scale)


def path_of(rings, project):
    """An SVG path with relative commands; repeated points are dropped after rounding."""
    parts = []
    for ring in rings:
        points = [project(p) for p in ring]
        if area(points) < MIN_RING_AREA:
            continue
        (x, y), steps = points[0], []
        for px, py in points[1:]:
            if (px, py) != (x, y):
                steps.append(f"{px - x} {py - y}")
                x, y = px, py
        parts.append(f"M{points[0][0]} {points[0][1]}l" + " ".join(steps).replace(" -", "-") + "z")
    return "".join(parts)


def dot_of(rings, project):
    """Where to put the dot of a small country: the middle of its largest ring."""
    largest = max(rings, key=lambda ring: area(ring))
    xs, ys = zip(*(project(p) for p in largest), strict=True)
    return [round(sum(xs) / len(xs)), round(sum(ys) / len(ys))]


def alpha2(numeric):
    from django_countries import countries

    return countries.alpha2(numeric)


def build(package_dir):
    from django.conf import settings

    if not settings.configured:
        settings.configure(USE_I18N=False)

    topology = json.loads((package_dir / "countries-110m.json").read_text())
    arcs = decode_arcs(topology)
    geometries = [
        g for g in topology["objects"]["countries"]["geometries"] if g.get("id") != ANTARCTICA
    ]
    project = Projector([ring for g in geometries for ring in rings_of(g, arcs)])

    shapes, unnamed = {}, []
    for geometry in geometries:
        path = path_of(rings_of(geometry, arcs), project)
        code = alpha2(geometry["id"]) if "id" in geometry else ""
        if not path:
            continue
        if code:
            shapes[code] = shapes.get(code, "") + path
        else:
            unnamed.append(path)  # Territories without an ISO code (Kosovo, Somaliland...).

    detailed = json.loads((package_dir / "countries-50m.json").read_text())
    detailed_arcs = decode_arcs(detailed)
    dots = {}
    for geometry in detailed["objects"]["countries"]["geometries"]:
        code = alpha2(geometry["id"]) if "id" in geometry else ""
        rings = list(rings_of(geometry, detailed_arcs))
        if code and code not in shapes and rings and geometry["id"] != ANTARCTICA:
            dots[code] = dot_of(rings, project)

    data = {
        "source": "Natural Earth 1:110m (world-atlas 2), Natural Earth I projection",
        "width": WIDTH,
        "height": project.height,
        "shapes": dict(sorted(shapes.items())),
        "dots": dict(sorted(dots.items())),
        "unnamed": unnamed,
    }
    OUTPUT.write_text(json.dumps(data, separators=(",", ":")) + "\n")
    return data


if __name__ == "__main__":
    result = build(Path(sys.argv[1]))
    print(
        f"{OUTPUT.name}: {len(result['shapes'])} shapes, {len(result['dots'])} dots, "
        f"{OUTPUT.stat().st_size} bytes"
    )
