"""Demo translations, made through wagtail-localize as an editor would in the translation editor.

English: the home page, the six dimensions, five questions and three stories. Polish
and Arabic: the home page, so the language switcher and the fallback notice can be seen.
"""

from wagtail.models import Locale

from kaart.models import Dimensie, Levensvraag
from leefmee.vertaling import vertaal
from verhalen.models import VerhaalPage

STARTPAGINA = {
    "en": {
        "LEEF MEE in Duinwijk": "LEEF MEE in Duinwijk",
        "Waar wil je meer over weten?": "What would you like to know more about?",
        "Hier vind je hulp, contact en dingen om te doen in Duinwijk, Zeedorp, Polderveen en Bollenhoek. "
        "Begin bij wat jij belangrijk vindt. Of lees hoe anderen het aanpakten.":
            "Here you will find help, company and things to do in Duinwijk, Zeedorp, Polderveen and Bollenhoek. "
            "Start with what matters to you. Or read how others went about it.",
        "Zoek hulp, contact of iets om te doen": "Search for help, company or something to do",
        "LEEF MEE Duinwijk: hulp, contact en dingen om te doen": "LEEF MEE Duinwijk: help, company and things to do",
        "De sociale kaart van Duinwijk: hulp, activiteiten, vrijwilligerswerk en verhalen van inwoners.":
            "The social map of Duinwijk: help, activities, volunteering and stories of residents.",
    },
    "pl": {
        "Waar wil je meer over weten?": "O czym chcesz dowiedzieć się więcej?",
        "Hier vind je hulp, contact en dingen om te doen in Duinwijk, Zeedorp, Polderveen en Bollenhoek. "
        "Begin bij wat jij belangrijk vindt. Of lees hoe anderen het aanpakten.":
            "Tu znajdziesz pomoc, kontakt z ludźmi i zajęcia w Duinwijk, Zeedorp, Polderveen i Bollenhoek. "
            "Zacznij od tego, co jest dla ciebie ważne. Albo przeczytaj, jak poradzili sobie inni.",
        "Zoek hulp, contact of iets om te doen": "Szukaj pomocy, kontaktu lub zajęć",
    },
    "ar": {
        "Waar wil je meer over weten?": "عن ماذا تريد أن تعرف أكثر؟",
        "Hier vind je hulp, contact en dingen om te doen in Duinwijk, Zeedorp, Polderveen en Bollenhoek. "
        "Begin bij wat jij belangrijk vindt. Of lees hoe anderen het aanpakten.":
            "هنا تجد المساعدة والتواصل وأنشطة في دوينفايك وزيدورب وبولدرفين وبولنهوك. "
            "ابدأ بما هو مهم بالنسبة لك. أو اقرأ كيف تعامل الآخرون مع الأمر.",
        "Zoek hulp, contact of iets om te doen": "ابحث عن مساعدة أو تواصل أو نشاط",
    },
}

DIMENSIES_EN = {
    "Lichaam": "Body",
    "Gevoelens en gedachten": "Feelings and thoughts",
    "Zingeving": "Meaning",
    "Kwaliteit van leven": "Quality of life",
    "Meedoen": "Taking part",
    "Dagelijks leven": "Daily life",
    "Lichaamsfuncties": "Bodily functions",
    "Mentaal welbevinden": "Mental well-being",
    "Dagelijks functioneren": "Daily functioning",
    "Hoe gaat het met je lijf? Denk aan bewegen, slapen, eten en je fit voelen.":
        "How is your body doing? Think of exercise, sleep, food and feeling fit.",
    "Hoe voel je je? Denk aan zorgen, stress, somberheid en goed voor jezelf zorgen.":
        "How do you feel? Think of worries, stress, feeling low and taking care of yourself.",
    "Wat maakt je leven de moeite waard? Denk aan doelen, dromen en iets betekenen voor een ander.":
        "What makes your life worthwhile? Think of goals, dreams and doing something for others.",
    "Geniet je van het leven? Denk aan je woning, geld, veiligheid en je goed voelen.":
        "Do you enjoy life? Think of your home, money, safety and feeling good.",
    "Hoort je erbij? Denk aan contact met anderen, vrijwilligerswerk en meedoen in je buurt.":
        "Do you belong? Think of contact with others, volunteering and taking part in your neighbourhood.",
    "Lukt het om je dagelijkse dingen te doen? Denk aan het huishouden, werk en hulp bij zorg.":
        "Can you manage your daily tasks? Think of housework, work and help with care.",
}


