"""Demo stories, partner blogs and B1 articles for 'Duinwijk'. Idempotent.

Runs after kaart's demo module: links to offerings, activities, organisations and life questions
are looked up in `context` ("aanbod", "activiteiten", "organisaties", "vragen": dicts by slug).
Whatever is missing there is skipped, so this module also works on its own.
"""

import datetime
import io
from pathlib import Path

from django.core.files.images import ImageFile
from django.utils import timezone
from wagtail.images import get_image_model

from kaart.models import Dimensie
from leefmee.demo import zorg_voor_pagina

from .models import (
    ArtikelAanbod,
    ArtikelDimensie,
    ArtikelPage,
    ArtikelVraag,
    BlogDimensie,
    BlogPage,
    BlogVraag,
    InformatieIndexPage,
    VerhaalDimensie,
    VerhaalOrganisatie,
    VerhaalPage,
    VerhaalVraag,
    VerhalenIndexPage,
)

KLEUREN = ["#a34d00", "#1d5f8a", "#6a3d9a", "#0b6e69", "#3d6b12", "#b4232a"]


def alinea(html):
    return {"type": "alinea", "value": html}


def kop(tekst):
    return {"type": "kop", "value": tekst}


def citaat(tekst, wie=""):
    return {"type": "citaat", "value": {"tekst": tekst, "wie": wie}}


PORTRETTEN = Path(__file__).resolve().parent / "demo_portretten"  # CC0 photographs, see CREDITS.md there


def portret(voornaam, nummer):
    """The story's portrait: a CC0 photograph shipped with the demo (verhalen/demo_portretten/CREDITS.md).
    Made once, then reused."""
    Image = get_image_model()
    titel = f"Demo-portret {voornaam}"
    bestaand = Image.objects.filter(title=titel).first()
    if bestaand is not None and bestaand.file.name.endswith(".jpg"):
        return bestaand
    pad = PORTRETTEN / f"{voornaam.lower()}.jpg"
    with pad.open("rb") as bestand:
        inhoud = io.BytesIO(bestand.read())
    velden = {"description": f"Portretfoto bij het verhaal van {voornaam} (model, CC0: inter-faces)",
              "file": ImageFile(inhoud, name=f"demo-portret-{voornaam.lower()}.jpg")}
    if bestaand is not None:  # an older demo's drawing: replace it by the photograph
        for naam, waarde in velden.items():
            setattr(bestaand, naam, waarde)
        bestaand.save()
        return bestaand
    return Image.objects.create(title=titel, **velden)


def _zoek(context, soort, slugs):
    gevonden = context.get(soort) or {}
    return [gevonden[s] for s in slugs if s in gevonden]


def _wat_hielp_mij(paginas, titel="Wat hielp mij", tekst=""):
    if not paginas:
        return []
    return [{"type": "wat_hielp_mij", "value": {"titel": titel, "tekst": tekst, "links": [p.pk for p in paginas]}}]


def _dimensies(sleutels):
    per_sleutel = {d.sleutel: d for d in Dimensie.objects.filter(sleutel__in=sleutels, locale__language_code="nl")}
    return [per_sleutel[s] for s in sleutels if s in per_sleutel]


