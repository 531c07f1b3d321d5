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
