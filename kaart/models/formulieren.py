"""Routes for the public forms on offering and activity pages (RoutablePageMixin: the page itself
stays at its own URL, the forms live below it, e.g. /kaart/<organisatie>/<aanbod>/informatie-aanvragen/)."""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path


class ContactRoutesMixin(RoutablePageMixin):
    # The form's heading, explanation and button; a vacancy says 'Ik wil dit doen'.
    formulier_kop = _("Meer informatie aanvragen")
    formulier_uitleg = _("Wil je meer weten? Laat je gegevens achter. %(organisatie)s neemt contact met je op.")
    formulier_knop = _("Verstuur mijn vraag")

    @path("informatie-aanvragen/", name="informatie_aanvragen")
    def informatie_aanvragen_route(self, request):
        from ..views.contact import informatie_aanvragen

        return informatie_aanvragen(request, self)

    @path("informatie-aanvragen/bedankt/", name="informatie_bedankt")
    def informatie_bedankt_route(self, request):
        from ..views.contact import informatie_bedankt

        return informatie_bedankt(request, self)

    def route_url(self, naam):
        """URL of one of the form routes, or "" while the page has no URL yet (preview of a new page).

        Relative to the page's own site (also with several sites), so the form posts back to the host
        that served it."""
        delen = self.get_url_parts()  # (site_id, root_url, page_path) or None
        basis = delen[2] if delen else ""
        return basis + self.reverse_subpage(naam) if basis else ""

    def formulier_context(self):
        from ..forms import ContactFormulier

        organisatie = getattr(self, "organisatie", None)
        naam = organisatie.title if organisatie is not None else self.title
        return {"contact_form": ContactFormulier(auto_id="contact-%s"),
                "contact_actie": self.route_url("informatie_aanvragen"),
                "formulier_uitleg": self.formulier_uitleg % {"organisatie": naam}}


class AanmeldRoutesMixin(ContactRoutesMixin):
    @path("aanmelden/", name="aanmelden")
    def aanmelden_route(self, request):
        from ..views.contact import aanmelden

        return aanmelden(request, self)

    @path("aanmelden/bedankt/", name="aanmelden_bedankt")
    def aanmelden_bedankt_route(self, request):
        from ..views.contact import aanmelden_bedankt

        return aanmelden_bedankt(request, self)

    def formulier_context(self):
        context = super().formulier_context()
        if self.aanmelden == self.Aanmelden.FORMULIER:
            from ..forms import AanmeldFormulier
            from ..views.contact import aanmeld_opties

            data, plekken, vol = aanmeld_opties(self)
            context.update({
                "aanmeld_form": AanmeldFormulier(auto_id="aanmeld-%s", data_keuzes=data, plekken=plekken),
                "aanmelden_vol": vol, "aanmeld_data": data, "aanmeld_actie": self.route_url("aanmelden"),
            })
        return context
