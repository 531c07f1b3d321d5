"""Helpers for the idempotent demo content: every app's `demo.py` builds on these.

Pages are found by slug under their parent and updated in place, so running `load_demo` twice
gives the same site, without duplicates.
"""

from django.db import transaction


def zorg_voor_pagina(parent, model, slug, publiceren=True, **velden):
    """Create or update the child page `slug` of `parent` as a `model` page, and publish it."""
    bestaand = parent.get_children().filter(slug=slug).first()
    with transaction.atomic():
        if bestaand is not None:
            pagina = bestaand.specific
            if not isinstance(pagina, model):
                raise TypeError(f"{pagina} onder {parent} is een {type(pagina).__name__}, geen {model.__name__}")
            for naam, waarde in velden.items():
                setattr(pagina, naam, waarde)
        else:
            pagina = model(slug=slug, locale_id=parent.locale_id, **velden)
            parent.add_child(instance=pagina)
        revisie = pagina.save_revision(log_action=False)
        if publiceren:
            revisie.publish(log_action=False)
        pagina.refresh_from_db()
    return pagina


def zorg_voor_object(model, zoek, **velden):
    """update_or_create with a readable name: `zoek` identifies the row, `velden` are its values."""
    obj, _ = model.objects.update_or_create(**zoek, defaults=velden)
    return obj


def zorg_voor_afbeelding(titel, pad, beschrijving):
    """The Wagtail image `titel` made from the file `pad` shipped with the demo (once; later runs keep
    it and only bring its description up to date)."""
    from django.core.files.images import ImageFile
    from wagtail.images import get_image_model

    Image = get_image_model()
    bestaand = Image.objects.filter(title=titel).first()
    if bestaand is not None:
        if bestaand.description != beschrijving:
            bestaand.description = beschrijving
            bestaand.save(update_fields=["description"])
        return bestaand
    with open(pad, "rb") as bestand:
        return Image.objects.create(title=titel, description=beschrijving,
                                    file=ImageFile(bestand, name=f"demo-{pad.name}"))
