"""Rich text from outside the editor (imports, partner submissions) cleaned like the editor does.

Wagtail cleans rich text when it is saved through the Draftail editor: only the enabled features
survive (no <script>, no on*= attributes, no javascript: links). HTML that reaches a RichTextField
any other way is stored as given, so it must pass through `schone_richtext` first.
"""

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from .blocks import BODY_FEATURES


def schone_richtext(html, features=None):
    """Return `html` reduced to what the editor allows for `features` (default: BODY_FEATURES)."""
    converter = ContentstateConverter(features=list(features or BODY_FEATURES))
    return converter.to_database_format(converter.from_database_format(html or ""))
