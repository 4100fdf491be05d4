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
evaluates it.

The scope fails closed. A query on council data with no council in scope
raises ``NoCouncilInScope``, in development, tests and production alike:
outside a request (a command, a task, a signal handler, a streamed body that
runs after the request, an email) code names the council it acts for with
``with council_scope(council):``, or says in words that it works across
councils, with ``with across_councils():`` (migrations, the operator's
commands, the platform's own screens) or the ``Model.all_councils`` manager.
A queryset built inside a scope and evaluated after it raises too.

Each exit carries its council: a streamed response's body is iterated in the
request's scope (``carrying_council``, applied by ``CouncilMiddleware``); a
background task takes its council's id first (``acts_for_council``); a signal
handler acts for its record's council (``in_council_of_record``); a management
command names it (``--council``, ``home.management.councils``).
"""

import contextvars
import logging
from contextlib import contextmanager
from functools import wraps

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models
from django.db.models import F, Q
from django.db.models.lookups import Lookup
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

_current = contextvars.ContextVar("council", default=None)
# True inside ``across_councils()``: code that said it works for every council.
_across = contextvars.ContextVar("across_councils", default=False)
# Set by the middleware for one request: what a lookup of another council's record found.
_refused = contextvars.ContextVar("refused", default=None)
# Set by the middleware for one request: other councils' records a form tried to link to.
_linked = contextvars.ContextVar("linked", default=None)


class NoCouncilInScope(RuntimeError):
    """A query on council data ran with no council in scope; see this module's docstring."""

    def __init__(self, model=None):
        what = f"{model._meta.label} records" if model is not None else "council data"
        super().__init__(
            f"A query on {what} ran with no council in scope, so it would have read "
            "every council's records. Wrap the code in `with council_scope(council):` "
            "(from councils.tenancy) for the council it acts for, or, where it truly works "
            "across councils, in `with across_councils():` or use `Model.all_councils`."
        )


def current_council():
    """The council whose request is being served, or None outside a council's scope."""
    return _current.get()


def scope_is_across_councils():
    """Whether the code running said it works for every council (``across_councils()``)."""
    return _current.get() is None and _across.get()


@contextmanager
def council_scope(council):
    """Act for ``council`` inside the block (None: for none, so council queries raise)."""
    token, across = _current.set(council), _across.set(False)
    try:
        yield council
    finally:
        _across.reset(across)
        _current.reset(token)


@contextmanager
def across_councils():
    """Work for every council inside the block: queries on council data are not filtered.

    For code that truly spans councils and says so: migrations, the operator's
    commands, the platform dashboard, Wagtail internals that walk every record.
    """
    token, across = _current.set(None), _across.set(True)
    try:
        yield
    finally:
        _across.reset(across)
        _current.reset(token)


def carrying_council(iterable, council):
    """Iterate ``iterable`` inside ``council``'s scope, each step, wherever it is iterated.

    A streamed response's body runs after the view and the middleware have
    returned, so outside the request's scope; this carries the scope with it.
    """
    across = scope_is_across_councils()

    def scope():
        return across_councils() if across else council_scope(council)

    return _in_scope(iter(iterable), scope)


def _in_scope(iterator, scope):
    try:
        while True:
            with scope():
                try:
                    item = next(iterator)
                except StopIteration:
                    return
            yield item
    finally:
        close = getattr(iterator, "close", None)
        if close is not None:
            with scope():
                close()


def acts_for_council(function):
    """A background task that acts for the council whose id is its first argument.

    A task runs in a worker, outside any request, so it carries its council:
    the caller enqueues ``task.enqueue(council.pk, ...)`` and the body runs in
    that council's scope (a council since deleted: no council, so it reads nothing).
    """

    @wraps(function)
    def run(council_id, *args, **kwargs):
        from councils.models import Council

        council = Council.objects.filter(pk=council_id).first() if council_id else None
        with council_scope(council):
            return function(*args, **kwargs)

    return run


def in_council_of_record(handler):
    """A signal handler about a council's record, run in that record's council's scope.

    Signals fire wherever a record is saved or deleted (a request, a command,
    a task, a cascade); the handler acts for the record's council, not for
    whatever scope, if any, the sender happened to be in.
    """

    @wraps(handler)
    def run(sender, instance, *args, **kwargs):
        with council_scope(instance.council):
            return handler(sender, instance, *args, **kwargs)

    return run


def index_tasks_across_councils():
    """Let Wagtail's index tasks find the record they were queued for, whatever its council.

    Wagtail's search index task (modelsearch's) and its reference index task
    look the record up by id through its default manager, in a worker with no
    council in scope. Both indexes hold every council's records, each with its
    council, so keeping them up to date is work across councils.
    """
    from modelsearch import signal_handlers as search_signals
    from modelsearch import tasks as search_tasks
    from wagtail import signal_handlers as wagtail_signals
    from wagtail import tasks as wagtail_tasks

    for modules, name in (
        ((search_tasks, search_signals), "insert_or_update_object_task"),
        ((wagtail_tasks, wagtail_signals), "update_reference_index_task"),
    ):
        task = _across_councils_task(getattr(modules[0], name))
        for module in modules:
            setattr(module, name, task)


def _across_councils_task(task):
    import dataclasses

    if getattr(task.func, "across_councils", False):
        return task
    function = task.func

    @wraps(function)
    def across(*args, **kwargs):
        with across_councils():
            return function(*args, **kwargs)

    across.across_councils = True
    return dataclasses.replace(task, func=across)


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
    """A WHERE condition: the row's council is the current one; raises with none in scope.

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
            if _across.get():
                return "1 = 1", []
            raise NoCouncilInScope(getattr(compiler.query, "model", None))
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


def note_missed(records):
    """Remember, for the request, other councils' records it named: audited if it answers 404."""
    missed = _refused.get()
    if missed is not None:
        missed.extend(records)


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

    @classmethod
    def get_indexed_objects(cls):
        """For Wagtail's search index (indexed models): every council's records, in any scope.

        The index keeps each record with its council, which searches filter on;
        an organisation saved by its owner is indexed for the councils that list it too.
        """
        from wagtail.search.index import RelatedFields

        records = cls.all_councils.all()
        for field in cls.get_search_fields():
            if isinstance(field, RelatedFields):
                records = field.select_on_queryset(records)
        return records


def _others_among(model, pks, council):
    """Those of ``model``'s records ``pks`` that exist and are not ``council``'s, in one query."""
    from wagtail.documents.models import AbstractDocument
    from wagtail.images.models import AbstractImage
    from wagtail.models import Page

    if issubclass(model, Page):
        return list(Page.objects.filter(pk__in=pks).exclude(in_council_tree(council)))
    if issubclass(model, (AbstractDocument, AbstractImage)):
        records = model._base_manager.filter(pk__in=pks)
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
    # Reading what the content links to finds every council's records, so others' are seen.
    with across_councils():
        links = list(_linked_records(instance))
    for field_name, model, pk in links:
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
    """A Q for pages inside ``council``'s site (``prefix`` for a related page field).

    With no council: every page inside ``across_councils()``, else ``NoCouncilInScope``.
    """
    if council is None:
        if scope_is_across_councils():
            return Q()
        raise NoCouncilInScope()
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
