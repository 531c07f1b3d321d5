from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale

from publicatie.models import EditiePage
from publicatie.pdf.bouwer import bouw_editie_pdf


class Command(BaseCommand):
    help = "Maakt de drukklare PDF van een LEEF-editie: export_editie 2027 2 --output leef.pdf"

    def add_arguments(self, parser):
        parser.add_argument("jaar", type=int)
        parser.add_argument("kwartaal", type=int, choices=[1, 2, 3, 4])
        parser.add_argument("--output", "-o", required=True, help="Pad van het PDF-bestand.")
        parser.add_argument("--taal", default=None, help="Taal van de editie (standaard: de hoofdtaal van de site).")
        parser.add_argument("--invariant", action="store_true", help="Byte-voor-byte gelijke uitvoer (tests).")

    def handle(self, jaar, kwartaal, output, invariant=False, taal=None, **options):
        try:
            locale = Locale.objects.get(language_code=taal) if taal else Locale.get_default()
        except Locale.DoesNotExist as fout:
            raise CommandError(f"Onbekende taal: {taal}.") from fout
        edities = EditiePage.objects.filter(jaar=jaar, kwartaal=kwartaal, locale=locale)
        if not edities.exists():
            raise CommandError(f"Er is geen editie voor kwartaal {kwartaal} van {jaar}.")
        if edities.count() > 1:
            raise CommandError(f"Er zijn meerdere edities voor kwartaal {kwartaal} van {jaar} (meerdere sites).")
        pad = Path(output)
        if not pad.parent.exists() or pad.is_dir():
            raise CommandError(f"Kan niet schrijven naar {output}: de map bestaat niet.")
        data, resultaat = bouw_editie_pdf(edities.get(), invariant=invariant)
        try:
            pad.write_bytes(data)
        except OSError as fout:
            raise CommandError(f"Kan niet schrijven naar {output}: {fout.strerror}.") from fout
        for melding in resultaat.meldingen:
            self.stderr.write(self.style.WARNING(melding))
        self.stdout.write(self.style.SUCCESS(f"{output}: {resultaat.paginas} pagina's"))
