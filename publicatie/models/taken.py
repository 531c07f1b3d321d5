"""The steps of the edition workflow: group approval plus LEEF's own rules.

A step can require that the readiness check finds no error before it is approved (the steps that
make an edition "drukklaar"), and that someone other than the approver of the previous step
approves it (four eyes before print). The rules themselves live in publicatie/poort.py.
"""

from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask


class EditieTaak(AbstractGroupApprovalTask):
    gereedheid_vereist = models.BooleanField(
        _("alleen goedkeuren zonder fouten in de gereedheid"), default=False,
        help_text=_("Goedkeuren kan pas als de gereedheidscontrole van de editie geen fouten meer vindt."))
    andere_redacteur = models.BooleanField(
        _("tweede redacteur"), default=False,
        help_text=_("Iemand anders dan wie de vorige stap goedkeurde, moet deze stap goedkeuren."))

    admin_form_fields = [*AbstractGroupApprovalTask.admin_form_fields, "gereedheid_vereist", "andere_redacteur"]

    class Meta:
        verbose_name = _("LEEF-redactiestap")
        verbose_name_plural = _("LEEF-redactiestappen")

    @classmethod
    def get_description(cls):
        return _("Redacteuren keuren een stap van een LEEF-editie goed; drukklaar alleen zonder fouten en "
                 "door een tweede redacteur.")

    def weigering(self, obj, user):
        """Why `user` may not approve this step for `obj` now, or None."""
        from ..poort import goedkeuring_geweigerd
        from .editie import EditiePage

        if not isinstance(obj, EditiePage):
            # Some views pass the plain page: judge the version under review, the latest revision.
            obj = obj.specific.get_latest_revision_as_object()
        return goedkeuring_geweigerd(self, obj, user)

    def get_actions(self, obj, user):
        acties = super().get_actions(obj, user)
        if acties and self.weigering(obj, user):
            # Without the approve action Wagtail shows no button and refuses the action.
            acties = [actie for actie in acties if actie[0] != "approve"]
        return acties

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            reden = self.weigering(task_state.revision.as_object(), user)
            if reden:
                raise PermissionDenied(reden)
        return super().on_action(task_state, user, action_name, **kwargs)
