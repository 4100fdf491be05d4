import json

from django import template

register = template.Library()


@register.simple_tag
def with_send_for_approval(props):
    """wagtail-localize's editor props, its main action "Publish" for one who may not publish.

    Its footer's main action is its last: "Publish in …" for one who may
    publish, otherwise "Convert to alias page" or "Delete". Here the publish
    button is kept for everyone who may edit the translation; its post is
    turned into "save as a draft and send for approval"
    (``home.wagtail_hooks.send_a_translation_for_approval``), and
    ``home/js/send-for-approval.js`` names it so.
    """
    data = json.loads(props)
    data["perms"]["canPublish"] = True
    return json.dumps(data)
