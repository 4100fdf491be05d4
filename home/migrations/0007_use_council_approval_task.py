"""Replace group approval tasks whose groups are one role of several councils.

Such a task lets every council's group approve every council's pages; the
council approval task keeps the same step in the same workflows but asks the
object's own council. In-progress reviews move to the new task. Safe to run
twice: the old task is deactivated and left out of every workflow.
"""

from django.db import migrations


def use_council_approval_task(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    CouncilApprovalTask = apps.get_model("home", "CouncilApprovalTask")
    CouncilGroup = apps.get_model("home", "CouncilGroup")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    TaskState = apps.get_model("wagtailcore", "TaskState")
    content_type, _created = ContentType.objects.get_or_create(
        app_label="home", model="councilapprovaltask"
    )
    for old in GroupApprovalTask.objects.filter(active=True):
        links = CouncilGroup.objects.filter(group__in=old.groups.all())
        roles = set(links.values_list("role", flat=True))
        if len(roles) != 1 or links.count() != old.groups.count() or "" in roles:
            continue
        new = CouncilApprovalTask.objects.create(
            name=old.name, role=roles.pop(), active=True, content_type=content_type
        )
        moved = WorkflowTask.objects.filter(task=old).update(task=new)
        states = TaskState.objects.filter(task=old, status="in_progress").update(task=new)
        old.active = False
        old.save(update_fields=["active"])
        print(  # noqa: T201 - a data migration reports what it changed
            f"\n  '{old.name}': council approval in {moved} workflow(s), {states} review(s) moved"
        )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_council_approval_task"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(use_council_approval_task, migrations.RunPython.noop)]
