"""Nouns that say what a person does for a living or in a game: a word of this list written
straight before a name ("shortstop Ana Li", "actor Bo Chen") or stated of it ("Li is a
radiologist") is the person's role, whatever the parser made of the sentence."""

from __future__ import annotations

# Positions in team sports, after Wikipedia's "Baseball positions", "American football
# positions", "Basketball positions", "Association football positions" and "Ice hockey" pages.
SPORT_POSITIONS = frozenset(
    """
    pitcher catcher shortstop infielder outfielder fielder leftfielder rightfielder centerfielder
    baseman reliever closer starter slugger hitter batter ace linebacker cornerback receiver
    kicker punter lineman fullback halfback tailback backup rookie striker midfielder defender
    goalkeeper goalie keeper winger forward guard center centre playmaker quarterback jockey
    batsman bowler driver rider racer skipper
    """.split()
)
# Occupations that news about culture, science, business and technology gives (a sample of
# WordNet's noun.person class, its hyponyms of "worker", "professional" and "creator").
TRADES = frozenset(
    """
    actor actress director producer singer songwriter singer-songwriter rapper musician guitarist
    drummer bassist pianist comedian comic host presenter anchor filmmaker screenwriter writer
    novelist author poet playwright artist painter sculptor photographer dancer choreographer
    designer model star superstar frontman frontwoman vocalist critic reviewer columnist blogger
    journalist reporter correspondent commentator historian curator astronomer astronaut
    cosmonaut scientist physicist chemist biologist geologist engineer developer programmer
    technologist entrepreneur co-founder cofounder investor banker trader consultant surgeon
    physician doctor radiologist pediatrician paediatrician nurse paramedic firefighter rescuer
    pilot co-pilot copilot sailor soldier dj disc-jockey counsel prefect suspect assailant teacher
    student pupil athlete player champion veteran referee umpire guide
    """.split()
)
OCCUPATIONS = SPORT_POSITIONS | TRADES

OCCUPATION_PHRASES = frozenset(
    {
        "running back", "wide receiver", "tight end", "defensive end", "first lady", "head coach",
        "left fielder", "right fielder", "center fielder", "first baseman", "second baseman",
        "third baseman", "relief pitcher", "point guard", "shooting guard", "power forward",
        "small forward", "offensive coordinator", "defensive coordinator", "casting director",
    }
)  # fmt: skip
"""Positions named by two words whose words are not titles alone ("running back Bo Chen",
"third baseman Ana Li")."""

SOCIAL_NOUNS = frozenset(
    """
    friend girlfriend boyfriend fiance fiancee fiancé fiancée partner spouse colleague classmate
    roommate flatmate companion neighbour neighbor ex-wife ex-husband ex-girlfriend ex-boyfriend
    """.split()
)
"""Nouns of a person's ties to others (WordNet noun.person, friends and partners): "her
friend, Ana Li," says who Ana Li is in the story."""

VERB_OCCUPATIONS = frozenset(
    """
    host guard star model pilot captain skipper anchor champion referee umpire author center
    centre nurse doctor engineer produce direct trade comic backup guide closer suspect counsel
    """.split()
)
"""Occupations that are also verbs ("will host Ana Li", "helped pilot the ship"): tagged a verb,
such a word before a name is the sentence's verb, not the person's role."""

ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())
"""Ordinals that stand inside a position ("third baseman", "second-year player")."""


def is_occupation(word: str) -> bool:
    """True for a noun that names what a person does ("shortstop", "Actor", "radiologist")."""
    return word.casefold() in OCCUPATIONS
