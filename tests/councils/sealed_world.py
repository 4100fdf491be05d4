"""A world where every council-owned record carries its council's marker, and addresses to try.

``plant(council)`` makes one record of every kind a council owns, each with the
council's marker in its text, and ``council_data_models()`` discovers those
kinds from the models themselves (council-owned, pages, files, site settings,
anything tied to a council, a site, a collection or a page), so a new model is
planted, or fails the test that names it, the day it appears.

``addresses(pattern, target)`` fills an address pattern from the URL resolver
with the target council's records, so that every address, ours, Wagtail's and
packages' own, is tried with another council's ids.
"""

import contextlib
import datetime
import hashlib
import io
import re
import uuid
import zipfile
from dataclasses import dataclass, field
from itertools import count

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.fields import GenericForeignKey
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from wagtail.fields import StreamField
from wagtail.models import Collection, Page, Site

from councils.models import Council
from councils.tenancy import CouncilOwned, council_scope

WALK_WORD = "sealedwalk"
_serial = count(1)


def marker(council):
    """A word found only in this council's planted records (letters only: escaping keeps it)."""
    return "sealed" + re.sub(r"[^a-z]", "", council.slug) + "mark"


# Which models hold a council's data ------------------------------------------------------


def _links_to(model, *targets):
    return any(
        isinstance(f, models.ForeignKey | models.OneToOneField | models.ManyToManyField)
        and f.related_model is not None
        and issubclass(f.related_model, targets)
        for f in model._meta.get_fields()
        if not f.auto_created or f.concrete
    )


def council_data_models():
    """Every concrete model whose rows belong to one council, found from the model itself."""
    found = []
    user = get_user_model()
    for model in apps.get_models():
        if model._meta.abstract or model._meta.proxy:
            continue
        if (
            issubclass(model, CouncilOwned | Page)
            or model is user
            or _links_to(model, Council, Site, Collection, Page)
            or any(isinstance(f, GenericForeignKey) for f in model._meta.private_fields)
        ):
            found.append(model)
    return found


