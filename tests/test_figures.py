"""Figures: golden sentences in, figures out (number words, qualifiers, money, what is not a
figure), and merging across sources (one figure per measure, every value with its source)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.actors.extract import extract_actors
from generator.extract.figures import extract_figures
from generator.extract.figures.numbers import parse_amount
from generator.merge.figures import merge_figures
from generator.records import Article, Evidence, Figure
from tests.conftest import make_article

PUBLISHED = dt.date(2024, 6, 20)


def article(text: str, source: str = "a", published: dt.date | None = PUBLISHED) -> Article:
    return make_article(text, published=published, id=source)


@pytest.fixture(scope="module")
def figures_of(nlp):
    def run(text: str) -> list[tuple[str, str | None, str, str | None]]:
        art = article(text)
        doc = nlp(text)
        actors, mentions = extract_actors(doc, art)
        return [(f.what, f.qualifier, f.value, f.unit) for f in extract_figures(doc, art, actors, mentions)]

    return run


# ----------------------------------------------------------------------------- the numbers


@pytest.mark.parametrize(
    ("text", "value", "number", "qualifier", "unit"),
    [
        ("seven", "7", 7, None, None),
        ("Fifty-eight", "58", 58, None, None),
        ("eleven thousand", "11,000", 11_000, None, None),
        ("nearly three million", "3 million", 3e6, "nearly", None),
        ("a million", "1 million", 1e6, None, None),
        ("half a million", "500,000", 5e5, None, None),
        ("dozens", "dozens", None, None, None),
        ("tens of thousands", "tens of thousands", None, None, None),
        ("a dozen", "12", None, None, None),
        ("two-thirds", "2/3", 2 / 3, None, None),
        ("more than 100", "100", 100, "more than", None),
        ("At least 84", "84", 84, "at least", None),
        ("over 11,000", "11,000", 11_000, "over", None),
        ("$121 billion", "121 billion", 121e9, None, "USD"),
        ("£2.3m", "2.3 million", 2.3e6, None, "GBP"),
        ("5.7 billion dollars", "5.7 billion", 5.7e9, None, "USD"),
        ("US$5bn", "5 billion", 5e9, None, "USD"),
        ("€300 million", "300 million", 3e8, None, "EUR"),
        ("up to $2 billion", "2 billion", 2e9, "up to", "USD"),
        ("between $1 billion to $3 billion", "1-3 billion", 1e9, "between", "USD"),
        ("between 8% and 15.5%", "8-15.5", 8, "between", "percent"),
        ("15.5 percent", "15.5", 15.5, None, "percent"),
        ("600 tons", "600", 600, None, "tons"),
        ("about 1,000 feet", "1,000", 1000, "about", "feet"),
        ("2,000 pounds", "2,000", 2000, None, "pounds"),  # a weight: "pounds" alone is no currency
    ],
)
def test_amounts_read_number_words_qualifiers_and_money(text, value, number, qualifier, unit):
    amount = parse_amount(text)
    assert amount is not None
    assert (amount.value, amount.qualifier, amount.unit) == (value, qualifier, unit)
    if number is not None and amount.number is not None:
        assert amount.number == pytest.approx(number)


def test_words_without_a_number_are_no_amount():
    assert parse_amount("the two") is None
    assert parse_amount("several") is None


# ----------------------------------------------------------------------------- sentences in, figures out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tolls, numbers written as words, qualifiers kept
        (
            "Seven people were killed and dozens were injured when the bridge collapsed.",
            [("people killed", None, "7", "people"), ("people injured", None, "dozens", "people")],
        ),
        (
            "At least 59 people were killed and over 500 others wounded in a mass shooting.",
            [
                ("people killed", "at least", "59", "people"),
                ("people injured in mass shooting", "over", "500", "people"),
            ],
        ),
        (
            "More than 100 people were arrested after the protest.",
            [("people arrested", "more than", "100", "people")],
        ),
        (
            "The death toll rose to 85, the regional president announced.",
            [("people killed", None, "85", "people")],
        ),
        ("Rescuers freed 12 miners trapped underground.", [("miners freed", None, "12", "miners")]),
        (
            "Police evacuated about 2,000 residents from the area.",
            [("residents evacuated", "about", "2,000", "residents")],
        ),
        ("Three people remain missing after the flood.", [("people missing", None, "3", "people")]),
        (
            "The court indicted 14 officials on corruption charges.",
            [("officials indicted", None, "14", "officials")],
        ),
        # corpus (EventId 64): a number the model leaves untagged, after a toll verb
        (
            "Fifty-eight people were killed and 515 injured when a gunman opened fire on an outdoor "
            "music festival.",
            [("people killed", None, "58", "people"), ("people injured", None, "515", "people")],
        ),
        # money
        (
            "The company reported a $121 billion loss for the year.",
            [("loss", None, "121 billion", "USD")],
        ),
        ("The club was sold for £2.3m.", [("club sold", None, "2.3 million", "GBP")]),
        ("The deal is worth 5.7 billion dollars.", [("deal", None, "5.7 billion", "USD")]),
        (
            "Goldman Sachs expects to take a $5 billion hit to profits.",
            [("hit (Goldman Sachs)", None, "5 billion", "USD")],
        ),
        # counts of things and measures
        (
            "North Korea fired three ballistic missiles into the sea.",
            [("fired ballistic missiles (North Korea)", None, "3", "missiles")],
        ),
        (
            "The two countries signed 12 agreements on Thursday.",
            [("signed agreements", None, "12", "agreements")],
        ),
        ("The bill passed the Senate in a 51-49 vote.", [("vote", None, "51-49", "vote")]),
        ("Police seized 600 grams of heroin.", [("seized heroin", None, "600", "grams")]),
        # a measure of a noun ("a speed limit of 12mph"), a distance from a place, glued units
        ("The bend has a speed limit of 12mph.", [("speed limit", None, "12", "mph")]),
        ("The rocket reached an altitude of 770 km.", [("altitude", None, "770", "km")]),
        (
            "The moon came within a distance of 221,559 miles from Earth.",
            [("distance from Earth", None, "221,559", "miles")],
        ),
        (
            "The village, which is 15 kilometres from Tarvo, was cut off.",
            [("distance from Tarvo", None, "15", "km")],
        ),
        ("A rocket will carry a 425kg satellite.", [("satellite", None, "425", "kg")]),
        # anyone a toll counts is people: "dead bodies", "lives"
        ("Two dead bodies were found.", [("people killed", None, "2", "people")]),
        # the parts of a count set beside it name the whole they belong to
        (
            "Its 25 crewmen — 23 Chinese citizens and two men from Myanmar — will be allowed to leave.",
            [
                ("crewmen allowed", None, "25", "crewmen"),
                ("crewmen (Chinese citizens)", None, "23", "citizens"),
                ("crewmen (men from Myanmar)", None, "2", "men"),
            ],
        ),
        # lengths of time tagged as times, ranges written in words
        (
            "The talks lasted about two hours.",
            [("talks duration", "about", "2", "hours")],
        ),  # the talks' length, as "two-day talks"
        ("The carriages slid for eight to ten seconds.", [("carriages slid", "between", "8-10", "seconds")]),
        (
            "The cars slid for ten seconds before coming to a halt.",
            [("cars slid", None, "10", "seconds")],
        ),
        (  # a measure hung on the noun after "in": the noun before it
            "The resolution calls for a pause in the fighting of at least two weeks.",
            [("pause", "at least", "2", "weeks")],
        ),
        ("Unemployment fell to 4.2 percent in May.", [("Unemployment", None, "4.2", "percent")]),
        ("The talks lasted two days.", [("talks duration", None, "2", "days")]),
        (
            "A military court extended her remand by eight days.",
            [("court extended remand", None, "8", "days")],
        ),
        ("She could face up to 14 years in prison.", [("face in prison", "up to", "14", "years")]),
        # what happened, named by a noun before "of" (invented sentences)
        (
            "The abduction of 140 pupils from a school in Tarvo shocked the country.",
            [("pupils abducted", None, "140", "pupils")],
        ),
        (
            "The militia was blamed for the deaths of 3,500 people and the displacement of 1.2 million "
            "others.",
            [("people killed", None, "3,500", "people"), ("people displaced", None, "1.2 million", "people")],
        ),
        (
            "An official said the release of the 19 captives was part of a deal.",
            [("captives freed", None, "19", "captives")],
        ),
        # a trip to hospital is a count of people hospitalised, whatever the verb
        (
            "Two people died and 64 people were taken to hospital.",
            [("people killed", None, "2", "people"), ("people hospitalised", None, "64", "people")],
        ),
        (
            "The blast left more than 30 people being rushed to hospital.",
            [("people hospitalised", "more than", "30", "people")],
        ),
        (
            "The clinic said 12 people had been brought in for treatment.",
            [("people hospitalised", None, "12", "people")],
        ),
        # a verb of reporting, a state, "lost their lives"
        (
            "At least nine people are now confirmed as having died.",
            [("people killed", "at least", "9", "people")],
        ),
        ("Three climbers were found dead on Sunday.", [("climbers killed", None, "3", "climbers")]),
        (
            "Officials confirmed that 14 people have lost their lives.",
            [("people killed", None, "14", "people")],
        ),
        ("Four miners remain trapped underground.", [("miners trapped", None, "4", "miners")]),
        ("Some 90 villagers remain captive.", [("villagers held captive", "some", "90", "villagers")]),
        # a purpose is not a deed: the people's own state counts ("still trapped", "held captive")
        (
            "Crews are working to free three people still trapped.",
            [("people trapped", None, "3", "people")],
        ),
        (
            "The government said it was committed to rescuing the 40 fishermen still held captive by "
            "pirates.",
            [("fishermen held captive", None, "40", "fishermen")],
        ),
        # a part of a set: the set's number counts what the set's own words say
        (
            "Rebels freed 12 of the more than 90 sailors kidnapped last year.",
            [("sailors abducted", "more than", "90", "sailors")],
        ),
        # the event a toll belongs to, when the sentence names it
        ("A dozen prisoners died in a bombing.", [("prisoners killed in bombing", None, "12", "prisoners")]),
        (
            "Police blamed the gang for a car bomb attack that saw eight people killed in Tarvo.",
            [("people killed in car bomb attack", None, "8", "people")],
        ),
        ("Five people died in hospital.", [("people killed", None, "5", "people")]),  # a place
        (  # the event's name without its date or what follows it
            "The plan was used during the Nov. 13 Tarvo bomb attacks that killed 41 people.",
            [("people killed in Tarvo bomb attacks", None, "41", "people")],
        ),
        (  # the people's own word after a toll's conjunct; their own state before a trip to hospital
            "A gunman left at least 50 dead and more than 400 wounded.",
            [("people killed", "at least", "50", "people"), ("people injured", "more than", "400", "people")],
        ),
        (
            "More than 100 wounded people had been brought to hospital.",
            [("people injured", "more than", "100", "people")],
        ),
        # "a total of", "tens of", "seized", "the number of" with a long complement
        ("A total of 85 people died.", [("people killed", "a total of", "85", "people")]),
        ("The raid left tens of fighters dead.", [("fighters killed", None, "tens", "fighters")]),
        (
            "More than 60 fishermen were seized by pirates.",
            [("fishermen seized", "more than", "60", "fishermen")],
        ),
        (
            "The number of burglaries and car thefts recorded in Tarvo last year rose 9.5 percent.",
            [("burglaries recorded rose", None, "9.5", "percent")],
        ),
        # measures in a unit: a dimension names what it measures, a rate keeps its "per"
        ("The well was about 40 metres deep.", [("well depth", "about", "40", "m")]),
        ("The 80m-deep shaft is in Tarvo province.", [("shaft depth", None, "80", "m")]),
        ("Rescuers have dug only 13m down the shaft.", [("Rescuers dug", "only", "13", "m")]),
        ("The club was sold for £2.3m.", [("club sold", None, "2.3 million", "GBP")]),
        # corpus (EventId 77): the adjective under the unit, the noun before the participle
        (
            "A boy fell into a deserted well measuring 130ft deep and 12 inches wide.",
            [("deserted well depth", None, "130", "feet"), ("deserted well width", None, "12", "inches")],
        ),
        (
            "The probe will reach a maximum speed of around 7 miles per second.",
            [("maximum speed", "around", "7", "miles per second")],
        ),
        # a conversion in brackets is the same measure, given once
        (
            "Spectators lined the 3.5-mile (5.6-kilometer) route on Sunday.",
            [("route", None, "3.5", "miles")],
        ),
        (
            "The campaign has received $7m (£5m) in funding from Tarvo Media.",
            [("funding from Tarvo Media received", None, "7 million", "USD")],
        ),
        # a currency word the model left outside the amount; "half a billion"
        ("The port generates 210 million euros in revenue.", [("revenue", None, "210 million", "EUR")]),
        (
            "The exchange said it had lost nearly half a billion dollars of its reserves.",
            [("reserves", "nearly", "0.5 billion", "USD")],
        ),
        # people a ship or a plane had or carried: no people "with people"; the ship a relative
        # clause is about is whose they are
        (
            "The Tarvo Star, which had 129 people on board, hit a pillar of the bridge.",
            [("people on board (Tarvo Star)", None, "129", "people")],
        ),
        # a price per share (corpus, EventId 62), an earlier offer apart from the new one
        (
            "The new bid represents $82 per Tarvo share, up from a previous offer of $70 a share.",
            [("new bid", None, "82", "USD per share"), ("previous offer", None, "70", "USD per share")],
        ),
        (
            "Holders argue Tarvo's $110-a-share offer must be improved.",
            [("Tarvo's offer", None, "110", "USD per share")],
        ),
        # a change names what changed, not the circumstances; "in" names what the money is
        (
            "Tarvo Corp gave up gains to fall 3% amid a broad market sell-off.",
            [("Tarvo Corp fall", None, "3", "percent")],
        ),
        (
            "The market value of the coin dropped more than $11 billion during the week.",
            [("market value of coin dropped", "more than", "11 billion", "USD")],
        ),
        (
            "Shoppers will be spending $20 billion a year on headsets by 2021.",
            [("headsets spending", None, "20 billion", "USD per year")],
        ),
        # sport: a numbered point of a race, points, a score read as one word, a compound noun
        ("Tarvo crashed out of the contest on lap 48.", [("Tarvo crashed out on lap", None, "48", "lap")]),
        (
            "Ann Tarvo was forced out of the race following his crash on lap 20 of the race.",
            [("Ann Tarvo forced out on lap", None, "20", "lap")],
        ),
        ("Tarvo trails his team mate by 19 points.", [("points", None, "19", "points")]),
        ("The Eagles improve after the 19-10 win.", [("win", None, "19-10", "win")]),
        (
            "Hilton led the way with three sacks and three quarterback hits.",
            [("sacks", None, "3", "sacks"), ("quarterback hits", None, "3", "hits")],
        ),
        # who got the money, not the circumstances before it (corpus, EventId 65)
        (
            "In one case, an offshore entity was given about $1 billion by a state-controlled bank.",
            [("offshore entity given", "about", "1 billion", "USD")],
        ),
        # what people suffered; a description, not a count; a size beside its noun
        ("Two people suffered minor injuries after the blast.", [("people injured", None, "2", "people")]),
        ("A two-car tram jumped the rails at Tarvo.", []),
        (
            "The magnitude of the leak -- 2.6 terabytes -- dwarfs the last one.",
            [("magnitude of leak", None, "2.6", "terabytes")],
        ),
        # each hospital's count reads apart (corpus, EventId 74)
        (
            "A total of 51 people had been taken to Tarvo University Hospital.",
            [("people hospitalised at Tarvo University Hospital", "a total of", "51", "people")],
        ),
        (
            "Tarvo University Hospital's medical director said 31 patients were brought in by ambulance.",
            [("patients brought at Tarvo University Hospital", None, "31", "patients")],
        ),
        # a property of a thing: its weight, the length of what took time (corpus, EventIds 47, 15)
        ("The module weighs nearly 19,000 pounds.", [("module weight", "nearly", "19,000", "pounds")]),
        (
            "The rocket will carry the Tarvo, weighing around 2,760 pounds on the street.",
            [("Tarvo weight", "around", "2,760", "pounds")],
        ),
        ("The surgery took three hours.", [("surgery duration", None, "3", "hours")]),
        (
            "He was rushed to hospital before a three-hour surgery.",
            [("surgery duration", None, "3", "hours")],
        ),
        # leaving hospital is no release of captives (corpus, EventId 2); a share in words
        (
            "Police say four people with serious injuries were released from hospital on Wednesday.",
            [("people discharged", None, "4", "people")],
        ),
        ("Tarvo only took about “ten per cent” of the heat.", [("heat", None, "10", "percent")]),
        # who raised or changed by the amount (corpus, EventId 63)
        (
            "A new coin, whose creators called it a scheme, raised $800,000 before hackers got in.",
            [("new coin raised", None, "800,000", "USD")],
        ),
        (
            "The dry well measured just 30 centimetres wide (11.8 inches).",
            [("dry well width", "just", "30", "cm")],
        ),
        # people something is done to, as written; a state kept for a time (corpus, EventId 66)
        ("Another video shows 50 girls wearing headscarves.", [("video shows girls", None, "50", "girls")]),
        (
            "She was held hostage by the group for more than two years.",
            [("held hostage", "more than", "2", "years")],
        ),
        # a toll whose number is the subject (corpus, EventIds 68, 74)
        (
            "At least 84 now lay dead after a lorry tore into the crowd.",
            [("people killed", "at least", "84", "people")],
        ),
        (
            "More than 50 were taken to hospital after the derailment.",
            [("people hospitalised", "more than", "50", "people")],
        ),
        # a named thing's price and change (corpus, EventId 63)
        ("Tarvocoin is currently valued at $7,348.", [("Tarvocoin valued", None, "7,348", "USD")]),
        ("Tarvocoin surges nearly 56 percent on the day.", [("Tarvocoin surges", "nearly", "56", "percent")]),
        # what is left (corpus, EventId 75)
        (
            "Tarvo is still within grasp of the title with two races to go.",
            [("races to go", None, "2", "races")],
        ),
        ("There are two games left in the season.", [("games left", None, "2", "games")]),
        # a fact box: each number is its label's (corpus, EventId 49)
        (
            "TARVO ROCKET Height: 70 meters Stages: 2 Boosters: 3 Engines: 27",
            [
                ("Height", None, "70", "m"),
                ("Stages", None, "2", None),
                ("Boosters", None, "3", None),
                ("Engines", None, "27", None),
            ],
        ),
        ("He said: 20 people died.", [("people killed", None, "20", "people")]),  # no box
        # corpus (EventId 19): how often something happened
        (
            "South Korean media say ships have sold oil to North Korean vessels about 30 times "
            "since October.",
            [("ships sold oil", "about", "30", "times")],
        ),
        # what is counted names who holds or did it, when a name is the verb's subject
        (
            "Le Monde said Tarvo Bank has 2,300 offshore companies created through a law firm.",
            [("offshore companies created (Tarvo Bank)", None, "2,300", "companies")],
        ),
        (
            "Tarvo Airlines operates 120 planes.",
            [("operates planes (Tarvo Airlines)", None, "120", "planes")],
        ),
        ("Tarvostan's rebels killed 20 people.", [("people killed", None, "20", "people")]),  # a toll
        # ... and a noun's short "from" phrase, what a recipient is, what shows people
        (
            "At least 48 officials from Tarvo province have been caught up in the campaign.",
            [("officials from Tarvo province", "at least", "48", "officials")],
        ),
        (
            "That same entity, for example, also lent the owners of a ski resort about $11 million "
            "in 2010-11.",
            [("same entity lent owners of ski resort", "about", "11 million", "USD")],
        ),
        # things counted as what someone did to them name the doing (corpus, EventIds 75, 19)
        (
            "But the teenager overtook 13 cars, including that of his team-mate.",
            [("overtook cars", None, "13", "cars")],
        ),
        (
            "Harvest Sun was later used to set up two companies in Tarvo.",
            [("set up companies in Tarvo", None, "2", "companies")],
        ),
        ("Tarvo Motors has 11 plants.", [("plants (Tarvo Motors)", None, "11", "plants")]),  # a light verb
        # someone's time with a team or an employer, and a record after "was" (corpus, EventId 44)
        (
            "Tarvo won a franchise-record 50 games in his five seasons with Arizona.",
            [
                ("won franchise-record games (Tarvo)", None, "50", "games"),
                ("seasons with Arizona (Tarvo)", None, "5", "seasons"),
            ],
        ),
        ("In 12 years at the bank, she rose to chief executive.", [("years at bank", None, "12", "years")]),
        ("He was 50-32-1 in his time there.", [("record", None, "50-32-1", "record")]),
        # many of what a few do not count (corpus, EventId 65); a number on an adjective counts its noun
        (
            "The documents reference 12 current or former world leaders.",
            [("reference current or former world leaders", None, "12", "leaders")],
        ),
        (
            "The firms are tied to people in more than 200 countries.",
            [("countries", "more than", "200", "countries")],
        ),
        (
            "Reporters of about a dozen current and former world leaders have emerged.",
            [("former world leaders", "about", "12", "leaders")],
        ),
        # a place's people (corpus, EventIds 36 and 68)
        (
            "Tarvo Saleh is a village of about 600 people, most of them relatives.",
            [("population of Tarvo Saleh", "about", "600", "people")],
        ),
        (
            "Tarvoville, a seaside city of 340,000, was quiet.",
            [("population of Tarvoville", None, "340,000", "people")],
        ),
        ("The city has 40 shops.", [("shops", None, "40", "shops")]),
        # how often: "on two occasions" reads like "two times" (corpus, EventId 75)
        (
            "Police were called to the house on three occasions last year.",
            [("Police called", None, "3", "times")],
        ),
    ],
)
def test_sentences_give_their_figures(figures_of, text, expected):
    assert figures_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He arrived in 2017 and left in 1999.",  # years
        "Bruce Smith, 50, died at the scene.",  # an age
        "She was aged 45 when she died.",
        "A 20-year-old man was arrested.",
        "The family loved music, and Bruce turned 50 on Nov. 30.",  # corpus (EventId 35)
        "The attack happened at 2 a.m. on Sunday.",  # a time of day
        "Call the hotline on 555-123-4567 for help.",  # a phone number
        "Pages 10-15 of the report were blacked out.",  # two numbers that are no result
        "The Security Council passed Resolution 2375 in September.",  # labels
        "Flight 370 disappeared in March.",
        "The Apollo 11 mission landed in July.",
        "The two countries have been allies for decades.",  # the parties, counted again
        "Nine of the dead were children.",  # a part of a toll given elsewhere
        "He is a father of four.",
        "There are two reasons to roll out the red carpet.",  # a count that is no figure
        "It was the first visit in a decade.",  # an ordinal
        "Sales rose in the past three months.",  # a window of time
        # page furniture: other stories' headlines in capitals, a gallery's counter
        "MOST READ IN NEWS FLOOD FEARS Storm leaves 300 homes without power TALL STORY Man grows 9cm",
        "Tarvo floods 12 show all Tarvo floods 1/12",
        "Police were called to the station at 6.10 on Monday.",  # a time written with a dot
        "The crossing reopened two decades after it was closed.",
        "He was replaced with about six minutes remaining.",
        "Sarah split from her boyfriend of four years.",  # a person's, not the story's
        "Attacks doubled in the space of 12 months.",  # a window of time
        "The deployment of 5G networks began in May.",  # a name
        "They bought 3D printers for the school.",
        "Quarterback Tarvo was 7 of 16 for a touchdown.",  # a line of figures under a name
        "A projection of the artist performing I Would Die 4 U was shown.",  # a title (EventId 55)
        "But just six laps later, Tarvo crashed at high speed.",  # a moment (EventId 75)
        "He scored again two games later.",
        "Police look for a car, unknown colour, Tarvo plate: 114 B40, and a van, Tarvo plate: 19D 401",
        # a gallery's counter and slide titles, a carousel (corpus, EventIds 47 and 18)
        "27/30 Giant Landform on Mars On Mars, we can observe four classes of sandy landforms.",
        "Play slideshow Getty Images 1 of 35 American geologist Ann Tarvo stands next to the flag.",
        "41 of 41 Last VideoNext Video Tarvo 1st:",
        # a few sources of a report are no figure (corpus, EventIds 64 and 66)
        "Two unnamed senior officials told Tarvo News that no evidence suggested a connection.",
        "Two different men claim to be in charge of the group.",
        "Three officials said the talks had stalled.",
        "Those are two takeaways from a story on Sunday.",  # the text restating itself (EventId 10)
        "Sales doubled in five years.",  # a bare window
        "The two leaders met in Tarvo on Monday.",  # a few of what is not counted
        "It was 10-15 minutes before help came.",  # no result
    ],
)
def test_what_is_not_a_figure(figures_of, text):
    assert figures_of(text) == []


def test_a_toll_in_a_clause_about_a_year_is_dated_by_that_year(nlp):
    text = "It was the worst crash since 1987, when five passengers died after a ferry caught fire."
    art = article(text)
    (fig,) = extract_figures(nlp(text), art)
    assert (fig.what, fig.value, fig.date) == ("passengers killed", "5", "1987")


def test_a_figure_is_dated_by_its_own_clause_not_by_the_saying(nlp):
    text = (
        "On Dec. 21, 2014, a man rammed his car into pedestrians, injuring 11. "
        "Officials said on Friday that 84 people died."
    )
    art = article(text)
    figures = extract_figures(nlp(text), art)
    assert [(f.value, f.date) for f in figures] == [("11", "2014-12-21"), ("84", "2024-06-20")]
    assert all(f.evidence[0].quote in text for f in figures)  # evidence is verbatim


# ----------------------------------------------------------------------------- merging


def toll(
    value: str, number: float | None, source: str, qualifier: str | None = None, date: str = "2016-07-14"
) -> Figure:
    return Figure(
        id="people-killed",
        what="people killed",
        value=value,
        qualifier=qualifier,
        unit="people",
        number=number,
        date=date,
        key="people|killed|count",
        evidence=(Evidence(source, f"{value} people were killed.", 0),),
    )


PUBLISHED_ON = {
    "npr": dt.date(2016, 7, 14),
    "cnn": dt.date(2016, 7, 14),
    "nyt": dt.date(2016, 7, 15),
    "sun": dt.date(2016, 7, 15),
    "cd": dt.date(2016, 8, 5),
}


def test_sources_that_disagree_give_one_figure_with_every_value_latest_first():
    figures = [
        toll("60", 60, "npr", "at least"),
        toll("80", 80, "cnn"),
        toll("84", 84, "nyt", "at least", "2016-07-15"),
        toll("84", 84, "sun", None, "2016-07-15"),
        toll("dozens", None, "cnn"),
        toll("85", 85, "cd", None, "2016-08-05"),
    ]
    (merged,) = merge_figures(figures, PUBLISHED_ON)
    assert (merged.value, merged.number, merged.corroboration) == ("85", 85, 1)  # the latest report
    assert [ev.source for ev in merged.evidence] == ["cd"]
    others = [(c.value, c.evidence.source) for c in merged.conflicts]
    # every other value with its source, never an average; exact before vague, latest first
    assert others == [("84", "nyt"), ("84", "sun"), ("80", "cnn"), ("60", "npr"), ("dozens", "cnn")]


def test_among_reports_of_one_day_the_value_most_sources_give_comes_first():
    figures = [toll("58", 58, "nyt"), toll("59", 59, "sun"), toll("58", 58, "cd")]
    (merged,) = merge_figures(figures, {s: dt.date(2017, 10, 2) for s in ("nyt", "sun", "cd")})
    assert merged.value == "58" and merged.corroboration == 2
    assert [(c.value, c.evidence.source) for c in merged.conflicts] == [("59", "sun")]


def test_qualifiers_do_not_make_a_conflict():
    (merged,) = merge_figures([toll("84", 84, "nyt", "at least"), toll("84", 84, "sun")], PUBLISHED_ON)
    assert merged.conflicts == () and merged.corroboration == 2


def test_a_background_toll_and_a_far_apart_value_are_other_figures():
    figures = [
        toll("84", 84, "nyt"),
        toll("130", 130, "sun", date="2015-11-13"),  # "the Nov. 13 Paris attacks that killed 130"
        toll("2", 2, "cd"),  # "two children died in hospital"
    ]
    merged = merge_figures(figures, PUBLISHED_ON)
    assert sorted(f.value for f in merged) == ["130", "2", "84"]
    assert all(f.conflicts == () for f in merged)


def test_a_background_figure_says_its_year_in_what_it_counts():
    old = toll("5", 5, "npr", date="1987")
    (merged,) = merge_figures([old, toll("84", 84, "cnn")], PUBLISHED_ON)[1:]
    assert (merged.what, merged.value) == ("people killed (1987)", "5")


def test_an_early_toll_that_doubled_is_one_toll_with_its_conflict():
    merged = merge_figures([toll("2", 2, "npr", "at least"), toll("4", 4, "cnn")], PUBLISHED_ON)
    assert [(f.value, [c.value for c in f.conflicts]) for f in merged] == [("4", ["2"])]


def test_two_owners_amounts_are_two_figures():
    def charge(value: float, source: str, actor: str) -> Figure:
        return Figure(
            id="charge",
            what="charge",
            value=f"{value:g} billion",
            unit="USD",
            number=value * 1e9,
            date="2017-12-29",
            key="charge|USD",
            actors=(actor,),
            evidence=(Evidence(source, "quote", 0),),
        )

    merged = merge_figures([charge(3, "a", "bank-of-america"), charge(20, "b", "citigroup")], PUBLISHED_ON)
    assert len(merged) == 2 and all(f.conflicts == () for f in merged)


def figure(what: str, value: str, number: float, unit: str, key: str, source: str, actors=()) -> Figure:
    return Figure(
        id="f",
        what=what,
        value=value,
        unit=unit,
        number=number,
        date="2016-07-14",
        key=key,
        actors=tuple(actors),
        evidence=(Evidence(source, f"{what} {value}.", 0),),
    )


def test_a_plain_count_of_the_people_of_a_toll_is_that_toll():
    """Corpus (EventId 35): "10 U.S. citizens were killed" in one source, "a plane carrying 10
    US citizens" in another."""
    figures = [
        figure("citizens killed", "10", 10, "citizens", "citizens|killed|count", "npr"),
        figure("US citizens", "10", 10, "citizens", "citizen|count", "cnn"),
        figure("US citizens carry", "10", 10, "citizens", "citizen|carry|count", "nyt"),
    ]
    (merged,) = merge_figures(figures, PUBLISHED_ON)
    assert (merged.what, merged.corroboration, merged.key) == ("citizens killed", 3, "citizens|killed|count")


