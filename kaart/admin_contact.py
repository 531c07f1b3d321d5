"""Read-only admin views of contact requests and registrations ("Contactverzoeken" menu).

Personal data: nobody adds or edits them in the admin (not even superusers); editors need the
model's "view" permission to see them, and may delete them when they have the delete permission.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from leefmee.toegang_admin import PerGemeenteViewSet

from .admin_persoonsgegevens import PersoonsgegevensViewSet
from .models.contact import Aanmelding, Contactverzoek


class AlleenLezenPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a not in ("add", "change")])


register_permission_policy(Contactverzoek, AlleenLezenPolicy(Contactverzoek))
register_permission_policy(Aanmelding, AlleenLezenPolicy(Aanmelding))


class ContactverzoekViewSet(PerGemeenteViewSet):
    model = Contactverzoek
    # Editors see the requests about pages of their own municipality only (leefmee.toegang).
    gemeente_velden = ("organisatie", "pagina")
    icon = "mail"
    menu_label = _("Vragen van bewoners")
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["naam", "pagina", "organisatie", "aangemaakt", "status"]
    list_filter = ["status", "organisatie", "aangemaakt"]
    search_fields = ["naam", "email", "vraag"]
    ordering = ["-aangemaakt"]
    inspect_view_fields = ["naam", "telefoon", "email", "vraag", "pagina", "organisatie", "ontvanger", "aangemaakt",
                           "gemaild_op", "status", "pogingen", "laatste_fout"]
    form_fields = []


class AanmeldingViewSet(PerGemeenteViewSet):
    model = Aanmelding
    gemeente_velden = ("organisatie", "activiteit")
    icon = "calendar"
    menu_label = _("Aanmeldingen")
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["naam", "activiteit", "datum", "aantal_personen", "aangemaakt", "status"]
    list_filter = ["status", "organisatie", "datum"]
    search_fields = ["naam", "email"]
    ordering = ["-aangemaakt"]
    inspect_view_fields = ["naam", "telefoon", "email", "activiteit", "datum", "aantal_personen", "organisatie",
                           "ontvanger", "aangemaakt", "gemaild_op", "status", "pogingen", "laatste_fout"]
    form_fields = []


class ContactGroep(ModelViewSetGroup):
    menu_label = _("Contactverzoeken")
    menu_icon = "mail"
    menu_order = 220
    items = (ContactverzoekViewSet, AanmeldingViewSet, PersoonsgegevensViewSet)
