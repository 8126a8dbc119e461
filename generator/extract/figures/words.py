"""Word lists the figure extractor decides with: qualifiers, scale and vague number words, units,
the verbs of a toll and the nouns that are not counted things.

Written for this project from the wording of English news reports (the corpus under
``shared/corpora`` and the style guides' usual forms: "at least", "more than", "£2.3m"). What a
maintained parser already knows is not repeated here: number words are read by ``text2num``,
currency symbols and codes by ``price-parser`` (whose currency table also names the plural
currency words, "dollars", "euros").
"""

from __future__ import annotations

QUALIFIERS = (
    "more than", "over", "at least", "as many as", "as much as", "up to", "upwards of", "nearly",
    "almost", "about", "around", "roughly", "approximately", "some", "an estimated", "estimated",
    "close to", "fewer than", "less than", "under", "just over", "just under", "well over",
    "at most", "no more than", "no fewer than", "no less than", "in excess of", "only", "just",
    "between", "a further", "another", "an additional", "additional", "a total of", "a record",
    "barely", "almost exactly", "exactly", "potentially",
)  # fmt: skip
"""Words before a number that bound or hedge it; kept with the value ("more than 100")."""

SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9,
    "b": 1e9, "trillion": 1e12, "tn": 1e12, "hundred": 1e2,
}  # fmt: skip
"""Scale words after a number: "5.7 billion", "£2.3m", "$5bn"."""

VAGUE = {
    "dozens": "dozens", "scores": "scores", "hundreds": "hundreds", "thousands": "thousands",
    "millions": "millions", "billions": "billions", "trillions": "trillions", "tens": "tens",
    "tens of thousands": "tens of thousands", "tens of billions": "tens of billions",
    "hundreds of billions": "hundreds of billions",
    "hundreds of thousands": "hundreds of thousands", "tens of millions": "tens of millions",
    "hundreds of millions": "hundreds of millions", "a dozen": "12", "dozen": "12",
    "a couple hundred": "a couple hundred", "several hundred": "several hundred",
    "several thousand": "several thousand", "several dozen": "several dozen",
    "a few hundred": "a few hundred", "a few thousand": "a few thousand",
    "billions of dollars": "billions", "millions of dollars": "millions",
}  # fmt: skip
"""Counts without a number: shown as written ("dozens"); "a dozen" is twelve."""

FRACTIONS = {
    "half": ("1/2", 0.5), "a half": ("1/2", 0.5), "one half": ("1/2", 0.5),
    "a third": ("1/3", 1 / 3), "one third": ("1/3", 1 / 3), "one-third": ("1/3", 1 / 3),
    "two thirds": ("2/3", 2 / 3), "two-thirds": ("2/3", 2 / 3),
    "a quarter": ("1/4", 0.25), "one quarter": ("1/4", 0.25), "three quarters": ("3/4", 0.75),
    "three-quarters": ("3/4", 0.75), "a fifth": ("1/5", 0.2), "one fifth": ("1/5", 0.2),
    "one-fifth": ("1/5", 0.2), "two fifths": ("2/5", 0.4), "three fifths": ("3/5", 0.6),
}  # fmt: skip
"""Shares written as words."""

PERCENT_WORDS = frozenset({"percent", "per cent", "percentage points", "percentage point", "pct"})