# Models that hold no council's data, or whose rows the walk creates by itself; each says why.
NOT_PLANTED = {
    "wagtailcore.page": "the tree's root and every council's pages are planted by type",
    "councils.council": "the councils themselves, made by the session's setup",
    "councils.councilmember": "made with each planted person",
    "councils.councilgroup": "made by the demo's groups for every council",
    "wagtailcore.site": "each council's site, made by the session's setup",
    "wagtailcore.collection": "each council's collection, made by the session's setup",
    "wagtailcore.groupcollectionpermission": "the groups' rights, made by the demo's groups",
    "wagtailcore.grouppagepermission": "the groups' rights, made by the demo's groups",
    "wagtailcore.groupsitepermission": "the groups' rights, made by the demo's groups",
    "wagtailadmin.formstate": "an admin form's unsaved state, kept per person by Wagtail",
    "wagtailcore.pagelogentry": "written by every planted page's revision and publish",
    "wagtailcore.modellogentry": "written for planted snippets by the walk's own refusals",
    "wagtailcore.referenceindex": "rebuilt by Wagtail from every planted page and snippet",
    "wagtailcore.pagesubscription": "made for the planted editor by their comment",
    "wagtailcore.workflowpage": "the approval workflow on every council's home page",
    "wagtailcore.workflowcontenttype": "workflows of snippets, shared by every council",
    "wagtailcore.taskstate": "made by the workflow started on every council's planted page",
    "wagtailcore.revision": "made by every planted page",
    "wagtailcore.locale": "the shared languages",
    "wagtailcore.commentreply": "a reply on the planted comment",
    "wagtailcore.uploadedfile": "a file uploaded and not yet saved: made per person by the walk",
    "wagtailcore.pageviewrestriction": "planted on every council's private page",
    "wagtailcore.collectionviewrestriction": "none: a council's collection is private by rights",
    "wagtailimages.rendition": "made from every planted image",
    "wagtailsearch.indexentry": "the database search index of every planted record",
    "wagtailsearchpromotions.query": "search terms are words, shared by every council",
    "wagtailsearchpromotions.querydailyhits": "daily counts of those shared words",
    "wagtailforms.formsubmission": "Wagtail's own form submissions: closed, ours replace them",
    "wagtailadmin.editingsession": "an open editor's presence, made per request",
    "wagtailusers.userprofile": "made with each person",
    "wagtail_localize.translationsource": "made by the planted translation",
    "wagtail_localize.translation": "planted with every council's framework page",
    "wagtail_localize.translationlog": "written by the planted translation",
    "wagtail_localize.relatedobjectsegment": "segments of the planted translation source",
    "wagtail_localize.overridablesegment": "segments of the planted translation source",
    "wagtail_localize.templatesegment": "segments of the planted translation source",
    "wagtail_localize.stringsegment": "segments of the planted translation source",
    "wagtail_localize.segmentoverride": "none until a translator overrides a segment",
    "wagtail_localize.stringtranslation": "none until a translator translates a string",
    "wagtail_localize.translationcontext": "contexts of the planted translation source",
    "wagtail_localize.pagelocksynchronization": "none: locking is not synchronised here",
    "search.searchentryfacet": "facets of every planted search entry",
    "search.searchcount": "counted by the walk's own searches",
    "search.zeroresultsearch": "counted by the walk's own searches",
    "review.exportrecord": "written by the walk's own exports",
    "taggit.taggeditem": "the planted document's and image's tags",
    "django_tasks_database.dbtaskresult": "made by the planted document's text reading",
    "axes.accessattempt": "sign-in attempts, by address; no council's content",
    "axes.accessfailurelog": "sign-in failures, by address; no council's content",
    "axes.accesslog": "sign-ins, by address; no council's content",
    "admin.logentry": "Django's admin is not installed",
    "accounts.signedinsession": "made by every planted person's sign-in",
    "accounts.oidcidentity": "planted with every council's person",
    "wagtailcore.comment": "planted on every council's framework page",
    "wagtailcore.workflowstate": "started on every council's planted page",
}


# Planting ---------------------------------------------------------------------------------


@dataclass
class Planted:
    council: Council
    mark: str
    records: dict = field(default_factory=dict)  # model label (lower case) → instance
    users: dict = field(default_factory=dict)  # role → user

    def of(self, model):
        return self.records.get(model._meta.label_lower)


def _text(mark, limit=None, name=""):
    value = f"{WALK_WORD} {mark} {name}".strip()
    return value[:limit] if limit else value


# Text fields with a format of their own: a valid value, never the marker.
FORMATTED = {
    "phone": "020 7946 0000",
    "postcode": "E1 6AN",
    "brand_colour": "#00703c",
    "days": "MO,TU",
}


def _value_for(f, planted):
    """A valid value for field ``f`` that carries the council's marker where it holds text."""
    if f.name in FORMATTED:
        return FORMATTED[f.name]
    if isinstance(f, models.EmailField):
        return f"{planted.mark}@example.org"
    if isinstance(f, models.URLField):
        return f"https://example.org/{planted.mark}"
    if isinstance(f, models.SlugField):
        return f"walk-{next(_serial)}"
    if f.choices:
        return f.choices[0][0]
    if isinstance(f, models.CharField | models.TextField):
        return _text(planted.mark, f.max_length, f.name)
    if isinstance(f, models.DateTimeField):
        return timezone.now()
    if isinstance(f, models.DateField):
        return timezone.localdate()
    if isinstance(f, models.BooleanField):
        return False
    if isinstance(f, models.IntegerField | models.FloatField | models.DecimalField):
        return 1
    if isinstance(f, models.JSONField):
        return {"note": planted.mark}
    if isinstance(f, models.UUIDField):
        return uuid.uuid4()
    return None