@pytest.mark.parametrize(
    "plain",
    [
        figure("people worked", "5", 5, "people", "people|work|count", "cnn"),  # people at large
        figure("passengers rescued", "5", 5, "passengers", "passengers|rescued|count", "cnn"),  # a toll
        figure("passengers boarded", "6", 6, "passengers", "passenger|count", "cnn"),  # another number
    ],
)
def test_other_counts_stay_apart_from_a_toll(plain):
    toll_figure = figure("passengers killed", "5", 5, "passengers", "passengers|killed|count", "npr")
    assert len(merge_figures([toll_figure, plain], PUBLISHED_ON)) == 2


def test_a_change_in_percent_is_one_measure_however_far_apart_its_values():
    """Corpus (EventId 62): "Tarvo shares fell 1.5 percent" in the morning, 4.3 by the afternoon."""
    figures = [
        figure("Tarvo shares fell", "1.5", 1.5, "percent", "share|fall|percent", "npr"),
        figure("Tarvo shares fell", "4.3", 4.3, "percent", "share|fall|percent", "cd"),
    ]
    (merged,) = merge_figures(figures, PUBLISHED_ON)
    assert (merged.value, [c.value for c in merged.conflicts]) == ("4.3", ["1.5"])


def test_one_precise_count_of_differently_named_things_is_one_figure():
    """Corpus (EventId 65): "11.5 million documents", "11.5 million internal files"."""
    figures = [
        figure("documents", "11.5 million", 11.5e6, "documents", "document|count", "npr"),
        figure("documents", "11 million", 11e6, "documents", "document|count", "cnn"),
        figure("internal files", "11.5 million", 11.5e6, "files", "file|count", "nyt"),
    ]
    (merged,) = merge_figures(figures, PUBLISHED_ON)
    assert (merged.value, merged.corroboration, [c.value for c in merged.conflicts]) == (
        "11.5 million",
        2,
        ["11 million"],
    )