MEASURE_UNITS = {
    # length
    "km": "km", "kms": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km",
    "kilometer": "km", "miles": "miles", "mile": "miles", "metres": "m", "meters": "m",
    "metre": "m", "meter": "m", "feet": "feet", "foot": "feet", "ft": "feet", "yards": "yards",
    "yard": "yards", "inches": "inches", "cm": "cm", "mm": "mm", "nautical miles": "nautical miles",
    # mass
    "grams": "grams", "gram": "grams", "g": "grams", "kilograms": "kg", "kilogram": "kg", "kg": "kg",
    "kilos": "kg", "tons": "tons", "ton": "tons", "tonnes": "tonnes", "tonne": "tonnes",
    "pounds": "pounds", "lbs": "pounds", "lb": "pounds", "ounces": "ounces", "oz": "ounces",
    # volume and energy
    "barrels": "barrels", "barrel": "barrels", "litres": "litres", "liters": "litres",
    "gallons": "gallons", "cubic metres": "cubic metres", "cubic meters": "cubic metres",
    "megawatts": "MW", "mw": "MW", "gigawatts": "GW", "kilowatts": "kW",
    # speed, area, temperature
    "hectare": "hectares", "acre": "acres", "inch": "inches", "centimetres": "cm",
    "centimeters": "cm", "centimetre": "cm", "centimeter": "cm", "millimetres": "mm",
    "millimeters": "mm", "litre": "litres", "liter": "litres", "gallon": "gallons",
    "knot": "knots", "degree": "degrees", "megawatt": "MW", "kilowatt": "kW", "gigawatt": "GW",
    "terabytes": "terabytes", "terabyte": "terabytes", "tb": "TB", "gigabytes": "gigabytes",
    "gigabyte": "gigabytes", "gb": "GB", "megabytes": "megabytes", "megabyte": "megabytes",
    "mph": "mph", "km/h": "km/h", "kph": "km/h", "knots": "knots", "square kilometres": "km²",
    "square kilometers": "km²", "square miles": "square miles", "hectares": "hectares",
    "acres": "acres", "degrees": "degrees", "magnitude": "magnitude",
    # astronomy and temperature
    "light years": "light years", "light year": "light years", "light-years": "light years",
    "light-year": "light years", "parsecs": "parsecs", "degrees celsius": "°C", "degrees fahrenheit": "°F",
    "celsius": "°C", "fahrenheit": "°F", "°c": "°C", "°f": "°F",
    # devices (tech news)
    "megapixel": "megapixels", "megapixels": "megapixels", "mah": "mAh", "ghz": "GHz",
    "gigahertz": "GHz", "petabytes": "petabytes", "petabyte": "petabytes",
}  # fmt: skip
"""Units of measure as written -> as shown. Money and percent have their own parsers."""

DIMENSIONS = {
    "deep": "depth", "long": "length", "high": "height", "tall": "height", "wide": "width",
    "thick": "thickness", "across": "width",
}  # fmt: skip
"""Adjectives after a length that say what it measures: "40 metres deep" is a depth."""

METRE_CUES = frozenset(DIMENSIONS) | {
    "away", "down", "up", "above", "below", "beneath", "from", "off", "underground", "under",
    "underwater", "behind", "ahead", "apart", "short",
}  # fmt: skip
"""Words after "13m" that make the "m" metres, not millions: "dug 13m down", "50m from the
scene", "an 80m-deep well" ("13m people", "£2.3m" are millions)."""

RACE_MARKS = frozenset({"lap", "round", "hole", "inning", "leg", "stage", "set", "frame", "over"})
"""Nouns a number marks a point of a race or a match with ("on lap 48", "in round 5"): a
figure of when in it something happened, not a label."""

RATE_NOUNS = frozenset({
    "second", "minute", "hour", "day", "week", "month", "year", "annum", "person", "head",
    "capita", "share", "barrel", "gallon", "litre", "ton", "tonne",
})  # fmt: skip
"""Nouns after "per" that make a unit a rate: "7 miles per second", "$1.20 per share"."""

CURRENCY_PREFERENCE = ("USD", "EUR", "GBP", "JPY", "CNY", "INR", "RUB", "KRW", "NGN", "CAD", "AUD")
"""Currencies that win when a symbol or word names several ("$", "¥", "dollars", "pounds")."""

