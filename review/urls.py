from django.urls import path

from review import update_views, views

app_name = "review"

urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("bulk-status/", views.bulk_status, name="bulk_status"),
    path("held/", views.held, name="held"),
    path("held/decide/", views.decide_held, name="decide_held"),
    path("export.<str:fmt>", views.export, name="export"),
    path("<int:pk>/", views.submission_detail, name="detail"),
    path("<int:pk>/delete/", views.delete_submission, name="delete"),
    path("dashboard/", views.cycle_dashboard, name="dashboard"),
    path("call-backs/", views.callbacks, name="callbacks"),
    path("call-backs/<int:pk>/", views.callback_detail, name="callback_detail"),
    path("cycles/<int:pk>/form-dates/", views.cycle_form_dates, name="cycle_form_dates"),
    path("directory-updates/", update_views.updates, name="updates"),
    path("directory-updates/<int:pk>/", update_views.update_detail, name="update_detail"),
    path("directory-updates/<int:pk>/accept/", update_views.accept_update, name="update_accept"),
    path("directory-updates/<int:pk>/reject/", update_views.reject_update, name="update_reject"),
    path("directory-updates/<int:pk>/status/", update_views.update_status, name="update_status"),
]