def test_one_precise_value_under_two_names_is_one_figure_with_each_names_other_values():
    """Corpus (EventId 62): "a $121 billion bid", "the $121 billion offer"; the first bid of $103
    billion stays the bid's other value."""
    figures = [
        figure("bid", "121 billion", 121e9, "USD", "bid|USD", "npr"),
        figure("bid", "103 billion", 103e9, "USD", "bid|USD", "cd"),
        figure("offer", "121 billion", 121e9, "USD", "offer|USD", "cnn"),
        figure("deal", "5 billion", 5e9, "USD", "deal|USD", "nyt"),  # a round value: no reason to join
        figure("fee", "5 billion", 5e9, "USD", "fee|USD", "sun"),
    ]
    merged = merge_figures(figures, PUBLISHED_ON)
    assert sorted((f.value, f.corroboration, len(f.conflicts)) for f in merged) == [
        ("103 billion", 1, 2),  # the latest report (cd); the 121 billion of two sources its conflicts
        ("5 billion", 1, 0),
        ("5 billion", 1, 0),
    ]


def test_one_group_counted_by_what_happened_and_by_what_was_done_is_one_figure():
    """Corpus (EventId 66): "21 girls have been freed", "21 schoolgirls freed", "the 21 captives",
    "handed the 21 girls", "the 21 girls were exchanged": one group of 21, whoever is said to
    have handed them over."""
    figures = [
        figure("girls freed", "21", 21, "girls", "girls|freed|count", "npr"),
        figure("schoolgirls freed", "21", 21, "schoolgirls", "schoolgirls|freed|count", "cnn"),
        figure("captives freed", "21", 21, "captives", "captives|freed|count", "nyt"),
        figure("girls handed", "21", 21, "girls", "girl|hand|count", "sun", actors=("red-cross",)),
        figure("girls exchanged", "21", 21, "girls", "girl|exchange|count", "cd", actors=("minister",)),
    ]
    (merged,) = merge_figures(figures, PUBLISHED_ON)
    assert (merged.value, merged.corroboration, merged.what.endswith(" freed")) == ("21", 5, True)


