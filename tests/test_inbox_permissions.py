"""Who may reach the inbox: moderators may; other staff get 403; anonymous users must log in."""

import pytest
from django.contrib.auth.models import Group

from forms.models import ExpertApplication, ExpressionOfInterest, Status
from tests.fixtures.inbox import listing_url, make_application, make_interest, view_url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_storage_dir")]


@pytest.fixture
def interest():
    return make_interest(letter=b"%PDF-1.4 letter")


@pytest.fixture
def application():
    return make_application()


def _paths(interest, application):
    return {
        "list": listing_url(ExpressionOfInterest),
        "list expert": listing_url(ExpertApplication),
        "export csv": listing_url(ExpressionOfInterest) + "?export=csv",
        "export xlsx": listing_url(ExpertApplication) + "?export=xlsx",
        "inspect": view_url(ExpressionOfInterest, "inspect", interest.pk),
        "inspect expert": view_url(ExpertApplication, "inspect", application.pk),
        "edit": view_url(ExpressionOfInterest, "edit", interest.pk),
        "history": view_url(ExpressionOfInterest, "history", interest.pk),
        "usage": view_url(ExpressionOfInterest, "usage", interest.pk),
        "download": (
            f"/admin/submissions/attachment/expressionofinterest/{interest.pk}/request_letter/"
        ),
        "download cv": f"/admin/submissions/attachment/expertapplication/{application.pk}/cv/",
        "bulk status": (
            f"/admin/bulk/forms/expressionofinterest/set_status/?id={interest.pk}&next=/admin/"
        ),
        "bulk assign": (
            f"/admin/bulk/forms/expertapplication/assign/?id={application.pk}&next=/admin/"
        ),
    }


def test_moderators_group_has_exactly_the_inbox_permissions():
    group = Group.objects.get(name="Moderators")
    assert sorted(
        f"{app}.{codename}"
        for app, codename in group.permissions.values_list("content_type__app_label", "codename")
    ) == [
        "forms.change_expertapplication",
        "forms.change_expressionofinterest",
        "forms.download_expertapplication",
        "forms.download_expressionofinterest",
        "forms.export_expertapplication",
        "forms.export_expressionofinterest",
        "forms.view_expertapplication",
        "forms.view_expressionofinterest",
        "wagtailadmin.access_admin",
    ]
    assert not group.page_permissions.exists()
    assert not group.collection_permissions.exists()


def test_moderator_reaches_every_inbox_view(moderator_client, interest, application):
    for name, path in _paths(interest, application).items():
        assert moderator_client.get(path).status_code == 200, name


def test_editor_outside_the_group_gets_403_everywhere(client, editor, interest, application):
    client.force_login(editor)
    for name, path in _paths(interest, application).items():
        response = client.get(path)
        assert response.status_code == 403, name
        assert interest.contact_email.encode() not in response.content, name


def test_editor_cannot_change_status_by_post(client, editor, interest, application):
    client.force_login(editor)
    paths = _paths(interest, application)
    assert client.post(paths["edit"], {"status": Status.ACCEPTED}).status_code == 403
    assert client.post(paths["bulk status"], {"status": Status.SPAM}).status_code == 403
    interest.refresh_from_db()
    assert interest.status == Status.NEW


def test_anonymous_users_are_sent_to_login(client, interest, application):
    for name, path in _paths(interest, application).items():
        response = client.get(path)
        assert response.status_code == 302, name
        assert response["Location"].startswith("/admin/login/"), name


def test_reviewer_without_export_or_download_permission(client, django_user_model, interest):
    """The export and download permissions are separate from viewing: a reader may not take
    the data away."""
    from django.contrib.auth.models import Permission

    reader = django_user_model.objects.create_user("reader", "reader@example.org", "pw")
    reader.user_permissions.add(
        *Permission.objects.filter(codename__in=["access_admin", "view_expressionofinterest"])
    )
    client.force_login(reader)
    listing = client.get(listing_url(ExpressionOfInterest))
    assert listing.status_code == 200
    assert "export=csv" not in listing.content.decode()
    assert client.get(listing_url(ExpressionOfInterest) + "?export=csv").status_code == 403
    inspect = client.get(view_url(ExpressionOfInterest, "inspect", interest.pk)).content.decode()
    assert "Attached (you may not download it)" in inspect
    download = f"/admin/submissions/attachment/expressionofinterest/{interest.pk}/request_letter/"
    assert client.get(download).status_code == 403
    assert (
        client.post(
            view_url(ExpressionOfInterest, "edit", interest.pk), {"status": Status.SPAM}
        ).status_code
        == 403
    )


def test_editor_gets_403_on_delete(client, editor, interest):
    client.force_login(editor)
    assert client.get(view_url(ExpressionOfInterest, "delete", interest.pk)).status_code == 403
    assert client.post(view_url(ExpressionOfInterest, "delete", interest.pk)).status_code == 403
    assert ExpressionOfInterest.objects.filter(pk=interest.pk).exists()


def test_moderator_cannot_delete(moderator_client, interest):
    url = view_url(ExpressionOfInterest, "delete", interest.pk)
    assert moderator_client.post(url).status_code == 403
    assert ExpressionOfInterest.objects.filter(pk=interest.pk).exists()


def test_no_snippet_chooser_lists_submissions(client, editor, interest):
    """Wagtail's snippet chooser checks no model permission; the inbox registers none."""
    from django.urls import NoReverseMatch, reverse

    client.force_login(editor)
    response = client.get(
        "/admin/snippets/choose/forms/expressionofinterest/?q=" + interest.contact_email,
        follow=True,
    )
    assert interest.reference.encode() not in response.content
    with pytest.raises(NoReverseMatch):
        reverse("wagtailsnippetchoosers_forms_expressionofinterest:choose")


def test_site_history_shows_notes_to_moderators_only(client, editor, moderator, interest):
    from forms.moderation import add_note

    add_note(interest, "Internal remark about the request", moderator)
    client.force_login(editor)
    assert b"Internal remark" not in client.get("/admin/reports/site-history/").content
    client.force_login(moderator)
    assert b"Internal remark" in client.get("/admin/reports/site-history/").content
