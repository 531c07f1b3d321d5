"""The outbox: send again what the mail task could not (mail outage, a worker that died)."""

from django.core.management.base import BaseCommand

from kaart.tasks import MAX_POGINGEN, WACHTTIJD_NIEUW, verstuur_wachtende


class Command(BaseCommand):
    help = (f"Verstuurt vragen en aanmeldingen opnieuw waarvan de mail mislukte, en nieuwe die na "
            f"{int(WACHTTIJD_NIEUW.total_seconds() // 60)} minuten nog niet verstuurd zijn. Elk verzoek wordt "
            f"hoogstens {MAX_POGINGEN} keer geprobeerd; daarna blijft het op 'Versturen mislukt' staan. "
            f"Bedoeld voor cron, elke paar minuten; twee runs tegelijk versturen niets dubbel.")

    def handle(self, *args, **options):
        verstuurd, mislukt = verstuur_wachtende()
        self.stdout.write(f"{verstuurd} bericht(en) verstuurd, {mislukt} opnieuw mislukt.")
        if mislukt:
            # On stderr so a log watcher or cron's MAILTO notices an outage that lasts.
            self.stderr.write(f"{mislukt} bericht(en) konden nog niet worden verstuurd; "
                              "de volgende run probeert het opnieuw.")
