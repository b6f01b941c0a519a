"""Checks on uploaded attachments: size, extension, and what the bytes actually are.

The extension alone proves nothing (an executable renamed ``cv.pdf`` has one), so the first bytes
and, for the zip-based formats, the archive's inner markers must match the extension too.
"""

import zipfile

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

MAX_UPLOAD_SIZE = 5 * 1024 * 1024
ALLOWED_EXTENSIONS = ("pdf", "doc", "docx", "odt")
# The file picker's hint (the server checks regardless).
ACCEPT = ".pdf,.doc,.docx,.odt"

OLE2_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def _is_docx(upload):
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
    return "[Content_Types].xml" in names and "word/document.xml" in names


def _is_odt(upload):
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            if "mimetype" not in archive.namelist():
                return False
            info = archive.getinfo("mimetype")
            # The OpenDocument mimetype entry is tiny; never inflate anything larger.
            return info.file_size < 100 and archive.read(info).strip() == ODT_MIMETYPE
    except (zipfile.BadZipFile, OSError, ValueError, KeyError):
        return False


def _content_matches(upload, extension):
    upload.seek(0)
    head = upload.read(8)
    if extension == "pdf":
        return head.startswith(b"%PDF-")
    if extension == "doc":
        return head == OLE2_SIGNATURE
    if not head.startswith(b"PK\x03\x04"):
        return False
    return _is_docx(upload) if extension == "docx" else _is_odt(upload)


def validate_attachment(upload):
    """Raise a translated ValidationError unless ``upload`` is a PDF, DOC, DOCX or ODT file of at
    most MAX_UPLOAD_SIZE whose content is what its extension says."""
    if upload.size > MAX_UPLOAD_SIZE:
        raise ValidationError(
            _("The file is too large (%(size)s). Choose a file of at most %(limit)s."),
            code="file_too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(MAX_UPLOAD_SIZE)},
        )
    name = upload.name or ""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in ALLOWED_EXTENSIONS:
        raise ValidationError(_("Choose a PDF, DOC, DOCX or ODT file."), code="file_extension")
    try:
        matches = _content_matches(upload, extension)
    finally:
        upload.seek(0)
    if not matches:
        raise ValidationError(
            _("The file is not a valid %(type)s document. Choose a PDF, DOC, DOCX or ODT file."),
            code="file_content",
            params={"type": extension.upper()},
        )