# Text fields that are keys, not words: a marker there would not be valid.
KEY_FIELDS = {"slug", "key", "code", "claim_value", "token_digest", "url_path", "path"}


def fill_required(instance, planted, exclude=()):
    """Give every required field of ``instance`` a value, every text field the marker."""
    for f in instance._meta.concrete_fields:
        if f.name in exclude or f.primary_key or f.name == "council":
            continue
        if isinstance(f, models.ForeignKey):
            if getattr(instance, f.attname) is not None or (f.null and f.blank):
                continue
            related = f.related_model
            if related is Council:
                setattr(instance, f.name, planted.council)
            elif issubclass(related, get_user_model()):
                setattr(instance, f.name, planted.users["academy"])
            elif issubclass(related, Page):
                label = "resources.practicestandardpage" if related is Page else None
                setattr(instance, f.name, planted.records[label or related._meta.label_lower])
            elif related._meta.label_lower in NOT_PLANTED or related not in council_data_models():
                setattr(instance, f.name, related._base_manager.order_by("pk").first())
            else:
                setattr(instance, f.name, plant_model(related, planted))
            continue
        if f.name in KEY_FIELDS:
            if getattr(instance, f.attname, None) in (None, ""):
                setattr(instance, f.attname, f"walk-{next(_serial)}"[: f.max_length])
            continue
        if not f.editable or isinstance(f, StreamField):
            continue
        current = getattr(instance, f.attname, None)
        is_text = isinstance(f, models.CharField | models.TextField) and not f.choices
        if is_text and not isinstance(f, models.URLField | models.EmailField | models.SlugField):
            if f.name in FORMATTED:
                if current in (None, ""):
                    setattr(instance, f.attname, FORMATTED[f.name])
            elif f.name not in KEY_FIELDS and (current in (None, "") or f.has_default()):
                setattr(instance, f.attname, _value_for(f, planted))
            elif current in (None, ""):
                setattr(instance, f.attname, f"walk-{next(_serial)}"[: f.max_length])
            continue
        empty = current in (None, "") or (isinstance(current, dict | list) and not current)
        if empty and not f.null and not (f.has_default() and f.blank):
            setattr(instance, f.attname, _value_for(f, planted))
    return instance


def _mark(instance, planted):
    """Put the council's marker into an existing record's words (names, titles, notes)."""
    changed = {}
    for f in instance._meta.concrete_fields:
        if (
            isinstance(f, models.CharField | models.TextField)
            and not isinstance(f, models.URLField | models.EmailField | models.SlugField)
            and not f.choices
            and f.editable
            and f.name not in KEY_FIELDS
            and f.name not in FORMATTED
        ):
            changed[f.attname] = _text(planted.mark, f.max_length, f.name)
    type(instance)._base_manager.filter(pk=instance.pk).update(**changed)
    instance.refresh_from_db()
    return instance


def plant_model(model, planted, **values):
    label = model._meta.label_lower
    if label in planted.records:
        return planted.records[label]
    planter = PLANTERS.get(label)
    if planter is not None:
        instance = planter(planted)
    elif issubclass(model, CouncilOwned) and (
        existing := model.all_councils.filter(council=planted.council).first()
    ):
        instance = _mark(existing, planted)
    else:
        instance = fill_required(model(**values), planted)
        with council_scope(planted.council):
            # A format the filler cannot guess (a case reference) is stored as a hand-made post's.
            with contextlib.suppress(ValidationError):
                instance.full_clean()
            instance.save()
    planted.records[label] = instance
    return instance


def _page(model, planted, parent=None, **values):
    parent = parent or planted.council.site.root_page
    page = model(
        title=_text(planted.mark, 200, model.__name__),
        slug=f"{model.__name__.lower()}-walk",
        **values,
    )
    fill_required(page, planted, exclude={"slug", "title", "url_path", "draft_title"})
    parent.add_child(instance=page)
    page.save_revision(user=planted.users["editor"], log_action=True).publish(
        user=planted.users["academy"]
    )
    return page


