"""The results list and the filters of the staff search page, written in Python.

Both are loops of a few fixed tags over many items: through the template
engine they were two thirds of a never-seen search's render time. Every value
is escaped by ``format_html``; titles and excerpts come already highlighted
and escaped (``search.text.highlight``).
"""

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext

register = template.Library()
TAG = '<strong class="govuk-tag govuk-tag--{}">{}</strong>'


@register.simple_tag
def search_filters(facet_groups):
    """A fieldset of checkboxes for each filter that has values, each with its count."""
    fieldsets = []
    for name, title, options in facet_groups:
        if not options:
            continue
        items = format_html_join(
            "\n",
            '<div class="govuk-checkboxes__item">'
            '<input class="govuk-checkboxes__input" id="filter-{0}-{1}" name="{0}" type="checkbox"'
            ' value="{2}"{3}>'
            '<label class="govuk-label govuk-checkboxes__label" for="filter-{0}-{1}">{4}'
            ' <span class="search-filters__count">({5})</span></label></div>',
            (
                (
                    name,
                    position,
                    option.value,
                    mark_safe(" checked") if option.selected else "",
                    option.label,
                    option.count,
                )
                for position, option in enumerate(options, start=1)
            ),
        )
        fieldsets.append(
            format_html(
                '<div class="govuk-form-group"><fieldset class="govuk-fieldset">'
                '<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{}</legend>'
                '<div class="govuk-checkboxes govuk-checkboxes--small"'
                ' data-module="govuk-checkboxes">\n{}\n</div></fieldset></div>',
                title,
                items,
            )
        )
    return mark_safe("\n".join(fieldsets))  # noqa: S308 - each piece built by format_html


@register.simple_tag
def search_result_items(results):
    """One ``<li>`` for each result, promoted ones marked as recommended."""
    items = []
    for result in results:
        meta = []
        if result.promoted:
            meta.append(format_html(TAG, "blue", gettext("Recommended")) + " ")
        meta.append(format_html(TAG, "grey", result.kind_label))
        if result.standards:
            meta.append(
                format_html(
                    '\n<span class="search-result__standards">{} {}</span>',
                    ngettext("Practice standard:", "Practice standards:", len(result.standards)),
                    ", ".join(result.standards),
                )
            )
        excerpt = (
            format_html('\n<p class="govuk-body search-result__excerpt">{}</p>', result.excerpt)
            if result.excerpt
            else ""
        )
        promoted = result.promoted
        items.append(
            format_html(
                '<li class="search-result{}" data-search-result{}>\n'
                '<h2 class="govuk-heading-s search-result__title">'
                '<a class="govuk-link" href="{}">{}</a></h2>\n'
                '<p class="govuk-body-s search-result__meta">{}</p>{}\n</li>',
                " search-result--promoted" if promoted else "",
                mark_safe(" data-promoted") if promoted else "",
                result.url,
                result.title_html,
                mark_safe("".join(meta)),  # noqa: S308 - each piece built by format_html
                excerpt,
            )
        )
    return mark_safe("\n".join(items))  # noqa: S308 - each item built by format_html
