"""`{% verschenen_in page %}`: 'Verschenen in LEEF voorjaar 2027' on any page that was printed.

kaart and verhalen templates (or base.html) load this tag; their apps never import publicatie.
"""

from django import template

from leefmee.templatetags.taal_tags import in_eigen_taal
from leefmee.versiecache import bewaard

register = template.Library()


@register.inclusion_tag("publicatie/includes/verschenen_in.html")
def verschenen_in(page):
    from publicatie.models import EditiePage

    edities = []
    if page is not None and getattr(page, "pk", None):
        # Appearances are recorded on the printed (source) page; translations share its key.
        sleutel = getattr(page, "translation_key", None)
        filter_ = {"verschijningen__pagina__translation_key": sleutel} if sleutel else {
            "verschijningen__pagina_id": page.pk}
        # Changes only when an edition is published as appeared: from process memory until then.
        edities = bewaard("verschenen_in", tuple(filter_.items())[0], lambda: list(
            EditiePage.objects.live().filter(verschenen_op__isnull=False, **filter_)
            .distinct().order_by("-jaar", "-kwartaal")), kopieer=list)
    # The edition's name sits inside a sentence in the reader's language: marked when it is Dutch.
    return {"edities": edities, "regels": [(editie, in_eigen_taal(editie, editie.title)) for editie in edities]}