VERHALEN = [
    {
        "slug": "anouk-eet-mee-bij-de-buurtmaaltijd", "voornaam": "Anouk", "leeftijd": 29,
        "title": "Anouk (29) eet elke dinsdag mee bij de buurtmaaltijd",
        "intro": "Anouk verhuisde voor haar werk naar Zeedorp en kende er niemand. Nu kijkt ze de hele week uit naar dinsdag.",
        "citaat": "Ik kook niet meer voor één. Op dinsdag eet ik met twintig mensen.",
        "dimensies": ["meedoen", "mentaal"], "vragen": ["ik-voel-me-vaak-alleen", "ik-wil-nieuwe-mensen-leren-kennen"],
        "verschenen_in_leef": "LEEF najaar 2026",
        "aanbod": ["buurtkamer"], "activiteiten": ["open-tafel"], "organisaties": ["welzijn-duinwijk"],
        "tekst": [
            "<p>Anouk woont sinds een jaar in Zeedorp. Ze werkt veel thuis, achter haar laptop. 'Soms sprak ik de hele dag niemand,' zegt ze. 'Ik at een boterham voor de tv. Koken voor één vond ik zonde.'</p>",
            "<p>Haar buurvrouw nam haar mee naar de buurtmaaltijd in De Schelp. 'Ik vond het spannend. Ik was de jongste. Maar de eerste keer zat ik al naast Gerda. Zij is tachtig en weet alles van het dorp.'</p>",
            ("kop", "Meer dan eten"),
            "<p>Nu gaat Anouk elke dinsdag. Ze helpt ook met tafeldekken. 'Het eten is lekker. Maar het gaat om de mensen. Als ik er een keer niet ben, bellen ze op.'</p>",
        ],
    },
    {
        "slug": "sem-zorgt-voor-zijn-moeder", "voornaam": "Sem", "leeftijd": 16,
        "title": "Sem (16) zorgt voor zijn moeder: 'Ik dacht dat ik de enige was'",
        "intro": "Sem helpt thuis veel, want zijn moeder is ziek. Bij een groep voor jonge mantelzorgers kan hij zijn verhaal kwijt.",
        "citaat": "Hier hoef ik niks uit te leggen. Iedereen snapt het.",
        "dimensies": ["dagelijks", "mentaal"], "vragen": ["ik-zorg-voor-iemand"],
        "aanbod": ["mantelzorgwaardering", "mantelzorgconsulent"], "organisaties": ["welzijn-duinwijk"],
        "tekst": [
            "<p>De moeder van Sem heeft MS. Sem doet de boodschappen, kookt vaak en helpt zijn kleine zusje met huiswerk. 'Dat is gewoon normaal bij ons,' zegt hij.</p>",
            "<p>Op school merkte een mentor dat Sem vaak moe was. Zij vertelde hem over de groep voor jonge mantelzorgers. Eén keer per maand doen ze iets leuks samen.</p>",
            "<p>'Ik dacht dat ik de enige was. Maar er zijn veel jongeren zoals ik. Soms praten we. Soms gaan we gewoon bowlen.'</p>",
        ],
    },
    {
        "slug": "yasmin-oefent-nederlands-in-het-taalcafe", "voornaam": "Yasmin", "leeftijd": 34,
        "title": "Yasmin (34) oefent Nederlands in het taalcafé",
        "intro": "Yasmin kwam drie jaar geleden uit Syrië naar Duinwijk. In het taalcafé durft ze fouten te maken.",
        "citaat": "Eerst durfde ik niks te zeggen. Nu bel ik zelf de huisarts.",
        "dimensies": ["meedoen", "zingeving"], "vragen": ["ik-wil-beter-nederlands-leren"],
        "activiteiten": ["taalcafe"], "organisaties": ["bibliotheek-duinstreek"],
        "tekst": [
            "<p>Yasmin was in Syrië lerares. In Nederland moest ze opnieuw beginnen. 'Op de taalles leerde ik de regels. Maar praten met mensen vond ik moeilijk.'</p>",
            "<p>In de bibliotheek zag ze een poster van het taalcafé. Elke donderdag drinken vrijwilligers en nieuwkomers daar koffie. Ze praten over van alles.</p>",
            "<p>'Niemand lacht als je een fout maakt,' zegt Yasmin. 'Nu help ik zelf ook. Ik leg nieuwe mensen uit hoe het werkt.'</p>",
        ],
    },
    {
        "slug": "henk-vond-hulp-bij-zijn-schulden", "voornaam": "Henk", "leeftijd": 52,
        "title": "Henk (52) had schulden: 'De eerste stap was het moeilijkst'",
        "intro": "Henk opende zijn post niet meer. Met hulp van een schuldhulpmaatje heeft hij nu weer overzicht.",
        "citaat": "Ik schaamde me. Maar niemand keek op me neer.",
        "dimensies": ["kwaliteit", "mentaal"], "vragen": ["ik-heb-geldzorgen"],
        "aanbod": ["cursus-rondkomen", "schuldhulpmaatje"], "organisaties": ["welzijn-duinwijk"],
        "tekst": [
            "<p>Henk verloor zijn baan toen zijn bedrijf failliet ging. Daarna ging het snel. 'Eerst een rekening te laat. Toen nog een. Op het laatst legde ik de brieven in een la.'</p>",
            "<p>Zijn zus zag de stapel. Samen belden ze het Loket Wonen, Welzijn en Zorg. Een week later zat Henk aan tafel met Joke, een vrijwilliger van Schuldhulpmaatje.</p>",
            ("kop", "Stap voor stap"),
            "<p>'Joke maakte samen met mij een lijst. Wat moet ik betalen? Wat komt er binnen? Dat gaf rust.' Nu heeft Henk een regeling. Hij opent zijn post weer elke dag.</p>",
        ],
    },
    {
        "slug": "maya-wandelt-weer", "voornaam": "Maya", "leeftijd": 27,
        "title": "Maya (27) wandelt weer, na haar knieoperatie",
        "intro": "Na haar operatie durfde Maya bijna niet meer te bewegen. De wandelgroep hielp haar op weg.",
        "citaat": "We lopen in ons eigen tempo. Niemand blijft achter.",
        "dimensies": ["lichaam", "meedoen"], "vragen": ["ik-wil-meer-bewegen"],
        "activiteiten": ["wandelen-in-de-duinen"], "organisaties": ["sportclub-de-duinlopers"],
        "tekst": [
            "<p>Maya scheurde vorig jaar haar kruisband bij het hardlopen. Ze kreeg een operatie aan haar knie. 'De fysiotherapeut zei: blijf bewegen. Maar alleen durfde ik niet. Ik was bang dat het weer mis zou gaan.'</p>",
            "<p>Elke woensdag loopt een groep door de duinen bij Zeedorp. De route is kort en vlak. Na afloop drinken ze koffie. 'De meeste wandelaars zijn ouder dan ik. Sommigen hebben een nieuwe heup. Zij snapten precies hoe ik me voelde.'</p>",
            "<p>'Eerst liep ik twintig minuten. Nu een uur. En ik heb er drie vriendinnen bij.'</p>",
        ],
    },
    {
        "slug": "karim-vond-rust-na-zijn-burn-out", "voornaam": "Karim", "leeftijd": 34,
        "title": "Karim (34) vond rust na zijn burn-out",
        "intro": "Karim werkte te hard en sliep slecht. Bij een praatgroep leerde hij grenzen te stellen.",
        "citaat": "Ik dacht dat ik alles zelf moest oplossen.",
        "dimensies": ["mentaal", "lichaam"], "vragen": ["ik-heb-veel-stress", "ik-slaap-slecht"],
        "aanbod": ["herstelgroep"], "organisaties": ["welzijn-duinwijk"],
        "tekst": [
            "<p>Karim is vader van twee jonge kinderen en had een drukke baan. 'Ik sliep nog maar vier uur per nacht. Op een dag kon ik gewoon niet meer.'</p>",
            "<p>De huisarts vertelde hem over een praatgroep. Acht avonden praat je met anderen over stress. Je leert ook oefeningen om te ontspannen.</p>",
            "<p>'Het hielp om te horen dat anderen hetzelfde hebben. Nu zeg ik vaker nee. En ik slaap weer.'</p>",
        ],
    },
    {
        "slug": "eva-is-vrijwilliger-bij-de-voedselbank", "voornaam": "Eva", "leeftijd": 26, "rol": "vrijwilliger",
        "title": "Eva (26) is vrijwilliger bij de voedselbank",
        "intro": "Eva werkt de hele week achter een scherm. Ze zocht iets zinvols. Bij de voedselbank helpt ze elke vrijdagmiddag.",
        "citaat": "Ik krijg er meer voor terug dan ik geef.",
        "dimensies": ["zingeving", "meedoen"], "vragen": ["ik-wil-iets-betekenen"],
        "aanbod": ["klusgroep"], "organisaties": ["voedselbank-duinstreek"],
        "tekst": [
            "<p>Eva werkt op een kantoor. 'Ik zit de hele dag achter mijn computer. Ik miste het om echt iets voor mensen te doen.'</p>",
            "<p>Via de vacaturebank vond ze de voedselbank. Op vrijdagmiddag pakt ze tassen in, samen met Joop. Hij is 74 en doet het al tien jaar. Eva maakt ook een praatje met de mensen die komen.</p>",
            "<p>'Iedereen kan in de problemen komen. Ik wil dat mensen zich hier welkom voelen.'</p>",
        ],
    },
    {
        "slug": "peter-zorgt-voor-zijn-vrouw", "voornaam": "Peter", "leeftijd": 69, "rol": "mantelzorger",
        "title": "Peter (69) zorgt voor zijn vrouw met dementie",
        "intro": "Peter zorgt al vier jaar voor zijn vrouw Ria. Een vaste dag in de week is nu voor hem.",
        "citaat": "Ik mocht ook aan mezelf denken. Dat moest ik leren.",
        "dimensies": ["dagelijks", "mentaal"], "vragen": ["ik-zorg-voor-iemand"],
        "aanbod": ["mantelzorgconsulent", "muziek-bij-dementie"], "organisaties": ["welzijn-duinwijk"],
        "tekst": [
            "<p>Ria vergeet steeds meer. Peter doet het huishouden en helpt haar met aankleden. 'Ik hou van haar. Maar het is zwaar.'</p>",
            "<p>Een mantelzorgconsulent kwam bij hem thuis. Ze zochten samen naar hulp. Nu gaat Ria twee dagen per week naar de dagbesteding.</p>",
            "<p>'Op donderdag ga ik vissen. Dat geeft me energie. Daarna kan ik er weer voor Ria zijn.'</p>",
        ],
    },
    {
        "slug": "noor-sport-weer", "voornaam": "Noor", "leeftijd": 23,
        "title": "Noor (23) sport weer, en voelt zich sterker",
        "intro": "Noor had lang last van somberheid. Sporten met een groep gaf haar structuur.",
        "citaat": "Op maandag weet ik: vanavond ga ik. Dat helpt.",
        "dimensies": ["lichaam", "mentaal"], "vragen": ["ik-wil-meer-bewegen", "ik-voel-me-somber"],
        "activiteiten": ["zaalvoetbal"], "organisaties": ["sportclub-de-duinlopers"],
        "tekst": [
            "<p>Na haar studie zat Noor veel thuis. 'Ik had geen werk en weinig zin in dingen. Mijn dagen hadden geen vorm.'</p>",
            "<p>Een buurtsportcoach belde haar. Ze mocht gratis meedoen met een sportgroep voor jongeren. De eerste keer ging haar broer mee.</p>",
            "<p>'Ik ben niet ineens blij. Maar ik voel me sterker. En ik heb weer een ritme.'</p>",
        ],
    },
    {
        "slug": "wim-krijgt-hulp-in-huis", "voornaam": "Wim", "leeftijd": 83,
        "title": "Wim (83) woont nog thuis, met een beetje hulp",
        "intro": "Wim wil in zijn eigen huis blijven wonen. Met hulp bij de boodschappen en een alarmknop lukt dat.",
        "citaat": "Mijn huis is mijn huis. Hier wil ik blijven.",
        "dimensies": ["dagelijks", "kwaliteit"], "vragen": ["ik-heb-hulp-nodig-in-huis"],
        "aanbod": ["boodschappenbus", "vrijwillige-hulp-thuis"], "organisaties": ["welzijn-duinwijk"],
        "tekst": [
            "<p>Wim woont in Polderveen, in het huis waar hij geboren is. Lopen gaat slecht, en autorijden mag niet meer.</p>",
            "<p>Zijn dochter woont ver weg. Zij vond op LEEF MEE de boodschappendienst. Elke vrijdag komt Bas, een vrijwilliger. Ze doen samen de boodschappen.</p>",
            "<p>'Bas is een fijne jongen. We praten over voetbal. En als er iets is, druk ik op mijn alarmknop.'</p>",
        ],
    },
]

