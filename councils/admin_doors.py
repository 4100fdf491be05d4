"""Every admin address that names a record answers "not found" for another council's.

Wagtail's own screens look a record up by the id in their address (a page to
move, copy or cancel a workflow on, an image to choose a format for, the
``?id=`` list of a bulk action) and some render its title before they ask
whether the person may act on it. Rather than wrap them one by one, this
middleware reads the resolved address once, before any view runs: each
parameter that names a page, document, image, snippet, model record or user
is looked up, and one of another council's is a 404, audited like every
refused lookup (``councils.tenancy``). A new Wagtail screen whose parameters use
these names is covered the day it appears.

Documents, images and ``CouncilOwned`` records are also kept to the council
by their managers; pages and users are not (Wagtail's tree and accounts span
every council), so for them this is the door. Superusers, who belong to
every council, reach every page and person, as in Wagtail's explorer.
"""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.http import Http404
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, TaskState, WorkflowState

from councils.tenancy import _others_among, in_council_tree, note_missed

PAGE_PARAMETERS = {"page_id", "parent_page_id", "page_to_move_id", "destination_id", "page_pk"}
IMAGE_PARAMETERS = {"image_id"}
DOCUMENT_PARAMETERS = {"document_id", "doc_id"}
# Records about another record (a page's or snippet's revision or workflow): theirs decides.
ABOUT_PARAMETERS = {
    "revision_id": (Revision, ""),
    "revision_id_a": (Revision, ""),
    "revision_id_b": (Revision, ""),
    "workflow_state_id": (WorkflowState, ""),
    "task_state_id": (TaskState, "workflow_state__"),
}
# A record of the view's own model, or of the model the address names.
RECORD_PARAMETERS = {"pk", "object_id"}
MODEL_PARAMETERS = (
    ("app_label", "model_name"),
    ("app_name", "model_name"),
    ("content_type_app_name", "content_type_model_name"),
)
BULK_ACTION = "wagtail_bulk_action"
API_MODELS = {"pages": lambda: Page, "documents": get_document_model, "images": get_image_model}


def model_of_view(namespaces, view_func, kwargs):
    """The model whose records the address's ``pk`` or ``object_id`` names, or None."""
    for app_label, model_name in MODEL_PARAMETERS:
        if app_label in kwargs and model_name in kwargs:
            try:
                return apps.get_model(kwargs[app_label], kwargs[model_name])
            except (LookupError, ValueError):
                return None
    if "wagtailadmin_api" in namespaces:
        endpoint = namespaces[-1]
        return API_MODELS[endpoint]() if endpoint in API_MODELS else None
    model = getattr(view_func, "view_initkwargs", {}).get("model")
    if model is None:
        model = getattr(getattr(view_func, "view_class", None), "model", None)
    if isinstance(model, str):
        try:
            model = apps.get_model(model)
        except (LookupError, ValueError):
            return None
    return model if isinstance(model, type) else None


def _valid(model, values):
    """The values that are ids of ``model`` at all; another kind is simply not found later."""
    ids = []
    for value in values:
        try:
            ids.append(model._meta.pk.to_python(value))
        except (ValidationError, TypeError, ValueError):
            continue
    return ids


def _records_about(model, path, pk):
    """The record that a revision, workflow state or task state of ``pk`` is about."""
    found = (
        model.objects.filter(pk=pk)
        .values_list(f"{path}base_content_type", f"{path}object_id")
        .first()
    )
    if found is None or found[0] is None:
        return
    from django.contrib.contenttypes.models import ContentType

    about = ContentType.objects.get_for_id(found[0]).model_class()
    if about is not None:
        yield about, [found[1]], False


def named_records(request, view_func, kwargs):
    """``(model, ids, root)`` for each record the address names.

    ``ids`` is None for "every item of a listing" of a model whose listing spans
    councils. A page id may name the tree's root (the explorer's and chooser's
    start), except as the parent of a bulk action's "every child": that is
    every council's home page.
    """
    for name, value in kwargs.items():
        if name in PAGE_PARAMETERS:
            yield Page, [value], True
        elif name in IMAGE_PARAMETERS:
            yield get_image_model(), [value], False
        elif name in DOCUMENT_PARAMETERS:
            yield get_document_model(), [value], False
        elif name in ABOUT_PARAMETERS:
            yield from _records_about(*ABOUT_PARAMETERS[name], value)
    model = model_of_view(request.resolver_match.namespaces, view_func, kwargs)
    if model is None:
        return
    if request.resolver_match.url_name == BULK_ACTION:
        ids = request.GET.getlist("id")
        if "all" in ids:
            parent = request.GET.get("childOf")
            if issubclass(model, Page) and parent:
                yield Page, [parent], False
            else:
                yield model, None, False
            ids = [pk for pk in ids if pk != "all"]
        yield model, ids, False
    for name in RECORD_PARAMETERS & kwargs.keys():
        yield model, [kwargs[name]], True


def others(model, ids, council, user, root=True):
    """Those of ``ids`` that are another council's (``ids=None``: whether the model spans councils).

    ``root``: whether the page tree's root, which holds no content, may be named.
    """
    everyone = user.is_superuser
    if issubclass(model, Page):
        if everyone:
            return []
        if ids is None:
            return [model]
        pages = Page.objects.filter(pk__in=_valid(Page, ids))
        if root:
            pages = pages.filter(depth__gt=1)
        return list(pages.exclude(in_council_tree(council)))
    if issubclass(model, get_user_model()):
        if everyone:
            return []
        if ids is None:
            return [model]
        people = model._default_manager.filter(pk__in=_valid(model, ids))
        return list(people.exclude(council_member__council=council))
    if ids is None:
        return []
    return _others_among(model, _valid(model, ids), council)


class AdminCouncilDoorMiddleware:
    """A 404 for an admin address naming another council's record (see the module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        council = getattr(request, "council", None)
        user = getattr(request, "user", None)
        if (
            not request.path_info.startswith("/admin/")
            or council is None
            or user is None
            or not user.is_authenticated
        ):
            return None
        for model, ids, root in named_records(request, view_func, view_kwargs):
            found = others(model, ids, council, user, root)
            if found:
                note_missed([record for record in found if not isinstance(record, type)])
                raise Http404
        return None