VRAGEN_EN = {
    "ik-wil-meer-bewegen": {"Ik wil meer bewegen": "I want to exercise more",
        "Je wilt fitter worden, maar weet niet goed hoe of waar je begint.":
            "You want to get fitter, but you are not sure how or where to start."},
    "ik-pieker-veel": {"Ik pieker veel": "I worry a lot",
        "Je hoofd staat niet stil en je maakt je veel zorgen.": "Your mind never stops and you worry a lot."},
    "ik-wil-met-iemand-praten": {"Ik wil met iemand praten": "I want to talk to someone",
        "Je wilt je verhaal kwijt bij iemand die luistert.": "You want to share your story with someone who listens."},
    "ik-zoek-vrijwilligerswerk": {"Ik zoek vrijwilligerswerk": "I am looking for volunteer work",
        "Je wilt iets doen voor een ander of voor je buurt.":
            "You want to do something for others or for your neighbourhood."},
    "ik-heb-geldzorgen": {"Ik heb geldzorgen": "I have money worries",
        "Je komt niet rond of je hebt schulden.": "You cannot make ends meet or you have debts."},
}

# Title, introduction and pull quote; the body falls back to Dutch until an editor translates it.
VERHALEN_EN = {
    "anouk-eet-mee-bij-de-buurtmaaltijd": {
        "Anouk (29) eet elke dinsdag mee bij de buurtmaaltijd": "Anouk (29) joins the neighbourhood meal every Tuesday",
        ("Anouk verhuisde voor haar werk naar Zeedorp en kende er niemand. Nu kijkt ze de hele week uit naar "
         "dinsdag."):
            "Anouk moved to Zeedorp for her job and knew nobody there. Now she looks forward to Tuesday all week.",
        "Ik kook niet meer voor één. Op dinsdag eet ik met twintig mensen.":
            "I no longer cook for one. On Tuesdays I eat with twenty people.",
    },
    "sem-zorgt-voor-zijn-moeder": {
        "Sem (16) zorgt voor zijn moeder: 'Ik dacht dat ik de enige was'":
            "Sem (16) cares for his mother: 'I thought I was the only one'",
        ("Sem helpt thuis veel, want zijn moeder is ziek. Bij een groep voor jonge mantelzorgers kan hij "
         "zijn verhaal kwijt."):
            "Sem helps a lot at home, because his mother is ill. In a group for young carers he can tell his story.",
        "Hier hoef ik niks uit te leggen. Iedereen snapt het.":
            "Here I don't have to explain anything. Everyone gets it.",
    },
    "yasmin-oefent-nederlands-in-het-taalcafe": {
        "Yasmin (34) oefent Nederlands in het taalcafé": "Yasmin (34) practises Dutch at the language café",
        "Yasmin kwam drie jaar geleden uit Syrië naar Duinwijk. In het taalcafé durft ze fouten te maken.":
            "Yasmin came from Syria to Duinwijk three years ago. At the language café she dares to make mistakes.",
        "Eerst durfde ik niks te zeggen. Nu bel ik zelf de huisarts.":
            "At first I did not dare to say anything. Now I call the doctor myself.",
    },
}


def laad(context):
    home = context["home"]
    for code, tabel in STARTPAGINA.items():
        locale = Locale.objects.get(language_code=code)
        vertaal(home, locale, tabel)
    en = Locale.objects.get(language_code="en")
    for dimensie in Dimensie.objects.filter(locale=home.locale):
        vertaal(dimensie, en, DIMENSIES_EN)
    for slug, tabel in VRAGEN_EN.items():
        vraag = Levensvraag.objects.filter(locale=home.locale, slug=slug).first()
        if vraag is not None:
            vertaal(vraag, en, tabel)
    for slug, tabel in VERHALEN_EN.items():
        verhaal = VerhaalPage.objects.filter(locale=home.locale, slug=slug).first()
        if verhaal is not None:
            vertaal(verhaal, en, tabel)
