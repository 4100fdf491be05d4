"""Which council a request, a query and a record belong to.

One install serves several councils, each a separate data controller. The
council of a request is the council of the Wagtail site it arrives on
(``CouncilMiddleware``), and every model that belongs to a council declares
it by inheriting ``CouncilOwned`` (or by naming the path to its council in
``council_lookup``). Their default manager then keeps every query made while
a request is served to that council: admin listings, choosers, edit and
delete views, bulk actions, exports and form choices alike, because they all
go through the default manager.

The council is read when the SQL is compiled, not when the queryset is
built, so a queryset built once and kept (a form field's choices in a form
class Wagtail caches) is still filtered by the council of each request that
evaluates it. Outside a request (management commands, background tasks,
migrations) nothing is filtered: code there names the council it works for
with ``for_council`` or ``council_scope``.
"""

import contextvars
import logging
from contextlib import contextmanager

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models
from django.db.models import F, Q
from django.db.models.lookups import Lookup
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

_current = contextvars.ContextVar("council", default=None)
# Set by the middleware for one request: what a lookup of another council's record found.
_refused = contextvars.ContextVar("refused", default=None)
# Set by the middleware for one request: other councils' records a form tried to link to.
_linked = contextvars.ContextVar("linked", default=None)


def current_council():
    """The council whose request is being served, or None outside a request."""
    return _current.get()


@contextmanager
def council_scope(council):
    """Act for ``council`` (None: for none in particular) inside the block."""
    token = _current.set(council)
    try:
        yield council
    finally:
        _current.reset(token)


def council_of(user):
    """The council a user belongs to, or None (superusers belong to every council)."""
    if user is None or not user.is_authenticated:
        return None
    try:
        return user.council_member.council
    except ObjectDoesNotExist:
        return None


def belongs_to(user, council):
    """Whether ``user`` may work in ``council``: their own, or any for a superuser."""
    if user is None or not user.is_authenticated or council is None:
        return False
    if user.is_superuser:
        return True
    try:
        return user.council_member.council_id == council.pk
    except ObjectDoesNotExist:
        return False


class InCurrentCouncil(Lookup):
    """A WHERE condition: the row's council is the current one, or any outside a request.

    A lookup on the council column (not a free-standing expression) so that
    Wagtail's search backends, which read a queryset's filters, see a filter
    on the ``council`` FilterField every council-owned indexed model declares.
    """

    lookup_name = "in_current_council"
    prepare_rhs = False

    def __init__(self, lhs, rhs=True):
        super().__init__(lhs, rhs)

    def as_sql(self, compiler, connection):
        council = current_council()
        if council is None:
            return "1 = 1", []
        sql, params = self.process_lhs(compiler, connection)
        return f"{sql} = %s", [*params, council.pk]


class CouncilQuerySet(models.QuerySet):
    def for_council(self, council):
        return self.filter(**{self.model.council_lookup: council})

    def in_current_council(self):
        return self.filter(InCurrentCouncil(F(f"{self.model.council_lookup}_id")))

    def get(self, *args, **kwargs):
        try:
            return super().get(*args, **kwargs)
        except self.model.DoesNotExist:
            _record_refusal(self.model, args, kwargs)
            raise


class CouncilManager(models.Manager.from_queryset(CouncilQuerySet)):
    """The default manager of a council's records: the current council's only."""

    def get_queryset(self):
        return super().get_queryset().in_current_council()


class AllCouncilsManager(models.Manager.from_queryset(CouncilQuerySet)):
    """Every council's records, for code that says which council it works for."""


def _record_refusal(model, args, kwargs):
    """Remember, for the request, that a lookup missed a record another council owns.

    The request is audited only if it then answers "not found": a lookup that
    goes on to create its own council's record (``get_or_create``) is no attempt.
    """
    refused = _refused.get()
    council = current_council()
    if refused is None or council is None:
        return
    other = model.all_councils.filter(*args, **kwargs).exclude(**{model.council_lookup: council})
    instance = other.first()
    if instance is not None:
        refused.append(instance)


@contextmanager
def watching_refusals():
    """Collect, for one request, other councils' records its lookups missed or forms named.

    Yields ``(missed, linked)``: a missed lookup is an attempt only if the request
    answers "not found"; a refused link is one whatever the answer.
    """
    missed, linked = _refused.set([]), _linked.set([])
    try:
        yield _refused.get(), _linked.get()
    finally:
        _refused.reset(missed)
        _linked.reset(linked)


def audit_refusals(request, refused):
    from wagtail.log_actions import log

    for instance in refused:
        logger.warning(
            "Refused %s %s of another council to %s on %s",
            instance._meta.label,
            instance.pk,
            getattr(request.user, "pk", None),
            current_council().slug,
        )
        log(
            instance,
            "home.council_refused",
            user=request.user if request.user.is_authenticated else None,
            data={"council": current_council().slug, "path": request.path[:200]},
        )


