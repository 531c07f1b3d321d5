"""Demo taxonomy of Duinwijk: life questions in the resident's words, target groups, areas, tags."""

# slug, question (B1, first person), dimension key, one-line explanation, popular on the map's start page
LEVENSVRAGEN = [
    # Lichaam
    ("ik-wil-meer-bewegen", "Ik wil meer bewegen", "lichaam", "Je wilt fitter worden, maar weet niet goed hoe of waar je begint.", True),
    ("ik-slaap-slecht", "Ik slaap slecht", "lichaam", "Je ligt vaak wakker of je bent moe als je opstaat.", False),
    ("ik-wil-gezonder-eten", "Ik wil gezonder eten", "lichaam", "Je wilt weten wat gezond is en hoe je dat goedkoop kookt.", False),
    ("ik-ben-vaak-moe-of-heb-pijn", "Ik ben vaak moe of heb pijn", "lichaam", "Je lijf werkt niet mee en dat zit je in de weg.", False),
    # Gevoelens en gedachten
    ("ik-pieker-veel", "Ik pieker veel", "mentaal", "Je hoofd staat niet stil en je maakt je veel zorgen.", True),
    ("ik-voel-me-somber", "Ik voel me somber", "mentaal", "Je hebt al een tijdje nergens zin in.", False),
    ("ik-heb-veel-stress", "Ik heb veel stress", "mentaal", "Er komt veel op je af en je weet niet hoe je het volhoudt.", False),
    ("ik-wil-met-iemand-praten", "Ik wil met iemand praten", "mentaal", "Je wilt je verhaal kwijt bij iemand die luistert.", True),
    # Zingeving
    ("ik-zoek-vrijwilligerswerk", "Ik zoek vrijwilligerswerk", "zingeving", "Je wilt iets doen voor een ander of voor je buurt.", True),
    ("ik-weet-niet-wat-ik-wil", "Ik weet niet goed wat ik wil", "zingeving", "Je zoekt wat bij je past: werk, een hobby of een nieuw doel.", False),
    ("ik-heb-iemand-verloren", "Ik heb iemand verloren", "zingeving", "Iemand die belangrijk voor je was, is overleden.", False),
    ("ik-wil-iets-betekenen", "Ik wil iets betekenen voor een ander", "zingeving", "Je hebt tijd en je wilt die goed gebruiken.", False),
    # Kwaliteit van leven
    ("ik-heb-geldzorgen", "Ik heb geldzorgen", "kwaliteit", "Je komt niet rond of je hebt schulden.", True),
    ("ik-heb-niet-genoeg-eten", "Ik heb niet genoeg geld voor eten", "kwaliteit", "Aan het eind van de maand is de koelkast leeg.", False),
    ("mijn-huis-past-niet-meer", "Mijn huis past niet meer bij mij", "kwaliteit", "Je huis is te groot, te duur of je kunt de trap niet meer op.", False),
    ("ik-voel-me-niet-veilig", "Ik voel me niet veilig", "kwaliteit", "Je voelt je thuis of in je buurt niet prettig of niet veilig.", False),
    # Meedoen
    ("ik-voel-me-vaak-alleen", "Ik voel me vaak alleen", "meedoen", "Je mist mensen om mee te praten of iets mee te doen.", True),
    ("ik-wil-nieuwe-mensen-leren-kennen", "Ik wil nieuwe mensen leren kennen", "meedoen", "Je bent nieuw in de buurt of je wilt je wereld groter maken.", False),
    ("ik-wil-beter-nederlands-leren", "Ik wil beter Nederlands leren", "meedoen", "Je wilt beter praten, lezen of schrijven in het Nederlands.", False),
    ("ik-wil-meedoen-in-mijn-buurt", "Ik wil meedoen in mijn buurt", "meedoen", "Je wilt je buren leren kennen en samen iets doen.", False),
    # Dagelijks leven
    ("ik-zorg-voor-iemand", "Ik zorg voor iemand", "dagelijks", "Je helpt een ziek familielid, je partner of een buur. Dat is mantelzorg.", True),
    ("ik-heb-hulp-nodig-in-huis", "Ik heb hulp nodig in huis", "dagelijks", "Het huishouden, boodschappen of koken lukt niet meer alleen.", False),
    ("ik-snap-brieven-en-formulieren-niet", "Ik snap brieven en formulieren niet", "dagelijks", "Post van instanties is moeilijk en je weet niet wat je moet doen.", False),
    ("ik-kan-niet-goed-met-de-computer", "Ik kan niet goed met de computer", "dagelijks", "Je wilt leren mailen, DigiD gebruiken of videobellen.", False),
    ("ik-zoek-werk", "Ik zoek werk", "dagelijks", "Je wilt (weer) aan het werk en zoekt hulp daarbij.", False),
]

# slug, name
DOELGROEPEN = [
    ("jeugd", "Jeugd en jongeren"),
    ("ouders", "Ouders"),
    ("ouderen", "Ouderen"),
    ("mantelzorgers", "Mantelzorgers"),
    ("nieuwkomers", "Nieuwkomers"),
    ("mensen-met-een-beperking", "Mensen met een beperking"),
    ("iedereen", "Iedereen"),
]

# slug, name, kind
GEBIEDEN = [
    ("hele-gemeente", "Hele gemeente", "gemeente"),
    ("duinwijk", "Duinwijk", "kern"),
    ("zeedorp", "Zeedorp", "kern"),
    ("polderveen", "Polderveen", "kern"),
    ("bollenhoek", "Bollenhoek", "kern"),
]

# slug, name
KENMERKEN = [
    ("eten", "Eten"),
    ("bewegen", "Bewegen"),
    ("creatief", "Creatief"),
    ("praten", "Praten"),
    ("leren", "Leren"),
    ("buiten", "Buiten"),
    ("muziek", "Muziek"),
    ("digitaal", "Digitaal"),
]
