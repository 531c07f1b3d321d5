"""Where the print files of editions live until the edition appears.

An exported PDF of an edition that has not appeared yet is the editorial team's working file: it
goes into a collection with a view restriction (only the editors' and administrators' groups), so
Wagtail's document view refuses everyone else, partners included. When the edition is marked as
appeared, its PDF moves to the public root collection and the edition page offers it for download.
"""

import secrets

from django.contrib.auth.models import Group
from wagtail.models import Collection, CollectionViewRestriction

NAAM = "LEEF drukbestanden (alleen redactie)"
# The group names of kaart.partners.rollen (publicatie may depend on kaart, not the other way).
REDACTIE_GROEPEN = ("Redacteuren", "Beheerders")


def besloten_collectie():
    """The restricted collection for print files, created (and its restriction repaired) on demand."""
    root = Collection.get_first_root_node()
    collectie = root.get_children().filter(name=NAAM).first() or root.add_child(name=NAAM)
    beperking = CollectionViewRestriction.objects.filter(collection=collectie).first()
    if beperking is None:
        beperking = CollectionViewRestriction.objects.create(
            collection=collectie, restriction_type=CollectionViewRestriction.GROUPS)
    elif beperking.restriction_type != CollectionViewRestriction.GROUPS:
        beperking.restriction_type = CollectionViewRestriction.GROUPS
        beperking.save(update_fields=["restriction_type"])
    # Groups that do not exist yet (before setup_roles) simply are not added: then only superusers.
    beperking.groups.set(Group.objects.filter(name__in=REDACTIE_GROEPEN))
    return collectie


def bestandsnaam(editie):
    """A file name nobody can guess: the media folder may be reachable directly on a badly configured
    server, and the edition's year and quarter alone would give the name away."""
    return f"leef-{editie.jaar}-{editie.kwartaal}-{secrets.token_hex(8)}.pdf"


def maak_openbaar(document):
    """Move a print file to the public root collection (the edition has appeared)."""
    root = Collection.get_first_root_node()
    if document.collection_id != root.pk:
        document.collection = root
        document.save(update_fields=["collection"])
