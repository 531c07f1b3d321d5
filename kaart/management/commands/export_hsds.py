from django.core.management.base import BaseCommand

from kaart.opendata import export


class Command(BaseCommand):
    help = "Exporteert de sociale kaart als open data (Open Referral HSDS 3.0): JSON of CSV met datapackage.json."

    def add_arguments(self, parser):
        parser.add_argument("--output", required=True, help="Map waarin de bestanden komen.")
        parser.add_argument("--format", choices=["json", "csv"], default="json")

    def handle(self, *args, output, format, **options):
        data = export.verzamel()
        schrijf = export.schrijf_csv if format == "csv" else export.schrijf_json
        bestanden = schrijf(data, output)
        self.stdout.write(self.style.SUCCESS(
            f"{len(data['organizations'])} organisaties en {len(data['services'])} diensten geëxporteerd naar "
            f"{output}: {', '.join(bestanden)}"
        ))
