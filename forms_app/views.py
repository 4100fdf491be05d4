"""Family-facing views outside the form pages, and the links, QR codes and poster of a form.

Editors reach the links from the page editor; every member of staff shares
the form from the intranet's "Share the feedback form" page.
"""

import hashlib
import io
import secrets
from urllib.parse import urlencode

import segno
from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import get_language_info
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from councils.tenancy import in_council_tree, pages_in_current_council
from forms_app.forms import SOURCE_PATTERN
from forms_app.models import FamilyFormPage, OrganisationUpdate, SourceTag
from forms_app.staff_forms import OrganisationUpdateForm, organisation_values
from home.branding import branding_for, public_page_url, public_url
from resources.models import Organisation


def csrf_failure(request, reason=""):
    """Django's CSRF page is for developers; families get plain words in their language."""
    return render(request, "forms_app/csrf_failure.html", status=403)


def form_links(page, request=None, source=""):
    """Each language's address of a form, and the 'choose your language' address.

    Every address is on the council's one public address (``home.branding``).
    """
    query = f"?{urlencode({'src': source})}" if source else ""
    translations = {
        p.locale.language_code: p
        for p in page.get_translations(inclusive=True).live().select_related("locale")
    }
    links = []
    for code, _name in settings.LANGUAGES:
        translation = translations.get(code)
        if translation is not None:
            links.append(
                {
                    "code": code,
                    "name": get_language_info(code)["name_local"],
                    "english_name": get_language_info(code)["name"],
                    "url": public_page_url(translation, request) + query,
                }
            )
    source_page = page.specific.source_page
    path = reverse("forms_app:choose_language", args=[source_page.pk])
    choose = public_url(path, site=page.get_site(), request=request) + query
    return links, choose


def qr_svg(url, scale=4):
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="svg", scale=scale, xmldecl=False, svgns=True)
    return buffer.getvalue().decode()


@login_not_required
@require_GET
def choose_language(request, page_id):
    """The one link that lets a family pick English, Bengali or Somali."""
    pages = FamilyFormPage.objects.live().filter(in_council_tree(request.council))
    page = get_object_or_404(pages, pk=page_id)
    source = request.GET.get("src", "")
    source = source if SOURCE_PATTERN.match(source) else ""
    links, _choose = form_links(page, request, source)
    return render(request, "forms_app/choose_language.html", {"page": page, "links": links})


def own_council_forms():
    """The forms of the site's own council: another council's form is not found here."""
    return FamilyFormPage.objects.filter(pages_in_current_council())


def _admin_page(request, page_id):
    page = get_object_or_404(own_council_forms(), pk=page_id)
    if not page.permissions_for_user(request.user).can_edit() and not request.user.has_perm(
        "forms_app.view_familysubmission"
    ):
        raise PermissionDenied
    return page


def _source(request):
    source = request.GET.get("src", "")
    if source and not (SOURCE_PATTERN.match(source) and SourceTag.objects.filter(slug=source)):
        raise Http404
    return source


def links_view(request, page_id):
    page = _admin_page(request, page_id)
    source = _source(request)
    links, choose = form_links(page, request, source)
    return render(
        request,
        "forms_app/admin/links.html",
        {
            "page": page,
            "links": links,
            "choose": choose,
            "source": source,
            "tags": SourceTag.objects.all(),
        },
    )


def _qr_response(page, request, language, kind, source):
    links, choose = form_links(page, request, source)
    urls = {link["code"]: link["url"] for link in links}
    urls["choose"] = choose
    if language not in urls or kind not in ("svg", "png"):
        raise Http404
    filename = f"{page.slug}-{language}{'-' + source if source else ''}.{kind}"
    if kind == "svg":
        response = HttpResponse(qr_svg(urls[language], scale=8), content_type="image/svg+xml")
    else:
        buffer = io.BytesIO()
        segno.make(urls[language], error="m").save(buffer, kind="png", scale=10, border=4)
        response = HttpResponse(buffer.getvalue(), content_type="image/png")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _poster_response(page, request, source):
    """An A4 page to print: each language's QR code under headings in that language."""
    links, choose = form_links(page, request, source)
    for link in links:
        link["svg"] = qr_svg(link["url"])
    return render(
        request,
        "forms_app/poster.html",
        {
            "page": page,
            "links": links,
            "choose": choose,
            "choose_svg": qr_svg(choose),
            "branding": branding_for(page.get_site(), request),
        },
    )


def qr_code(request, page_id, language, kind):
    return _qr_response(_admin_page(request, page_id), request, language, kind, _source(request))


def poster(request, page_id):
    return _poster_response(_admin_page(request, page_id), request, _source(request))


# Sharing the form, for every signed-in member of staff ------------------------


def council_forms(request):
    """The live family forms of the request's council, in the source language."""
    if request.council is None:
        return FamilyFormPage.objects.none()
    return (
        FamilyFormPage.objects.live()
        .filter(in_council_tree(request.council), locale=Locale.get_default())
        .order_by("path")
    )


def _shared_page(request, page_id):
    return get_object_or_404(council_forms(request), pk=page_id)


def share_form(request):
    """Staff pick their team and a language, and get the link, a QR code and a poster."""
    forms = list(council_forms(request))
    page = None
    if forms:
        chosen = request.GET.get("form", "")
        page = next((f for f in forms if str(f.pk) == chosen), forms[0])
    source = _source(request)
    language = request.GET.get("lang", "choose")
    context = {"forms": forms, "page": page, "source": source, "tags": SourceTag.objects.all()}
    if page is not None:
        links, choose = form_links(page, request, source)
        urls = {link["code"]: link["url"] for link in links}
        urls["choose"] = choose
        if language not in urls:
            language = "choose"
        context.update(
            links=links,
            language=language,
            url=urls[language],
            svg=qr_svg(urls[language], scale=6),
        )
    return render(request, "forms_app/share_form.html", context)


def share_qr(request, page_id, language, kind):
    return _qr_response(_shared_page(request, page_id), request, language, kind, _source(request))


def share_poster(request, page_id):
    return _poster_response(_shared_page(request, page_id), request, _source(request))


def organisation_update(request, kind, organisation_id=None):
    """Staff suggest a new organisation, or report a change to or the closing of one."""
    if kind not in OrganisationUpdate.Kind.values or (kind == "new") != (organisation_id is None):
        raise Http404
    organisation = None
    if organisation_id is not None:
        organisation = get_object_or_404(Organisation, pk=organisation_id)
    if request.method == "POST":
        form = OrganisationUpdateForm(request.POST, kind=kind, organisation=organisation)
        token = request.POST.get("token", "")
        if form.is_valid():
            digest = hashlib.sha256(token.encode()).hexdigest() if token else ""
            update = OrganisationUpdate.objects.filter(token_digest=digest).first()
            if update is None:
                update = OrganisationUpdate.objects.create(
                    kind=kind,
                    organisation=organisation,
                    proposed=form.proposed(),
                    original=organisation_values(organisation) if organisation else {},
                    note=form.cleaned_data["note"],
                    submitted_by=request.user,
                    token_digest=digest or secrets.token_hex(32),
                )
            return render(request, "forms_app/organisation_update_done.html", {"update": update})
    else:
        form = OrganisationUpdateForm(kind=kind, organisation=organisation)
        token = secrets.token_hex(16)
    return render(
        request,
        "forms_app/organisation_update.html",
        {
            "form": form,
            "kind": kind,
            "kind_label": OrganisationUpdate.Kind(kind).label,
            "organisation": organisation,
            "token": token,
        },
    )
