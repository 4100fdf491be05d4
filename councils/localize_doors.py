"""wagtail-localize's admin views, kept to the council of the request.

wagtail-localize looks records up by bare id (a page, a translation source,
a translation, a snippet) and checks only Wagtail's permissions, which a
council's editors hold on their own tree: a Tower Hamlets editor could post
to ``/admin/localize/submit/page/<Newham page>/`` and write into Newham's
tree. Every view in the ``wagtail_localize`` URL namespace goes through
``LocalizeCouncilMiddleware`` first, which finds the record each URL
parameter names and answers 404 unless it belongs to the request's council.
It fails closed: a parameter it does not know (a view added by an upgrade)
is refused until it is listed in ``RECORD_OF`` below.
"""

from django.contrib.admin.utils import unquote
from django.http import Http404
from wagtail.models import Page
from wagtail_localize.views.report import TranslationsReportView

from councils.tenancy import current_council, in_council_tree

NAMESPACE = "wagtail_localize"


def _page(value):
    return Page.objects.filter(pk=value).first()


def _source_instance(source):
    if source is None:
        return None
    try:
        return source.get_source_instance()
    except Exception:  # noqa: BLE001 - a deleted source is simply not found
        return None


def _translation_source(value):
    from wagtail_localize.models import TranslationSource

    return _source_instance(TranslationSource.objects.filter(pk=value).first())


def _translation(value):
    from wagtail_localize.models import Translation

    translation = Translation.objects.select_related("source").filter(pk=value).first()
    return _source_instance(translation.source) if translation is not None else None


def _snippet(kwargs):
    from wagtail.snippets.views.snippets import get_snippet_model_from_url_params

    model = get_snippet_model_from_url_params(kwargs["app_label"], kwargs["model_name"])
    if "pk" not in kwargs:
        return model
    return model._default_manager.filter(pk=unquote(kwargs["pk"])).first()


# Each URL parameter, and how to find the record it names (None: it names none).
RECORD_OF = {
    "page_id": _page,
    "translation_source_id": _translation_source,
    "translation_id": _translation,
    "string_segment_id": None,  # checked against its translation's source below
    "overridable_segment_id": None,
    "mode": None,  # a preview mode's name
    "app_label": None,  # with model_name and pk: a snippet, found together
    "model_name": None,
    "pk": None,
}


def belongs_to_council(record, council):
    """Whether ``record`` (a page, a snippet or a snippet model's listing) is ``council``'s."""
    from councils.models import council_of_object
    from councils.tenancy import CouncilOwned

    if council is None or record is None:
        return False
    if isinstance(record, type):
        # A listing of a model: only models whose default manager keeps to the council.
        return issubclass(record, CouncilOwned)
    if isinstance(record, Page):
        return Page.objects.filter(pk=record.pk).filter(in_council_tree(council)).exists()
    owner = council_of_object(record)
    return owner is not None and owner.pk == council.pk


def _segments_belong(kwargs):
    from wagtail_localize.models import OverridableSegment, StringSegment, Translation

    translation = Translation.objects.filter(pk=kwargs.get("translation_id")).first()
    for name, model in (
        ("string_segment_id", StringSegment),
        ("overridable_segment_id", OverridableSegment),
    ):
        if name in kwargs:
            segment = model.objects.filter(pk=kwargs[name]).first()
            if segment is None or translation is None or segment.source_id != translation.source_id:
                return False
    return True


def refuse_other_councils(view_kwargs):
    """Raise Http404 unless every record the URL names belongs to the current council."""
    unknown = set(view_kwargs) - set(RECORD_OF)
    if unknown:
        raise Http404
    council = current_council()
    records = [
        finder(view_kwargs[name])
        for name, finder in RECORD_OF.items()
        if finder and name in view_kwargs
    ]
    if "app_label" in view_kwargs:
        records.append(_snippet(view_kwargs))
    if not all(belongs_to_council(record, council) for record in records):
        raise Http404
    if not _segments_belong(view_kwargs):
        raise Http404


class LocalizeCouncilMiddleware:
    """Runs ``refuse_other_councils`` before every wagtail-localize view (see the module)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or NAMESPACE not in match.namespaces:
            return None
        if view_args:
            raise Http404
        refuse_other_councils(view_kwargs)
        if match.url_name in ("translations_report", "translations_report_results"):
            results_only = match.url_name.endswith("_results")
            return CouncilTranslationsReportView.as_view(results_only=results_only)(request)
        return None


class CouncilTranslationsReportView(TranslationsReportView):
    """wagtail-localize's "Translations" report, of the council's own pages only."""

    def get_queryset(self):
        keys = Page.objects.filter(in_council_tree(current_council())).values("translation_key")
        return super().get_queryset().filter(source__object_id__in=keys)
