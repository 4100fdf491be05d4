"""The read-only, public Open Referral UK endpoints of the council the request arrives on."""

import json
import math
from functools import wraps

from django.contrib.auth.decorators import login_not_required
from django.db.models import Prefetch, Q
from django.http import HttpResponse, StreamingHttpResponse
from django.utils.translation import gettext as _

from councils.tenancy import council_scope
from openreferral import cache
from openreferral.feed import PROFILE_URL, PROFILE_VERSION, SHARED_VOCABULARIES, Feed
from openreferral.models import FeedRemoval
from openreferral.params import ALLOWED, ListParams, outward_code
from resources.models import Contact, InterventionContact, InterventionPage, Organisation

JSON = "application/json"


def json_response(data, status=200):
    return HttpResponse(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")),
        content_type=JSON,
        status=status,
    )


def error(status, message, fields=None):
    body = {"status": status, "error": message}
    if fields:
        body["fields"] = fields
    return json_response(body, status=status)


def not_found():
    return error(404, _("Not found."))


def feed_endpoint(view):
    """Public, read-only, cross-origin, cached per council; errors as JSON."""

    @login_not_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
        elif request.method not in ("GET", "HEAD"):
            response = error(405, _("Only GET is allowed."))
            response["Allow"] = "GET, HEAD, OPTIONS"
        elif getattr(request, "council", None) is None:
            response = not_found()
        else:
            response = cached(view, request, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
        response["Vary"] = "Host"
        return response

    return wrapper


def cached(view, request, *args, **kwargs):
    request_key = "|".join(
        [request.scheme, request.get_host(), request.path, request.GET.urlencode()]
    )
    key = cache.key_for(request.council, request_key)
    hit = cache.get(key)
    if hit is not None:
        status, body = hit
        return HttpResponse(body, content_type=JSON, status=status)
    base_url = f"{request.scheme}://{request.get_host()}"
    response = view(request, Feed(request.council, base_url), *args, **kwargs)
    if response.status_code in (200, 404) and not response.streaming:
        cache.set(key, (response.status_code, response.content))
    return response


def parse(request, endpoint):
    form = ListParams(request.GET, ALLOWED[endpoint])
    if not form.is_valid():
        return None, error(
            400,
            _("Some parameters have values this feed cannot use."),
            {name: [str(m) for m in messages] for name, messages in form.errors.items()},
        )
    return form.cleaned_data, None


def page_of(items, params, total=None):
    total = len(items) if total is None else total
    size = params["per_page"]
    number = params["page"]
    pages = math.ceil(total / size) if total else 0
    return {
        "total_items": total,
        "total_pages": pages,
        "page_number": number,
        "size": size,
        "first_page": number == 1,
        "last_page": number >= pages,
        "empty": not items,
        "contents": items,
    }


def slice_for(params):
    start = (params["page"] - 1) * params["per_page"]
    return start, start + params["per_page"]


NDJSON = "application/x-ndjson"
STREAM_CHUNK = 100


def listing(feed, params, total, fetch):
    """One page of ``fetch(start, end)`` in the ORUK envelope, or every item as NDJSON.

    NDJSON is streamed without pagination, as the specification asks; the rows are
    read chunk by chunk inside the council's scope, since the response outlives the view.
    """
    if params["format"] == "ndjson":
        council = feed.council

        def lines():
            with council_scope(council):
                for start in range(0, total, STREAM_CHUNK):
                    for item in fetch(start, start + STREAM_CHUNK):
                        yield json.dumps(item, ensure_ascii=False, separators=(",", ":")) + "\n"

        return StreamingHttpResponse(lines(), content_type=NDJSON)
    start, end = slice_for(params)
    return json_response(page_of(fetch(start, end), params, total=total))


@feed_endpoint
def index(request, feed):
    council = request.council
    publisher = {"name": council.name, "url": f"{feed.base_url}/openreferral/"}
    contact = Contact.all_councils.for_council(council).filter(key="open-referral").first()
    if contact is not None and contact.email:
        publisher["email"] = contact.email
    return json_response(
        {
            "version": PROFILE_VERSION,
            "profile": PROFILE_URL,
            "openapi_url": f"{feed.base_url}/openreferral/openapi.json",
            "publisher": publisher,
        }
    )


# Services ---------------------------------------------------------------------


def age_filters(params, low_field, high_field):
    q = Q()
    if params["minimum_age"] is not None:
        q &= Q(**{f"{high_field}__isnull": True}) | Q(
            **{f"{high_field}__gte": params["minimum_age"]}
        )
    if params["maximum_age"] is not None:
        q &= Q(**{f"{low_field}__isnull": True}) | Q(**{f"{low_field}__lte": params["maximum_age"]})
    return q


def filtered_services(feed, params, taxonomies):
    interventions = feed.interventions()
    organisations = feed.organisation_services()
    for word in params["search"].split():
        interventions = interventions.filter(
            Q(title__icontains=word)
            | Q(summary__icontains=word)
            | Q(who_for__icontains=word)
            | Q(eligibility__icontains=word)
        )
        organisations = organisations.filter(
            Q(name__icontains=word)
            | Q(description__icontains=word)
            | Q(eligibility_description__icontains=word)
        )
    interventions = interventions.filter(age_filters(params, "age_min", "age_max"))
    organisations = organisations.filter(age_filters(params, "minimum_age", "maximum_age"))
    if params["taxonomy_term_id"]:
        term = feed.terms_by_id(taxonomies).get(str(params["taxonomy_term_id"]))
        interventions, organisations = by_term(term, interventions, organisations)
    if params["taxonomy_id"]:
        key = next(
            (
                t.key
                for t in taxonomies.values()
                if t.id_for(feed.council) == str(params["taxonomy_id"])
            ),
            None,
        )
        interventions, organisations = by_taxonomy(key, interventions, organisations)
    if params["organization_id"]:
        if str(params["organization_id"]) == feed.organization_id:
            organisations = organisations.none()
        else:
            interventions = interventions.none()
            organisations = organisations.filter(uuid=params["organization_id"])
    if params["modified_after"]:
        interventions = interventions.filter(last_published_at__gte=params["modified_after"])
        organisations = organisations.filter(last_published_at__gte=params["modified_after"])
    when = Q()
    if params["day"]:
        when &= Q(schedules__days__contains=params["day"])
    if params["start_time"]:
        when &= Q(schedules__opens_at__lte=params["start_time"])
    if params["end_time"]:
        when &= Q(schedules__closes_at__gte=params["end_time"])
    if when:
        interventions, organisations = interventions.filter(when), organisations.filter(when)
    return interventions.distinct(), organisations.distinct()


def by_term(term, interventions, organisations):
    if term is None:
        return interventions.none(), organisations.none()
    if term.taxonomy == "service-areas":
        return interventions.filter(service_areas__uuid=term.id), organisations.none()
    if term.taxonomy == "delivery-modes":
        return interventions.filter(delivery_modes__uuid=term.id), organisations.none()
    if term.taxonomy == "practice-standards":
        return interventions.filter(standards__translation_key=term.id), organisations.none()
    if term.taxonomy == "organisation-categories":
        return interventions.none(), organisations.filter(categories__uuid=term.id)
    if term.uri:
        return (
            interventions.filter(
                Q(service_areas__shared_term__uri=term.uri)
                | Q(delivery_modes__shared_term__uri=term.uri)
            ),
            organisations.filter(categories__shared_term__uri=term.uri),
        )
    from openreferral.feed import AGE_BANDS

    low, high = next((lo, hi) for code, _n, lo, hi in AGE_BANDS if code == term.code)
    band = {"minimum_age": low, "maximum_age": high}
    return (
        interventions.filter(age_filters(band, "age_min", "age_max")),
        organisations.filter(age_filters(band, "minimum_age", "maximum_age")),
    )


def by_taxonomy(key, interventions, organisations):
    if key == "service-areas":
        return interventions.filter(service_areas__isnull=False), organisations.none()
    if key == "delivery-modes":
        return interventions.filter(delivery_modes__isnull=False), organisations.none()
    if key == "practice-standards":
        return interventions.filter(standards__isnull=False), organisations.none()
    if key == "organisation-categories":
        return interventions.none(), organisations.filter(categories__isnull=False)
    if key == "age-bands":
        return interventions, organisations
    if key in SHARED_VOCABULARIES:
        return (
            interventions.filter(
                Q(service_areas__shared_term__vocabulary=key)
                | Q(delivery_modes__shared_term__vocabulary=key)
            ),
            organisations.filter(categories__shared_term__vocabulary=key),
        )
    return interventions.none(), organisations.none()


def load_interventions(pks):
    return InterventionPage.objects.filter(pk__in=pks).prefetch_related(
        "service_areas",
        "delivery_modes",
        "standards",
        "languages",
        "cost_options",
        "schedules",
        "areas_served",
        Prefetch(
            "intervention_contacts",
            queryset=InterventionContact.objects.select_related("contact").order_by("sort_order"),
        ),
    )


def load_organisations(pks):
    return Organisation.all_councils.filter(pk__in=pks).prefetch_related(
        "languages", "categories", "cost_options", "schedules", "areas_served"
    )


def mode_of(params):
    if params["full"]:
        return "full"
    return "minimal" if params["minimal"] else "normal"


FILTERS = (
    "search",
    "taxonomy_term_id",
    "taxonomy_id",
    "organization_id",
    "minimum_age",
    "maximum_age",
    "day",
    "start_time",
    "end_time",
)


def removals(feed, params, kind):
    """Records withdrawn since ``modified_after``; only a sync (no other filter) sees them."""
    if not params["modified_after"] or any(params.get(name) for name in FILTERS):
        return []
    rows = FeedRemoval.all_councils.for_council(feed.council).filter(
        kind=kind, removed_at__gte=params["modified_after"]
    )
    return list(rows.order_by("removed_at", "record"))


@feed_endpoint
def services(request, feed):
    params, bad = parse(request, "services")
    if bad:
        return bad
    taxonomies = feed.taxonomies()
    interventions, organisations = filtered_services(feed, params, taxonomies)
    # Sort the two kinds together by name; load only the page being shown.
    rows = sorted(
        [(title.lower(), "i", pk) for pk, title in interventions.values_list("pk", "title")]
        + [(name.lower(), "o", pk) for pk, name in organisations.values_list("pk", "name")]
    )
    gone = removals(feed, params, FeedRemoval.Kind.SERVICE)
    mode = mode_of(params)

    def fetch(start, end):
        shown = rows[start:end]
        pages = {p.pk: p for p in load_interventions([pk for _n, k, pk in shown if k == "i"])}
        orgs = {o.pk: o for o in load_organisations([pk for _n, k, pk in shown if k == "o"])}
        contents = [
            feed.intervention_json(pages[pk], taxonomies, mode)
            if kind == "i"
            else feed.organisation_service_json(orgs[pk], taxonomies, mode)
            for _name, kind, pk in shown
            if pk in (pages if kind == "i" else orgs)
        ]
        withdrawn_start = max(0, start - len(rows))
        withdrawn = gone[withdrawn_start : withdrawn_start + (end - start - len(shown))]
        return contents + [withdrawn_json(feed, removal, "services") for removal in withdrawn]

    return listing(feed, params, len(rows) + len(gone), fetch)


def withdrawn_json(feed, removal, kind):
    from openreferral.feed import iso

    # Valid against the profile's service schema (id, name, status), and nothing more:
    # what stopped being public is not published again.
    return {
        "id": str(removal.record),
        "name": _("Withdrawn"),
        "status": "defunct",
        "last_modified": iso(removal.removed_at),
    }


@feed_endpoint
def service(request, feed, record_id):
    taxonomies = feed.taxonomies()
    page = feed.interventions().filter(translation_key=record_id).first()
    if page is not None:
        page = load_interventions([page.pk]).get()
        return json_response(feed.intervention_json(page, taxonomies, "full"))
    pk = find_by_derived_id(feed.organisation_services(), record_id, "service")
    if pk is None:
        return not_found()
    organisation = load_organisations([pk]).get()
    return json_response(feed.organisation_service_json(organisation, taxonomies, "full"))


def find_by_derived_id(organisations, record_id, part):
    """The organisation whose ``part`` has ``record_id`` (derived ids cannot be reversed)."""
    from openreferral.feed import derived_id

    for pk, org_uuid in organisations.values_list("pk", "uuid"):
        if derived_id(org_uuid, part) == str(record_id):
            return pk
    return None


# Organizations ------------------------------------------------------------------


def term_filtered(feed, params, taxonomies):
    """The interventions and organisations the taxonomy filters leave, or None if none given."""
    if not (params["taxonomy_term_id"] or params["taxonomy_id"]):
        return None
    interventions, organisations = feed.interventions(), feed.organisations()
    if params["taxonomy_term_id"]:
        term = feed.terms_by_id(taxonomies).get(str(params["taxonomy_term_id"]))
        interventions, organisations = by_term(term, interventions, organisations)
    if params["taxonomy_id"]:
        key = taxonomy_key(feed, taxonomies, params["taxonomy_id"])
        interventions, organisations = by_taxonomy(key, interventions, organisations)
    return interventions, organisations


def taxonomy_key(feed, taxonomies, taxonomy_id):
    return next(
        (t.key for t in taxonomies.values() if t.id_for(feed.council) == str(taxonomy_id)),
        None,
    )


@feed_endpoint
def organizations(request, feed):
    params, bad = parse(request, "organizations")
    if bad:
        return bad
    taxonomies = feed.taxonomies()
    organisations = feed.organisations()
    include_council = not params["modified_after"]
    by_terms = term_filtered(feed, params, taxonomies)
    if by_terms is not None:
        organisations = organisations.filter(pk__in=by_terms[1].values("pk"))
        include_council = include_council and by_terms[0].exists()
    for word in params["search"].split():
        organisations = organisations.filter(
            Q(name__icontains=word) | Q(description__icontains=word)
        )
    if params["modified_after"]:
        organisations = organisations.filter(last_published_at__gte=params["modified_after"])
    include_council = include_council and all(
        word.lower() in feed.council.name.lower() for word in params["search"].split()
    )
    rows = sorted(
        [(name.lower(), pk) for pk, name in organisations.values_list("pk", "name")]
        + ([(feed.council.name.lower(), None)] if include_council else [])
    )
    nested = "full" if params["full_service"] else ("normal" if params["full"] else None)

    def fetch(start, end):
        shown = rows[start:end]
        orgs = {o.pk: o for o in load_organisations([pk for _n, pk in shown])}
        return [
            organization_json(feed, orgs.get(pk), taxonomies, nested)
            for _n, pk in shown
            if pk is None or pk in orgs
        ]

    return listing(feed, params, len(rows), fetch)


def organization_json(feed, organisation, taxonomies, nested):
    """An organization (None: the council itself), with its services when ``nested``."""
    if organisation is None:
        data = feed.council_json()
        if nested:
            pages = load_interventions(feed.interventions().values("pk")).order_by("title")
            data["services"] = [feed.intervention_json(p, taxonomies, nested) for p in pages]
        return data
    data = feed.organisation_json(organisation)
    if nested and organisation.website:
        data["services"] = [feed.organisation_service_json(organisation, taxonomies, nested)]
    return data


@feed_endpoint
def organization(request, feed, record_id):
    params, bad = parse(request, "organization")
    if bad:
        return bad
    taxonomies = feed.taxonomies()
    nested = "full" if params["full_service"] else "normal"
    if str(record_id) == feed.organization_id:
        return json_response(organization_json(feed, None, taxonomies, nested))
    organisation = feed.organisations().filter(uuid=record_id).first()
    if organisation is None:
        return not_found()
    organisation = load_organisations([organisation.pk]).get()
    return json_response(organization_json(feed, organisation, taxonomies, nested))


# Taxonomies -----------------------------------------------------------------------


@feed_endpoint
def taxonomies(request, feed):
    params, bad = parse(request, "taxonomies")
    if bad:
        return bad
    found = list(feed.taxonomies().values())
    if params["taxonomy_id"]:
        found = [t for t in found if t.id_for(feed.council) == str(params["taxonomy_id"])]
    if params["taxonomy_term_id"]:
        wanted = str(params["taxonomy_term_id"])
        found = [t for t in found if any(term.id == wanted for term in t.terms)]
    words = params["search"].lower().split()
    found = [t for t in found if all(word in t.name.lower() for word in words)]
    return listing(
        feed,
        params,
        len(found),
        lambda start, end: [feed.taxonomy_json(t) for t in found[start:end]],
    )


@feed_endpoint
def taxonomy(request, feed, record_id):
    for found in feed.taxonomies().values():
        if found.id_for(feed.council) == str(record_id):
            return json_response(feed.taxonomy_json(found, with_terms=True))
    return not_found()


@feed_endpoint
def taxonomy_terms(request, feed):
    params, bad = parse(request, "taxonomy_terms")
    if bad:
        return bad
    found = feed.taxonomies()
    terms = [(term, t) for t in found.values() for term in t.terms]
    if params["taxonomy_id"]:
        terms = [
            (term, t) for term, t in terms if t.id_for(feed.council) == str(params["taxonomy_id"])
        ]
    if params["parent_id"]:
        # Every vocabulary the feed publishes is flat: no term has a parent.
        terms = []
    # top_only: every term is a top-level term, so all of them stay.
    words = params["search"].lower().split()
    terms = [(term, t) for term, t in terms if all(word in term.name.lower() for word in words)]
    return listing(
        feed,
        params,
        len(terms),
        lambda start, end: [feed.term_json(term, t) for term, t in terms[start:end]],
    )


@feed_endpoint
def taxonomy_term(request, feed, record_id):
    found = feed.taxonomies()
    for t in found.values():
        for term in t.terms:
            if term.id == str(record_id):
                return json_response(feed.term_json(term, t))
    return not_found()


# Services at locations ------------------------------------------------------------


def located(feed):
    return (
        feed.organisation_services()
        .exclude(address="")
        .exclude(town="")
        .exclude(postcode="")
        .order_by("name", "pk")
    )


@feed_endpoint
def service_at_locations(request, feed):
    params, bad = parse(request, "service_at_locations")
    if bad:
        return bad
    taxonomies = feed.taxonomies()
    organisations = located(feed)
    for word in params["search"].split():
        organisations = organisations.filter(
            Q(name__icontains=word) | Q(description__icontains=word)
        )
    by_terms = term_filtered(feed, params, taxonomies)
    if by_terms is not None:
        organisations = organisations.filter(pk__in=by_terms[1].values("pk"))
    if params["organization_id"]:
        organisations = organisations.filter(uuid=params["organization_id"])
    if params["modified_after"]:
        organisations = organisations.filter(last_published_at__gte=params["modified_after"])
    if params["postcode"]:
        organisations = covering(organisations, params["postcode"])
    pks = list(organisations.values_list("pk", flat=True))

    def fetch(start, end):
        shown = load_organisations(pks[start:end]).order_by("name", "pk")
        return [
            feed.service_at_location_json(o, taxonomies if params["full"] else None) for o in shown
        ]

    return listing(feed, params, len(pks), fetch)


def covering(organisations, postcode):
    """Locations in the postcode's district, or whose service lists the district it covers."""
    district = outward_code(postcode)
    matching = [
        organisation.pk
        for organisation in organisations.prefetch_related("areas_served")
        if outward_code(organisation.postcode) == district
        or any(district in area.districts for area in organisation.areas_served.all())
    ]
    return organisations.filter(pk__in=matching)


@feed_endpoint
def service_at_location(request, feed, record_id):
    pk = find_by_derived_id(located(feed), record_id, "service_at_location")
    if pk is None:
        return not_found()
    organisation = load_organisations([pk]).get()
    return json_response(feed.service_at_location_json(organisation, feed.taxonomies()))


@feed_endpoint
def unknown(request, feed, rest=""):
    return not_found()


@feed_endpoint
def openapi(request, feed):
    from openreferral.openapi import description

    return json_response(description(feed.base_url))
