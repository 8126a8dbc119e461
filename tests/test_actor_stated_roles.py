"""Roles of people beyond a title written beside the name: occupations and positions before it,
a title before an apposition's comma, a description cut at its relative clause, a role stated
with "be", given by a naming verb or by a plural before a list; and which of several roles is
shown. Invented sentences first, then sentences of the corpus (dev events only)."""

from __future__ import annotations

from collections import Counter

import pytest

from generator.extract.actors.role_choice import choose_role
from generator.extract.actors.roles import person_role

INVENTED = [
    # an occupation or a position straight before the name, whatever the tagger made of it
    ("Later, in the clubhouse, Rovers shortstop Ana Vell smiled.", "Ana Vell", "Rovers shortstop"),
    ("He got four strong innings from starter Bo Lind before the rain.", "Bo Lind", "starter"),
    ("Eastbury third baseman Kai Moro fielded the last ball.", "Kai Moro", "Eastbury third baseman"),
    ("Actor Tam Oduya appeared on a morning show on Thursday.", "Tam Oduya", "Actor"),
    ("That is when casting director Ines Kroll said they should ask him.", "Ines Kroll", "casting director"),
    ("Northland teen Ana Vell speaks to her lawyer in the courtroom.", "Ana Vell", "Northland teen"),
    ("The Rovers guard Bo Lind and forward Kai Moro boarded the flight.", "Kai Moro", "forward"),
    ("The hotel will host Ana Vell and Bo Lind on Monday.", "Ana Vell", None),
    ("Police suspect Ana Vell of the theft.", "Ana Vell", None),
    ("The runs came off Eastbury ace Bo Lind and reliever Kai Moro.", "Bo Lind", "Eastbury ace"),
    ("Best New Artist Ana Vell thanked her fans.", "Ana Vell", None),  # an award's name
    ("The gunman, Eric Vell, was found dead in the room.", "Eric Vell", "gunman"),
    ("No group was named, the brother of the gunman, Eric Vell, said.", "Eric Vell", "brother of the gunman"),
    ("Only one woman (Ana Vell, Best New Artist) won an award.", "Ana Vell", None),
    # a title before the comma of an apposition, whatever its case, or before its "of" phrase
    ("In January, the Acme CEO, Ana Vell, said the firm should be regulated.", "Ana Vell", "CEO"),
    ("The new head of the Bank of Northland, Bo Lind, said prices would rise.", "Bo Lind",
     "new head of the Bank of Northland"),
    ("said the agency's director of planning and development, Kai Moro.", "Kai Moro",
     "director of planning and development"),
    ("Through a representative, Ana Vell said she regretted nothing.", "Ana Vell", None),
    ("A spokesman for the Acme group, Bo Lind, said it was shut.", "Bo Lind", "spokesman for the Acme group"),
    ("The station was visited by Northland's first female astronaut, Ana Vell, in 2012.", "Ana Vell",
     "female astronaut"),
    # an apposition ends at its relative clause and at a second description; a long one at its
    # first phrase of place or time
    ("For Bo Lind, a traveling DJ in the middle of an exhausting New York-to-Detroit-to-Atlanta "
     "connection, the delay was long.", "Bo Lind", "traveling DJ"),
    ("The victim, whom the channel identified only by first name, Ana, said police ignored her.", "Ana",
     None),
    ("Her friend, Ines Kroll, said she had been scared.", "Ines Kroll", "friend"),
    ("Ana Vell, a technologist who studies bots, joined the group.", "Ana Vell", "technologist"),
    ("said Bo Lind, a former space agency astronaut who serves on a panel.", "Bo Lind",
     "former space agency astronaut"),
    ("said Kai Moro, a partner at the Acme fund and one of the earliest backers of the coin.", "Kai Moro",
     "partner at the Acme fund"),
    # a role stated with "be"
    ("Vell is a senior member of the Northland Front, a left-leaning faction.", "Vell",
     "senior member of the Northland Front"),
    ("The clinic said Bo Lind was a radiologist and his wife a nurse.", "Bo Lind", "radiologist"),
    ("Kai Moro was an eighth-grader at a school in the city.", "Kai Moro", "eighth-grader"),
    ("Ana Vell is a good thing for the club.", "Ana Vell", None),
    ("Ana Vell was in Eastbury on Monday.", "Ana Vell", None),
    ("She said that Bo Lind was her cousin.", "Bo Lind", None),
    # a role given by a naming verb
    ("The minister identified the pilot as Bo Lind and described him as experienced.", "Bo Lind", "pilot"),
    ("The co-pilot was identified as Ana Vell.", "Ana Vell", "co-pilot"),
    ("The firm named Kai Moro as its new chief executive on Monday.", "Kai Moro", "new chief executive"),
    ("In 1985, a 21-year-old community college student named Bo Lind was flying home.", "Bo Lind",
     "community college student"),
    ("The boy, named Kai Moro by the local media, fell into the well.", "Kai Moro", "boy"),
    ("The street was named after Ana Vell in 1990.", "Ana Vell", None),
    # a plural title or occupation before a list of names
    ("Director Kai Moro and stars Ana Vell and Ines Kroll reveal the details.", "Ines Kroll", "star"),
    ("Director Kai Moro and stars Ana Vell and Ines Kroll reveal the details.", "Ana Vell", "star"),
    ("The Vells and their children, Ana and Bo, died in the crash.", "Bo", None),
]  # fmt: skip