def _pages(planted):
    """One page of every page type, in the council's tree, with the marker in its title."""
    from wagtail.models import get_page_models

    for model in get_page_models():
        if model is Page or model._meta.abstract or model.__name__ == "HomePage":
            continue
        label = model._meta.label_lower
        if label not in planted.records:
            planted.records[label] = _page(model, planted)
    planted.records["home.homepage"] = planted.council.site.root_page.specific


def _people(planted):
    from home.demo.users import ensure_groups, ensure_users
    from tests.factories import UserFactory

    users = ensure_users(ensure_groups())
    prefix = (
        "" if planted.council.slug == "tower-hamlets" else f"{planted.council.slug.split('-')[0]}-"
    )
    for role in ("staff", "editor", "academy"):
        planted.users[role] = users[f"{prefix}{role}"]
    person = UserFactory(
        username=f"{planted.mark}-person",
        first_name=planted.mark,
        last_name=WALK_WORD,
        email=f"{planted.mark}@example.org",
        council=planted.council,
    )
    planted.records[get_user_model()._meta.label_lower] = person


def _document(planted):
    from wagtail.documents import get_document_model

    document = get_document_model()(
        title=_text(planted.mark, 255, "document"), collection=planted.council.collection
    )
    document.file.save("walk.txt", ContentFile(f"{WALK_WORD} {planted.mark}".encode()), save=False)
    document.save()
    return document


def _png():
    from PIL import Image as PillowImage

    buffer = io.BytesIO()
    PillowImage.new("RGB", (4, 4), "white").save(buffer, "PNG")
    return buffer.getvalue()


PNG = _png()


def _image(planted):
    from django.core.files.images import ImageFile
    from wagtail.images import get_image_model

    image = get_image_model().objects.create(
        title=_text(planted.mark, 255, "image"),
        collection=planted.council.collection,
        file=ImageFile(io.BytesIO(PNG), name="walk.png"),
    )
    image.get_rendition("original")
    return image


def _submission(planted):
    from forms_app.models import FamilyFormPage
    from tests.review.conftest import make_submission

    form_page = (
        FamilyFormPage.objects.live()
        .descendant_of(planted.council.site.root_page)
        .filter(locale__language_code="en")
        .first()
    )
    return make_submission(
        form_page,
        answers={"how_helpful": 2, "listened_to": "mostly", "went_well": planted.mark},
        source="",
    )


def _callback(planted):
    from forms_app.models import CallbackRequest

    return CallbackRequest.objects.create(
        submission=plant_model(apps.get_model("forms_app", "FamilySubmission"), planted),
        name=planted.mark,
        phone="07700 900123",
        best_time=planted.mark,
    )


def _site_setting(model_label, field_name):
    def planter(planted):
        model = apps.get_model(model_label)
        setting = model.for_site(planted.council.site)
        setattr(
            setting, field_name, _text(planted.mark, model._meta.get_field(field_name).max_length)
        )
        setting.save()
        return setting

    return planter


def _redirect(planted):
    from wagtail.contrib.redirects.models import Redirect

    return Redirect.objects.create(
        old_path=f"/{planted.mark}",
        site=planted.council.site,
        redirect_link=f"https://example.org/{planted.mark}",
    )


def _promotion(planted):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    return SearchPromotion.objects.create(
        query=Query.get(WALK_WORD),
        page=planted.records["resources.practicestandardpage"],
        description=planted.mark,
        sort_order=0,
    )


def _identity(planted):
    from accounts.models import OIDCIdentity

    return OIDCIdentity.objects.create(
        user=planted.records[get_user_model()._meta.label_lower],
        council=planted.council,
        issuer=f"https://{planted.mark}.example.org",
        subject=planted.mark,
    )


