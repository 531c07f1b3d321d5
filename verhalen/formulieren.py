"""Admin page forms of the stories app."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class BlogPageForm(WagtailAdminPageForm):
    """The author organisation is one the user answers for (issue 20, finding 6): the chooser only
    offers those, and a hand-made request cannot name another one either."""

    def clean_auteur_organisatie(self):
        from leefmee.adminzicht import alleen_eigen_subtrees

        gekozen = self.cleaned_data.get("auteur_organisatie")
        if gekozen is None or self.for_user is None or gekozen.pk == self.instance.auteur_organisatie_id:
            return gekozen
        if not alleen_eigen_subtrees(type(gekozen).objects.filter(pk=gekozen.pk), self.for_user).exists():
            raise ValidationError(
                _("Deze organisatie kun je niet kiezen. Kies een organisatie waarvan je zelf de pagina's beheert."),
                code="andere_organisatie",
            )
        return gekozen


class VerhaalPageForm(WagtailAdminPageForm):
    """The story's "betrokken organisaties" are ones the user answers for (issue 20): the chooser only
    offers those, and a hand-made request that names another organisation changes nothing. A link that
    was already on the story may stay (an editor may have added it)."""

    ORGANISATIE_FORMSET = "organisatie_koppelingen"

    def is_valid(self):
        geldig = super().is_valid()
        return self._alleen_eigen_organisaties() and geldig

    def _alleen_eigen_organisaties(self):
        from leefmee.toegang import mag_pagina

        formset = self.formsets.get(self.ORGANISATIE_FORMSET)
        if formset is None or self.for_user is None:
            return True
        al_gekoppeld = set()
        if self.instance.pk:
            al_gekoppeld = set(formset.model.objects.filter(page_id=self.instance.pk)
                               .values_list("organisatie_id", flat=True))
        in_orde = True
        for form in formset.forms:
            data = getattr(form, "cleaned_data", None) or {}
            gekozen = data.get("organisatie")
            if gekozen is None or data.get("DELETE") or gekozen.pk in al_gekoppeld:
                continue
            if not mag_pagina(self.for_user, gekozen):
                form.add_error("organisatie", ValidationError(
                    _("Je kunt alleen je eigen organisatie kiezen."), code="andere_organisatie"))
                in_orde = False
        return in_orde
