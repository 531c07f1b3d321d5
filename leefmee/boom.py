"""Tree paths for pages inserted in bulk (benchmark and demo data), without a save per page."""

from wagtail.models import Page


def kindpad(ouder_pad, positie):
    """The tree path of the `positie`-th child (from 1) of the page at `ouder_pad`.

    Wagtail's page tree is a treebeard materialized path: each level adds `Page.steplen` characters,
    the child's position written in `Page.alphabet` and padded with its first character; both are
    documented attributes of treebeard's MP_Node. `Page.add_child` gives the same path, one query
    and save at a time.
    """
    if positie < 1:
        raise ValueError("positie starts at 1")
    alfabet = Page.alphabet
    cijfers = ""
    while positie:
        positie, rest = divmod(positie, len(alfabet))
        cijfers = alfabet[rest] + cijfers
    if len(cijfers) > Page.steplen:
        raise ValueError("more children than one tree level can hold")
    return ouder_pad + cijfers.rjust(Page.steplen, alfabet[0])