DURATION_UNITS = {
    "day": "days", "days": "days", "week": "weeks", "weeks": "weeks", "month": "months",
    "months": "months", "year": "years", "years": "years", "decade": "decades", "decades": "decades",
    "hour": "hours", "hours": "hours", "minute": "minutes", "minutes": "minutes", "seconds": "seconds",
    "season": "seasons", "seasons": "seasons",
}  # fmt: skip
"""Nouns of a length of time: "a two-day visit", "42 years in coaching"."""

TOLL = {
    "kill": "killed", "die": "killed", "dead": "killed", "death": "killed", "fatality": "killed",
    "toll": "killed", "casualty": "killed", "perish": "killed", "murder": "killed", "slay": "killed",
    "massacre": "killed",
    "injure": "injured", "wound": "injured", "wounded": "injured", "hurt": "injured", "injury": "injured",
    "hospitalise": "hospitalised", "hospitalize": "hospitalised", "hospitalised": "hospitalised",
    "missing": "missing", "unaccounted": "missing",
    "arrest": "arrested", "detain": "arrested", "detention": "arrested", "arrestee": "arrested",
    "evacuate": "evacuated", "evacuation": "evacuated", "evacuee": "evacuated",
    "rescue": "rescued", "free": "freed", "release": "freed", "liberate": "freed",
    "indict": "indicted", "charge": "charged", "convict": "convicted", "sentence": "sentenced",
    "displace": "displaced", "abduct": "abducted", "kidnap": "abducted", "capture": "captured",
    "survive": "survived", "survivor": "survived", "hostage": "held hostage", "strand": "stranded",
    "trap": "trapped", "seize": "seized",
    "affect": "affected",
    "shoot": "shot", "stab": "stabbed", "assault": "assaulted", "attack": "attacked",
    "infect": "infected",
}  # fmt: skip
"""Lemmas that say what happened to people -> the participle a toll is named with."""

TOLL_STATES = {"captive": "held captive", "captivity": "held captive"}
"""Words of a state people are kept in, after "held", "remain", "still": "girls still held captive"."""

TOLL_NOMINALS = {
    "abduction": "abducted", "kidnapping": "abducted", "kidnap": "abducted", "release": "freed",
    "freeing": "freed", "death": "killed", "killing": "killed", "murder": "killed",
    "execution": "killed", "massacre": "killed", "displacement": "displaced",
    "evacuation": "evacuated", "arrest": "arrested", "detention": "arrested", "rescue": "rescued",
    "capture": "captured", "injury": "injured", "wounding": "injured",
}  # fmt: skip
"""Nouns of what happened, before "of" and the people it happened to: "the abduction of 276
girls", "the deaths of six men", "the release of the 21 captives"."""

HOSPITAL_NOUNS = frozenset({"hospital", "hospitals", "treatment", "clinic", "infirmary"})
"""Where people are "taken", "rushed", "brought in": a count of people hospitalised."""

REPORTING = frozenset({
    "confirm", "believe", "fear", "report", "know", "think", "presume", "declare", "pronounce",
    "find", "list", "register",
})  # fmt: skip
"""Verbs of reporting over a toll: "seven are confirmed as having died", "three are feared dead",
"two were found dead"."""

TOLL_NOUNS = frozenset({
    "dead", "death", "toll", "fatality", "casualty", "injured", "injury", "wounded", "missing",
    "arrest", "arrestee", "evacuee", "survivor", "hostage",
})  # fmt: skip
"""Nouns that are a toll themselves: "84 dead", "a death toll of 85", "18 injured"."""

PEOPLE = frozenset({
    "people", "person", "persons", "individual", "other", "one", "civilian", "victim", "resident",
    "man", "woman", "child", "adult", "teenager", "student", "girl", "boy", "citizen", "national",
    "tourist", "passenger", "worker", "employee", "soldier", "troop", "officer", "policeman",
    "militant", "fighter", "migrant", "refugee", "protester", "demonstrator", "member", "suspect",
    "prisoner", "hostage", "pilgrim", "villager", "crew", "crewmember", "crewman", "pupil",
    "teacher", "patient", "spectator", "fan", "worshipper", "journalist", "staff", "guest",
    "visitor", "youth", "player", "family", "agent", "personnel", "asylum", "seeker",
})  # fmt: skip
"""Nouns (lemmas) for people: "84 people were killed", "two pilots died"."""

