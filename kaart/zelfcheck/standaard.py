"""The default statements of the self-check: four aspects per dimension, after the aspects of the
Positieve Gezondheid spider web, in B1 Dutch. Editors change them in the admin afterwards.

Per row: dimension key, aspect, statement, slugs of the life questions that fit the aspect (linked
when such a question exists: the demo's questions, or the municipality's own).
"""

STANDAARD_STELLINGEN = [
    ("lichaam", "je fit voelen", "Ik voel me fit en heb genoeg energie.", ["ik-ben-vaak-moe-of-heb-pijn"]),
    ("lichaam", "slapen", "Ik slaap goed.", ["ik-slaap-slecht"]),
    ("lichaam", "bewegen", "Ik beweeg genoeg.", ["ik-wil-meer-bewegen"]),
    ("lichaam", "eten", "Ik eet gezond en genoeg.", ["ik-wil-gezonder-eten", "ik-heb-niet-genoeg-eten"]),
    ("mentaal", "vrolijk zijn", "Ik voel me vaak vrolijk.", ["ik-voel-me-somber"]),
    ("mentaal", "omgaan met veranderingen", "Ik kan goed omgaan met veranderingen.", ["ik-heb-veel-stress"]),
    ("mentaal", "grip op je leven", "Ik heb grip op mijn leven.", ["ik-pieker-veel", "ik-heb-veel-stress"]),
    ("mentaal", "je zorgen delen", "Ik kan met iemand praten over wat me dwarszit.", ["ik-wil-met-iemand-praten"]),
    ("zingeving", "zin in het leven", "Mijn leven heeft zin.", ["ik-weet-niet-wat-ik-wil"]),
    ("zingeving", "iets betekenen", "Ik doe iets wat belangrijk is voor een ander.",
     ["ik-wil-iets-betekenen", "ik-zoek-vrijwilligerswerk"]),
    ("zingeving", "doelen en dromen", "Ik heb dingen waar ik naar uitkijk.", ["ik-weet-niet-wat-ik-wil"]),
    ("zingeving", "verlies een plek geven", "Ik kan leven met wat ik heb meegemaakt.", ["ik-heb-iemand-verloren"]),
    ("kwaliteit", "genieten", "Ik geniet van mijn leven.", []),
    ("kwaliteit", "je veilig voelen", "Ik voel me veilig, thuis en in mijn buurt.", ["ik-voel-me-niet-veilig"]),
    ("kwaliteit", "wonen", "Ik woon op een plek die bij me past.", ["mijn-huis-past-niet-meer"]),
    ("kwaliteit", "rondkomen", "Ik kom rond met mijn geld.", ["ik-heb-geldzorgen", "ik-heb-niet-genoeg-eten"]),
    ("meedoen", "sociale contacten", "Ik heb genoeg mensen om me heen.", ["ik-voel-me-vaak-alleen"]),
    ("meedoen", "erbij horen", "Ik hoor erbij.",
     ["ik-wil-nieuwe-mensen-leren-kennen", "ik-wil-beter-nederlands-leren"]),
    ("meedoen", "steun van anderen", "Er is iemand die me helpt als het nodig is.", ["ik-voel-me-vaak-alleen"]),
    ("meedoen", "samen dingen doen", "Ik doe leuke dingen samen met anderen.",
     ["ik-wil-meedoen-in-mijn-buurt", "ik-wil-nieuwe-mensen-leren-kennen"]),
    ("dagelijks", "zorgen voor jezelf", "Ik kan goed voor mezelf zorgen.", ["ik-heb-hulp-nodig-in-huis"]),
    ("dagelijks", "je zaken regelen", "Ik houd overzicht over mijn post, geld en formulieren.",
     ["ik-snap-brieven-en-formulieren-niet", "ik-kan-niet-goed-met-de-computer"]),
    ("dagelijks", "werk en taken", "Ik heb werk of een taak die bij me past.", ["ik-zoek-werk"]),
    ("dagelijks", "hulp vragen", "Ik durf hulp te vragen als ik het nodig heb.", ["ik-zorg-voor-iemand"]),
]
