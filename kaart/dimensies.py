"""The six dimensions of Positieve Gezondheid: the backbone of the map, the stories and the magazine.

This is the canonical starting data; the data migration creates them in the default locale and
editors can change names, colours and explanations afterwards (the key stays fixed).
"""

# key, name in the model, name on the site (B1), colour, short B1 explanation
ZES_DIMENSIES = [
    (
        "lichaam",
        "Lichaamsfuncties",
        "Lichaam",
        "#b4232a",
        "Hoe gaat het met je lijf? Denk aan bewegen, slapen, eten en je fit voelen.",
    ),
    (
        "mentaal",
        "Mentaal welbevinden",
        "Gevoelens en gedachten",
        "#6a3d9a",
        "Hoe voel je je? Denk aan zorgen, stress, somberheid en goed voor jezelf zorgen.",
    ),
    (
        "zingeving",
        "Zingeving",
        "Zingeving",
        "#0b6e69",
        "Wat maakt je leven de moeite waard? Denk aan doelen, dromen en iets betekenen voor een ander.",
    ),
    (
        "kwaliteit",
        "Kwaliteit van leven",
        "Kwaliteit van leven",
        "#1d5f8a",
        "Geniet je van het leven? Denk aan je woning, geld, veiligheid en je goed voelen.",
    ),
    (
        "meedoen",
        "Meedoen",
        "Meedoen",
        "#a34d00",
        "Hoort je erbij? Denk aan contact met anderen, vrijwilligerswerk en meedoen in je buurt.",
    ),
    (
        "dagelijks",
        "Dagelijks functioneren",
        "Dagelijks leven",
        "#3d6b12",
        "Lukt het om je dagelijkse dingen te doen? Denk aan het huishouden, werk en hulp bij zorg.",
    ),
]

DIMENSIE_SLEUTELS = [row[0] for row in ZES_DIMENSIES]
