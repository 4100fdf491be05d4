from django.conf import settings
from django.http import HttpResponseNotFound, HttpResponseServerError
from django.template import loader
from django.utils import translation


def page_not_found(request, exception):
    """Not found, in the language of the URL's prefix or else in English."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        body = loader.render_to_string("404.html", {"LANGUAGE_CODE": language}, request)
    return HttpResponseNotFound(body)


def server_error(request):
    # Rendered without a request context: the database may be what failed.
    return HttpResponseServerError(loader.render_to_string("500.html"))
