"""Attachments in an S3-compatible bucket (production with object storage).

Imported only when ``STORAGES["private"]`` names it, so boto3 is needed only where it is used
(``pip install -e ".[s3]"``).
"""

from storages.backends.s3 import S3Storage


class PrivateS3Storage(S3Storage):
    """Like ``PrivateFileSystemStorage``: no URL, not even a signed one; attachments are read
    through the inbox's permission-checked view. Objects are written with a private ACL."""

    default_acl = "private"
    querystring_auth = True

    def url(self, name, parameters=None, expire=None, http_method=None):
        raise ValueError("Private attachments have no URL; serve them through a checked view.")
