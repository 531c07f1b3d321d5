"""Delete contact requests and registrations older than the retention period (personal data)."""

from django.core.management.base import BaseCommand

from kaart.models.contact import Aanmelding, Contactverzoek, bewaartermijn


class Command(BaseCommand):
    help = ("Verwijdert contactverzoeken en aanmeldingen die ouder zijn dan de bewaartermijn "
            "(LEEFMEE_CONTACT_BEWAARTERMIJN_DAGEN, standaard 90 dagen).")

    def handle(self, *args, **options):
        verzoeken, _ = Contactverzoek.objects.verlopen().delete()
        aanmeldingen, _ = Aanmelding.objects.verlopen().delete()
        self.stdout.write(
            f"{verzoeken} contactverzoek(en) en {aanmeldingen} aanmelding(en) verwijderd "
            f"(ouder dan {bewaartermijn().days} dagen)."
        )
