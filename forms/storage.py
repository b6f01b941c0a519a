"""Private storage for submission attachments (CVs, request letters).

Attachments hold personal data, so they live outside MEDIA_ROOT in ``STORAGES["private"]`` and
have no URL at all: the only way to read one is a permission-checked view in the admin inbox.
"""

from django.core.files.storage import FileSystemStorage, storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty


class PrivateFileSystemStorage(FileSystemStorage):
    """A file-system storage that refuses to build URLs, so no template or admin widget can ever
    link to a stored attachment by mistake."""

    def url(self, name):
        raise ValueError("Private attachments have no URL; serve them through a checked view.")


class _PrivateStorage(LazyObject):
    """``storages["private"]``, resolved on first use (and again when the STORAGES setting changes
    in tests), in the manner of Django's own ``default_storage``."""

    def _setup(self):
        self._wrapped = storages["private"]


private_storage_instance = _PrivateStorage()


def private_storage():
    """The storage of attachment fields (a callable, so migrations record no path or class)."""
    return private_storage_instance


@receiver(setting_changed)
def _reset_private_storage(*, setting, **kwargs):
    if setting == "STORAGES":
        private_storage_instance._wrapped = empty
