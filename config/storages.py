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
