"""Families of junk actors found reading unlabelled corpus events (sport, culture, tech,
business): narrators of news videos and transcript hosts, people called by nationality, a
country that only says where a person is from, a capital that is a person's surname, numbered
products and missions, stock tickers.

Each case is a sentence in and a name that must (or must not) come out; sentences are written
for these tests or taken from the shared corpus (events that are not held out).
"""

from __future__ import annotations

import pytest

from tests.test_actor_precision import names

NOT_ACTORS = [
    # the narrator of a news video, a transcript's host, a picture's courtesy line
    ("The shooter had no police record, according to officials. Ed Schultz has more.", "Ed Schultz"),
    ("A rocket lifted off from the coast on Friday. Mia Tollan (@miatollan) has the details.", "Mia Tollan"),
    ("Prices rose for a third month. Bo Chenwick reports.", "Bo Chenwick"),
    ("ANA LIBERG, HOST:\nA plane took off in 2018 and landed in 2017.", "Ana Liberg"),
    ("ANA LIBERG, HOST:\nA plane took off in 2018 and landed in 2017.", "ANA LIBERG"),
    ("The bird flew in over the seats. (Courtesy of Mia Tollan)", "Mia Tollan"),
    # a person called by nationality, a nationality before a name
    ("Nevertheless, the Brit has promised to give it his best shot in the desert.", "Brit"),
    ("Frenchman Romain Grosjean crashed on the way to the grid.", "Frenchman Romain Grosjean"),
    # a country that only says where a person is from
    ("The sensational Dutch driver made a string of overtakes that livened up the race.", "Netherlands"),
    ("An American witness said he was standing 15 feet away as the long, white truck drove into the crowd.",
     "United States"),
    ("Days earlier, the girl had filed charges against the Afghan, who was not identified.", "Afghanistan"),
    ("The 37-year-old Finnish driver lost control of his car as the race re-started.", "Finland"),
    # a capital that is the surname of a person named in full
    ("Ana Hamilton won the race in the rain. Hamilton said the crowd had carried her.", "Bermuda"),
    # numbered products, rockets, versions and missions
    ("After months of lurking unused in Google's flagship Pixel 2 smartphone, the processor springs to life.",
     "Pixel 2"),
    ("Beta testers who trialled last year's Version 5.00 update got a preview of the features.",
     "Version 5.00"),
    ("The rocket can lift payloads twice as massive as those carried by the biggest Delta IV rockets.",
     "Delta IV"),
    # a stock ticker after the company's name
    ("Broadcom (AVGO) gave up gains amid a broad market sell-off. Qualcomm (QCOM) shares fell 6.6%.",
     "QCOM"),
    ("Broadcom (AVGO) gave up gains to fall 3% amid a broad market sell-off.", "AVGO"),
    ("The satellite maker Acme Orbital (NYSE:ACMQ) said the launch went well.", "ACMQ"),
]  # fmt: skip

ACTORS = [
    ("Ana Li reports that the ministry has closed the border, officials said.", "Ana Li"),
    ("Finn Brennan, of the train drivers' union, said services would resume on Monday.", "Finn Brennan"),
    ("Patrick Paddock II, his brother, said he was shocked by the news.", "Patrick Paddock II"),
    ("Peruvian President Ana Li met the envoy on Monday.", "Peru"),
    ("The German government said the plan would go ahead.", "Germany"),
    ("Frenchman Romain Grosjean crashed on the way to the grid.", "Romain Grosjean"),
    ("The International Consortium of Investigative Journalists (ICIJ) published the files.",
     "International Consortium of Investigative Journalists"),
    ("Goldman Sachs said on Monday that profits fell. Goldman (GS) said the tax charge was a one-off.",
     "Goldman Sachs"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), NOT_ACTORS)
def test_not_an_actor(nlp, text, name):
    assert name not in names(nlp, text)


@pytest.mark.parametrize(("text", "name"), ACTORS)
def test_still_an_actor(nlp, text, name):
    assert name in names(nlp, text)
