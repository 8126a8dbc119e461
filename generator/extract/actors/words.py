"""Word lists the actor extractor decides with: what a name is not, and what kind it names."""

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
# Words that make a name a building or site, not an actor.
FACILITY_WORDS = {
    "palace",
    "prison",
    "jail",
    "guesthouse",
    "airport",
    "mausoleum",
    "hotel",
    "square",
    "street",
    "avenue",
    "stadium",
    "bridge",
    "hall",
    "tower",
    "station",
    "port",
    "harbour",
    "harbor",
    "museum",
    "park",
    # Features of the land and sea: places, not actors.
    "cape",
    "island",
    "islands",
    "peninsula",
    "sea",
    "strait",
    "bay",
    "gulf",
    "mount",
    "mountain",
    "mountains",
    "river",
    "lake",
    "valley",
    "forest",
    "desert",
    "coast",
}
# Last words of the name of a landmark, monument or street ("Brandenburg Gate", "Victory Column"):
# a place the story happens at. Only as the last word: "Temple University" is an actor.
LANDMARK_WORDS = {
    "gate",
    "column",
    "monument",
    "memorial",
    "cathedral",
    "mosque",
    "temple",
    "shrine",
    "plaza",
    "boulevard",
    "road",
    "lane",
    "tunnel",
    "arena",
    "castle",
    "cemetery",
    "beach",
    "canal",
    "mall",
    # stops and crossings of a transport network ("Reeves Corner", "Beckenham Junction")
    "corner",
    "junction",
    "crossing",
    "roundabout",
    "interchange",
}
STREET_SUFFIXES = ("strasse", "straße", "platz", "gasse", "plein", "straat")
"""German and Dutch street and square names are one word: "Ebertstrasse", "Alexanderplatz"."""

EVENT_WORDS = {
    "trophy", "championship", "championships", "cup", "bowl", "award", "awards", "prize", "olympics",
    "games", "game", "festival", "parade", "marathon", "tournament", "series", "grand prix", "week",
    "papers", "leaks",
}  # fmt: skip
"""Last words of the name of an event, contest or award ("Heisman Trophy", "NFC Championship
Game", "Super Bowl"), or of a leak of documents ("the Northland Papers", "Acme Leaks"): what
happens, is won or is published, not who takes part."""

# Words that make a name an organization, whatever the model says.
ORG_WORDS = {
    "institute",
    "party",
    "council",
    "ministry",
    "committee",
    "association",
    "bank",
    "court",
    "union",
    "agency",
    "company",
    "corporation",
    "corp",
    "inc",
    "ltd",
    "university",
    "center",
    "centre",
    "foundation",
    "group",
    "army",
    "forces",
    "force",
    "embassy",
    "office",
    "department",
    "commission",
    "organization",
    "organisation",
    "assembly",
    "parliament",
    "congress",
    "senate",
    "government",
    "program",
    "programme",
    "fund",
    "school",
    "academy",
    "club",
    "federation",
    "alliance",
    "front",
}

