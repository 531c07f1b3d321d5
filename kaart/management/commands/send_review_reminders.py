from django.core.management.base import BaseCommand

from kaart.partners.controle import stuur_herinneringen


class Command(BaseCommand):
    help = (
        "Vraagt organisaties waarvan de informatie lang niet is gecontroleerd: klopt dit nog? "
        "Draai dit elke maand (bijvoorbeeld met cron). Stuurt geen tweede herinnering zolang de eerste nog werkt."
    )

    def handle(self, *args, **options):
        telling = stuur_herinneringen()
        self.stdout.write(self.style.SUCCESS(
            "Herinneringen verstuurd: {verstuurd}; nog geldig, overgeslagen: {overgeslagen}; "
            "zonder e-mailadres: {geen_adres}; redactie gewaarschuwd: {redactie}.".format(**telling)
        ))