def _comment(planted):
    from wagtail.models import Comment

    page = planted.records["resources.practicestandardpage"]
    return Comment.objects.create(
        page=page,
        user=planted.users["editor"],
        text=planted.mark,
        contentpath="title",
        revision_created=page.latest_revision,
    )


def _workflow(planted):
    page = planted.records["resources.resourcepage"]
    workflow = page.get_workflow()
    page.save_revision(user=planted.users["editor"])
    return workflow.start(page, planted.users["editor"]) if workflow else None


def _restriction(planted):
    from wagtail.models import PageViewRestriction

    return PageViewRestriction.objects.create(
        page=planted.records["resources.resourceindexpage"],
        restriction_type=PageViewRestriction.PASSWORD,
        password=planted.mark,
    )


def _translation(planted):
    from wagtail.models import Locale
    from wagtail_localize.models import Translation, TranslationSource

    page = planted.records["resources.frameworkpage"]
    source, _created = TranslationSource.get_or_create_from_instance(page)
    locale = Locale.objects.get(language_code="bn")
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    translation.save_target(user=planted.users["editor"])
    return translation


PLANTERS = {
    "forms_app.familysubmission": _submission,
    "forms_app.callbackrequest": _callback,
    "wagtaildocs.document": _document,
    "search.searchabledocument": _document,
    "wagtailimages.image": _image,
    "home.sitebranding": _site_setting("home.SiteBranding", "footer_text"),
    "accounts.signinsettings": _site_setting("accounts.SignInSettings", "client_id"),
    "wagtailredirects.redirect": _redirect,
    "wagtailsearchpromotions.searchpromotion": _promotion,
    "accounts.oidcidentity": _identity,
    "wagtailcore.comment": _comment,
    "wagtailcore.workflowstate": _workflow,
    "wagtailcore.pageviewrestriction": _restriction,
    "wagtail_localize.translation": _translation,
}


def plant(council):
    """One record of every kind ``council`` owns, each with its marker; see the module docstring."""
    planted = Planted(council=council, mark=marker(council))
    with council_scope(council):
        _people(planted)
        _pages(planted)
        for label in PLANTERS:
            try:
                model = apps.get_model(label)
            except LookupError:
                continue
            plant_model(model, planted)
        for model in council_data_models():
            label = model._meta.label_lower
            if label not in planted.records and label not in NOT_PLANTED:
                plant_model(model, planted)
    return planted


# Reading what an answer shows --------------------------------------------------------------


def body_of(response):
    """Everything an answer shows: its headers, its body, and a workbook's unzipped parts."""
    if getattr(response, "streaming", False):
        content = b"".join(response.streaming_content)
    else:
        content = response.content
    parts = [content]
    if content[:2] == b"PK":
        try:
            with zipfile.ZipFile(io.BytesIO(content)) as archive:
                parts.extend(archive.read(name) for name in archive.namelist())
        except zipfile.BadZipFile:
            pass
    headers = "\n".join(f"{k}: {v}" for k, v in response.headers.items()).encode()
    return b"\n".join([headers, *parts]).decode("utf-8", "replace")


# Addresses ---------------------------------------------------------------------------------

PARAMETER = re.compile(r"<(?:(\w+):)?(\w+)>|\(\?P<(\w+)>[^)]*\)")


def url_patterns(patterns=None, prefix="", namespace=None):
    """(route, name) of every pattern the resolver knows, packages' own included."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from url_patterns(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern):
            name = f"{namespace}:{pattern.name}" if namespace and pattern.name else pattern.name
            yield prefix + str(pattern.pattern), name


def digest(value):
    return hashlib.sha256(str(value).encode()).hexdigest()[:12]


def today():
    return datetime.date.today()


class Unfillable(Exception):
    """The walk cannot fill this address's parameter: the test names it."""


