"""Admin screens for the framework's snippets and the review report."""

import django_filters
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from resources.models import (
    Category,
    ConsultationOffer,
    Contact,
    DeliveryMode,
    Language,
    Organisation,
    ParticipationGroup,
    ServiceArea,
)
from resources.views import REVIEW_REPORT_PERMISSION, ReviewDueReportView


class OrganisationFilterSet(WagtailFilterSet):
    categories = django_filters.ModelMultipleChoiceFilter(
        queryset=Category.objects.all(), label=_("Category")
    )
    languages = django_filters.ModelMultipleChoiceFilter(
        queryset=Language.objects.all(), label=_("Language")
    )
    review_by = django_filters.DateFilter(lookup_expr="lte", label=_("Review due on or before"))

    class Meta:
        model = Organisation
        fields = ["status", "categories", "languages", "live", "review_by"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "status", "postcode", "last_verified_on", "review_by", "owner"]
    list_filter = None
    filterset_class = OrganisationFilterSet
    list_export = [
        "name",
        "description",
        "website",
        "email",
        "phone",
        "address",
        "postcode",
        "eligibility_description",
        "minimum_age",
        "maximum_age",
        "status",
        "last_verified_on",
        "review_by",
    ]
    export_filename = "organisations"
    search_fields = ["name", "description"]
    copy_view_enabled = False


class ContactViewSet(SnippetViewSet):
    model = Contact
    icon = "user"
    menu_label = _("Contacts")
    list_display = ["name", "role", "email", "phone", "hours"]
    list_export = ["key", "name", "role", "email", "phone", "hours"]
    export_filename = "contacts"
    search_fields = ["name", "role"]


class ConsultationOfferViewSet(SnippetViewSet):
    model = ConsultationOffer
    icon = "comment"
    menu_label = _("Consultation offers")
    list_display = ["title", "when", "contact"]
    list_export = ["title", "what", "who", "when", "how_to_book", "contact"]
    export_filename = "consultation-offers"


class ParticipationGroupViewSet(SnippetViewSet):
    model = ParticipationGroup
    icon = "group"
    menu_label = _("Participation groups")
    list_display = ["name", "meets", "contact"]
    list_export = ["name", "who_for", "age_min", "age_max", "meets", "contact"]
    export_filename = "participation-groups"


def term_viewset(term_model, term_icon, label):
    class TermViewSet(SnippetViewSet):
        model = term_model
        icon = term_icon
        menu_label = label
        list_display = ["name", "code"]
        list_export = ["code", "name"]
        search_fields = ["name", "code"]

    TermViewSet.__name__ = f"{term_model.__name__}ViewSet"
    return TermViewSet


class FrameworkSnippetGroup(SnippetViewSetGroup):
    """One admin menu for everything the framework's pages reuse."""

    menu_label = _("Framework content")
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (
        OrganisationViewSet,
        ContactViewSet,
        ConsultationOfferViewSet,
        ParticipationGroupViewSet,
        term_viewset(Category, "tag", _("Organisation categories")),
        term_viewset(Language, "globe", _("Languages")),
        term_viewset(ServiceArea, "tag", _("Service areas")),
        term_viewset(DeliveryMode, "tag", _("Delivery modes")),
    )


register_snippet(FrameworkSnippetGroup)


@hooks.register("register_admin_urls")
def register_review_report_urls():
    return [
        path("reports/review-due/", ReviewDueReportView.as_view(), name="review_due_report"),
        path(
            "reports/review-due/results/",
            ReviewDueReportView.as_view(results_only=True),
            name="review_due_report_results",
        ),
    ]


class ReviewReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REVIEW_REPORT_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_review_report_menu_item():
    return ReviewReportMenuItem(
        _("Content due for review"), reverse("review_due_report"), icon_name="time", order=700
    )
