"""The OpenAPI 3 description of what the feed serves (checked by openapi-spec-validator)."""

from openreferral.feed import PROFILE_VERSION
from openreferral.params import MAX_PER_PAGE, POSTCODE_PATTERN, SEARCH_PATTERN, TIME_PATTERN

ERROR = {"$ref": "#/components/responses/Error"}


def param(name, schema, description):
    return {
        "name": name,
        "in": "query",
        "required": False,
        "schema": schema,
        "description": description,
    }


UUID = {"type": "string", "format": "uuid"}
PAGING = [
    param("page", {"type": "integer", "minimum": 1, "maximum": 1_000_000}, "Page number, from 1."),
    param(
        "per_page",
        {"type": "integer", "minimum": 1, "maximum": 1_000_000},
        f"Items per page (default 50); more than {MAX_PER_PAGE} is capped at {MAX_PER_PAGE}.",
    ),
    param(
        "format",
        {"type": "string", "enum": ["json", "ndjson"]},
        "json (default, paged) or ndjson: every item, one per line, streamed without pages.",
    ),
    param(
        "search",
        {"type": "string", "maxLength": 200, "pattern": SEARCH_PATTERN},
        "Words to find in names and descriptions (no markup or SQL punctuation).",
    ),
]
SERVICE_FILTERS = [
    param("taxonomy_term_id", UUID, "Only services with this taxonomy term."),
    param("taxonomy_id", UUID, "Only services with a term from this taxonomy."),
    param("organization_id", UUID, "Only services of this organization."),
    param(
        "modified_after",
        {"type": "string", "format": "date-time"},
        "Only services changed (or withdrawn, as status defunct) since this time.",
    ),
    param("minimal", {"type": "boolean"}, "Only each service's id and last_modified."),
    param("full", {"type": "boolean"}, "Each service with its organization."),
    param(
        "minimum_age", {"type": "integer", "minimum": 0, "maximum": 150}, "Suits this age or older."
    ),
    param(
        "maximum_age",
        {"type": "integer", "minimum": 0, "maximum": 150},
        "Suits this age or younger.",
    ),
    param(
        "day",
        {"type": "string", "enum": ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]},
        "Open on this day.",
    ),
    param("start_time", {"type": "string", "pattern": TIME_PATTERN}, "Open from."),
    param("end_time", {"type": "string", "pattern": TIME_PATTERN}, "Open until."),
]


def page_of(item):
    return {
        "type": "object",
        "required": [
            "total_items",
            "total_pages",
            "page_number",
            "size",
            "first_page",
            "last_page",
            "empty",
            "contents",
        ],
        "properties": {
            "total_items": {"type": "integer"},
            "total_pages": {"type": "integer"},
            "page_number": {"type": "integer"},
            "size": {"type": "integer"},
            "first_page": {"type": "boolean"},
            "last_page": {"type": "boolean"},
            "empty": {"type": "boolean"},
            "contents": {"type": "array", "items": {"$ref": f"#/components/schemas/{item}"}},
        },
    }


def ok(schema):
    return {
        "description": "OK",
        "content": {"application/json": {"schema": schema}},
    }


def listing(item, parameters, summary):
    answer = ok({"$ref": f"#/components/schemas/{item}Page"})
    answer["content"]["application/x-ndjson"] = {"schema": {"type": "string"}}
    return {
        "get": {
            "summary": summary,
            "parameters": parameters,
            "responses": {
                "200": answer,
                "400": ERROR,
            },
        }
    }


def detail(item, summary, parameters=()):
    return {
        "get": {
            "summary": summary,
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": UUID},
                *parameters,
            ],
            "responses": {
                "200": ok({"$ref": f"#/components/schemas/{item}"}),
                "400": ERROR,
                "404": ERROR,
            },
        }
    }


TAXONOMY_FILTERS = SERVICE_FILTERS[:2]
FULL_SERVICE = param(
    "full_service", {"type": "boolean"}, "Each service of the organization in full."
)
FULL = param("full", {"type": "boolean"}, "Nest each organization's services.")


def thing(required, **properties):
    return {"type": "object", "required": required, "properties": properties}


S = {"type": "string"}
SCHEMAS = {
    # Only the id is certain: minimal=true gives id and last_modified, and a withdrawn
    # service id, name and status; every other service has its name, status and url.
    "Service": thing(
        ["id"],
        id=UUID,
        name=S,
        url=S,
        status={"type": "string", "enum": ["active", "inactive", "defunct", "temporarily closed"]},
    ),
    "Organization": thing(["id", "name", "description"], id=UUID, name=S, description=S),
    "Taxonomy": thing(["id", "name", "description"], id=UUID, name=S, description=S),
    "TaxonomyTerm": thing(["id", "taxonomy"], id=UUID, taxonomy=S),
    "ServiceAtLocation": thing(["id"], id=UUID),
    "Error": thing(["status", "error"], status={"type": "integer"}, error=S),
}
for name in ["Service", "Organization", "Taxonomy", "TaxonomyTerm", "ServiceAtLocation"]:
    SCHEMAS[f"{name}Page"] = page_of(name)


def description(base_url):
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Open Referral UK feed",
            "version": PROFILE_VERSION,
            "description": "The council's services and community organisations in the Open "
            "Referral UK profile of HSDS 3.0. Read-only, public, no key.",
        },
        "servers": [{"url": f"{base_url}/openreferral"}],
        "paths": {
            "/": {
                "get": {
                    "summary": "About this feed",
                    "responses": {
                        "200": ok(
                            thing(
                                ["version", "profile", "openapi_url"],
                                version=S,
                                profile=S,
                                openapi_url=S,
                                publisher={"type": "object"},
                            )
                        )
                    },
                }
            },
            "/services": listing("Service", PAGING + SERVICE_FILTERS, "Services"),
            "/services/{id}": detail("Service", "One service"),
            "/organizations": listing(
                "Organization",
                PAGING + TAXONOMY_FILTERS + [SERVICE_FILTERS[3], FULL, FULL_SERVICE],
                "Organizations",
            ),
            "/organizations/{id}": detail(
                "Organization", "One organization with its services", [FULL_SERVICE]
            ),
            "/taxonomies": listing("Taxonomy", PAGING + TAXONOMY_FILTERS, "Taxonomies"),
            "/taxonomies/{id}": detail("Taxonomy", "One taxonomy with its terms"),
            "/taxonomy_terms": listing(
                "TaxonomyTerm",
                PAGING
                + [
                    SERVICE_FILTERS[1],
                    param("top_only", {"type": "boolean"}, "Only top-level terms (all are)."),
                    param("parent_id", UUID, "Only terms under this one (none: all are flat)."),
                ],
                "Taxonomy terms",
            ),
            "/taxonomy_terms/{id}": detail("TaxonomyTerm", "One taxonomy term"),
            "/service_at_locations": listing(
                "ServiceAtLocation",
                PAGING
                + TAXONOMY_FILTERS
                + [
                    SERVICE_FILTERS[2],
                    SERVICE_FILTERS[3],
                    param("full", {"type": "boolean"}, "Nest the service in each location."),
                    param(
                        "postcode",
                        {"type": "string", "maxLength": 10, "pattern": POSTCODE_PATTERN},
                        "Locations in this postcode's district, or whose service covers it.",
                    ),
                ],
                "Services at locations",
            ),
            "/service_at_locations/{id}": detail("ServiceAtLocation", "One service at a location"),
        },
        "components": {
            "schemas": SCHEMAS,
            "responses": {
                "Error": {
                    "description": "Bad parameters or not found",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
                    },
                }
            },
        },
    }