def _model_of_namespace(name):
    """The model whose viewset (ours, a snippet's, a package's) the named address belongs to."""
    from wagtail.admin.viewsets import viewsets
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    namespace = (name or "").rsplit(":", 1)[0]
    match = re.match(r"wagtailsnippet(?:s|choosers)_(\w+)$", namespace)
    if match:
        for model in apps.get_models():
            if f"{model._meta.app_label}_{model._meta.model_name}" == match[1]:
                return model
    fixed = {
        "wagtailimages": get_image_model(),
        "wagtailimages_chooser": get_image_model(),
        "wagtailadmin_api:images": get_image_model(),
        "wagtaildocs": get_document_model(),
        "wagtaildocs_chooser": get_document_model(),
        "wagtailadmin_api:documents": get_document_model(),
        "wagtailadmin_api:pages": Page,
        "wagtailusers_users": get_user_model(),
        "wagtailusers_groups": apps.get_model("auth", "Group"),
        "wagtailadmin_collections": Collection,
        "wagtailsites": Site,
        "wagtaillocales": apps.get_model("wagtailcore", "Locale"),
        "wagtailadmin_workflows": apps.get_model("wagtailcore", "Workflow"),
    }
    if namespace in fixed:
        return fixed[namespace]
    for viewset in viewsets.viewsets:
        try:
            if viewset.url_namespace == namespace:
                return getattr(viewset, "model", None)
        except Exception:  # noqa: BLE001, S112 - a viewset without a name has no namespace
            continue
    return None


def _record(target, model):
    """The target council's planted record of ``model`` (or of a model it inherits from)."""
    from wagtail.models import Task, Workflow

    if model is None:
        return None
    if model is Page:
        return target.records["resources.practicestandardpage"]
    if model is Site:
        return target.council.site
    if model is Collection:
        return target.council.collection
    if model._meta.label_lower == "auth.group":
        return target.council.group("editors")
    if model is Workflow:
        return target.records["resources.resourcepage"].get_workflow()
    if model is Task or issubclass(model, Task):
        return Task.objects.filter(workflow_tasks__workflow__isnull=False).first()
    found = target.records.get(model._meta.label_lower)
    if found is None:
        for instance in target.records.values():
            if isinstance(instance, model):
                return instance
    return found


def _page_path(page):
    root = page.get_site().root_page
    return page.url_path[len(root.url_path) :]