class CouncilOwned(models.Model):
    """A record that belongs to exactly one council; see this module's docstring."""

    council_lookup = "council"

    council = models.ForeignKey(
        "councils.Council",
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
        verbose_name=_("council"),
    )

    objects = CouncilManager()
    all_councils = AllCouncilsManager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self._take_current_council()
        super().save(*args, **kwargs)

    def _take_current_council(self):
        if self.council_id is None and current_council() is not None:
            self.council = current_council()

    def full_clean(self, *args, **kwargs):
        self._take_current_council()
        super().full_clean(*args, **kwargs)

    def clean(self):
        super().clean()
        refuse_links_to_other_councils(self, lambda: self.council if self.council_id else None)

    def validate_constraints(self, exclude=None):
        # Admin forms leave the council out of their fields; names are unique per council.
        super().validate_constraints(exclude=set(exclude or ()) - {"council"})

    def validate_unique(self, exclude=None):
        super().validate_unique(exclude=set(exclude or ()) - {"council"})


def _others_among(model, pks, council):
    """Those of ``model``'s records ``pks`` that exist and are not ``council``'s, in one query."""
    from wagtail.documents.models import AbstractDocument
    from wagtail.images.models import AbstractImage
    from wagtail.models import Page

    if issubclass(model, Page):
        return list(Page.objects.filter(pk__in=pks).exclude(in_council_tree(council)))
    if issubclass(model, (AbstractDocument, AbstractImage)):
        records = model.objects.filter(pk__in=pks)
        if council.collection_id is not None:
            records = records.exclude(collection__path__startswith=council.collection.path)
        return list(records)
    if issubclass(model, CouncilOwned):
        return list(model.all_councils.filter(pk__in=pks).exclude(council=council))
    return []


def _linked_records(instance):
    """``(field name, model, pk)`` for each page, file or record the instance's content links to.

    Rich text and StreamField blocks hold bare ids that a hand-made post can set
    to anything, unlike a foreign key whose form field offers only the council's choices.
    """
    from modelcluster.models import ClusterableModel, get_all_child_relations
    from wagtail.fields import StreamField

    for field in instance._meta.concrete_fields:
        if hasattr(field, "extract_references"):
            value = field.value_from_object(instance)
            if isinstance(field, StreamField) and value is not None:
                # Read a copy: walking the stream itself would turn its raw blocks into
                # objects, and the page would then save them back in another form.
                value = field.to_python(field.get_prep_value(value))
            if value is not None:
                for model, pk, _model_path, _content_path in field.extract_references(value):
                    yield field.name, model, pk
    if isinstance(instance, ClusterableModel):
        for relation in get_all_child_relations(instance):
            name = relation.get_accessor_name()
            for child in getattr(instance, name).all():
                for _field, model, pk in _linked_records(child):
                    yield name, model, pk


def refuse_links_to_other_councils(instance, council_of_instance):
    """Raise ValidationError on each field of ``instance`` that links into another council.

    Run from model ``clean()``; each refused record is audited by the middleware.
    ``council_of_instance()`` is asked only when there are links: most saves have
    none, and finding a page's council costs queries.
    """
    fields_by_link = {}
    for field_name, model, pk in _linked_records(instance):
        fields_by_link.setdefault((model, str(pk)), set()).add(field_name)
    if not fields_by_link:
        return
    council = council_of_instance()
    if council is None:
        return
    linked = _linked.get()
    pks_by_model = {}
    for model, pk in fields_by_link:
        pks_by_model.setdefault(model, set()).add(pk)
    errors = {}
    for model, pks in pks_by_model.items():
        for record in _others_among(model, pks, council):
            if linked is not None:
                linked.append(record)
            for field_name in fields_by_link[(model, str(record.pk))]:
                errors.setdefault(
                    field_name,
                    ValidationError(
                        _(
                            "This links to a page, file or record that does not belong to "
                            "%(council)s. Choose one of your council's own."
                        )
                        % {"council": council.name}
                    ),
                )
    if errors:
        raise ValidationError(errors)


def in_council_tree(council, prefix=""):
    """A Q for pages inside ``council``'s site (``prefix`` for a related page field)."""
    if council is None:
        return Q()
    tree = Q()
    for path in council.root_paths():
        tree |= Q(**{f"{prefix}path__startswith": path})
    return tree


def pages_in_current_council():
    """``limit_choices_to`` for page choices: the current council's pages only."""
    return in_council_tree(current_council())


def members_of_current_council():
    """``limit_choices_to`` for choices of people: the current council's (and the operators).

    Superusers belong to every council, so a record they own stays valid; any
    other council's people are not offered, nor accepted, in any admin form.
    """
    council = current_council()
    if council is None:
        return Q()
    return Q(council_member__council=council) | Q(is_superuser=True)
