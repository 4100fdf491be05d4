from django.urls import path

from forms_app import views

app_name = "share_form"

urlpatterns = [
    path("", views.share_form, name="index"),
    path("<int:page_id>/qr/<str:language>.<str:kind>", views.share_qr, name="qr"),
    path("<int:page_id>/poster/", views.share_poster, name="poster"),
]
