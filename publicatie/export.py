"""PDF export of an edition as a background task (django_tasks), with a visible ExportTaak row.

The PDF is built in memory / a temporary file first; only a complete PDF becomes a Wagtail
Document, so a failed export never publishes half a file. The Document sits in a collection only the
editorial team can open until the edition appears (drukbestanden.py).
"""

import datetime as dt
import logging
import tempfile

from django.core.files import File
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_tasks import task

logger = logging.getLogger(__name__)

# An export takes seconds; one still waiting or running after this long lost its worker (killed,
# restarted server) and would otherwise show "bezig" forever without a way to retry it.
VASTGELOPEN_NA = dt.timedelta(minutes=15)
VASTGELOPEN_REDEN = ("De export is niet afgemaakt: de achtergrondtaak is gestopt (bijvoorbeeld door een "
                     "herstart van de server). Start de export opnieuw.")


def markeer_vastgelopen(editie, nu=None):
    """Mark the edition's exports that a stopped worker left behind as failed, so they can be retried."""
    from .models import ExportTaak

    nu = nu or timezone.now()
    grens = nu - VASTGELOPEN_NA
    return ExportTaak.objects.filter(editie=editie).filter(
        Q(status=ExportTaak.Status.BEZIG, gestart__lt=grens) | Q(status=ExportTaak.Status.WACHT, aangemaakt__lt=grens)
    ).update(status=ExportTaak.Status.MISLUKT, klaar=nu, reden=VASTGELOPEN_REDEN)


def open_punten_voor_druk(editie):
    """The readiness errors and warnings still open when the export is made."""
    from .gereedheid import FOUT, WAARSCHUWING, controleer

    return [b for b in controleer(editie) if b.niveau in (FOUT, WAARSCHUWING)]


def export_titel(editie, open_punten):
    """'(drukklaar)' only when nothing is open; otherwise the file says it is a proof."""
    if not open_punten:
        return _("%(titel)s (drukklaar)") % {"titel": editie.title}
    return ngettext("%(titel)s (drukproef, %(n)d punt open)", "%(titel)s (drukproef, %(n)d punten open)",
                    len(open_punten)) % {"titel": editie.title, "n": len(open_punten)}


def start_export(editie, gebruiker=None):
    from .models import ExportTaak

    taak = ExportTaak.objects.create(editie=editie, aangevraagd_door=gebruiker)
    transaction.on_commit(lambda: exporteer_editie.enqueue(taak.pk))
    return taak


# An editor is waiting for this one: it goes before the index and cache work Wagtail queues.
@task(priority=50)
def exporteer_editie(taak_id):
    from wagtail.documents import get_document_model

    from .drukbestanden import besloten_collectie, bestandsnaam
    from .models import EditiePage, ExportTaak
    from .pdf.bouwer import bouw_editie_pdf

    taak = ExportTaak.objects.get(pk=taak_id)
    taak.status, taak.gestart, taak.reden = ExportTaak.Status.BEZIG, timezone.now(), ""
    taak.save(update_fields=["status", "gestart", "reden"])
    try:
        editie = EditiePage.objects.get(pk=taak.editie_id)
        data, resultaat = bouw_editie_pdf(editie)
        open_punten = open_punten_voor_druk(editie)
        if not data.startswith(b"%PDF") or b"%%EOF" not in data[-64:]:
            raise ValueError("onvolledige PDF")
        with tempfile.TemporaryFile() as tmp:
            tmp.write(data)
            tmp.seek(0)
            with transaction.atomic():
                document = get_document_model()(title=export_titel(editie, open_punten),
                                                 collection=besloten_collectie())
                document.file.save(bestandsnaam(editie), File(tmp), save=False)
                document.save()
                taak.document, taak.paginas = document, resultaat.paginas
                taak.log = "\n".join([*(b.tekst for b in open_punten), *resultaat.meldingen])
                taak.status, taak.klaar = ExportTaak.Status.KLAAR, timezone.now()
                taak.save()
        for melding in resultaat.meldingen:
            logger.warning("Export %s: %s", editie, melding)
    except Exception as fout:  # any failure is shown to the editor, not swallowed
        logger.exception("Export van editie mislukt (taak %s)", taak_id)
        taak.status, taak.klaar = ExportTaak.Status.MISLUKT, timezone.now()
        taak.reden = f"{fout.__class__.__name__}: {fout}"
        taak.save(update_fields=["status", "klaar", "reden"])
    return taak.status
