"""The six dimensions of Positieve Gezondheid exist from the first migration on."""

import uuid

from django.conf import settings
from django.db import migrations

from kaart.dimensies import ZES_DIMENSIES


def maak_dimensies(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Dimensie = apps.get_model("kaart", "Dimensie")
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    for volgorde, (sleutel, naam, bewonersnaam, kleur, uitleg) in enumerate(ZES_DIMENSIES, start=1):
        if Dimensie.objects.filter(sleutel=sleutel, locale=locale).exists():
            continue
        Dimensie.objects.create(
            sleutel=sleutel, naam=naam, bewonersnaam=bewonersnaam, kleur=kleur, icoon=sleutel,
            uitleg=uitleg, volgorde=volgorde, locale=locale, translation_key=uuid.uuid4(),
        )


class Migration(migrations.Migration):
    dependencies = [
        ("kaart", "0001_initial"),
        ("wagtailcore", "0054_initial_locale"),
    ]

    operations = [migrations.RunPython(maak_dimensies, migrations.RunPython.noop)]
