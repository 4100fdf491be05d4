"""Wagtail admin screens that reach past the council managers, kept to the user's council.

Pages, site settings, log entries and search promotions are not council-owned
records (``councils.tenancy``), so their own admin screens would show or change
every council's. These subclasses of Wagtail's views take their place at the
same addresses (``councils.admin_urls``, included before Wagtail's admin).
Superusers run the platform and see every council, as elsewhere.
"""

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import CharField, IntegerField, Prefetch, Q, Subquery, Value
from django.db.models.functions import Cast
from django.http import Http404
from django.utils.functional import cached_property
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.admin.views import chooser
from wagtail.admin.views.reports import page_types_usage
from wagtail.admin.views.reports import workflows as workflow_reports
from wagtail.admin.views.reports.audit_logging import LogEntriesView, SiteHistoryReportFilterSet
from wagtail.admin.views.reports.locked_pages import LockedPagesView
from wagtail.contrib.search_promotions import forms as promotion_forms
from wagtail.contrib.search_promotions import views as promotion_views
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.contrib.settings import views as settings_views
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import Collection, Page, PageLogEntry

from councils.tenancy import current_council, in_council_tree


def sealed(user):
    """Whether ``user`` is kept to the council of the request (everyone but superusers)."""
    return not user.is_superuser


def kept_to(request):
    """The council ``request``'s user is kept to, None for superusers; refused with none."""
    if not sealed(request.user):
        return None
    council = current_council()
    if council is None:
        raise PermissionDenied
    return council


# Site settings ---------------------------------------------------------------------------


class CouncilSiteMixin:
    """Another council's site settings are not found; the site switcher offers no other."""

    def dispatch(self, request, *args, **kwargs):
        council = current_council()
        if sealed(request.user) and (council is None or council.site_id != kwargs["pk"]):
            raise Http404
        return super().dispatch(request, *args, **kwargs)


