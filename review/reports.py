"""Publishing a cycle's "You Said, We Did": a staff page, and a family page in every language."""

from django.conf import settings
from django.db import transaction
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from home.localize import translate
from review.models import CycleReport, FamilyYouSaidWeDidPage, YouSaidWeDidPage


def _upsert(home, model, slug, existing, report, user):
    page = existing.specific if existing is not None else None
    if page is None or not isinstance(page, model):
        page = model.objects.child_of(home).filter(slug=slug).first()
    values = {
        "title": str(_("You Said, We Did: %(cycle)s") % {"cycle": report.cycle.name}),
        "intro": str(
            _("What families told us between %(start)s and %(end)s, and what we did about it.")
            % {
                "start": date_format(report.cycle.starts_on, "j F Y"),
                "end": date_format(report.cycle.ends_on, "j F Y"),
            }
        ),
        "cycle": report.cycle,
        "form_key": report.form.translation_key,
        "you_said": report.you_said,
        "we_did": report.we_did,
    }
    if page is None:
        page = model(slug=slug, locale=home.locale, owner=user, live=False, **values)
        home.add_child(instance=page)
    else:
        for name, value in values.items():
            setattr(page, name, value)
    # Publishing the approved report is the permission check for its pages.
    page.save_revision(user=user).publish(user=user, skip_permission_checks=True)
    page.refresh_from_db()
    return page


@transaction.atomic
def publish_pages(report, user=None):
    """Create or refresh the report's pages beside its feedback form, and publish them."""
    report = CycleReport.objects.select_related("cycle", "form").get(pk=report.pk)
    form = report.form.specific.source_page
    home = form.get_parent().specific
    slug = f"you-said-we-did-{report.cycle.starts_on:%Y-%m}"
    staff = _upsert(home, YouSaidWeDidPage, f"{slug}-staff", report.staff_page, report, user)
    family = _upsert(home, FamilyYouSaidWeDidPage, slug, report.family_page, report, user)
    languages = [code for code in settings.FAMILY_LANGUAGES if code != home.locale.language_code]
    missing = [
        code
        for code in languages
        if not home.get_translations().filter(locale__language_code=code).exists()
    ]
    if missing:
        translate(home, missing)
    translate(family, languages)
    CycleReport.objects.filter(pk=report.pk).update(staff_page=staff, family_page=family)
    return staff, family


@transaction.atomic
def unpublish_pages(report, user=None):
    """Take the report's pages down with it: the staff page and every family translation."""
    report = CycleReport.objects.select_related("staff_page", "family_page").get(pk=report.pk)
    pages = [report.staff_page] if report.staff_page else []
    if report.family_page:
        pages.extend(report.family_page.get_translations(inclusive=True))
    for page in pages:
        if page.live:
            # Unpublishing the report is the permission check for its pages.
            page.specific.unpublish(user=user)