def test_a_vague_toll_under_two_names_is_one_figure():
    """Corpus (EventId 37): "thousands evacuated", "thousands of spectators were evacuated"."""
    figures = [
        figure("people evacuated", "thousands", None, "people", "people|evacuated|count", "npr"),
        figure("spectators evacuated", "thousands", None, "spectators", "spectators|evacuated|count", "cnn"),
    ]
    (merged,) = merge_figures(figures, PUBLISHED_ON)
    assert merged.corroboration == 2


@pytest.mark.parametrize(
    "other",
    [
        # another toll of the same number: what happened differs
        figure("girls abducted", "21", 21, "girls", "girls|abducted|count", "cnn"),
        # a crowd of "people" is no group: 100 gathered, 100 evacuated
        figure("people gathered", "21", 21, "people", "people|gather|count", "cnn"),
        # a small count: two of one thing and two of another are often two facts
        figure("girls handed", "2", 2, "girls", "girl|hand|count", "cnn"),
    ],
)
def test_counts_that_only_share_a_number_stay_apart(other):
    first = figure("girls freed", "21", 21, "girls", "girls|freed|count", "npr")
    if other.number == 2:
        first = figure("girls freed", "2", 2, "girls", "girls|freed|count", "npr")
    if other.unit == "people":
        first = figure("people evacuated", "21", 21, "people", "people|evacuated|count", "npr")
    assert len(merge_figures([first, other], PUBLISHED_ON)) == 2