class SettingsEditView(CouncilSiteMixin, settings_views.EditView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if sealed(self.request.user):
            context["site_switcher"] = None
            context["site_for_header"] = getattr(self, "site", None)
        return context


class SettingsPreview(CouncilSiteMixin, settings_views.PreviewOnEdit):
    pass


# Site history ----------------------------------------------------------------------------


def council_objects(council, content_type="content_type", object_id="object_id"):
    """A Q for generic relations (content type, object id) to records ``council`` owns.

    Council-owned records by their council, documents and images by the
    council's collection; anything else belongs to no council and is left out.
    """
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType

    condition = Q(pk__in=[])
    for model in apps.get_models():
        if hasattr(model, "all_councils"):
            owned = model.all_councils.for_council(council)
        elif hasattr(model, "collection") and model._meta.app_label in (
            "wagtaildocs",
            "wagtailimages",
            "search",
        ):
            if council.collection is None:
                continue
            collections = Collection.objects.descendant_of(council.collection, inclusive=True)
            owned = model._default_manager.filter(collection__in=collections)
        else:
            continue
        # Object ids are text; PostgreSQL will not compare them with integers unasked.
        ids = owned.annotate(council_key=Cast("pk", CharField())).values("council_key")
        condition |= Q(
            **{
                content_type: ContentType.objects.get_for_model(model),
                f"{object_id}__in": Subquery(ids),
            }
        )
    return condition


def council_pages(council):
    """Page ids as text, for generic relations to pages."""
    return (
        Page.objects.filter(in_council_tree(council))
        .annotate(council_key=Cast("pk", CharField()))
        .values("council_key")
    )


def council_log_filter(log_model, council):
    """A Q keeping ``log_model``'s entries to pages and records ``council`` owns."""
    if issubclass(log_model, PageLogEntry):
        return in_council_tree(council, prefix="page__")
    return council_objects(council)


def council_users(council):
    return get_user_model().objects.filter(council_member__council=council)


class CouncilHistoryFilterSet(SiteHistoryReportFilterSet):
    def get_user_choices(self):
        users = super().get_user_choices()
        if sealed(self.request.user):
            users = users.filter(pk__in=council_users(current_council()).values("pk"))
        return users


class CouncilLogEntriesView(LogEntriesView):
    """Wagtail's site history, with only the entries about the council's own pages and records."""

    filterset_class = CouncilHistoryFilterSet

    def get_filtered_queryset(self):
        if not sealed(self.request.user):
            return super().get_filtered_queryset()
        council = current_council()
        if council is None:
            raise PermissionDenied
        self.log_models = list(log_action_registry.get_log_entry_models())
        queryset = None
        for index, log_model in enumerate(self.log_models):
            sub_queryset = (
                log_model.objects.viewable_by_user(self.request.user)
                .filter(council_log_filter(log_model, council))
                .values("pk", "timestamp")
                .annotate(log_model_index=Value(index, output_field=IntegerField()))
            )
            sub_queryset = self.filter_queryset(sub_queryset).order_by()
            queryset = sub_queryset if queryset is None else queryset.union(sub_queryset, all=True)
        return queryset.order_by("-timestamp")


# Page and workflow reports --------------------------------------------------------------


class CouncilWorkflowStatesMixin:
    """Workflows and tasks on the council's own pages and records only."""

    workflow_state_prefix = ""

    def get_queryset(self):
        queryset = super().get_queryset()
        if not sealed(self.request.user):
            return queryset
        council = current_council()
        if council is None:
            raise PermissionDenied
        prefix = self.workflow_state_prefix
        pages = Q(
            **{
                f"{prefix}base_content_type": ContentType.objects.get_for_model(Page),
                f"{prefix}object_id__in": council_pages(council),
            }
        )
        objects = council_objects(
            council, content_type=f"{prefix}content_type", object_id=f"{prefix}object_id"
        )
        return queryset.filter(pages | objects)


class CouncilWorkflowReportFilterSet(workflow_reports.WorkflowReportFilterSet):
    """ "Requested by" offers only the council's own people."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.request is not None and sealed(self.request.user):
            field = self.filters["requested_by"]
            field.queryset = field.queryset(self.request).filter(
                pk__in=council_users(current_council()).values("pk")
            )


class CouncilWorkflowView(CouncilWorkflowStatesMixin, workflow_reports.WorkflowView):
    filterset_class = CouncilWorkflowReportFilterSet


class CouncilWorkflowTasksView(CouncilWorkflowStatesMixin, workflow_reports.WorkflowTasksView):
    workflow_state_prefix = "workflow_state__"


class CouncilLockedPagesView(LockedPagesView):
    """Wagtail's locked pages report, of the council's own pages."""

    def get_queryset(self):
        queryset = super().get_queryset()
        council = kept_to(self.request)
        return queryset if council is None else queryset.filter(in_council_tree(council))


class CouncilPageTypesUsageView(page_types_usage.PageTypesUsageReportView):
    """Counts and last edits of the council's own pages, whatever site is asked for."""

    def get_queryset(self):
        if not sealed(self.request.user):
            return super().get_queryset()
        council = current_council()
        if council is None:
            raise PermissionDenied
        queryset = ContentType.objects.filter(model__in=self.page_models)
        self.queryset = queryset
        queryset = self.filter_queryset(queryset)
        language_code = self.filters.form.cleaned_data.get("page_locale", None)
        queryset = page_types_usage._annotate_last_edit_info(
            queryset, language_code, council.site.root_page.path
        )
        return queryset.order_by("-count", "app_label", "model")


# Search promotions -----------------------------------------------------------------------


def council_promotions():
    """Promoted results of the current council's pages (a link elsewhere belongs to no council)."""
    return SearchPromotion.objects.filter(in_council_tree(current_council(), prefix="page__"))


class CouncilPromotionForm(promotion_forms.SearchPromotionForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["page"].queryset = Page.objects.filter(in_council_tree(current_council()))
        self.fields["page"].required = True


class PromotionIndexView(promotion_views.IndexView):
    """Search terms the council promotes results for, with its own promoted results only.

    A search term is shared by every council; its other councils' promotions are not shown.
    """

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        if sealed(self.request.user):
            own = council_promotions()
            queryset = (
                queryset.filter(pk__in=own.values("query_id"))
                .prefetch_related(None)
                .prefetch_related(Prefetch("editors_picks", own.select_related("page")))
            )
        return queryset


class CouncilPromotionsFormSet(promotion_forms.SearchPromotionsFormSet):
    form = CouncilPromotionForm


class PromotionFormsetMixin:
    """The formset holds the council's own promotions of the query, and may add only those."""

    @cached_property
    def searchpicks_formset(self):
        if not sealed(self.request.user):
            return super().searchpicks_formset
        own = SearchPromotion.objects.none()
        if self.object is not None and self.object.pk is not None:
            own = council_promotions().filter(query=self.object)
        data = self.request.POST if self.request.method == "POST" else None
        return CouncilPromotionsFormSet(data, instance=self.object, queryset=own)


class PromotionOwnQueryMixin:
    def get_object(self, queryset=None):
        query = super().get_object(queryset)
        if sealed(self.request.user) and not council_promotions().filter(query=query).exists():
            raise Http404
        return query


class PromotionCreateView(PromotionFormsetMixin, promotion_views.CreateView):
    pass


class PromotionEditView(PromotionOwnQueryMixin, PromotionFormsetMixin, promotion_views.EditView):
    pass


class PromotionDeleteView(PromotionOwnQueryMixin, promotion_views.DeleteView):
    def delete_action(self):
        if not sealed(self.request.user):
            return super().delete_action()
        from django.db import transaction
        from wagtail.log_actions import log

        with transaction.atomic():
            for search_pick in council_promotions().filter(query=self.object):
                log(search_pick, "wagtail.delete")
                search_pick.delete()


def superusers_only(view):
    """Every council's search terms in one list: for the platform's operators only."""

    def wrapped(request, *args, **kwargs):
        if sealed(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


# Page chooser ----------------------------------------------------------------------------


class CouncilPageBrowseView(chooser.BrowseView):
    """Browsing from another council's page is not found (the hook filters only its children)."""

    def get(self, request, parent_page_id=None, **kwargs):
        council = current_council()
        if (
            sealed(request.user)
            and parent_page_id is not None
            and (
                council is None
                or not Page.objects.filter(in_council_tree(council), pk=parent_page_id).exists()
            )
        ):
            raise Http404
        return super().get(request, parent_page_id=parent_page_id, **kwargs)


# Admin API (the page explorer's menu, choosers) ------------------------------------------


class CouncilPagesAdminAPIViewSet(PagesAdminAPIViewSet):
    """Pages of the council's own tree; another council's page is not found."""

    def get_queryset(self):
        queryset = super().get_queryset()
        council = kept_to(self.request)
        return queryset if council is None else queryset.filter(in_council_tree(council))


class CouncilCollectionAPIMixin:
    """Documents or images in the council's own collection; another council's are not found."""

    def get_queryset(self):
        queryset = super().get_queryset()
        council = kept_to(self.request)
        if council is None:
            return queryset
        if council.collection is None:
            return queryset.none()
        collections = Collection.objects.descendant_of(council.collection, inclusive=True)
        return queryset.filter(collection__in=collections)


class CouncilDocumentsAdminAPIViewSet(CouncilCollectionAPIMixin, DocumentsAdminAPIViewSet):
    pass


class CouncilImagesAdminAPIViewSet(CouncilCollectionAPIMixin, ImagesAdminAPIViewSet):
    pass
