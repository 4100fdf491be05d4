from django.db import migrations

from councils.data_migrations import assign, council_for_path, default_council, noop, report


def forwards(apps, schema_editor):
    Submission = apps.get_model("forms_app", "FamilySubmission")
    Page = apps.get_model("wagtailcore", "Page")
    fallback = default_council(apps)
    if fallback is None:
        return
    counts = {}
    for submission in Submission.objects.filter(council__isnull=True).iterator():
        page = Page.objects.filter(pk=submission.form_page_id).first()
        council = (page and council_for_path(apps, page.path)) or fallback
        Submission.objects.filter(pk=submission.pk).update(council=council)
        counts[council.name] = counts.get(council.name, 0) + 1
    for name, count in sorted(counts.items()):
        report(f"{count} family submissions assigned to {name}")
    Callback = apps.get_model("forms_app", "CallbackRequest")
    for callback in Callback.objects.filter(council__isnull=True).select_related("submission"):
        Callback.objects.filter(pk=callback.pk).update(council=callback.submission.council_id)
    assign(apps, "forms_app.OrganisationUpdate")
    assign(apps, "forms_app.SourceTag")


class Migration(migrations.Migration):
    dependencies = [("forms_app", "0003_council_owned"), ("wagtailcore", "0001_initial")]

    operations = [migrations.RunPython(forwards, noop)]