BLOGS = [
    {
        "slug": "nieuw-taalcafe-op-zaterdag", "title": "Nieuw: het taalcafé is nu ook op zaterdag",
        "auteur": "Lotte de Vries", "organisatie": "bibliotheek-duinstreek",
        "intro": "Veel mensen werken doordeweeks. Daarom is het taalcafé vanaf nu ook op zaterdagochtend open.",
        "dimensies": ["meedoen"], "vragen": ["ik-wil-beter-nederlands-leren"], "activiteiten": ["taalcafe"],
        "tekst": ["<p>Elke zaterdag van 10.00 tot 12.00 uur ben je welkom in de bibliotheek van Duinwijk. Je hoeft je niet aan te melden. De koffie is gratis.</p>",
                  "<p>We zoeken ook nog vrijwilligers. Praat je graag met mensen? Kom eens kijken.</p>"],
    },
    {
        "slug": "vijf-tips-tegen-eenzaamheid", "title": "Vijf tips als je je alleen voelt",
        "auteur": "Mirjam Bakker", "organisatie": "welzijn-duinwijk",
        "intro": "Iedereen voelt zich weleens alleen. Onze buurtwerkers geven vijf tips om weer contact te maken.",
        "dimensies": ["meedoen", "mentaal"], "vragen": ["ik-voel-me-vaak-alleen"], "aanbod": ["buurtkamer"],
        "tekst": ["<ol><li>Groet je buren. Een praatje begint klein.</li><li>Ga naar een vaste activiteit, elke week op dezelfde dag.</li><li>Bel iemand die je lang niet hebt gesproken.</li><li>Doe vrijwilligerswerk.</li><li>Praat erover. Met de huisarts, of met ons.</li></ol>",
                  "<p>Wil je hulp bij de eerste stap? Een buurtwerker gaat graag een keer met je mee.</p>"],
    },
    {
        "slug": "voedselbank-zoekt-chauffeurs", "title": "De voedselbank zoekt chauffeurs",
        "auteur": "Jan Pronk", "organisatie": "voedselbank-duinstreek",
        "intro": "Steeds meer gezinnen in Duinwijk hebben een voedselpakket nodig. Daarom zoeken we chauffeurs.",
        "dimensies": ["zingeving", "kwaliteit"], "vragen": ["ik-wil-iets-betekenen"], "aanbod": ["klusgroep"],
        "tekst": ["<p>Heb je een rijbewijs en een ochtend per week tijd? Je haalt eten op bij supermarkten in de buurt. Je rijdt in een busje van de voedselbank.</p>"],
    },
    {
        "slug": "bewegen-na-je-zestigste", "title": "Bewegen na je zestigste: begin klein",
        "auteur": "Tom Visser", "organisatie": "sportclub-de-duinlopers",
        "intro": "Je hoeft geen marathon te lopen. Elke dag een half uur bewegen helpt al.",
        "dimensies": ["lichaam"], "vragen": ["ik-wil-meer-bewegen"], "activiteiten": ["wandelen-in-de-duinen"],
        "tekst": ["<p>Neem de trap. Loop naar de bakker. Of doe mee met de wandelgroep op woensdag. Bewegen is goed voor je lijf, en ook voor je humeur.</p>"],
    },
    {
        "slug": "mantelzorgdag-in-duinwijk", "title": "Een dag voor mantelzorgers: jij verdient het",
        "auteur": "Mirjam Bakker", "organisatie": "welzijn-duinwijk",
        "intro": "Op de Dag van de Mantelzorg zetten we alle mantelzorgers in Duinwijk in het zonnetje.",
        "dimensies": ["dagelijks", "zingeving"], "vragen": ["ik-zorg-voor-iemand"], "aanbod": ["mantelzorgconsulent"],
        "tekst": ["<p>Zorg jij voor een ziek familielid, een buur of een vriend? Dan ben je mantelzorger. Op 10 november krijg je een lunch en een kleine verrassing.</p>"],
    },
]

