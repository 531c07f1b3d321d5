"""Remove personal data older than the retention period: contact requests, registrations and the
name and e-mail address in change suggestions."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from kaart.models.contact import Aanmelding, Contactverzoek, bewaartermijn
from kaart.models.suggestie import Wijzigingsvoorstel


class Command(BaseCommand):
    help = ("Verwijdert persoonsgegevens die ouder zijn dan de bewaartermijn (LEEFMEE_CONTACT_BEWAARTERMIJN_DAGEN, "
            "standaard 90 dagen): contactverzoeken en aanmeldingen helemaal; van wijzigingsvoorstellen de naam en "
            "het e-mailadres, en afgehandelde voorstellen helemaal. Een open voorstel blijft staan zonder naam en "
            "e-mailadres, zodat de redactie het nog kan afhandelen.")

    def handle(self, *args, **options):
        verzoeken, _ = Contactverzoek.objects.verlopen().delete()
        aanmeldingen, _ = Aanmelding.objects.verlopen().delete()
        # Counted on the received date, like the requests: the term is about how long we hold someone's data.
        grens = timezone.now() - bewaartermijn()
        voorstellen = Wijzigingsvoorstel.objects.filter(aangemaakt_op__lt=grens)
        voorstellen_weg, _ = voorstellen.filter(afgehandeld=True).delete()
        geanonimiseerd = voorstellen.exclude(naam="", email="").update(naam="", email="")
        self.stdout.write(
            f"{verzoeken} contactverzoek(en) en {aanmeldingen} aanmelding(en) verwijderd, "
            f"{voorstellen_weg} afgehandeld(e) wijzigingsvoorstel(len) verwijderd en van {geanonimiseerd} open "
            f"voorstel(len) naam en e-mailadres gewist (ouder dan {bewaartermijn().days} dagen)."
        )
