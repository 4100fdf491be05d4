"""The name Wagtail's admin gives the install, read for the council being served.

Wagtail reads ``WAGTAIL_SITE_NAME`` in its dashboard counts, its delete
confirmations and its emails; one install serves several councils, so the
name is the council's own whenever a request names one.
"""

from django.utils.functional import lazy


def _site_name(default):
    from councils.tenancy import current_council

    council = current_council()
    return council.name if council is not None else default


site_name = lazy(_site_name, str)