NOT_COUNTED = frozenset({
    "time", "times", "way", "side", "part", "kind", "sort", "thing", "reason", "one",
    "aspect", "page", "photo", "image", "picture", "video", "story", "comment", "share", "view",
    "minute", "second", "inch", "floor", "grade", "round", "line", "quarter",
    "half", "step", "word", "letter", "hand", "eye", "sentence", "paragraph", "chapter", "country",
    "nation", "leader", "party", "man", "men", "sides", "source", "m", "bn", "k",
})  # fmt: skip
"""Nouns a small number counts without telling the story: "two reasons", "the two countries"
("points" are counted: a championship lead, a game's scorers)."""

COUNTED_WHEN_MANY = frozenset({
    "page", "photo", "image", "picture", "video", "story", "comment", "word", "letter", "country",
    "nation", "leader", "party", "source",
})  # fmt: skip
"""Nouns of ``NOT_COUNTED`` that a count of ten or more makes a figure: "12 current and former
world leaders", "more than 200 countries", "one million images" (not "the two leaders")."""

IDENTIFIER_NOUNS = frozenset({
    "no", "no.", "number", "resolution", "article", "section", "chapter", "flight", "route",
    "highway", "road", "street", "avenue", "room", "gate", "platform", "terminal", "bus", "line",
    "channel", "version", "model", "level", "category", "class", "grade", "phase", "stage",
    "paragraph", "page", "volume", "issue", "episode", "season", "week", "day", "game", "act",
    "amendment", "clause", "rule", "code", "item", "unit", "district", "ward", "precinct",
    "squadron", "battalion", "regiment", "division", "brigade", "corps", "apartment", "suite",
    "floor", "tower", "pier", "bay", "exit", "lane", "interstate", "tier", "tranche", "plate",
    # software and devices (tech news): "firmware 5.05", "iOS 11.2", "update 3"
    "firmware", "update", "release", "build", "patch", "ios", "android", "windows", "macos", "os",
})  # fmt: skip
"""Nouns a number names rather than counts: "Resolution 2375", "Flight 370", "Section 702"."""

EVENT_NOUNS = frozenset({
    "attack", "bombing", "blast", "explosion", "crash", "collision", "derailment", "accident",
    "fire", "blaze", "earthquake", "quake", "flood", "flooding", "storm", "hurricane", "typhoon",
    "cyclone", "tornado", "shooting", "strike", "airstrike", "air strike", "raid", "clash",
    "fighting", "violence", "riot", "stampede", "incident", "war", "conflict", "insurgency",
    "ambush", "assault", "massacre", "tragedy", "disaster", "collapse", "landslide", "mudslide",
    "avalanche", "eruption", "tsunami", "outbreak", "epidemic", "shelling", "bombardment",
    "offensive", "operation", "siege", "battle", "uprising", "protest", "unrest", "crackdown",
    "wreck", "sinking", "capsizing", "derailing", "stabbing", "rampage", "heatwave", "drought",
    "famine", "mishap", "pileup", "attacks", "bombings", "strikes", "airstrikes", "clashes",
})  # fmt: skip
"""Nouns (lemmas) of what hits people in news reports, written for this project from the
corpus's tolls ("killed in a bombing", "the attack that killed 12"): the event a toll belongs to,
named in what the figure counts, so a background toll reads apart from the story's."""

SETTLEMENTS = frozenset({
    "village", "town", "city", "country", "nation", "state", "province", "region", "island",
    "community", "district", "neighbourhood", "neighborhood", "suburb", "capital", "municipality",
})  # fmt: skip
"""Places whose "of N people" is their population: "a village of about 600 people", "a city of 3
million" (written for this project from the corpus's wording)."""