def test_a_toll_whose_sources_disagree_joins_no_other_toll_of_one_of_its_values():
    """Corpus (EventId 68): "two children died" and "10 children killed" is no one group; it does
    not join "10 people killed" in another town."""
    figures = [
        figure("children killed", "2", 2, "children", "children|killed|count", "npr"),
        figure("children killed", "10", 10, "children", "children|killed|count", "cnn"),
        figure("people killed", "10", 10, "people", "people|killed|count", "nyt"),
    ]
    assert len(merge_figures(figures, PUBLISHED_ON)) == 3


# ----------------------------------------------------------------------------- the contract


def test_figures_are_written_checked_and_diffed(nlp, tmp_path):
    from generator.merge.actors import merge
    from generator.quality.check import check
    from generator.quality.diff import compare, render
    from generator.records import ArticleRecords
    from generator.store import briefing_dict, data_files, write_files

    texts = {
        "a": "At least 80 people were killed in the attack on Thursday.",
        "b": "The death toll rose to 84, officials said.",
    }
    records = []
    for source, text in texts.items():
        art = article(text, source, PUBLISHED + dt.timedelta(days=len(records)))
        doc = nlp(text)
        sentences = tuple(s.text.strip() for s in doc.sents)
        records.append(ArticleRecords(art, (sentences,), figures=tuple(extract_figures(doc, art))))
    merged = merge(records)
    (figure,) = merged.figures
    assert (figure.value, [c.value for c in figure.conflicts]) == ("84", ["80"])
    folder = tmp_path / "data"
    write_files(data_files(merged), folder)
    assert check(folder) == []  # the schema and every quote
    new = briefing_dict(merged)
    old = {**new, "figures": [{**new["figures"][0], "value": "80", "conflicts": []}]}
    text = render(compare(old, new), old, new)
    assert "### Figures" in text and "value: 80 → 84" in text
    assert "other values: none → at least 80 people \\(a\\)" in text


