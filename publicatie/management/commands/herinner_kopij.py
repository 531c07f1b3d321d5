from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from publicatie.bord import drukalarm
from publicatie.herinneringen import stuur_herinneringen
from publicatie.models import EditiePage


class Command(BaseCommand):
    help = ("Dagelijks: herinnert partners van wie de tekst voor LEEF te laat is, en meldt edities waarvan de "
            "drukdatum voorbij is terwijl ze nog niet drukklaar zijn.")

    def handle(self, **options):
        vandaag = timezone.localdate()
        verstuurd, mislukt = stuur_herinneringen(vandaag)
        for artikel in verstuurd:
            self.stdout.write(f"Herinnering verstuurd: {artikel.editie.title} – {artikel.titel} "
                              f"({artikel.herinnering_aan})")
        for artikel in mislukt:
            self.stderr.write(self.style.ERROR(f"Niet verstuurd (volgende keer opnieuw): {artikel.editie.title} – "
                                               f"{artikel.titel}"))
        for editie in EditiePage.objects.filter(verschenen_op__isnull=True, drukdatum__lt=vandaag):
            alarm = drukalarm(editie, editie.status, vandaag)
            if alarm:
                self.stderr.write(self.style.WARNING(f"{editie.title}: {alarm}"))
        self.stdout.write(self.style.SUCCESS(f"{len(verstuurd)} herinnering(en) verstuurd, {len(mislukt)} mislukt."))
        if mislukt:
            raise CommandError(f"{len(mislukt)} herinnering(en) niet verstuurd; zie de meldingen hierboven.")
