from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from publicatie.models import EditiePage
from publicatie.ontwerppakket import ontwerppakket


class Command(BaseCommand):
    help = ("Maakt een pakket voor een eigen vormgever (teksten, foto's in CMYK op drukmaat, manifest): "
            "export_ontwerppakket 2027 2 --output leef.zip")

    def add_arguments(self, parser):
        parser.add_argument("jaar", type=int)
        parser.add_argument("kwartaal", type=int, choices=[1, 2, 3, 4])
        parser.add_argument("--output", "-o", required=True, help="Pad van het zip-bestand.")

    def handle(self, jaar, kwartaal, output, **options):
        edities = EditiePage.objects.filter(jaar=jaar, kwartaal=kwartaal, locale__language_code="nl")
        if edities.count() != 1:
            raise CommandError(f"Er is niet precies één editie voor kwartaal {kwartaal} van {jaar}.")
        pad = Path(output)
        if not pad.parent.exists() or pad.is_dir():
            raise CommandError(f"Kan niet schrijven naar {output}: de map bestaat niet.")
        data, meldingen = ontwerppakket(edities.get())
        try:
            pad.write_bytes(data)
        except OSError as fout:
            raise CommandError(f"Kan niet schrijven naar {output}: {fout.strerror}.") from fout
        for melding in meldingen:
            self.stderr.write(self.style.WARNING(melding))
        self.stdout.write(self.style.SUCCESS(f"{output}: ontwerppakket gemaakt"))
