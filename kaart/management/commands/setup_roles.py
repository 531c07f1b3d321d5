from django.core.management.base import BaseCommand

from kaart.partners.rollen import setup_roles


class Command(BaseCommand):
    help = "Maakt of werkt de groepen Redacteuren en Beheerders bij, en de workflow 'Redactie'. Veilig om te herhalen."

    def handle(self, *args, **options):
        uitkomst = setup_roles()
        self.stdout.write(self.style.SUCCESS(
            f"Rollen klaar: {uitkomst['redacteuren']}, {uitkomst['beheerders']}; workflow '{uitkomst['workflow']}'."
        ))
