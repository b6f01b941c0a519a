"""The submissions inbox: listings, filters, search, export, inspect, moderation, bulk actions."""

import pytest

from forms.models import ExpertApplication, ExpressionOfInterest, Status
from tests.fixtures.inbox import listing_url, make_application, make_interest, view_url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_storage_dir")]


def test_listing_shows_columns(moderator_client):
    interest = make_interest(institution_name="Instituto Nacional")
    response = moderator_client.get(listing_url(ExpressionOfInterest))
    assert response.status_code == 200
    content = response.content.decode()
    assert interest.reference in content
    assert "Instituto Nacional" in content
    assert "Cabo Verde" in content or "Cape Verde" in content


def test_expert_listing_shows_name_and_country(moderator_client):
    application = make_application(first_name="Jeanne", last_name="Dupont")
    response = moderator_client.get(listing_url(ExpertApplication))
    content = response.content.decode()
    assert application.reference in content
    assert "Jeanne Dupont" in content
    assert "France" in content


def test_submissions_menu_groups_both_listings_with_new_counts(moderator_client):
    make_interest()
    make_interest(status=Status.ACCEPTED)
    response = moderator_client.get("/admin/")
    content = response.content.decode()
    assert "Submissions" in content
    assert "Expressions of interest (1 new)" in content
    assert "Expert applications" in content


@pytest.mark.parametrize(
    ("query", "expected", "excluded"),
    [
        ("status=in-review", "Reviewed Ministry", "Fresh Ministry"),
        ("country=MZ", "Reviewed Ministry", "Fresh Ministry"),
        ("requester_type=local", "Reviewed Ministry", "Fresh Ministry"),
        ("language=es", "Reviewed Ministry", "Fresh Ministry"),
        (
            "created_at_from=2026-03-01&created_at_to=2026-03-31",
            "Reviewed Ministry",
            "Fresh Ministry",
        ),
        ("q=reviewed", "Reviewed Ministry", "Fresh Ministry"),
        ("q=mz-contact@example", "Reviewed Ministry", "Fresh Ministry"),
    ],
)
def test_listing_filters_and_search(moderator_client, query, expected, excluded):
    import datetime

    from django.utils import timezone

    make_interest(
        institution_name="Reviewed Ministry",
        status=Status.IN_REVIEW,
        country="MZ",
        requester_type="local",
        language="es",
        contact_email="mz-contact@example.org",
        created_at=timezone.make_aware(datetime.datetime(2026, 3, 10, 12)),
    )
    make_interest(
        institution_name="Fresh Ministry",
        created_at=timezone.make_aware(datetime.datetime(2026, 5, 10, 12)),
    )
    content = moderator_client.get(f"{listing_url(ExpressionOfInterest)}?{query}").content.decode()
    assert expected in content
    assert excluded not in content


def test_listing_filters_by_thematic_area_and_assignee(moderator_client, moderator):
    from home.models import ThematicArea

    asylum = make_interest(
        institution_name="Asylum Office", thematic_areas=["international-protection"]
    )
    make_interest(institution_name="Labour Office", thematic_areas=["legal-migration"])
    asylum.assignee = moderator
    asylum.save()
    area = ThematicArea.objects.get(key="international-protection")
    url = listing_url(ExpressionOfInterest)
    content = moderator_client.get(f"{url}?thematic_area={area.pk}").content.decode()
    assert "Asylum Office" in content and "Labour Office" not in content
    content = moderator_client.get(f"{url}?assignee={moderator.pk}").content.decode()
    assert "Asylum Office" in content and "Labour Office" not in content
    content = moderator_client.get(f"{url}?assignee=null").content.decode()
    assert "Labour Office" in content and "Asylum Office" not in content


def test_expert_listing_filters_by_sector_and_residence(moderator_client):
    make_application(last_name="Academic", sector="academia", country_of_residence="PT")
    make_application(last_name="Official")
    url = listing_url(ExpertApplication)
    for query in ("sector=academia", "country_of_residence=PT", "q=academic"):
        content = moderator_client.get(f"{url}?{query}").content.decode()
        assert "Academic" in content and "Official" not in content