def _parameter(parameter, converter, name, route, target):
    """The value of one parameter, from the target council's records."""
    from wagtail.models import TaskState

    records = target.records
    standard = records["resources.practicestandardpage"]
    translation = records.get("wagtail_localize.translation")
    workflow_state = records.get("wagtailcore.workflowstate")
    by_name = {
        "page_id": standard.pk,
        "page_pk": standard.pk,
        "page_to_move_id": standard.pk,
        "parent_page_id": target.council.site.root_page_id,
        "destination_id": target.council.site.root_page_id,
        "image_id": _record(target, apps.get_model("wagtailimages", "Image")).pk,
        "document_id": records["wagtaildocs.document"].pk
        if "wagtaildocs.document" in records
        else None,
        "user_id": records[get_user_model()._meta.label_lower].pk,
        "collection_id": target.council.collection_id,
        "redirect_id": records["wagtailredirects.redirect"].pk,
        "query_id": records["wagtailsearchpromotions.searchpromotion"].query_id,
        "revision_id": standard.latest_revision_id,
        "revision_id_a": standard.latest_revision_id,
        "revision_id_b": standard.latest_revision_id,
        "restriction_id": None,
        "page_view_restriction_id": records["wagtailcore.pageviewrestriction"].pk,
        "translation_id": translation.pk if translation else None,
        "translation_source_id": translation.source_id if translation else None,
        "workflow_state_id": workflow_state.pk if workflow_state else None,
        "task_state_id": (
            TaskState.objects.filter(workflow_state=workflow_state)
            .values_list("pk", flat=True)
            .first()
            if workflow_state
            else None
        ),
        "task_id": _record(target, apps.get_model("wagtailcore", "Task")).pk,
        "workflow_pk": _record(target, apps.get_model("wagtailcore", "Workflow")).pk,
        "organisation_id": records["resources.organisation"].pk,
        "language": "en",
        "kind": "png" if name and name.endswith(":qr") else "change",
        "fmt": "csv",
        "mode": "",
        "filter_spec": "original",
        "action_name": "approve",
        "session_id": 1,
        "uidb64": None,
        "token": "set-password",
    }
    if parameter == "uidb64":
        from django.utils.encoding import force_bytes
        from django.utils.http import urlsafe_base64_encode

        return urlsafe_base64_encode(force_bytes(records[get_user_model()._meta.label_lower].pk))
    if parameter == "doc_id":
        return (
            records["wagtaildocs.document"].pk
            if "wagtaildocs.document" in records
            else _record(target, apps.get_model("wagtaildocs", "Document")).pk
        )
    if parameter == "document_id" and by_name["document_id"] is None:
        return _record(target, apps.get_model("wagtaildocs", "Document")).pk
    if parameter == "uploaded_file_id":
        from wagtail.models import UploadedFile

        upload = UploadedFile.objects.create(
            file=ContentFile(PNG, name=f"{target.mark}.png"),
            uploaded_by_user=target.users["editor"],
        )
        return upload.pk
    if parameter in ("string_segment_id", "overridable_segment_id"):
        from wagtail_localize.models import OverridableSegment, StringSegment

        segment = StringSegment if parameter == "string_segment_id" else OverridableSegment
        found = (
            segment.objects.filter(source=translation.source).values_list("pk", flat=True).first()
        )
        if found is None:
            raise Unfillable(parameter)
        return found
    if name in BY_ADDRESS:
        label, attribute = BY_ADDRESS[name]
        record = records.get(label)
        if record is None:
            raise Unfillable(f"{parameter}: no planted {label}")
        return getattr(record, attribute)
    if parameter in by_name:
        value = by_name[parameter]
        if value is None:
            raise Unfillable(parameter)
        return value
    model = _model_of_namespace(name)
    if parameter in ("pk", "object_id", "record_id") and model is not None:
        record = _record(target, model)
        if record is None:
            raise Unfillable(f"{parameter} of {model._meta.label}")
        return record.pk
    if parameter in (
        "app_label",
        "app_name",
        "content_type_app_name",
        "model_name",
        "content_type_model_name",
    ):
        raise Unfillable(parameter)  # filled by the caller, which tries every model it may name
    if parameter == "record_id" and name and name.startswith("openreferral:"):
        raise Unfillable(parameter)
    raise Unfillable(parameter)


def _models_named_by(route, name, target):
    """For an address that names a model (app and model name), every (app, model, record) to try."""
    from wagtail.admin.views.bulk_action.registry import bulk_action_registry

    if name == "wagtail_bulk_action":
        bulk_action_registry._scan_for_bulk_actions()
        for app_label, by_model in bulk_action_registry.actions.items():
            for model_name, actions in by_model.items():
                record = _record(target, apps.get_model(app_label, model_name))
                if record is None:
                    raise Unfillable(f"bulk {app_label}.{model_name}")
                for action in actions:
                    yield (
                        {"app_label": app_label, "model_name": model_name, "action": action},
                        {"id": record.pk},
                    )
        return
    if "settings" in route:
        candidates = ["home.sitebranding", "accounts.signinsettings"]
    elif "pages/" in route:
        candidates = [
            label for label in target.records if issubclass(type(target.records[label]), Page)
        ]
    elif "workflows/tasks/add" in route:
        candidates = ["councils.councilapprovaltask"]
    elif "tag-autocomplete" in route:
        candidates = ["wagtaildocs.document", "wagtailimages.image"]
    else:
        candidates = [
            label for label, record in target.records.items() if isinstance(record, CouncilOwned)
        ]
    for label in sorted(set(candidates)):
        app_label, model_name = label.split(".")
        model = apps.get_model(app_label, model_name)
        record = target.records.get(label) or _record(target, model)
        kwargs = {}
        for key in ("app_label", "app_name", "content_type_app_name"):
            kwargs[key] = app_label
        for key in ("model_name", "content_type_model_name"):
            kwargs[key] = model_name
        if record is not None:
            kwargs["pk"] = record.pk
            kwargs["object_id"] = record.pk
        yield kwargs, {}


