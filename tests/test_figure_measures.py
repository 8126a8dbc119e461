"""Figures of science, tech and business news: distances, speeds, temperatures, multiples,
shares written as fractions, prices and what a sum is the value of; and numbers of those
stories that are no figures (versions, designations)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # distances in light years, the model's money and date read as one quantity (EventId 51)
        (
            "This galaxy is located 3.8 billion light years away.",
            [("galaxy distance", None, "3.8 billion", "light years")],
        ),
        (
            "The Tarvo cluster is some 6 billion light-years from Earth.",
            [("distance from Earth", "some", "6 billion", "light years")],
        ),
        (
            "The comet Tarvo lies about 90 million miles away.",
            [("comet distance", "about", "90 million", "miles")],
        ),
        # speeds: how fast a thing went (EventIds 74, 75)
        ("The asteroid travels at 25,000 mph.", [("asteroid speed", None, "25,000", "mph")]),
        ("She estimated the truck moved at 20-25 mph.", [("truck speed", "between", "20-25", "mph")]),
        # temperatures below zero
        ("Temperatures fell to minus 20 degrees Celsius.", [("Temperatures fell", None, "-20", "°C")]),
        # multiples: what is compared, and with what (EventId 62)
        (
            "5G wireless networks promise Internet connections 10 to 100 times faster than current networks.",
            [("Internet connections faster than current networks", "between", "10-100", "times")],
        ),
        ("The new chip is three times more powerful.", [("new chip more powerful", None, "3", "times")]),
        (
            "The planet is about five times as massive as Earth.",
            [("planet as massive as Earth", "about", "5", "times")],
        ),
        (
            "This year there will be 10 times as many police officers on the streets.",
            [("as many police officers on streets", None, "10", "times")],
        ),
        # ratios: "per" and "for every" belong to what is counted (EventId 51)
        (
            "Tarvo estimated the distant galaxies contain 2,000 planets for every star.",
            [("planets for every star", None, "2,000", "planets")],
        ),
        # shares written as fractions, with where they go (EventId 24)
        (
            "A third of the budget was spent on roads.",
            [("budget spent on roads", None, "1/3", "share")],
        ),
        (
            "About two-thirds of the hit comes from the repatriation tax.",
            [("hit comes from repatriation tax", "about", "2/3", "share")],
        ),
        (
            "Two thirds of the $5 billion are due to changes in repatriation taxes.",
            [("share of $5 billion due to changes in repatriation taxes", None, "2/3", "share")],
        ),
        ("About 20% of the budget goes to defence.", [("budget goes to defence", "about", "20", "percent")]),
        # what a sum is the value or the bid of (EventIds 62, 65)
        (
            "The deal, valued at $130 billion, would be the largest ever.",
            [("deal valued at", None, "130 billion", "USD")],
        ),
        (
            "Its economy, expected to grow by 6 percent this year, is the bright spot in the region.",
            [("economy expected", None, "6", "percent")],
        ),
        (
            "Tarvo made its $38 billion bid in October for Dutch-based Ardent.",
            [("bid for Ardent (Tarvo)", None, "38 billion", "USD")],
        ),
        (
            "Tarvo Corp's stock had been trading at less than $55.",
            [("Tarvo Corp's stock trading at", "less than", "55", "USD")],
        ),
        ("The Tarvo 2 XL costs $849.", [("Tarvo XL price", None, "849", "USD")]),
        # tolls as headlines write them, and "more" after a toll's number (EventIds 18, 74)
        (
            "12 dead, 18 injured in Tarvo bus crash",
            [
                ("people killed", None, "12", "people"),
                ("people injured in Tarvo bus crash", None, "18", "people"),
            ],
        ),
        (
            "The quake killed 12 and injured 18 more.",
            [("people killed", None, "12", "people"), ("people injured", None, "18", "people")],
        ),
        (
            "As of now, over 20 are killed and over 100 injured.",
            [("people killed", "over", "20", "people"), ("people injured", "over", "100", "people")],
        ),
        ("The town has 12 dead-end streets.", [("dead-end streets", None, "12", "streets")]),  # no toll
        # a named group keeps its name ("members of ..."), however long (EventId 65)
        (
            "At least eight current or former members of Tarvo's Standing Committee have been implicated.",
            [
                (
                    "current or former members of Tarvo's Standing Committee implicated",
                    "at least",
                    "8",
                    "members",
                )
            ],
        ),
        # whose things they are: the name a relative clause is about (EventId 51)
        (
            "It is found in the Milky Way, which contains billions of planets.",
            [("planets (Milky Way)", None, "billions", "planets")],
        ),
        # ranks: an ordinal joined to a superlative (EventId 62)
        (
            "It would create the world's third-largest maker of chips.",
            [("rank as world's largest maker of chips", None, "3", "rank")],
        ),
        (
            "Tarvo caught 109 passes, second-most in the league.",
            [("caught passes (Tarvo)", None, "109", "passes")],
        ),
        # shares as British business pages write them
        ("Shares in Tarvo jumped 12pc to 340p.", [("Shares in Tarvo jumped", None, "12", "percent")]),
        # records say where or as what they were made (EventId 44)
        (
            "The Tarvos were 1-2 in playoff games under him.",
            [("Tarvos record in playoff games", None, "1-2", "record")],
        ),
        (
            "Ann Tarvo directed the Rams to a 9-3 record as interim coach.",
            [("record as interim coach", None, "9-3", "record")],
        ),
        # storage and devices: the unit written as an adjective (EventId 65)
        ("Wired says that the 2.6-terabyte leak includes documents.", [("leak", None, "2.6", "terabytes")]),
        (
            "The phone has a 4,000mAh battery and a 12-megapixel camera.",
            [("battery", None, "4,000", "mAh"), ("camera", None, "12", "megapixels")],
        ),
        # a name with a number in it keeps its words (EventIds 47, 49)
        (
            "In 1991 the Soviet Union's 20-tonne Tarvo 7 space station crashed to Earth.",
            [("Soviet Union's Tarvo space station", None, "20", "tonnes")],
        ),
        (
            "Its thrust equals that of 18 Boeing 747 jumbo jets.",
            [("Boeing jumbo jets", None, "18", "jets")],
        ),
        # a sum a relative clause gives for the noun it is about (EventIds 62, 63)
        (
            "The deal, which amounts to $148.9 billion including debt, would be the largest ever.",
            [("deal including debt", None, "148.9 billion", "USD")],
        ),
        (
            "Regulators shut down Tarvocoin, a purported swindle that had attracted $6 million.",
            [("Tarvocoin attracted", None, "6 million", "USD")],
        ),
        # a weight in a relative clause is the weight of the noun it is about (EventId 47)
        (
            "The Tarvo probe, which weighed about 8.5 tonnes, broke up on Sunday.",
            [("Tarvo probe weight", "about", "8.5", "tonnes")],
        ),
        # a list whose later clauses leave the counted noun out (EventId 65)
        (
            "Tarvo Bank has 2,300 offshore companies, Ardent Bank has 1,105 and Mira Bank has 979.",
            [
                ("offshore companies (Tarvo Bank)", None, "2,300", "companies"),
                ("offshore companies (Ardent Bank)", None, "1,105", "companies"),
                ("offshore companies (Mira Bank)", None, "979", "companies"),
            ],
        ),
    ],
)
def test_measures_of_science_tech_and_business_news(figures_of, text, expected):
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a designation (EventId 51)
        "The gravitational lens RX J1131-1231 galaxy can be seen at the centre.",
        "Hackers cracked the console's firmware 5.05 this week.",  # versions
        "We hope more features turn up in the update 5.50 beta.",
        "The update to iOS 11.2 fixes a bug.",
        # one thing whose number is its model (EventId 49, corpus)
        "The rocket is powerful enough to launch a fully booked 737 jet into orbit.",
        "He exchanged fire with officers using a 7.65 pistol.",
        "Flags will fly at half-staff at all government buildings.",  # no share (corpus)
        "The population has fallen to nearly half that level.",
        "Then the truck stopped, we were just five metres away.",  # where a witness stood
    ],
)
def test_numbers_of_such_news_that_are_no_figures(figures_of, text):
    assert figures_of(text) == []
