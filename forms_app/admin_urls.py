from django.urls import path

from forms_app import views

app_name = "family_forms"

urlpatterns = [
    path("<int:page_id>/links/", views.links_view, name="links"),
    path(
        "<int:page_id>/qr/<str:language>.<str:kind>",
        views.qr_code,
        name="qr",
    ),
    path("<int:page_id>/poster/", views.poster, name="poster"),
]
