from django.utils.functional import SimpleLazyObject

from home.branding import branding_for


def branding(request):
    """The council's name, framework name, logo and colour, read only when a template asks."""
    return {"branding": SimpleLazyObject(lambda: branding_for(request=request))}
