"""Template comments stay comments: Django's ``{# #}`` ends at the line's end."""

import re
from pathlib import Path

from django.conf import settings

# A {# with no #} later on the same line: Django prints it, and all that follows, as text.
UNCLOSED = re.compile(r"\{#(?!.*#\}).*$", re.M)


def project_templates():
    base = Path(settings.BASE_DIR)
    for path in sorted(base.rglob("templates/**/*")):
        relative = path.relative_to(base)
        if path.is_file() and not relative.parts[0].startswith((".", "node_modules", "build")):
            yield relative, path


def test_the_scan_finds_the_project_templates():
    found = {str(relative) for relative, _path in project_templates()}
    assert "templates/forms_app/includes/question.html" in found
    assert len(found) > 50


def test_the_scan_catches_a_comment_over_two_lines():
    assert UNCLOSED.search("<p>{# one line #}</p>\n{# starts here\n   ends here #}") is not None
    assert UNCLOSED.search("{# one line #}\n{% comment %}\nmany\n{% endcomment %}") is None


def test_no_template_has_a_one_line_comment_spread_over_lines():
    spread = [
        f"{relative}:{path.read_text(encoding='utf-8')[: match.start()].count(chr(10)) + 1}"
        for relative, path in project_templates()
        for match in UNCLOSED.finditer(path.read_text(encoding="utf-8"))
    ]
    assert spread == []
