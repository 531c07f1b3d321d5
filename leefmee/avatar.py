"""The profile picture on /admin/account/ gets the same upload checks as every other image
(issue 20, finding 8): size, pixels, real image content, no polyglots — with a Dutch message.

Wagtail's account view has no setting for its avatar form, so leefmee/urls.py routes
/admin/account/ to our subclass of the view, which swaps in our subclass of the avatar panel.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.account import AvatarPreferencesForm
from wagtail.admin.views.account import AccountView, AvatarSettingsPanel

from .uploads import controleer_afbeelding


class VeiligeAvatarForm(AvatarPreferencesForm):
    def _clean_fields(self):
        self.uploadfout = None
        upload = self.files.get(self.add_prefix("avatar"))
        if upload is not None:
            try:
                controleer_afbeelding(upload)
            except ValidationError as fout:
                self.uploadfout = fout
        super()._clean_fields()
        if self.uploadfout is not None:
            # Our message says more than Django's generic "not a valid image": it replaces it.
            self._errors.pop("avatar", None)
            self.cleaned_data.pop("avatar", None)
            self.add_error("avatar", self.uploadfout)

    def clean_avatar(self):
        if self.uploadfout is not None:
            # Refused already: never let Wagtail decode and resize it.
            return self._original_avatar
        try:
            return super().clean_avatar()
        except (OSError, ValueError, SyntaxError) as exc:  # Pillow's errors on a file it cannot decode
            raise ValidationError(
                _("Deze afbeelding is beschadigd of niet compleet. Sla hem opnieuw op en probeer het nog eens."),
                code="beschadigd",
            ) from exc


class VeiligAvatarPanel(AvatarSettingsPanel):
    form_class = VeiligeAvatarForm
    template_name = "leefmee/account/avatar.html"


class AccountMetVeiligeAvatar(AccountView):
    def get_panels(self):
        return [
            VeiligAvatarPanel(panel.request, panel.user, panel.profile) if type(panel) is AvatarSettingsPanel
            else panel
            for panel in super().get_panels()
        ]
