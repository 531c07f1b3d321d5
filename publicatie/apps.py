from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicatieConfig(AppConfig):
    name = "publicatie"
    verbose_name = _("Publicatie (LEEF)")

    def ready(self):
        from kaart.partners.rollen import rollen_ingericht

        from .workflow import na_setup_roles

        rollen_ingericht.connect(na_setup_roles, dispatch_uid="publicatie_workflow_groepen")

        from leefmee.zichtbaarheid import verberg

        from .models import niet_verschenen_q

        # An edition is public only once it has appeared: not in the sitemap, listings or the API before.
        verberg(niet_verschenen_q)