# Our own addresses whose one id names a record of a known kind: (planted label, attribute).
BY_ADDRESS = {
    **dict.fromkeys(
        (
            "audits:detail",
            "audits:conduct",
            "audits:share",
            "audits:moderate",
            "audits:respond",
            "audits:meeting",
            "audits:family_form",
            "audits:consultant_review",
        ),
        ("audits.audit", "pk"),
    ),
    **dict.fromkeys(
        ("audits:candidates", "audits:report", "audits:report_xlsx", "audits:top_ten"),
        ("audits.cycle", "pk"),
    ),
    "audits:dip_sample": ("audits.dipsample", "pk"),
    "audits:consultant_sample": ("audits.consultantsample", "pk"),
    "audits:record_observation": ("audits.audittool", "pk"),
    "review:detail": ("forms_app.familysubmission", "pk"),
    "review:delete": ("forms_app.familysubmission", "pk"),
    "review:callback_detail": ("forms_app.familysubmission", "pk"),
    "review:cycle_form_dates": ("review.feedbackcycle", "pk"),
    **dict.fromkeys(
        (
            "review:update_detail",
            "review:update_accept",
            "review:update_reject",
            "review:update_status",
        ),
        ("forms_app.organisationupdate", "pk"),
    ),
    "search:entry": ("search.searchentry", "pk"),
    "openreferral:service": ("resources.interventionpage", "translation_key"),
    "openreferral:organization": ("resources.organisation", "uuid"),
    "openreferral:service_at_location": ("resources.organisation", "uuid"),
    "openreferral:taxonomy_term": ("resources.category", "uuid"),
    "openreferral:taxonomy": ("resources.category", "uuid"),
}

MODEL_PARAMETERS = {
    "app_label",
    "app_name",
    "content_type_app_name",
    "model_name",
    "content_type_model_name",
}


def addresses(route, name, target):
    """Every (path, query) for ``route`` filled with ``target``'s records; raises Unfillable."""
    from urllib.parse import urlencode

    from wagtail.documents import get_document_model

    if name == "wagtaildocs_serve":
        document = _record(target, get_document_model())
        yield f"/documents/{document.pk}/{document.filename}", ""
        return
    if name == "wagtail_serve":
        page = target.records["resources.practicestandardpage"]
        yield f"/{route.split('/')[0]}/{_page_path(page)}", ""
        return
    if name == "wagtailadmin_pages:revisions_compare":
        page = target.records["resources.practicestandardpage"]
        yield f"/admin/pages/{page.pk}/revisions/compare/earliest...latest/", ""
        return
    if route.startswith("openreferral/") and name is None:
        yield "/openreferral/services", ""
        return
    if route.startswith("^media/"):
        raise Unfillable("media is served by the web server, not Django, outside development")
    found = PARAMETER.findall(route)
    if not found and "(" in route:
        raise Unfillable("an unnamed regular expression group")
    names = [(converter, parameter or regex) for converter, parameter, regex in found]
    if any(parameter in MODEL_PARAMETERS or parameter == "action" for _c, parameter in names):
        variants = list(_models_named_by(route, name, target))
    else:
        variants = [({}, {})]
    for given, query in variants:
        values = dict(given)
        for converter, parameter in names:
            if parameter not in values:
                values[parameter] = _parameter(parameter, converter, name, route, target)
        path = "/" + route
        path = PARAMETER.sub(lambda m, v=values: str(v[m[2] or m[3]]), path)
        path = path.replace("^", "").replace("$", "")
        yield path, urlencode(query)
