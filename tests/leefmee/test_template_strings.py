"""Every piece of visible text in the site templates goes through Django's translation.

Scans `templates/` with Django's own template lexer: text outside {% translate %} /
{% blocktranslate %} (after removing HTML tags, template variables and tags) must not contain
words, and the human-readable attributes (aria-label, alt, title, placeholder) must not hold
untranslated text either.
"""

import re
from pathlib import Path

from django.template.base import Lexer, TokenType

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
# 500.html and 503.html are rendered without a database or request context when everything else fails: it stays
# static, self-contained Dutch on purpose.
UITZONDERINGEN = {"500.html", "503.html"}
# The name of the product is the same in every language.
EIGENNAMEN = {"LEEF", "MEE", "LEEF MEE", "OpenStreetMap", "©", "iCal", "PDF", "RSS", "Atom", "QR"}

BLOK_OPEN = re.compile(r"^(blocktranslate|blocktrans)\b")
BLOK_DICHT = re.compile(r"^(endblocktranslate|endblocktrans)\b")
COMMENT_OPEN = re.compile(r"^comment\b")
COMMENT_DICHT = re.compile(r"^endcomment\b")
# {% block body_class %}...{% endblock %} holds CSS class names, not text.
KLASSE_BLOK = re.compile(r"^block \w+_class$")
LEESBARE_ATTRIBUTEN = re.compile(r'\b(aria-label|alt|title|placeholder)="([^"]*)"')
WOORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)


def zichtbare_tekst(source):
    """The template's text outside translation blocks, with every template tag/variable as '§'."""
    parts = []
    in_vertaling = in_commentaar = False
    for token in Lexer(source).tokenize():
        if token.token_type == TokenType.BLOCK:
            inhoud = token.contents.strip()
            if BLOK_OPEN.match(inhoud):
                in_vertaling = True
            elif BLOK_DICHT.match(inhoud):
                in_vertaling = False
            elif COMMENT_OPEN.match(inhoud) or KLASSE_BLOK.match(inhoud):
                in_commentaar = True
            elif COMMENT_DICHT.match(inhoud) or (in_commentaar and inhoud.startswith("endblock")):
                in_commentaar = False
            parts.append("§")
        elif token.token_type in (TokenType.VAR, TokenType.COMMENT):
            parts.append("§")
        elif not in_vertaling and not in_commentaar:
            parts.append(token.contents)
    return "".join(parts)


def zonder_eigennamen(tekst):
    for naam in EIGENNAMEN:
        tekst = tekst.replace(naam, " ")
    return tekst


def onvertaalde_tekst(source):
    tekst = zichtbare_tekst(source)
    tekst = re.sub(r"<!--.*?-->", " ", tekst, flags=re.S)
    tekst = re.sub(r"<(script|style)\b.*?</\1>", " ", tekst, flags=re.S | re.I)
    problemen = [
        f'{naam}="{waarde}"' for naam, waarde in LEESBARE_ATTRIBUTEN.findall(tekst)
        if WOORD.search(zonder_eigennamen(waarde.replace("§", " ")))
    ]
    tekst = re.sub(r"<[^>]*>", " ", tekst)
    tekst = re.sub(r"&[a-z]+;|&#\d+;", " ", tekst)
    for regel in tekst.splitlines():
        regel = zonder_eigennamen(regel.replace("§", " ")).strip()
        if WOORD.search(regel):
            problemen.append(regel.strip())
    return problemen


def test_the_checker_catches_untranslated_text():
    assert onvertaalde_tekst("<p>Hallo {{ naam }}</p>") == ["Hallo"]
    assert onvertaalde_tekst('<nav aria-label="Hoofdmenu"></nav>') == ['aria-label="Hoofdmenu"']
    assert onvertaalde_tekst("{% load i18n %}<p>{% translate 'Hallo' %}</p>") == []
    assert onvertaalde_tekst("{% blocktranslate %}Hallo {{ naam }}{% endblocktranslate %}") == []
    assert onvertaalde_tekst('<a aria-label="{% translate "Sluiten" %}">×</a>') == []
    assert onvertaalde_tekst("{% block body_class %}startpagina{% endblock %}<p>Hoi</p>") == ["Hoi"]


def test_main_templates_have_no_untranslated_text():
    gevonden = {}
    for pad in sorted(TEMPLATES.rglob("*.html")):
        relatief = str(pad.relative_to(TEMPLATES))
        if relatief in UITZONDERINGEN:
            continue
        problemen = onvertaalde_tekst(pad.read_text(encoding="utf-8"))
        if problemen:
            gevonden[relatief] = problemen
    assert gevonden == {}, "Text not marked for translation:\n" + "\n".join(
        f"  {pad}: {problemen}" for pad, problemen in gevonden.items()
    )
