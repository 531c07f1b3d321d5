from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from wagtail.models import Locale

from kaart.models import OrganisatiePage
from kaart.partners.uitnodigen import nodig_partner_uit


class Command(BaseCommand):
    help = "Nodigt een partner uit voor een organisatie: partnergroep, account zonder wachtwoord en een e-mail."

    def add_arguments(self, parser):
        parser.add_argument("organisatie", help="Titel (of slug) van de organisatiepagina")
        parser.add_argument("email")

    def handle(self, *args, organisatie, email, **options):
        try:
            validate_email(email)
        except ValidationError as error:
            raise CommandError(f"Dit e-mailadres klopt niet: {email}") from error
        kandidaten = OrganisatiePage.objects.filter(locale=Locale.get_default(), alias_of__isnull=True)
        gevonden = list(kandidaten.filter(title__iexact=organisatie)) or list(kandidaten.filter(slug=organisatie))
        if not gevonden:
            raise CommandError(f"Geen organisatie gevonden met de naam '{organisatie}'.")
        if len(gevonden) > 1:
            raise CommandError(f"Er zijn meerdere organisaties met de naam '{organisatie}'. Gebruik de slug.")
        user, nieuw = nodig_partner_uit(gevonden[0], email)
        if nieuw:
            bericht = f"Uitnodiging verstuurd naar {user.email} (gebruiker {user.username})."
            self.stdout.write(self.style.SUCCESS(bericht))
        else:
            self.stdout.write(self.style.SUCCESS(f"{user.username} hoort nu bij {gevonden[0].title}."))