ARTIKELEN = [
    {
        "slug": "wat-is-mantelzorg", "title": "Wat is mantelzorg?", "dimensies": ["dagelijks"],
        "vragen": ["ik-zorg-voor-iemand"], "aanbod": ["mantelzorgconsulent", "mantelzorgwaardering"],
        "intro": "Zorg je voor iemand die ziek is of hulp nodig heeft? Dan ben je mantelzorger. Hier lees je wat dat betekent.",
        "tekst": ["<p>Een mantelzorger zorgt voor iemand uit zijn eigen omgeving. Bijvoorbeeld voor je moeder, je partner of een buurman. Je doet dat niet voor geld. Je doet het omdat je om iemand geeft.</p>",
                  ("kop", "Zorg ook voor jezelf"),
                  "<p>Mantelzorg kan zwaar zijn. Het is goed om hulp te vragen. Je kunt praten met een mantelzorgconsulent. Of iemand neemt de zorg een dag van je over.</p>"],
    },
    {
        "slug": "hulp-bij-geldzorgen", "title": "Hulp bij geldzorgen: waar begin je?", "dimensies": ["kwaliteit"],
        "vragen": ["ik-heb-geldzorgen"], "aanbod": ["cursus-rondkomen", "schuldhulpmaatje"],
        "intro": "Veel mensen hebben geldzorgen. Hoe eerder je hulp vraagt, hoe makkelijker het is om op te lossen.",
        "tekst": ["<p>Maak eerst een lijst. Wat komt er binnen? Wat moet je betalen? Open al je post, ook als dat moeilijk is.</p>",
                  ("kop", "Hulp is gratis"),
                  "<p>In Duinwijk kun je gratis hulp krijgen. Bel het Loket Wonen, Welzijn en Zorg. Een vrijwilliger kan samen met je je papieren ordenen.</p>"],
    },
    {
        "slug": "wat-doet-het-loket", "title": "Wat doet het Loket Wonen, Welzijn en Zorg?", "dimensies": ["dagelijks", "kwaliteit"],
        "vragen": [], "aanbod": ["sociaal-werker-spreken"],
        "intro": "Weet je niet waar je met je vraag terecht kunt? Het Loket denkt met je mee.",
        "tekst": ["<p>Het Loket helpt met vragen over wonen, zorg, geld en meedoen. Je kunt bellen, mailen of langskomen. Soms komt iemand bij je thuis voor een gesprek.</p>",
                  "<p>Samen kijk je wat je zelf kunt doen. En wat je familie, je buren of een organisatie kan doen.</p>"],
    },
    {
        "slug": "eenzaam-zo-kom-je-in-contact", "title": "Eenzaam? Zo kom je in contact met anderen", "dimensies": ["meedoen", "mentaal"],
        "vragen": ["ik-voel-me-vaak-alleen"], "aanbod": ["buurtkamer"],
        "intro": "Je alleen voelen overkomt veel mensen, jong en oud. Er is veel wat je kunt doen.",
        "tekst": ["<p>Kies iets wat je leuk vindt: samen eten, wandelen, handwerken of kaarten. Ga een paar keer. Na een paar weken ken je mensen.</p>",
                  "<p>Vind je de eerste stap moeilijk? Vraag of een buurtwerker of vrijwilliger met je meegaat.</p>"],
    },
    {
        "slug": "vrijwilligerswerk-hoe-begin-je", "title": "Vrijwilligerswerk: hoe begin je?", "dimensies": ["zingeving", "meedoen"],
        "vragen": ["ik-wil-iets-betekenen"], "aanbod": ["klusgroep"],
        "intro": "Vrijwilligerswerk is goed voor een ander, en voor jezelf. Zo vind je werk dat bij je past.",
        "tekst": ["<p>Denk na over wat je leuk vindt en hoeveel tijd je hebt. Een uur per week is ook goed.</p>",
                  "<p>Op LEEF MEE staan vacatures van organisaties in Duinwijk. Je kunt ook eerst een keer meelopen.</p>"],
    },
    {
        "slug": "slecht-slapen-wat-kun-je-zelf-doen", "title": "Slecht slapen: wat kun je zelf doen?", "dimensies": ["lichaam", "mentaal"],
        "vragen": ["ik-slaap-slecht"], "aanbod": ["herstelgroep"],
        "intro": "Iedereen slaapt weleens slecht. Met een paar eenvoudige tips slaap je vaak al beter.",
        "tekst": ["<p>Ga elke dag op dezelfde tijd naar bed. Drink 's avonds geen koffie. Leg je telefoon een uur voor het slapen weg.</p>",
                  "<p>Slaap je al weken slecht? Praat er dan over met je huisarts.</p>"],
    },
]