# Last words of a newspaper's or broadcaster's name ("Süddeutsche Zeitung", "France Info"):
# the model often takes such a title for a person.
PUBLICATION_WORDS = {
    "zeitung", "times", "post", "journal", "herald", "tribune", "gazette", "info", "hebdo",
    "telegraph", "chronicle", "courier", "observer", "inquirer", "examiner", "bulletin", "press",
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

PLACE_NOUNS = {
    "village", "town", "city", "province", "region", "district", "county", "neighbourhood",
    "neighborhood", "suburb", "municipality", "camp", "island", "valley", "port",
}  # fmt: skip
"""In "the village of X", X is a place; the gazetteer does not know every village."""

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

PARTY_PLURALS = {
    "democrats", "republicans", "socialists", "conservatives", "liberals", "greens", "communists",
    "nationalists", "tories", "unionists", "social-democrats", "christian-democrats",
}  # fmt: skip
"""Last words of the plural names parties go by ("Christian Democrats", "Social Democrats"): with
a word before them, the name of a party, an organization, not a people."""

REGISTRY_WORDS = {"flag", "flags", "flagged", "reflagged", "registered", "registry", "register"}
"""Words of a ship's flag or registry: a country named with them ("a Northland-flagged tanker",
"registered in Northland") says where a vessel is registered, not who acts."""

CITY_NOUNS = {
    "capital", "city", "town", "streets", "street", "roads", "network", "tram", "trams", "metro",
    "subway", "underground", "buses", "transport", "airport", "airports", "station", "stations",
    "skyline", "suburbs", "outskirts", "centre", "center", "districts", "neighbourhoods",
    "neighborhoods", "boroughs", "parks", "zoo", "museums", "landmarks", "nightlife", "residents",
    "population", "traffic", "housing", "mayor", "hospitals", "bridges", "river", "port", "harbour",
    "harbor", "docks", "financial", "shops", "restaurants", "hotels",
}  # fmt: skip
"""Things and people of a city, after WordNet's noun.artifact and noun.location classes (and a
city's own people): "London's tram network", "the British capital" name a city, not a state
acting. A government's nouns ("Washington's response", "Moscow's envoy") are not here."""

THING_NOUNS = {
    # works and media (WordNet noun.communication)
    "song", "single", "album", "film", "movie", "book", "novel", "poem", "play", "show", "series",
    "documentary", "painting", "sculpture", "statue", "hashtag", "slogan", "anthem", "podcast",
    "website", "site", "platform", "forum", "blog", "app", "game", "video",
    # vessels, vehicles and other artifacts (noun.artifact)
    "ship", "vessel", "tanker", "freighter", "boat", "yacht", "ferry", "submarine",
    "destroyer", "frigate", "aircraft", "plane", "jet", "drone", "missile", "rocket", "satellite",
    "car", "truck", "train", "tram", "building", "tower", "bridge", "pyramid", "monument", "product",
    "brand", "drug", "vaccine", "device", "phone", "weapon", "software",
    # schemes, events and natural things (noun.act, noun.event, noun.object, noun.phenomenon)
    "scheme", "scam", "festival", "tournament", "race", "storm", "hurricane", "typhoon", "cyclone",
    "planet", "asteroid", "comet", "volcano", "mountain", "river", "lake", "virus",
    "disease", "syndrome",
    # gadgets, techniques and currencies (noun.artifact, noun.act, noun.possession)
    "spectacles", "spectacle", "glasses", "glass", "gadget", "headset", "smartphone", "tablet",
    "laptop", "console", "chip", "processor", "technique", "technology", "feature", "algorithm",
    "cryptocurrency", "currency",
    "token", "telescope", "spacecraft", "probe", "rover", "lander", "capsule",
    # animals (noun.animal)
    "dog", "cat", "horse", "racehorse", "gorilla", "lion", "tiger", "bear", "elephant", "whale",
}  # fmt: skip
"""Head nouns of an apposition that says a name is a thing ("X, a song by Y", "the X, a
Northland-flagged tanker", "X, a pyramid scheme"), after WordNet's lexicographer classes for
artifacts, works, acts, events, natural objects and animals: such a name is no actor."""

HOME_NOUNS = {
    "house", "home", "homes", "farm", "ranch", "estate", "villa", "cottage", "cabin", "apartment",
    "flat", "mansion", "property", "retreat", "residence", "hometown", "birthplace",
}  # fmt: skip
"""Dwellings (WordNet noun.artifact, dwelling): "their lake house in X" says where somebody
lives, so X is named in passing."""

PLURAL_OWNERS = {
    "people", "peoples", "children", "women", "men", "workers", "veterans", "farmers", "citizens",
    "nations", "soldiers", "students", "mothers", "fathers", "parents", "teachers",
}  # fmt: skip
"""Plural common nouns that own the rest of a name ("The People's Daily", "Children's Hospital",
"Workers' Party"): the name is one, not an owner and its thing."""

COMPASS_WORDS = {"eastern", "western", "northern", "southern", "central", "northeastern",
                 "northwestern", "southeastern", "southwestern", "midwestern"}  # fmt: skip
"""Adjectives of a region: a name ending in one ("Russian Far Eastern ports") names a region."""

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

PRODUCT_NOUNS = {
    "rocket", "booster", "capsule", "spacecraft", "probe", "lander", "rover", "module", "orbiter",
    "telescope", "satellite", "vessel", "ship", "submarine", "missile", "system", "processor",
    "chip", "chipset", "smartphone", "phone", "handset", "tablet", "laptop", "console", "headset",
    "glasses", "app", "drug", "vaccine", "engine",
}  # fmt: skip
"""Singular nouns of made things (WordNet noun.artifact) a product's, vehicle's or mission's
name is written before: "the Falcon rocket", "the Acme 9 processor", "the Patriot system".
Makers' nouns ("car", "series", "website", "product") are not here: "the Williams car" names
a team, "the Showtime series" a network."""

MADE_THING_NOUNS = (PRODUCT_NOUNS - {"vessel", "ship", "submarine", "missile", "satellite", "system"}) | {
    "car", "vehicle", "truck", "camera", "footage", "device", "gadget", "product", "computer",
    "pc", "notebook", "smartwatch", "watch", "browser", "software", "handset", "modem",
}  # fmt: skip
"""Lemmas of made things (WordNet noun.artifact) a maker's or brand's name is written before as a
modifier ("Samsung devices", "the Williams car", "Android smartphones", "CCTV cameras"): such a
mention names the thing, not the maker acting. Military and public hardware (ships, missiles,
satellites, "systems") is left out: "a Navy ship", "the NHS system" are the body's own."""

MEMBER_NOUNS = {
    "driver", "drivers", "player", "players", "quarterback", "striker", "midfielder", "defender",
    "goalkeeper", "rider", "riders", "employee", "employees", "worker", "workers", "staffer",
    "staffers", "engineer", "engineers", "mechanic", "mechanics", "banker", "bankers", "executive",
    "executives", "boss", "principal", "manager", "coach",
}  # fmt: skip
"""Nouns for a team's or a firm's people (WordNet noun.person, members and employees): a one-word
name written before one as a modifier is the team's or firm's ("the Acme driver", "a Rovers
striker", "Northbank bankers"), not a person's, whatever the model says. People's followers and
aides ("Li supporters", "a Li aide") are not here."""

BODY_NOUNS = {
    "consulate", "embassy", "mission", "delegation", "board", "team", "squad", "crew", "club",
    "administration", "government", "cabinet", "family", "campaign", "firm", "league", "office",
    "regime", "authorities", "authority", "military", "navy", "airline", "network", "label",
}  # fmt: skip
"""Lower-case nouns after a name that make it a body's ("the Northland embassy", "the Acme
board", "the Ana Li campaign"), besides ORG_WORDS and the institutions' heads: a name the model
ends with any other lower-case noun ("the Apollo pad", "the Acme logo", "Larsen C iceberg") is
a thing's or a place's."""

DESIGNATORS = ORG_WORDS | {
    "airlines", "airline", "airways", "air", "motors", "motor", "holdings", "partners", "technologies",
    "industries", "pharmaceuticals", "inc", "corp", "co", "ltd", "llc", "llp", "plc", "ag", "sa", "gmbh",
}  # fmt: skip
"""Last words that say what kind of body a name is (a company's legal form, an airline, a
bank): "United Airlines" is "United", "Deutsche Bank" is "Deutsche"; "Apple Music" (a product
line) and "United Nations" are not their first word."""
