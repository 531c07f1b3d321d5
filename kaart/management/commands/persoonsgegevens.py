"""AVG requests from the command line: export or delete everything stored about one e-mail address."""

from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from kaart import persoonsgegevens as avg


class Command(BaseCommand):
    help = ("Toont, exporteert of verwijdert alle persoonsgegevens bij één e-mailadres (AVG-verzoek): vragen, "
            "aanmeldingen en wijzigingsvoorstellen. Zonder --export of --verwijder alleen de aantallen. "
            "Elke export en verwijdering komt in het logboek van Wagtail, zonder het e-mailadres.")

    def add_arguments(self, parser):
        parser.add_argument("--email", required=True, help="Het e-mailadres van de persoon (hoofdletters tellen niet).")
        parser.add_argument("--export", metavar="BESTAND",
                            help="Schrijf alle gegevens als JSON (UTF-8) naar dit bestand.")
        parser.add_argument("--verwijder", action="store_true", help="Verwijder alle gegevens van deze persoon.")
        parser.add_argument("--ja", action="store_true", help="Verwijderen zonder te vragen (voor scripts).")

    def handle(self, *args, email, export, verwijder, ja, **options):
        try:
            email = avg.controleer(email)
        except ValidationError as fout:
            raise CommandError(fout.messages[0]) from None
        aantallen = avg.tel(email)
        self.stdout.write(", ".join(f"{sleutel}: {aantal}" for sleutel, aantal in aantallen.items()))
        if export:
            Path(export).write_text(avg.exporteer(email), encoding="utf-8")
            self.stdout.write(f"Geëxporteerd naar {export}.")
        if verwijder:
            if not ja and input("Alles van deze persoon verwijderen? Typ 'ja': ").strip().lower() != "ja":
                raise CommandError("Niets verwijderd.")
            verwijderd = avg.verwijder(email)
            self.stdout.write(self.style.SUCCESS(f"Verwijderd: {sum(verwijderd.values())} record(s)."))
