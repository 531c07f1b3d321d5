"""Translation status of a page, for the reader's notice and the editors' overview.

A page in a non-Dutch tree is one of:
- NIET_VERTAALD: an alias that wagtail-localize's tree sync made; it shows the Dutch text;
- VEROUDERD: a real translation whose Dutch source was published again after the text was
  last taken for translation (the editor can update it with 'Sync translated pages');
- ACTUEEL: a translation that follows its source.
"""

from enum import Enum

from django.db import transaction
from wagtail.models import Page, Revision
from wagtail_localize.models import Translation, TranslationSource

from .vaste_rijen import standaard_locale


class Vertaalstatus(Enum):
    BRON = "bron"
    NIET_VERTAALD = "niet_vertaald"
    VEROUDERD = "verouderd"
    ACTUEEL = "actueel"


def vertaalstatus(page: Page) -> Vertaalstatus:
    default_locale_id = standaard_locale().pk
    if page.locale_id == default_locale_id:
        return Vertaalstatus.BRON
    if page.alias_of_id:
        return Vertaalstatus.NIET_VERTAALD
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id
        )
        .select_related("source")
        .order_by("-source__last_updated_at")
        .first()
    )
    if translation is None:
        # Translated by hand (copy for translation without wagtail-localize): nothing to compare with.
        return Vertaalstatus.ACTUEEL
    bron = Page.objects.filter(
        translation_key=page.translation_key, locale_id=translation.source.locale_id
    ).only("last_published_at").first()
    if bron and bron.last_published_at and bron.last_published_at > translation.source.last_updated_at:
        return Vertaalstatus.VEROUDERD
    return Vertaalstatus.ACTUEEL


def verouderde_vertalingen():
    """(translation page, source page) pairs whose source changed after the last sync."""
    result = []
    sources = TranslationSource.objects.select_related("locale", "object")
    for source in sources:
        bron = Page.objects.filter(translation_key=source.object_id, locale_id=source.locale_id).first()
        if bron is None or not bron.last_published_at or bron.last_published_at <= source.last_updated_at:
            continue
        for vertaling in Page.objects.filter(translation_key=source.object_id).exclude(locale_id=source.locale_id):
            if not vertaling.alias_of_id:
                result.append((vertaling, bron))
    return result


def vertaal(instance, locale, tabel, publiceren=True):
    """Translate a page or snippet through wagtail-localize, as the translation editor would.

    `tabel` maps Dutch source strings to their translation; strings not in it stay untranslated
    (and fall back to Dutch). The result is a managed translation: it shows up in the translation
    editor and is marked out of date when the Dutch source changes. Used by the demo content and
    the tests. Returns the translated instance.
    """
    from wagtail_localize.operations import TranslationCreator

    creator = TranslationCreator(user=None, target_locales=[locale])
    creator.create_translations(instance, include_related_objects=False)
    source = TranslationSource.get_or_create_from_instance(instance)[0]
    source.update_from_db()
    translation = Translation.objects.get(source=source, target_locale=locale)
    po = translation.export_po()
    for entry in po:
        if entry.msgid in tabel:
            entry.msgstr = tabel[entry.msgid]
    translation.import_po(po)
    # wagtail-localize publishes pages in an on_commit callback; publish here instead, so the
    # translation is live at once (inside management commands and tests alike).
    is_page = isinstance(instance, Page)
    translation.save_target(publish=publiceren and not is_page)
    vertaald = instance.get_translation(locale)
    if is_page and publiceren:
        revisie = vertaald.revisions.order_by("-pk").first()
        revisie.publish(log_action=False)
        # Turning an alias into a translation queued a publish of the untranslated copy for when
        # the transaction commits; queue ours after it, so the translation is what stays live.
        transaction.on_commit(lambda: Revision.objects.get(pk=revisie.pk).publish(log_action=False))
        vertaald.refresh_from_db()
    return vertaald
