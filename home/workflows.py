"""What approving a workflow does (``WAGTAIL_FINISH_WORKFLOW_ACTION``).

Imported by ``wagtail.models`` while it loads, so it imports nothing at the top.
"""


def publish_workflow_state(workflow_state, user=None):
    """Publish the approved object; a translation as built from its translated strings.

    Wagtail publishes the object's latest revision. A translator's strings,
    typed in wagtail-localize's editor or uploaded as a PO file, reach the page
    only when wagtail-localize builds it from them (``Translation.save_target``);
    until then its latest revision may be the English it was copied from. A page
    that must never show English in a family's language
    (``publish_only_when_translated``) stays a draft while any string is missing.
    """
    from wagtail.workflows import publish_workflow_state as publish

    from home.localize import is_complete, translation_of

    obj = workflow_state.content_object
    translation = translation_of(obj)
    if translation is None:
        return publish(workflow_state, user=user)
    target = translation.get_target_instance()
    if getattr(target, "publish_only_when_translated", False) and not is_complete(translation):
        return None
    translation.save_target(user=user, publish=False)
    translation.get_target_instance().get_latest_revision().publish(user=user)
    return None
