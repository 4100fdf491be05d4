from django.db import migrations

from councils.data_migrations import assign, council_for_path, noop


def forwards(apps, schema_editor):
    Review = apps.get_model("review", "Review")
    for review in Review.objects.filter(council__isnull=True).select_related("submission"):
        Review.objects.filter(pk=review.pk).update(council=review.submission.council_id)
    UpdateReview = apps.get_model("review", "UpdateReview")
    for review in UpdateReview.objects.filter(council__isnull=True).select_related("update"):
        UpdateReview.objects.filter(pk=review.pk).update(council=review.update.council_id)
    CycleReport = apps.get_model("review", "CycleReport")
    for report in CycleReport.objects.filter(council__isnull=True).select_related("form"):
        council = council_for_path(apps, report.form.path)
        if council is not None:
            CycleReport.objects.filter(pk=report.pk).update(council=council)
    for name in ["FeedbackCycle", "ExportRecord", "CycleReport"]:
        assign(apps, f"review.{name}")


class Migration(migrations.Migration):
    dependencies = [("review", "0005_council_owned"), ("forms_app", "0004_assign_councils")]

    operations = [migrations.RunPython(forwards, noop)]