def _body(tekst, aanbod, titel="Wat hielp mij"):
    blokken = [kop(deel[1]) if isinstance(deel, tuple) else alinea(deel) for deel in tekst]
    return [*blokken, *_wat_hielp_mij(aanbod, titel)]


def laad(context):
    home = context["home"]
    vandaag = timezone.localdate()  # relative to the day the demo is loaded, like the agenda and editions
    index = zorg_voor_pagina(
        home, VerhalenIndexPage, "verhalen", title="Verhalen", show_in_menus=True,
        intro="<p>Mensen uit Duinwijk vertellen hoe zij hulp, contact of iets leuks vonden. Misschien herken je jezelf.</p>",
        search_description="Verhalen van inwoners van Duinwijk en blogs van de organisaties van LEEF MEE.",
    )
    info = zorg_voor_pagina(
        home, InformatieIndexPage, "informatie", title="Informatie", show_in_menus=True,
        intro="<p>Uitleg in gewone taal. Bijvoorbeeld over mantelzorg, geldzorgen en vrijwilligerswerk.</p>",
    )

    def aanbod_van(data):
        return _zoek(context, "aanbod", data.get("aanbod", [])) + _zoek(context, "activiteiten", data.get("activiteiten", []))

    verhalen = {}
    for nummer, data in enumerate(VERHALEN):
        verhalen[data["slug"]] = zorg_voor_pagina(
            index, VerhaalPage, data["slug"],
            title=data["title"], voornaam=data["voornaam"], leeftijd=data.get("leeftijd"), rol=data.get("rol", ""),
            intro=data["intro"], citaat=data["citaat"], portret=portret(data["voornaam"], nummer), portret_alt="",
            datum=vandaag - datetime.timedelta(days=9 * nummer), body=_body(data["tekst"], aanbod_van(data)),
            verschenen_in_leef=data.get("verschenen_in_leef", ""),
            toestemming_op=vandaag - datetime.timedelta(days=30 + 9 * nummer),
            toestemming_hoe="Getekend toestemmingsformulier, bewaard bij de organisatie die het verhaal aanleverde.",
            dimensie_koppelingen=[VerhaalDimensie(dimensie=d) for d in _dimensies(data["dimensies"])],
            vraag_koppelingen=[VerhaalVraag(vraag=v) for v in _zoek(context, "vragen", data["vragen"])],
            organisatie_koppelingen=[
                VerhaalOrganisatie(organisatie=o) for o in _zoek(context, "organisaties", data["organisaties"])
            ],
        )
    blogs = {}
    for nummer, data in enumerate(BLOGS):
        organisaties = _zoek(context, "organisaties", [data["organisatie"]])
        blogs[data["slug"]] = zorg_voor_pagina(
            index, BlogPage, data["slug"],
            title=data["title"], intro=data["intro"], auteur_naam=data["auteur"],
            auteur_organisatie=organisaties[0] if organisaties else None,
            datum=vandaag - datetime.timedelta(days=5 + 13 * nummer),
            body=_body(data["tekst"], aanbod_van(data), "Hier kun je terecht"),
            dimensie_koppelingen=[BlogDimensie(dimensie=d) for d in _dimensies(data["dimensies"])],
            vraag_koppelingen=[BlogVraag(vraag=v) for v in _zoek(context, "vragen", data["vragen"])],
        )
    artikelen = {}
    for nummer, data in enumerate(ARTIKELEN):
        artikelen[data["slug"]] = zorg_voor_pagina(
            info, ArtikelPage, data["slug"],
            title=data["title"], intro=data["intro"], datum=vandaag - datetime.timedelta(days=30 + nummer),
            body=_body(data["tekst"], []),
            dimensie_koppelingen=[ArtikelDimensie(dimensie=d) for d in _dimensies(data["dimensies"])],
            vraag_koppelingen=[ArtikelVraag(vraag=v) for v in _zoek(context, "vragen", data["vragen"])],
            aanbod_koppelingen=[ArtikelAanbod(aanbod=a) for a in _zoek(context, "aanbod", data["aanbod"])],
        )
    context.update(verhalen_index=index, informatie_index=info, verhalen=verhalen, blogs=blogs, artikelen=artikelen)

