from django.core.exceptions import FieldDoesNotExist
from django.db import transaction
from django.db.models import ManyToOneRel
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Site

from councils.models import Council
from home.models import HomePage, SiteBranding

# slug, hostname, framework name, council, division, is the default site, brand colour
SITES = [
    (
        "better-together",
        "localhost",
        "Better Together",
        ("tower-hamlets", "Tower Hamlets"),
        "Tower Hamlets Supporting Families Division",
        True,
        "#4a2f6b",
    ),
    (
        "circles-of-support",
        "newham.localhost",
        "Circles of Support",
        ("newham", "Newham"),
        "Newham Children's Services",
        False,
        "#00703c",
    ),
    (
        "telford-practice-framework",
        "telford.localhost",
        "Our Practice Framework",
        ("telford", "Telford & Wrekin"),
        "Telford & Wrekin Children's Services",
        False,
        "#0b4f8a",
    ),
]


def _field(page, name):
    try:
        return page._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def _without_ids(data):
    if isinstance(data, list):
        return [_without_ids(item) for item in data]
    if isinstance(data, dict):
        return {key: _without_ids(value) for key, value in data.items() if key != "id"}
    return data


def _stream_data(field, value):
    stream = field.to_python(value)
    return _without_ids(stream.stream_block.get_prep_value(stream))


def _child_data(child):
    return {
        field.attname: getattr(child, field.attname)
        for field in child._meta.concrete_fields
        if not (field.primary_key or isinstance(field, ParentalKey) or field.name == "sort_order")
    }


def _same(page, name, value):
    """Whether a page already holds ``value``, comparing content rather than identities.

    StreamFields compare without their block ids, many-to-many fields by the
    primary keys they point at, and child relations (inline panels) by their
    rows' fields.
    """
    field = _field(page, name)
    current = getattr(page, name)
    if isinstance(field, StreamField):
        return _stream_data(field, current) == _stream_data(field, value)
    if isinstance(field, ParentalManyToManyField):
        return sorted(obj.pk for obj in current.all()) == sorted(obj.pk for obj in value)
    if isinstance(field, ManyToOneRel):
        return [_child_data(child) for child in current.all()] == [
            _child_data(child) for child in value
        ]
    return current == value


def in_order(rows):
    """Child rows numbered in the order given, as an editor's inline panel numbers them.

    Assigned in code, modelcluster leaves an ``Orderable``'s ``sort_order``
    empty, and rows of equal order come back in whatever order PostgreSQL
    finds them on disk: a page shown with its contacts swapped, and a demo
    loaded again taking that for a change.
    """
    for position, row in enumerate(rows):
        field = getattr(row, "sort_order_field", None)
        if field:
            setattr(row, field, position)
    return rows


def upsert_child(parent, model, slug, *, create_only=None, **fields):
    """Create or update a page of ``model`` by slug under ``parent``, then publish it.

    ``create_only`` holds fields set when the page is created but left alone
    afterwards (an owner, a review date), so a second run changes nothing and
    adds no revision.
    """
    fields = {
        name: in_order(value) if isinstance(_field(model, name), ManyToOneRel) else value
        for name, value in fields.items()
    }
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        page = existing.specific
        if not isinstance(page, model):
            raise RuntimeError(
                f"{parent.url_path}{slug} is a {type(page).__name__}, not a {model.__name__}"
            )
        changed = {name for name, value in fields.items() if not _same(page, name, value)}
        if changed or not page.live or page.has_unpublished_changes:
            for name in changed:
                setattr(page, name, fields[name])
            page.save_revision().publish()
        return page
    page = model(slug=slug, **fields, **(create_only or {}))
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@transaction.atomic
def ensure_sites():
    """One Wagtail site per council, each with its own home page and hostname."""
    root = Page.get_first_root_node()
    english = Locale.objects.get(language_code="en")
    homes = {}
    for slug, hostname, title, (council_slug, council_name), division, is_default, colour in SITES:
        home = upsert_child(root, HomePage, slug, title=title, locale=english)
        site, _created = Site.objects.update_or_create(
            hostname=hostname,
            port=80,
            defaults={"root_page": home, "site_name": title, "is_default_site": is_default},
        )
        # The migration to councils named the default site's council after the site.
        council = Council.objects.filter(site=site).first() or Council(site=site)
        council.slug, council.name = council_slug, council_name
        council.save()
        branding = SiteBranding.for_site(site)
        branding.council_name = division
        branding.framework_name = title
        branding.brand_colour = colour
        branding.save()
        homes[slug] = home
    # Wagtail's install leaves a "Welcome" page as the default site's root.
    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
    return homes


def councils():
    """The demo councils by slug, in the order of ``SITES``."""
    found = {council.slug: council for council in Council.objects.select_related("site")}
    return {entry[3][0]: found[entry[3][0]] for entry in SITES if entry[3][0] in found}
