from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class CustomImage(AbstractImage):
    """Wagtail image whose alternative text (Wagtail's ``description``) is required, so that no
    image can reach a page without a text alternative (WCAG 1.1.1)."""

    description = models.CharField(
        max_length=255,
        verbose_name=_("alternative text"),
        help_text=_(
            "Describe the image for people who cannot see it, in the site's source language. "
            "Say what it shows that matters on the page, not that it is an image."
        ),
    )

    admin_form_fields = Image.admin_form_fields


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class CustomDocument(AbstractDocument):
    """The project's document model, in place from the first migration like the image model."""

    admin_form_fields = Document.admin_form_fields