CORPUS = [
    # sentences of dev events (EventIds of the dev gold files), names as written
    ("Later, in the clubhouse, as champagne flew around him, Cubs shortstop Addison Russell smiled.",
     "Addison Russell", "Cubs shortstop"),
    ("Cubs third baseman Kris Bryant drops down to a knee to celebrate.", "Kris Bryant",
     "Cubs third baseman"),
    ("Retired NASA historian and Smithsonian curator Roger Launius cautioned SpaceX has “a long "
     "history of overpromising.”", "Roger Launius", "Smithsonian curator"),
    ("In January, the Salesforce CEO, Marc Benioff, said that Facebook should be regulated like the "
     "cigarette industry.", "Marc Benioff", "CEO"),
    ("and Renée DiResta, a technologist who studies bots.", "Renée DiResta", "technologist"),
    ("Brian Kelly, a flight aficionado who runs ThePointsGuy.com, came to a similar conclusion.",
     "Brian Kelly", "flight aficionado"),
    ("Jarrar is a senior member of the Popular Front for the Liberation of Palestine, a left-leaning "
     "faction.", "Jarrar", "senior member of the Popular Front"),
    ("Cubillo identified the pilot as Juan Manuel Retana and described him as very experienced.",
     "Juan Manuel Retana", "pilot"),
    ("The Islamic State says it has officially named Abu Musab al-Barnawi as Boko Haram's leader.",
     "Abu Musab al-Barnawi", "leader"),
    ("The new head of the Bank for International Settlements, Agustín Carstens, also said bitcoin threatened "
     "to undermine public trust in central banks.", "Agustín Carstens",
     "new head of the Bank for International Settlements"),
    ("Director Toby Haynes and stars Jesse Plemons and Cristin Milioti reveal a ton of details.",
     "Cristin Milioti", "star"),
    ("Through a representative, Weinstein, who is in therapy in Arizona, agreed that “she very well "
     "could have said this.”", "Weinstein", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "role"), INVENTED + CORPUS)
def test_role_of_a_person(nlp, text, name, role):
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    assert person_role(span)[0] == role


@pytest.mark.parametrize(
    ("roles", "shown"),
    [
        # a title wins a tie over a description, a present role over a former one
        ({"princeling son of a revolutionary hero": 1, "President": 1}, "President"),
        ({"life-long Acme fan": 1, "President": 1}, "President"),
        ({"former governor of the Northland bank": 1, "head of the Acme Bank": 1}, "head of the Acme Bank"),
        # an occupation wins a tie over a description
        ({"native of Eastbury": 1, "travel guide": 1}, "travel guide"),
        # the head noun most roles agree on
        ({"representative": 1, "Hollywood producer": 1, "movie producer": 1}, "Hollywood producer"),
        # the most frequent first
        ({"Cubs fan": 2, "President": 1}, "Cubs fan"),
        ({}, None),
    ],
)
def test_the_role_shown(roles, shown):
    assert choose_role(Counter(roles)) == shown
