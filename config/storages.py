from django.conf import settings
from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFiles(CompressedManifestStaticFilesStorage):
    """WhiteNoise's manifest storage, each file's address worked out once in the process.

    The manifest is fixed from ``collectstatic`` until the next deploy, which
    starts new processes; every page asked it again for the same few
    addresses, a tenth of a millisecond each.
    """

    MAX_KEPT = 1000

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._addresses = {}

    def url(self, name, force=False):
        key = (name, force, settings.DEBUG)
        try:
            return self._addresses[key]
        except KeyError:
            address = super().url(name, force)
            if len(self._addresses) >= self.MAX_KEPT:
                self._addresses.clear()
            self._addresses[key] = address
            return address


def s3(
    bucket_name,
    *,
    endpoint_url=None,
    region_name=None,
    access_key=None,
    secret_key=None,
    location="media",
    querystring_expire=300,
):
    """Options for django-storages' S3 backend: private objects, never overwritten.

    Documents reach people through Wagtail's serve view, which checks page and
    collection privacy before streaming the file; the bucket itself is never public.
    """
    return {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": bucket_name,
            "endpoint_url": endpoint_url,
            "region_name": region_name,
            "access_key": access_key,
            "secret_key": secret_key,
            "location": location,
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": querystring_expire,
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "private, max-age=300"},
        },
    }
