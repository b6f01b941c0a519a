"""Seed N submissions and time the inbox: listing, a filtered listing, a search and an export.

    .venv/bin/python bench/inbox.py --count 100000          # dev settings (SQLite in var/)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench .venv/bin/python bench/inbox.py

Seeded rows are bulk-created with references ``EOI-BENCH-…`` and ``EXP-BENCH-…``: a second run
tops them up to N instead of adding N more, and ``--clean`` removes them. Each request goes
through Django's test client as a superuser, in this process, so the printed time is the
server's time (URL resolution, middleware, queries, rendering) without any network.
"""

import argparse
import os
import random
import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mieux_site.settings.dev")
django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402

from forms.models import ExpertApplication, ExpressionOfInterest, Status  # noqa: E402
from home.models import ThematicArea  # noqa: E402

COUNTRIES = ["CV", "MZ", "AO", "SN", "MA", "TN", "JO", "PE", "CO", "BD", "PK", "GH", "KE", "ET"]
STATUS_WEIGHTS = {
    Status.NEW: 10,
    Status.IN_REVIEW: 10,
    Status.ACCEPTED: 20,
    Status.DECLINED: 30,
    Status.SPAM: 20,
    Status.ARCHIVED: 10,
}
BATCH = 5000


def _common(rng, i, prefix):
    return {
        "reference": f"{prefix}-BENCH-{i:07d}",
        "status": rng.choices(list(STATUS_WEIGHTS), weights=STATUS_WEIGHTS.values())[0],
        "language": rng.choice(["en", "pt", "fr", "es"]),
        "created_at": timezone.now() - timedelta(minutes=rng.randrange(2 * 365 * 24 * 60)),
        "consent": True,
        "idempotency_token": uuid.uuid4(),
    }


def _interest(rng, i):
    return ExpressionOfInterest(
        **_common(rng, i, "EOI"),
        institution_name=f"Benchmark institution {i}",
        requester_type=rng.choice(["national", "local", "regional", "justice", "cso"]),
        country=rng.choice(COUNTRIES),
        contact_name=f"Contact {i}",
        contact_position="Director",
        contact_email=f"contact{i}@bench.example.org",
        preferred_language="en",
        request_title=f"Request {i}",
        description="Support for the national migration strategy. " * 5,
        request_letter_status="sent",
    )


def _application(rng, i):
    return ExpertApplication(
        **_common(rng, i, "EXP"),
        first_name="Expert",
        last_name=f"Number{i}",
        email=f"expert{i}@bench.example.org",
        nationality=[rng.choice(["FR", "PT", "ES", "DE"])],
        country_of_residence=rng.choice(["FR", "PT", "ES", "DE", "BE"]),
        sector=rng.choice(["eu-administration", "academia", "independent"]),
        years_of_experience=rng.randrange(1, 30),
        profile="Migration policy expert. " * 5,
        days_per_year=rng.randrange(10, 100),
        work_mode="both",
        cv="exp/bench.pdf",
    )


def seed(model, build, count, rng):
    existing = model.objects.filter(reference__contains="-BENCH-").count()
    areas = list(ThematicArea.objects.values_list("pk", flat=True))
    through = model.thematic_areas.through
    owner = f"{model._meta.model_name}_id"
    for start in range(existing, count, BATCH):
        rows = model.objects.bulk_create(
            [build(rng, i) for i in range(start, min(start + BATCH, count))]
        )
        through.objects.bulk_create(
            [
                through(**{owner: row.pk, "thematicarea_id": area})
                for row in rows
                for area in rng.sample(areas, rng.randrange(1, 3))
            ]
        )
    return max(count - existing, 0)


def clean():
    for model in (ExpressionOfInterest, ExpertApplication):
        deleted, _ = model.objects.filter(reference__contains="-BENCH-").delete()
        print(f"Deleted {deleted} benchmark rows from {model._meta.verbose_name_plural}.")


def timed(client, label, url):
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = client.get(url)
        size = (
            sum(len(chunk) for chunk in response.streaming_content)
            if response.streaming
            else len(response.content)
        )
        elapsed = time.perf_counter() - started
    assert response.status_code == 200, (url, response.status_code)
    print(f"{label:<28} {elapsed * 1000:9.0f} ms {len(queries):4d} queries {size:>11,} bytes")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000, help="rows per submission type")
    parser.add_argument("--clean", action="store_true", help="remove the seeded rows and stop")
    parser.add_argument("--seed", type=int, default=42, help="random seed")
    args = parser.parse_args()
    if args.clean:
        clean()
        return

    rng = random.Random(args.seed)
    started = time.perf_counter()
    added = seed(ExpressionOfInterest, _interest, args.count, rng)
    added += seed(ExpertApplication, _application, args.count, rng)
    print(
        f"Seeded {added} rows in {time.perf_counter() - started:.1f} s "
        f"({connection.vendor}, {args.count} per type)."
    )

    user, _ = get_user_model().objects.get_or_create(
        username="bench-admin", defaults={"is_superuser": True, "is_staff": True}
    )
    client = Client(SERVER_NAME="localhost")
    client.force_login(user)
    area = ThematicArea.objects.first()
    eoi = reverse(ExpressionOfInterest.snippet_viewset.get_url_name("list"))
    exp = reverse(ExpertApplication.snippet_viewset.get_url_name("list"))
    client.get(eoi)  # warm caches (content types, site, templates)
    timed(client, "listing", eoi)
    timed(client, "listing, last page", f"{eoi}?p=1000000")
    timed(client, "filter status+country", f"{eoi}?status=new&country=CV")
    timed(client, "filter thematic area", f"{eoi}?thematic_area={area.pk}&status=in-review")
    timed(client, "filter date range", f"{exp}?created_at_from=2026-01-01&created_at_to=2026-01-31")
    timed(client, "search (name)", f"{exp}?q=Number4242")
    timed(client, "search (free text)", f"{eoi}?q=strategy%20x")
    timed(client, "export CSV, New only", f"{eoi}?status=new&export=csv")
    timed(client, "export CSV, all", f"{exp}?export=csv")


if __name__ == "__main__":
    main()
