"""Words of bodies: the last words of an organization's, a publication's or a party's name, and the
nouns for a body's people, which make a name an organization's."""

from __future__ import annotations

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

PARTY_PLURALS = {
    "democrats", "republicans", "socialists", "conservatives", "liberals", "greens", "communists",
    "nationalists", "tories", "unionists", "social-democrats", "christian-democrats",
}  # fmt: skip
"""Last words of the plural names parties go by ("Christian Democrats", "Social Democrats"): with
a word before them, the name of a party, an organization, not a people."""

BODY_NOUNS = {
    "consulate", "embassy", "mission", "delegation", "board", "team", "squad", "crew", "club",
    "administration", "government", "cabinet", "family", "campaign", "firm", "league", "office",
    "regime", "authorities", "authority", "military", "navy", "airline", "network", "label",
}  # fmt: skip
"""Lower-case nouns after a name that make it a body's ("the Northland embassy", "the Acme
board", "the Ana Li campaign"), besides ORG_WORDS and the institutions' heads: a name the model
ends with any other lower-case noun ("the Apollo pad", "the Acme logo", "Larsen C iceberg") is
a thing's or a place's."""

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

DESIGNATORS = ORG_WORDS | {
    "airlines", "airline", "airways", "air", "motors", "motor", "holdings", "partners", "technologies",
    "industries", "pharmaceuticals", "inc", "corp", "co", "ltd", "llc", "llp", "plc", "ag", "sa", "gmbh",
}  # fmt: skip
"""Last words that say what kind of body a name is (a company's legal form, an airline, a
bank): "United Airlines" is "United", "Deutsche Bank" is "Deutsche"; "Apple Music" (a product
line) and "United Nations" are not their first word."""

FIRM_WORDS = {
    "partners", "associates", "holdings", "ventures", "capital", "advisors", "advisers", "securities",
    "investments", "industries", "technologies", "pharmaceuticals", "labs", "consulting", "airlines",
    "airways", "motors", "llc", "llp", "plc", "inc", "ltd", "gmbh",
}  # fmt: skip
"""Last words of a firm's name (Wikipedia, "List of legal entity types by country" and the
plural nouns firms of investors, advisers and makers go by): "Acme Partners", "Bo Chen
Associates", "Northbank Capital" are firms whatever the model says, never a person."""
