"""Words about names and the people who bear them: what a capitalised word is not (common words,
initialisms, credits), the forms of address, kinship and nationality around a person's name, and
the nouns for people. Places' words are in ``place_words``, bodies' in ``body_words``, things' in
``thing_words``."""

from __future__ import annotations

import re

ENTITY_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "country", "NORP": "group"}
MAX_NAME_TOKENS = 8

# Capitalised common words the model sometimes tags as a name on its own.
COMMON_WORDS = {
    "state",
    "next",
    "previous",
    "ceremony",
    "relationship",
    "government",
    "ministry",
    "party",
    "president",
    "minister",
    "news",
    "media",
    "today",
    "source",
    "sources",
    "photo",
    "video",
    "image",
    "images",
    "contact",
    "disclaimer",
    "translate",
    "share",
    "print",
    "email",
    "home",
    "world",
    "politics",
    "business",
    "opinion",
    "war",
    "police",
    "army",
    "court",
    "parliament",
    "gmt",
    "courtesy",
    "utc",
}
COMMON_INITIALISMS = frozenset(
    {
        # sports statistics and terms (Wikipedia, "Baseball statistics", "Glossary of American
        # football", "Glossary of association football")
        "rbi", "rbis", "era", "mvp", "mvps", "td", "tds", "qb", "hr", "ko", "ot", "ppg",
        # medicine (Wikipedia, "List of medical abbreviations")
        "acl", "mcl", "ct", "mri", "icu", "cpr", "dna", "ivf", "ptsd", "adhd", "ekg", "ecg", "iv",
        # computing (Wikipedia, "List of computing and IT abbreviations")
        "ar", "vr", "ai", "hdr", "gps", "led", "usb", "pc", "cpu", "gpu", "soc", "api", "sdk", "ram",
        "ssd", "hd", "wifi", "wi-fi", "4k", "5g", "4g", "lte",
        # business titles and finance (Wikipedia, "Corporate title", "List of business and
        # finance abbreviations"; currency codes of crypto-assets)
        "ceo", "cfo", "cto", "coo", "cio", "vp", "ipo", "etf", "gdp", "vat", "roi", "m&a", "btc", "eth",
        # everyday and internet initialisms and interjections (Wikipedia, "List of acronyms",
        # "Internet slang")
        "q&a", "faq", "tnt", "diy", "ok", "lol", "lmao", "omg", "wtf", "smh", "tbh", "imo", "fyi",
        "asap", "tv", "suv", "atm", "dj", "r&b",
    }
)  # fmt: skip
"""Initialisms and short forms of common nouns and interjections ("an RBI single", "a CT scan",
"his torn ACL", "the VAT", "Lmao"), compared case- and dot-free ("O.K.", "R. & B."): the model
takes them for organizations or people, they name things, not actors."""
PERSON_INITIALISMS = frozenset({"mvp", "ceo", "cfo", "cto", "coo", "cio", "vp", "qb", "dj"})
"""The COMMON_INITIALISMS that name a person: before a name ("MVP Ana Li", "CEO Bo Chen") they
say what the person is."""

# Words that mark a name as a publisher or picture credit rather than a player in the story.
MEDIA_WORDS = {
    "images", "photo", "photos", "tv", "newspaper", "channel", "pictures",
    "youtube", "twitter", "facebook", "instagram", "whatsapp", "telegram", "tiktok",
}  # fmt: skip
# Nouns after a name that make it a group's name: "X militants", "X fighters".
GROUP_FOLLOWERS = {
    "militants", "fighters", "insurgents", "rebels", "jihadists", "extremists", "members", "commanders",
    "faction", "militia", "militias", "terrorists", "insurgency", "group", "movement", "supporters",
}  # fmt: skip
# Forms of address before a name, not part of it: English ones, military ranks abbreviated, and
# the Hausa and Arabic honorifics West African papers print before names ("Alhaji", "Mallam").
HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "mallam", "malam", "alhaji",
    "alhaja", "rev", "reverend", "hon", "honourable", "gen", "col", "capt", "sgt", "lt", "maj", "mx",
}  # fmt: skip


# Common nouns a sentence may start with before a name ("Bystander Ana Li said ...").
DESCRIPTOR_WORDS = {
    "bystander", "witness", "eyewitness", "survivor", "resident", "tourist", "victim", "passenger",
    "driver", "student", "teacher", "doctor", "nurse", "neighbour", "neighbor", "photographer",
    "reporter", "journalist", "correspondent", "lawyer", "activist", "volunteer", "spectator",
}  # fmt: skip
# Words of address a transcript puts before a name ("Thanks Ari", "Hello Ana").
GREETING_WORDS = {"thanks", "thank", "hi", "hello", "dear", "welcome", "bye", "goodbye", "congratulations"}
# Particles inside a family name ("Marine Le Pen", "Ursula von der Leyen"): the model may stop at them.
NAME_PARTICLES = {
    "le", "la", "de", "del", "della", "van", "von", "der", "den", "al", "el", "bin", "ibn", "da", "du", "di",
}  # fmt: skip

