"""Which family pages await translation, for the Learning Academy."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import get_language_info, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page, get_page_models

from councils.tenancy import current_council, in_council_tree
from home.localize import translation_status
from review.permissions import policy


def family_pages():
    """The council's family pages in the source language."""
    models = [model for model in get_page_models() if getattr(model, "public_for_families", False)]
    return (
        Page.objects.type(*models)
        .filter(in_council_tree(current_council()), locale=Locale.get_default())
        .exclude(depth__lte=2)
        .specific()
        .order_by("path")
    )


def other_languages():
    default = Locale.get_default().language_code
    return [code for code in settings.FAMILY_LANGUAGES if code != default]


def status_label(row):
    if row["target"] is None:
        return _("Not started")
    if row["missing"]:
        return _("Awaiting translation: English shown instead")
    if not row["live"]:
        return _("Translated, not yet published")
    if row["out_of_date"] or row["unpublished"]:
        return _("Out of date")
    return _("Published")


class TranslationStatusReportView(ReportView):
    """Missing and out-of-date strings of every family page, per language."""

    page_title = _("Family pages awaiting translation")
    header_icon = "globe"
    index_url_name = "review_translation_report"
    index_results_url_name = "review_translation_report_results"
    paginate_by = 100
    list_export = ["title", "language", "status", "missing", "unpublished"]
    export_headings = {
        "title": _("Page"),
        "language": _("Language"),
        "status": _("Status"),
        "missing": _("Strings missing"),
        "unpublished": _("Strings translated since publication"),
    }
    columns = [
        TitleColumn(
            "title",
            label=_("Page"),
            get_url=lambda row: row["edit_url"],
        ),
        Column("language", label=_("Language")),
        Column("status", label=_("Status")),
        Column("missing", label=_("Strings missing")),
        Column("unpublished", label=_("Strings translated since publication")),
    ]
    no_results_message = _("There are no family pages yet.")

    def dispatch(self, request, *args, **kwargs):
        if not policy.user_has_permission(request.user, "view"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        rows = []
        for row in translation_status(family_pages(), other_languages()):
            target = row["target"]
            rows.append(
                {
                    **row,
                    "language_code": row["language"],
                    "title": row["page"].title,
                    "language": get_language_info(row["language"])["name"],
                    "status": status_label(row),
                    "missing": row["missing"] if row["missing"] is not None else "–",
                    "edit_url": reverse(
                        "wagtailadmin_pages:edit", args=[(target or row["page"]).pk]
                    ),
                }
            )
        # The pages families would otherwise meet in English come first.
        rows.sort(key=lambda row: row["status"] == _("Published"))
        return rows


class StaleTranslationReportView(TranslationStatusReportView):
    """Family pages changed since their translation was published, per language.

    A "You Said, We Did" (or a form) edited after translation is listed here
    until its translation is updated and published again; ``?language=bn``
    keeps to one language.
    """

    page_title = _("Translations needing an update")
    header_icon = "warning"
    index_url_name = "review_stale_translation_report"
    index_results_url_name = "review_stale_translation_report_results"
    list_export = ["title", "language", "status", "missing"]
    no_results_message = _("Every published translation is up to date.")

    def get_queryset(self):
        language = self.request.GET.get("language", "")
        rows = [row for row in super().get_queryset() if row["stale"]]
        if language:
            rows = [row for row in rows if row["language_code"] == language]
        for row in rows:
            row["status"] = (
                _("English changed: its translation needs updating")
                if row["live"]
                else _("English changed: taken down until its translation is updated")
            )
        return rows


class TranslationsWantedPanel(Component):
    """On the dashboard of those who translate: the council's family pages whose Bengali or
    Somali is unfinished or behind its English, each a link to its translation.

    Publishing a cycle's "You Said, We Did" (or changing it) puts its languages
    here, so translators are asked without anyone having to tell them.
    """

    name = "translations_wanted"
    template_name = "review/admin/translations_wanted.html"
    order = 90

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        wanted = []
        pages = family_pages() if current_council() is not None else []
        for row in translation_status(pages, other_languages()):
            target = row["target"]
            if target is None or not (row["missing"] or row["stale"]):
                continue
            if not target.specific.permissions_for_user(user).can_edit():
                continue
            missing = row["missing"] or 0
            to_translate = ngettext(
                "%(count)s text to translate", "%(count)s texts to translate", missing
            ) % {"count": missing}
            wanted.append(
                {
                    "title": row["page"].title,
                    "language": get_language_info(row["language"])["name"],
                    "status": _("English changed since it was translated")
                    if row["stale"]
                    else to_translate,
                    "edit_url": reverse("wagtailadmin_pages:edit", args=[target.pk]),
                }
            )
        return {**super().get_context_data(parent_context), "wanted": wanted}