def test_listing_orders_by_column(moderator_client):
    make_interest(institution_name="Alpha Agency")
    make_interest(institution_name="Zulu Agency")
    url = listing_url(ExpressionOfInterest)
    content = moderator_client.get(f"{url}?ordering=institution_name").content.decode()
    assert content.index("Alpha Agency") < content.index("Zulu Agency")
    content = moderator_client.get(f"{url}?ordering=-institution_name").content.decode()
    assert content.index("Zulu Agency") < content.index("Alpha Agency")


def test_listing_paginates(moderator_client):
    for _ in range(51):
        make_interest()
    response = moderator_client.get(listing_url(ExpressionOfInterest))
    assert len(response.context["object_list"]) == 50
    response = moderator_client.get(listing_url(ExpressionOfInterest) + "?p=2")
    assert len(response.context["object_list"]) == 1


def _csv_rows(response):
    import csv
    import io

    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def _xlsx_rows(response):
    import io

    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()], sheet


def test_csv_export_is_filtered_and_human_readable(moderator_client):
    make_interest(
        institution_name="Kept Ministry", thematic_areas=["legal-migration", "horizontal"]
    )
    make_interest(institution_name="Spam Ministry", status=Status.SPAM)
    response = moderator_client.get(f"{listing_url(ExpressionOfInterest)}?status=new&export=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    header, *rows = _csv_rows(response)
    assert len(rows) == 1
    row = dict(zip(header, rows[0], strict=True))
    assert row["Institution name"] == "Kept Ministry"
    assert row["Status"] == "New"
    assert row["Country"] == "Cabo Verde"
    assert row["Type of institution"] == "National institution"
    assert row["Thematic areas"] == "Legal migration and mobility, Horizontal interventions"
    assert row["Activity types wanted"] == "Training"
    assert row["Submission language"] == "Português"
    assert row["Consent given"] == "Yes"


def test_xlsx_export_of_expert_applications_joins_multi_values(moderator_client):
    make_application(last_name="Durand")
    response = moderator_client.get(f"{listing_url(ExpertApplication)}?export=xlsx")
    assert response.status_code == 200
    (header, row), _ = _xlsx_rows(response)
    row = dict(zip(header, row, strict=True))
    assert row["Last name"] == "Durand"
    assert row["Nationality"] == "Belgium, France"
    assert row["Sector"] == "EU member-state public administration"
    assert row["Languages"] == "French (Mother tongue), English (C1 – advanced)"
    assert row["Regions of experience"] == "Asia"


@pytest.mark.parametrize(
    "payload", ["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\rx"]
)
def test_export_neutralises_formulas_in_csv_and_xlsx(moderator_client, payload):
    make_interest(institution_name=payload)
    url = listing_url(ExpressionOfInterest)
    header, row = _csv_rows(moderator_client.get(f"{url}?export=csv"))
    assert dict(zip(header, row, strict=True))["Institution name"] == "'" + payload
    (header, row), sheet = _xlsx_rows(moderator_client.get(f"{url}?export=xlsx"))
    column = header.index("Institution name")
    # XML stores a carriage return as a line feed; what matters is the leading quote.
    assert row[column] == "'" + payload.replace("\r", "\n")
    assert sheet.cell(row=2, column=column + 1).data_type == "s"


def test_export_costs_the_same_queries_for_more_rows(
    moderator_client, django_assert_max_num_queries
):
    for _ in range(3):
        make_interest()
    url = f"{listing_url(ExpressionOfInterest)}?export=csv"
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        _csv_rows(moderator_client.get(url))
    for _ in range(20):
        make_interest()
    with CaptureQueriesContext(connection) as many:
        _csv_rows(moderator_client.get(url))
    assert len(many) == len(few)


def test_inspect_view_shows_every_submitted_field(moderator_client):
    interest = make_interest(
        institution_name="Direção-Geral",
        government_partner="Ministry of Justice",
        joint_partners="Police academy",
        sub_topics="Labour mobility schemes",
        objectives="A national strategy",
        target_group="Border officials",
        duration="6 months",
        other_donors="IOM",
        eu_delegation_contact="Ms Delegation",
        contact_phone="+238 000",
        letter=b"%PDF-1.4 letter",
    )
    response = moderator_client.get(view_url(ExpressionOfInterest, "inspect", interest.pk))
    assert response.status_code == 200
    content = response.content.decode()
    for text in [
        interest.reference,
        "Direção-Geral",
        "Ministry of Justice",
        "Police academy",
        "Labour mobility schemes",
        "A national strategy",
        "Border officials",
        "6 months",
        "IOM",
        "Ms Delegation",
        "+238 000",
        interest.contact_email,
        "Legal migration and mobility",
        "Training",
        "Already sent to MIEUX+",
        "2026-01",
        f"/admin/submissions/attachment/expressionofinterest/{interest.pk}/request_letter/",
    ]:
        assert text in content, text


def test_inspect_view_of_expert_shows_languages_regions_and_cv_link(moderator_client):
    application = make_application(profile_url="https://example.org/me")
    content = moderator_client.get(
        view_url(ExpertApplication, "inspect", application.pk)
    ).content.decode()
    for text in [
        "Belgium, France",
        "French (Mother tongue)",
        "Asia",
        "https://example.org/me",
        f"/admin/submissions/attachment/expertapplication/{application.pk}/cv/",
    ]:
        assert text in content, text


def _history(client, model, pk):
    return client.get(view_url(model, "history", pk)).content.decode()


def test_edit_view_changes_status_assignee_and_adds_note_each_logged(moderator_client, moderator):
    from wagtail.models import ModelLogEntry

    from forms.models import Note

    interest = make_interest(institution_name="Original Ministry")
    response = moderator_client.post(
        view_url(ExpressionOfInterest, "edit", interest.pk),
        {
            "status": Status.IN_REVIEW,
            "assignee": moderator.pk,
            "note": "Called the ministry; letter expected.",
            "institution_name": "Tampered Ministry",
        },
    )
    assert response.status_code == 302
    interest.refresh_from_db()
    assert interest.status == Status.IN_REVIEW
    assert interest.assignee == moderator
    assert interest.institution_name == "Original Ministry"
    note = Note.for_submission(interest).get()
    assert (note.author, note.text) == (moderator, "Called the ministry; letter expected.")
    actions = list(
        ModelLogEntry.objects.for_instance(interest).values_list("action", "user", "data")
    )
    assert (
        "forms.status",
        moderator.pk,
        {"old": "new", "new": "in-review"},
    ) in actions
    assert (
        "forms.assign",
        moderator.pk,
        {"assignee_id": moderator.pk, "assignee": "Maria Moderator"},
    ) in actions
    assert any(action == "forms.note" for action, _, _ in actions)
    assert not any(action == "wagtail.edit" for action, _, _ in actions)

    history = _history(moderator_client, ExpressionOfInterest, interest.pk)
    assert "Status changed from “New” to “In review”" in history
    assert "Assigned to Maria Moderator" in history
    assert "Called the ministry; letter expected." in history
    assert "Maria Moderator" in history


def test_saving_unchanged_form_logs_nothing(moderator_client):
    from wagtail.models import ModelLogEntry

    interest = make_interest()
    moderator_client.post(
        view_url(ExpressionOfInterest, "edit", interest.pk),
        {"status": Status.NEW, "assignee": "", "note": ""},
    )
    assert not ModelLogEntry.objects.for_instance(interest).exists()


def test_edit_view_shows_submitted_data_read_only(moderator_client):
    interest = make_interest(institution_name="Read Only Ministry")
    response = moderator_client.get(view_url(ExpressionOfInterest, "edit", interest.pk))
    content = response.content.decode()
    assert "Read Only Ministry" in content
    assert 'name="institution_name"' not in content
    assert 'name="status"' in content and 'name="note"' in content
    assert set(response.context["form"].fields) == {"status", "assignee", "note"}


def test_assignee_choices_are_moderators_only(moderator_client, moderator, editor):
    interest = make_interest()
    form = moderator_client.get(view_url(ExpressionOfInterest, "edit", interest.pk)).context["form"]
    assert moderator in form.fields["assignee"].queryset
    assert editor not in form.fields["assignee"].queryset
    response = moderator_client.post(
        view_url(ExpressionOfInterest, "edit", interest.pk),
        {"status": Status.NEW, "assignee": editor.pk, "note": ""},
    )
    assert response.status_code == 200
    interest.refresh_from_db()
    assert interest.assignee is None


def test_no_add_view(moderator_client, admin_client):
    from django.urls import NoReverseMatch, reverse

    with pytest.raises(NoReverseMatch):
        reverse(ExpressionOfInterest.snippet_viewset.get_url_name("add"))


def _bulk_url(model, action, submissions):
    ids = "&".join(f"id={submission.pk}" for submission in submissions)
    return f"/admin/bulk/forms/{model._meta.model_name}/{action}/?{ids}&next=/admin/"


@pytest.mark.parametrize(
    ("action", "data", "expected"),
    [
        ("set_status", {"status": Status.DECLINED}, Status.DECLINED),
        ("mark_spam", {"status": Status.SPAM}, Status.SPAM),
        ("archive", {"status": Status.ARCHIVED}, Status.ARCHIVED),
    ],
)
def test_bulk_status_change_logs_each_submission(
    moderator_client, moderator, action, data, expected
):
    from wagtail.models import ModelLogEntry

    submissions = [make_interest(), make_interest()]
    url = _bulk_url(ExpressionOfInterest, action, submissions)
    page = moderator_client.get(url)
    assert page.status_code == 200
    assert submissions[0].reference in page.content.decode()
    assert page.context["form"]["status"].value() == (None if action == "set_status" else expected)
    response = moderator_client.post(url, data)
    assert response.status_code == 302
    for submission in submissions:
        submission.refresh_from_db()
        assert submission.status == expected
        entry = ModelLogEntry.objects.for_instance(submission).get()
        assert (entry.action, entry.user, entry.data["new"]) == (
            "forms.status",
            moderator,
            expected,
        )


def test_bulk_assign_logs_each_submission(moderator_client, moderator):
    from wagtail.models import ModelLogEntry

    submissions = [make_application(), make_application()]
    url = _bulk_url(ExpertApplication, "assign", submissions)
    assert moderator_client.post(url, {"assignee": moderator.pk}).status_code == 302
    for submission in submissions:
        submission.refresh_from_db()
        assert submission.assignee == moderator
        assert ModelLogEntry.objects.for_instance(submission).get().action == "forms.assign"


def test_listing_offers_the_bulk_actions(moderator_client):
    make_interest()
    content = moderator_client.get(listing_url(ExpressionOfInterest)).content.decode()
    for action in ("set_status", "mark_spam", "archive", "assign"):
        assert f"/admin/bulk/forms/expressionofinterest/{action}/" in content
    assert "data-bulk-action-checkbox" in content


def test_attachment_download_streams_privately_and_is_logged(moderator_client, moderator):
    from wagtail.models import ModelLogEntry

    application = make_application(cv=b"%PDF-1.4 the cv")
    url = f"/admin/submissions/attachment/expertapplication/{application.pk}/cv/"
    response = moderator_client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 the cv"
    assert (
        response["Content-Disposition"] == f'attachment; filename="{application.reference}-cv.pdf"'
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"] == "application/pdf"
    entry = ModelLogEntry.objects.for_instance(application).get()
    assert (entry.action, entry.user, entry.data) == ("forms.download", moderator, {"field": "cv"})
    assert "Attachment downloaded: CV" in _history(
        moderator_client, ExpertApplication, application.pk
    )


def test_download_of_unknown_field_or_missing_file_is_404(moderator_client):
    interest = make_interest()
    base = f"/admin/submissions/attachment/expressionofinterest/{interest.pk}"
    # (LocaleMiddleware first tries the 404's path under /en/, which 404s too.)
    assert moderator_client.get(f"{base}/request_letter/", follow=True).status_code == 404
    assert moderator_client.get(f"{base}/contact_email/", follow=True).status_code == 404


def test_dashboard_panel_counts_new_submissions_and_links_to_filtered_listings(moderator_client):
    make_interest()
    make_interest()
    make_interest(status=Status.DECLINED)
    make_application()
    content = moderator_client.get("/admin/").content.decode()
    assert "New submissions" in content
    assert "Expressions of interest: 2 new" in content
    assert "Expert applications: 1 new" in content
    assert f'href="{listing_url(ExpressionOfInterest)}?status=new"' in content


def test_dashboard_panel_hidden_from_editors(client, editor):
    client.force_login(editor)
    content = client.get("/admin/").content.decode()
    assert "New submissions" not in content
    assert "Submissions" not in content


XSS_PAYLOADS = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>']


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_xss_payload_is_escaped_in_listing_inspect_history_and_export(moderator_client, payload):
    from django.utils.html import escape

    interest = make_interest(institution_name=payload, description=payload, contact_name=payload)
    moderator_client.post(
        view_url(ExpressionOfInterest, "edit", interest.pk),
        {"status": Status.NEW, "assignee": "", "note": payload},
    )
    pages = [
        moderator_client.get(listing_url(ExpressionOfInterest)),
        moderator_client.get(view_url(ExpressionOfInterest, "inspect", interest.pk)),
        moderator_client.get(view_url(ExpressionOfInterest, "history", interest.pk)),
    ]
    for page in pages:
        content = page.content.decode()
        assert payload not in content
        assert escape(payload) in content
    header, row = _csv_rows(moderator_client.get(f"{listing_url(ExpressionOfInterest)}?export=csv"))
    assert dict(zip(header, row, strict=True))["Institution name"] == payload


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_xss_payload_sent_through_the_public_form_stays_inert(
    client,
    moderator_client,
    request_pages,
    moderators,
    mailoutbox,
    django_capture_on_commit_callbacks,
    payload,
):
    """The whole path: the public form stores the payload as typed; the admin escapes it; the
    export carries the text, not markup; the emails are plain text, with no HTML part to run it."""
    from django.utils.html import escape

    from tests.fixtures.intake import eoi_data

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            request_pages["en"].url,
            eoi_data(institution_name=payload, contact_name=payload, description=payload),
        )
    assert response.status_code == 302
    interest = ExpressionOfInterest.objects.get(institution_name=payload)

    for url in (
        listing_url(ExpressionOfInterest),
        view_url(ExpressionOfInterest, "inspect", interest.pk),
    ):
        content = moderator_client.get(url).content.decode()
        assert payload not in content
        assert escape(payload) in content
    header, row = _csv_rows(moderator_client.get(f"{listing_url(ExpressionOfInterest)}?export=csv"))
    assert dict(zip(header, row, strict=True))["Institution name"] == payload
    assert len(mailoutbox) == 2
    for message in mailoutbox:
        assert message.content_subtype == "plain"
        assert getattr(message, "alternatives", []) == []


@pytest.mark.parametrize("rows", [5, 40])
def test_listing_query_count_does_not_grow_with_rows(
    moderator_client, moderator, django_assert_num_queries, rows
):
    for _ in range(rows):
        make_interest(assignee=moderator)
    url = listing_url(ExpressionOfInterest)
    moderator_client.get(url)  # warm per-process caches (content types, site, locales)
    with django_assert_num_queries(LISTING_QUERIES):
        response = moderator_client.get(url)
    assert len(response.context["object_list"]) == rows


LISTING_QUERIES = 15


def test_superuser_deleting_a_submission_removes_its_file_and_notes(
    admin_client, private_storage_dir
):
    from django.test import TestCase

    from forms.models import Note
    from forms.moderation import add_note

    application = make_application()
    add_note(application, "A note", None)
    stored = private_storage_dir / application.cv.name
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = admin_client.post(view_url(ExpertApplication, "delete", application.pk))
    assert response.status_code == 302
    assert not ExpertApplication.objects.filter(pk=application.pk).exists()
    assert not stored.exists()
    assert not Note.objects.exists()


@pytest.mark.parametrize("new_submissions", [2, 30])
def test_menu_and_dashboard_counts_cost_fixed_queries(
    moderator_client, django_assert_num_queries, new_submissions
):
    for _ in range(new_submissions):
        make_interest()
    moderator_client.get("/admin/")
    with django_assert_num_queries(DASHBOARD_QUERIES):
        moderator_client.get("/admin/")


DASHBOARD_QUERIES = 20


def test_inbox_speaks_the_moderators_language(moderator_client, moderator):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(moderator)
    profile.preferred_language = "pt"
    profile.save()
    make_interest()
    content = moderator_client.get("/admin/").content.decode()
    assert "Submiss\\u00f5es" in content  # the sidebar menu's JSON
    assert "Novas submissões" in content
    listing = moderator_client.get(listing_url(ExpressionOfInterest)).content.decode()
    assert "Responsável" in listing
    assert "Marcar como spam" in listing