# ----------------------------------------------------------------------------- the corpus


@pytest.mark.slow
def test_a_toll_the_sources_disagree_on_shows_every_value_and_source(shared_dir, tmp_path):
    """The Nice truck attack (EventId 68): the toll grew from 'at least 60' to 85 over three weeks
    of reports; the figure shows the latest and keeps each other value with its source."""
    from generator.build import extract_folder
    from tests.conftest import event_folder

    folder = event_folder(shared_dir, 68, tmp_path)
    briefing = extract_folder(folder, use_cache=False).briefing
    killed = briefing.figures[0]
    assert killed.what == "people killed" and killed.value == "85"
    values = {c.value for c in killed.conflicts}
    assert {"84", "80", "60"} <= values
    assert len({c.evidence.source for c in killed.conflicts}) >= 5
    assert all(c.evidence.quote for c in killed.conflicts)


def test_a_heading_repeated_over_a_gallery_gives_no_figures(figures_of):
    """Corpus (EventId 2): a gallery's title opens every caption ("Port of ... turns 300 ...")."""
    captions = [
        "Historic towers show the way to the harbor.",
        "Expansion drive Over the centuries, the port grew bigger.",
        "London parallels The Inner Harbor was long an industrial wasteland.",
        "Port trips as tourism magnet Tourists flock to the docks.",
    ]
    text = " ".join(f"Port of Tarvo turns 300 {c}" for c in captions) + " Four people were hurt on Monday."
    assert figures_of(text) == [("people injured", None, "4", "people")]
