"""Attachments: checked by size, extension and content; stored privately under random names."""

import io
import zipfile
from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import OperationalError

from forms.models import ExpertApplication, ExpressionOfInterest
from forms.storage import private_storage
from forms.uploads import MAX_UPLOAD_SIZE, OLE2_SIGNATURE, validate_attachment
from tests.fixtures.intake import PDF, eoi_data, expert_data

EXECUTABLE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 64


def _zip(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


DOCX = _zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})
ODT = _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"})
ODS = _zip({"mimetype": "application/vnd.oasis.opendocument.spreadsheet"})


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("cv.pdf", PDF),
        ("CV.PDF", PDF),
        ("cv.doc", OLE2_SIGNATURE + b"\x00" * 100),
        ("cv.docx", DOCX),
        ("cv.odt", ODT),
    ],
)
def test_documents_of_the_allowed_types_are_accepted(name, content):
    validate_attachment(SimpleUploadedFile(name, content))


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("cv.pdf", EXECUTABLE, "file_content"),
        ("cv.docx", PDF, "file_content"),
        ("cv.docx", _zip({"evil.exe": EXECUTABLE}), "file_content"),
        ("cv.odt", ODS, "file_content"),
        ("cv.doc", b"PK\x03\x04garbage", "file_content"),
        ("cv.exe", EXECUTABLE, "file_extension"),
        ("cv.txt", b"plain text", "file_extension"),
        ("cv", PDF, "file_extension"),
    ],
)
def test_files_whose_extension_or_content_is_wrong_are_rejected(name, content, code):
    with pytest.raises(ValidationError) as error:
        validate_attachment(SimpleUploadedFile(name, content))

    assert error.value.code == code


def test_file_over_five_megabytes_is_rejected():
    big = SimpleUploadedFile("cv.pdf", PDF + b"0" * (MAX_UPLOAD_SIZE - len(PDF) + 1))

    with pytest.raises(ValidationError) as error:
        validate_attachment(big)

    assert error.value.code == "file_too_large"


def test_executable_renamed_pdf_is_rejected_by_the_form(client, roster_pages, private_media):
    cv = SimpleUploadedFile("cv.pdf", EXECUTABLE, content_type="application/pdf")

    response = client.post(roster_pages["fr"].url, expert_data(cv=cv))

    assert response.status_code == 400
    assert ExpertApplication.objects.count() == 0
    assert response.context["form"].errors["cv"] == [
        "Le fichier n’est pas un document PDF valide. Choisissez un fichier PDF, DOC, DOCX ou ODT."
    ]
    assert not any(private_media.rglob("*.*"))


def test_oversized_file_is_rejected_by_the_form(client, roster_pages):
    cv = SimpleUploadedFile("cv.pdf", PDF + b"0" * MAX_UPLOAD_SIZE)

    response = client.post(roster_pages["es"].url, expert_data(cv=cv))

    assert response.status_code == 400
    assert ExpertApplication.objects.count() == 0
    assert "El archivo es demasiado grande" in response.context["form"].errors["cv"][0]


def test_request_letter_is_stored_when_attached(client, request_pages, private_media):
    letter = SimpleUploadedFile("carta oficial.docx", DOCX)

    client.post(
        request_pages["pt"].url,
        eoi_data(request_letter_status="attached", request_letter=letter),
    )

    submission = ExpressionOfInterest.objects.get()
    assert submission.request_letter.name.startswith("eoi/")
    assert (private_media / submission.request_letter.name).read_bytes() == DOCX


def test_stored_cv_is_private_randomly_named_and_has_no_url(
    client, roster_pages, private_media, settings
):
    client.post(roster_pages["en"].url, expert_data())

    name = ExpertApplication.objects.get().cv.name
    stored = private_media / name
    assert stored.read_bytes() == PDF
    assert "Dubois" not in name
    assert not stored.is_relative_to(settings.MEDIA_ROOT)
    with pytest.raises(ValueError):
        private_storage().url(name)
    for url in (f"/media/{name}", f"/en/media/{name}", f"/{name}"):
        assert client.get(url).status_code == 404


def test_a_submission_the_database_fails_to_store_leaves_no_file_behind(
    client, roster_pages, private_media
):
    failure = OperationalError("server closed the connection unexpectedly")
    with mock.patch("forms.views.log", side_effect=failure), pytest.raises(OperationalError):
        client.post(roster_pages["en"].url, expert_data(last_name="Unstored"))

    assert not ExpertApplication.objects.filter(last_name="Unstored").exists()
    assert [path for path in private_media.rglob("*") if path.is_file()] == []


def test_a_stored_submission_keeps_its_file(client, roster_pages, private_media):
    client.post(roster_pages["en"].url, expert_data(last_name="Stored"))

    application = ExpertApplication.objects.get(last_name="Stored")
    assert [path.name for path in private_media.rglob("*") if path.is_file()] == [
        application.cv.name.rsplit("/", 1)[-1]
    ]
