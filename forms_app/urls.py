from django.urls import path, re_path

from forms_app import views

app_name = "forms_app"

urlpatterns = [
    path("<int:page_id>/languages/", views.choose_language, name="choose_language"),
    path(
        "organisations/new/",
        views.organisation_update,
        {"kind": "new"},
        name="organisation_new",
    ),
    re_path(
        r"^organisations/(?P<organisation_id>[0-9]+)/(?P<kind>change|closed)/$",
        views.organisation_update,
        name="organisation_update",
    ),
]
