"""Plain-text mails show the characters themselves, never HTML entities ('s-Gravenweg, "De Kern")."""

from pathlib import Path

import pytest
from django.template import Context, Template
from django.template.defaulttags import AutoEscapeControlNode
from django.template.loader import get_template

MAPPEN = Path(__file__).resolve().parents[2] / "templates"
MAILS = sorted(str(p.relative_to(MAPPEN)) for p in MAPPEN.glob("*/mail/*.txt"))


def buiten_autoescape_off(nodelist):
    """The nodes that output something while autoescaping is still on."""
    gevonden = []
    for node in nodelist:
        if isinstance(node, AutoEscapeControlNode) and not node.setting:
            continue
        if node.__class__.__name__ in ("VariableNode", "BlockTranslateNode"):
            gevonden.append(node)
        for attr in getattr(node, "child_nodelists", ()):
            gevonden += buiten_autoescape_off(getattr(node, attr, None) or [])
    return gevonden


@pytest.mark.parametrize("template", MAILS)
def test_plain_text_mails_never_html_escape_what_they_show(template):
    nodes = buiten_autoescape_off(get_template(template).template.nodelist)
    assert not nodes, f"{template}: {nodes} would turn ' into &#x27; (wrap it in {{% autoescape off %}})"


def test_autoescape_off_shows_the_characters():
    tekst = Template("{% autoescape off %}{{ straat }}, {{ naam }}{% endautoescape %}").render(
        Context({"straat": "'s-Gravenweg", "naam": '"De Kern"'}))
    assert tekst == "'s-Gravenweg, \"De Kern\""
