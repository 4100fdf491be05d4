from django.urls import path, re_path

from openreferral import views

app_name = "openreferral"
urlpatterns = [
    path("", views.index, name="index"),
    path("openapi.json", views.openapi, name="openapi"),
    path("services", views.services, name="services"),
    path("services/<uuid:record_id>", views.service, name="service"),
    path("organizations", views.organizations, name="organizations"),
    path("organizations/<uuid:record_id>", views.organization, name="organization"),
    path("taxonomies", views.taxonomies, name="taxonomies"),
    path("taxonomies/<uuid:record_id>", views.taxonomy, name="taxonomy"),
    path("taxonomy_terms", views.taxonomy_terms, name="taxonomy_terms"),
    path("taxonomy_terms/<uuid:record_id>", views.taxonomy_term, name="taxonomy_term"),
    path("service_at_locations", views.service_at_locations, name="service_at_locations"),
    path(
        "service_at_locations/<uuid:record_id>",
        views.service_at_location,
        name="service_at_location",
    ),
    # Anything else under /openreferral/ is "not found" in JSON, with CORS.
    re_path(r"^(?P<rest>.*)$", views.unknown),
]
