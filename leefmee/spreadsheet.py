"""CSV files that people open in a spreadsheet program.

A cell that starts with `=`, `+`, `-`, `@` (or a tab or carriage return followed by one) is read as
a formula by Excel and LibreOffice: a search word typed by anyone on the site could then run a
formula on an editor's computer (CSV injection). Such a text cell gets a leading apostrophe, the
usual spreadsheet marker for "this is text"; numbers stay numbers.
"""

FORMULE_TEKENS = ("=", "+", "-", "@", "\t", "\r")


def veilige_cel(waarde):
    if isinstance(waarde, str) and waarde.startswith(FORMULE_TEKENS):
        return "'" + waarde
    return waarde


def veilige_rij(rij):
    return [veilige_cel(waarde) for waarde in rij]
