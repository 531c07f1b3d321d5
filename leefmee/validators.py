from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

hex_colour_validator = RegexValidator(
    regex=r"^#[0-9a-fA-F]{6}$",
    message=_("Geef een kleur als #RRGGBB, bijvoorbeeld #1d6f42."),
)
