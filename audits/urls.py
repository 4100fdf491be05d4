from django.urls import path

from audits import consultant, reports, samples, views

app_name = "audits"

urlpatterns = [
    path("", views.home, name="home"),
    path("allocate/", views.allocate, name="allocate"),
    path("cycles/<int:cycle_pk>/candidates/", views.candidates, name="candidates"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/conduct/", views.conduct, name="conduct"),
    path("<int:pk>/share/", views.share, name="share"),
    path("<int:pk>/moderate/", views.moderate, name="moderate"),
    path("<int:pk>/respond/", views.respond, name="respond"),
    path("<int:pk>/meeting/", views.meeting, name="meeting"),
    path("<int:pk>/family-form/", views.family_form, name="family_form"),
    path("<int:pk>/consultant-review/", consultant.review, name="consultant_review"),
    path("consultant-samples/", consultant.samples, name="consultant_samples"),
    path(
        "consultant-samples/<int:consultant_sample_pk>/",
        consultant.sample,
        name="consultant_sample",
    ),
    path("reports/", reports.index, name="reports"),
    path("reports/<int:cycle_pk>/", reports.report, name="report"),
    path("reports/<int:cycle_pk>/report.xlsx", reports.report_xlsx, name="report_xlsx"),
    path("reports/<int:cycle_pk>/top-ten/", reports.publish_top_ten, name="top_ten"),
    path("dip-samples/", samples.dip_samples, name="dip_samples"),
    path("dip-samples/<int:sample_pk>/", samples.dip_sample, name="dip_sample"),
    path("observations/", samples.observations, name="observations"),
    path("observations/<int:tool_pk>/new/", samples.record_observation, name="record_observation"),
]
