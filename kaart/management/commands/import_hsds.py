from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from kaart.opendata.importeren import ERROR, importeer


class Command(BaseCommand):
    help = (
        "Importeert organisaties en aanbod uit een Open Referral HSDS 3.0 JSON-bestand (of een exportmap) als "
        "concepten voor de redactie. Publiceert nooit. Twee keer hetzelfde bestand verandert niets."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="JSON-bestand (organizations.json) of map van export_hsds.")
        parser.add_argument("--user", help="Gebruikersnaam die als indiener in de workflow komt.")

    def handle(self, *args, path, user=None, **options):
        gebruiker = None
        if user:
            gebruiker = get_user_model().objects.filter(username=user).first()
            if gebruiker is None:
                raise CommandError(f"Gebruiker '{user}' bestaat niet.")
        rapport = importeer(path, user=gebruiker)
        for regel in rapport.regels:
            style = self.style.ERROR if regel.status == ERROR else (lambda s: s)
            self.stdout.write(style(str(regel)))
        telling = rapport.telling()
        self.stdout.write(
            f"Klaar: {telling['created']} nieuw, {telling['updated']} bijgewerkt, "
            f"{telling['unchanged']} ongewijzigd, {telling['error']} fouten."
        )
        if telling["error"]:
            raise CommandError(f"{telling['error']} record(s) niet geïmporteerd; zie de regels hierboven.")
