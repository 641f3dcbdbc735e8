#!/usr/bin/env python3
"""Writes ilmoittautumiset.csv: last year's enrolments as a form tool (Webropol) exports them, with Finnish headers,
300 rows, ten of them bad on purpose (ImportApiTest knows which). Run it again only to change the sample."""
import csv, io, random

random.seed(2025)
FIRST = ["Aino", "Eero", "Helmi", "Juhani", "Kaisa", "Lauri", "Märta", "Niilo", "Outi", "Päivi", "Sanna", "Tuomas",
         "Ulla", "Väinö", "Anneli", "Björn", "Elina", "Jääskeläinen", "Kerttu", "Oskari"]
LAST = ["Mäkelä", "Virtanen", "Korhonen", "Nieminen", "Hämäläinen", "Lehtonen", "Salo", "Heikkinen", "Järvinen",
        "Söderström", "Koskinen", "Räsänen", "Laine", "Öhman", "Väisänen"]
ROLES = ["Luokanopettaja", "Aineenopettaja", "Erityisopettaja", "Koulunkäynninohjaaja", "Rehtori", "Opinto-ohjaaja",
         "Lehtori"]
STAGES = ["Uusi", "Kokenut", "Seniori"]
THEMES = ["Uudet opettajat", "K55", "Erityisopetus ja tuki"]
UNITS = ["Kasperin koulu", "Keskuskoulu", "Pohjan lukio", "Päiväkoti Tähti", "Kirkkokadun koulu"]
NO_CONSENT = {11, 51, 91}
UNKNOWN_THEME = {21, 61, 101}
BAD_EMAIL = {31, 71}
DUPLICATE = {41: 2, 81: 3}

header = ["Vastausaika", "Etunimi", "Sukunimi", "Sähköposti", "Puhelin", "Työnantaja", "Yksikkö", "Tehtävä",
          "Uravaihe", "Toive 1", "Toive 2", "Suostumus", "Kilometrit", "Lisätietoja"]
rows = []
emails = {}
for line in range(2, 302):
    first, last = random.choice(FIRST), random.choice(LAST)
    plain = (first + "." + last).lower().translate(str.maketrans("äöå", "aoa"))
    email = f"{plain}.{line}@esimerkki.fi"
    if line in BAD_EMAIL:
        email = f"{first.lower()}.{last.lower()}@" if line == 31 else "ei osoitetta"
    if line in DUPLICATE:
        email = emails[DUPLICATE[line]]
    emails[line] = email
    wishes = random.sample(THEMES, random.choice([1, 2]))
    if line in UNKNOWN_THEME:
        wishes = ["Kansainvälisyys"]
    rows.append([f"{random.randint(1, 28)}.8.2025 {random.randint(8, 20)}:{random.randint(10, 59)}", first, last,
                 email, f"040 {random.randint(100, 999)} {random.randint(1000, 9999)}", "Seinäjoen kaupunki",
                 random.choice(UNITS), random.choice(ROLES), random.choice(STAGES), wishes[0],
                 wishes[1] if len(wishes) > 1 else "", "" if line in NO_CONSENT else "Kyllä",
                 f"{random.randint(1, 40)},{random.randint(0, 9)}", "" if line % 7 else "Toivon iltapäiväryhmää; kiitos!"])

out = io.StringIO()
writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
writer.writerow(header)
writer.writerows(rows)
with open("ilmoittautumiset.csv", "w", encoding="utf-8", newline="") as f:
    f.write(out.getvalue())