KINSHIP_WORDS = {
    "father", "mother", "brother", "sister", "son", "daughter", "husband", "wife", "cousin",
    "uncle", "aunt", "nephew", "niece", "grandfather", "grandmother", "widow", "widower",
}  # fmt: skip
"""Before a one-word name ("her father Bassem"), the name is a person's whatever the model says."""


CREDIT = re.compile(
    r"(?:\b(?:reporting|writing|editing|edited|written|compiled|photos?|photographs?|"
    r"pictures?|video|graphics?|illustrations?|additional reporting)\s+(?:by|:)\s+"
    r"(?:[\w.'’-]+\s+){0,5}(?:and\s+(?:[\w.'’-]+\s+){0,3})?|/|\(courtesy\s+(?:of\s+)?)$",
    re.IGNORECASE,
)
"""What comes just before a credited name: "Editing by", "Photo: ", "REUTERS/", "AP Photo/",
"(Courtesy of "."""
CREDIT_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:File\s*)?/|^\s*,\s*File\b|^\s*/|"
    r"^\s+contributed(?:\s+(?:additional\s+)?reporting\b|\s+to\s+this\s+(?:report|story|article)\b|"
    r"\s+from\s+[A-Z]|\s*\.)|"
    # a video's or a broadcast's narrator: "Ana Li reports.", "Ana Li (@anali) has more."
    r"^\s*(?:\(@\w+\)\s*)?(?:reports|has\s+(?:more|(?:the\s+)?(?:whole\s+|full\s+)?"
    r"(?:story|details|latest)))\s*(?:\(@\w+\)\s*)?[.!]|"
    # a transcript's speaker label for its own staff: "ANA LI, HOST:", "BO CHEN, BYLINE:"
    r"^\s*,\s*(?:HOST|BYLINE|ANCHOR|CO-HOST)\s*:"
)
"""What comes just after one: "(Ana Li, File/Agency)", "Ana Li/Agency", "Ana Li contributed from
Lima.", "Ana Li contributed reporting." (not "Ana Li contributed $5m to the fund"); the
narrator of a news video ("Ana Li reports.", "Bo Chen has the details.", not "Ana Li reports
that ...") and a transcript's host or reporter ("ANA LI, HOST:"), who are the outlet's people."""


PLURAL_OWNERS = {
    "people", "peoples", "children", "women", "men", "workers", "veterans", "farmers", "citizens",
    "nations", "soldiers", "students", "mothers", "fathers", "parents", "teachers",
}  # fmt: skip
"""Plural common nouns that own the rest of a name ("The People's Daily", "Children's Hospital",
"Workers' Party"): the name is one, not an owner and its thing."""


PERSON_NOUNS = {
    "man", "woman", "men", "women", "boy", "girl", "teenager", "teen", "child", "baby", "star",
    "superstar", "celebrity", "actor", "actress", "singer", "rapper", "musician", "comedian",
    "model", "player", "driver", "rider", "racer", "athlete", "champion", "runner", "swimmer",
    "skier", "cyclist", "boxer", "golfer", "striker", "midfielder", "defender", "goalkeeper",
    "forward", "quarterback", "coach", "manager", "owner", "billionaire", "millionaire",
    "entrepreneur", "businessman", "businesswoman", "tycoon", "magnate", "investor", "engineer",
    "scientist", "astronaut", "pilot", "soldier", "officer", "citizen", "national", "native",
    "immigrant", "migrant", "refugee", "tourist", "traveller", "traveler", "writer", "author",
    "director", "producer", "designer", "artist", "chef", "veteran", "rookie", "teammate",
    "team-mate", "rival", "winner", "runner-up", "legend", "icon", "youngster",
}  # fmt: skip
"""Nouns for people (a sample of WordNet's noun.person class, the ones news writes after a
nationality): "the Dutch driver", "a British woman", "German star X" say where a person is from,
they do not make the country an actor."""

NATIONALITY_NOUNS = {
    "brit": "GB", "briton": "GB", "englishman": "GB", "englishwoman": "GB", "scot": "GB",
    "scotsman": "GB", "scotswoman": "GB", "welshman": "GB", "welshwoman": "GB", "finn": "FI",
    "spaniard": "ES", "swede": "SE", "dane": "DK", "pole": "PL", "turk": "TR", "kiwi": "NZ",
    "aussie": "AU", "yank": "US", "frenchman": "FR", "frenchwoman": "FR", "dutchman": "NL",
    "dutchwoman": "NL", "irishman": "IE", "irishwoman": "IE",
}  # fmt: skip
"""Nouns that name a person by nationality and are not the adjective with "-man" added to it
(after Wikipedia's "List of adjectival and demonymic forms for countries and nations"): "the
Brit", "Frenchman Ana Li" are a person, not a country."""
