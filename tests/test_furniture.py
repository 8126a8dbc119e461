"""Page furniture dropped at ingest (``generator.ingest.furniture``): captions by their credit,
links to other stories, prompts, author bios, teaser lists and gallery slides.

Sentences with invented names, and lines from the news-please corpus (events not held out)."""

from __future__ import annotations

import doctest

import pytest

from generator.ingest import furniture
from generator.ingest.boilerplate import boilerplate_reason, clean

STORY = "The ferry company said on Monday that all crossings would resume, officials said."


def test_docstring_examples():
    assert doctest.testmod(furniture).failed == 0


@pytest.mark.parametrize(
    ("par", "reason"),
    [
        # a credit leading the caption (The Sun, Express, HuffPost)
        ("GETTY Lena Marsh crossed the line first in the rain at Varnholm", "photo caption"),
        ("SWNS • PA Tomas Berg survived the ferry fire which left three dead", "photo caption"),
        ("Tovi Lund / Reuters A woman walks past the shuttered bank in Varnholm", "photo caption"),
        ("oster-pictures.co.uk Rescuers search the harbour after the collapse", "photo caption"),
        ("Fame Flynet Scores of people were killed with many more wounded in the attack", "photo caption"),
        ("VLERICK BUSINESS SCHOOL•GETTY Bitcoin price: Simon Taylor said Seoul is banning trade to crack "
         "down on crime", "photo caption"),
        # links to other stories, prompts, bios
        ("[How a stray goat delayed the Varnholm ferry]", "related link"),
        ("[A woman ordered canaries. The post office delivered a box of ‘bird carnage.’]", "related link"),
        ("Lloyds Bank bans customers from buying bitcoins using credit cards Read more", "related link"),
        ("Related What Do the Grammys Have Against Women? Why the so-called welcome mat isn't quite "
         "enough", "related link"),
        ("Like Varnholm Daily World on Facebook and stay updated on foreign news", "share prompt"),
        ("Craving even more? Like us on Facebook or Follow us on Twitter.", "share prompt"),
        ("Sign up for BREAKING NEWS Emails privacy policy Thanks for subscribing!", "share prompt"),
        ("We pay for videos too. Click here to upload yours.", "share prompt"),
        ("Got a confidential news tip? The Oster Gazette would like to hear from readers who want to "
         "share.", "share prompt"),
        ("This article originally appeared on CNET.", "share prompt"),
        ("A post shared by Ana Varga (@avarga) on Feb 4, 2018 at 9:50pm PST", "share prompt"),
        ("+ show all The harbour's most stunning pictures", "share prompt"),
        ("CLOSE The mayor of Oster explains the ferry plan. Ivo Darr has the story (@idarr). "
         "Buzz60", "video caption"),
        ("Skip in Skip x Embed x Share CLOSE WHAT YOU NEED TO KNOW ABOUT THE FERRY", "video caption"),
        ("Chat with us in Facebook Messenger. Find out what's happening in the world as it "
         "unfolds.", "share prompt"),
        ("Ana Varga is a columnist for the Oster Gazette. Follow her @avarga. The opinions expressed in this "
         "commentary are solely those of the author.", "author bio"),
        # a video playlist or a slideshow run together in one paragraph (USA Today, SFGate, Express)
        ("Skip in Skip x Embed x Share CLOSE WHAT YOU NEED TO KNOW ABOUT ANA VARGA Varga opens a ferry "
         "line | 2:30 Varga has opened another line. AP 1 of 41 Skip in Skip x Embed x Share CLOSE WHAT "
         "YOU NEED TO KNOW ABOUT ANA VARGA Varga denies a rumour | 0:38 Varga says no. Buzz60 2 of 41",
         "video playlist"),
        ("Ivo Darr, AP Image 1 of / 8 Caption Close Image 1 of 8 The Oster float makes its way along the "
         "parade route and wins the award at the parade in Oster on Monday. Photo: Ivo Darr, AP Image 2 of 8 "
         "The queen and her princesses ride on their float at the parade in Oster on Monday. Photo: Ivo "
         "Darr, AP Image 3 of 8 A band plays. Photo: Ivo Darr, AP Image 4 of 8 The mayor waves.",
         "photo gallery"),
        ("2016 ferries ranked Tue, March 22, 2016 Oster Sport ranks the new ferries Play slideshow Getty "
         "Images 1 of 11 11. Skylark", "video caption"),
        ("Harbour deals - February 2018: ferries, docks and more Some of the best deals in Oster 1 / 10",
         "video caption"),
        ("Ana Varga Ana Varga's harbour concert: a forgettable medley 3 / 5 stars Varga sang her hits "
         "Play Video 0:53 Ana Varga covers an old song – video", "video caption"),
        # a search page's snippets
        ("... we saw today was that Oster plans to bid for ... or even when we might be risking",
         "search snippet"),
        ("a crash. ... here, but maybe their citizenship in Oster or Varnholm ...", "search snippet"),
        # another language on an English page: a help line, an advert, a syndicator's note
        ("Wenn ihr mit jemandem sprechen wollt, erreicht ihr die Telefon Seelsorge unter 0800/111 0 111, "
         "kostenfrei und rund um die Uhr.", "other language"),
        ("Den Originalartikel gibt es auf Oster Insider. Copyright 2018. Und ihr könnt Oster Insider auf "
         "Twitter folgen.", "other language"),
        # a caption with its credit last (The Guardian, China Daily)
        ("Teenagers spend nine hours a day on screens. Photograph: Ivo Darr for the Gazette",
         "photo caption"),
        ("A body lies on the promenade in Oster on Friday after the attack. Photo: Reuters", "photo caption"),
        ("A man follows a news programme about the ferry in Oster on Friday.AFP", "photo caption"),
        ("The harbour hotel in Oster | Photo Credit: Reuters", "photo caption"),
        ("Handout - Getty Four boats dropped anchor near the harbour of Oster", "photo caption"),
    ],
)  # fmt: skip
def test_furniture_is_dropped(par, reason):
    assert boilerplate_reason(par) == reason
    kept, removed = clean([STORY, par], title=None)
    assert kept == [STORY]
    assert removed == [par]


@pytest.mark.parametrize(
    "par",
    [
        "Firefighters work at the scene in Oster. (Pella Brink/AP)",
        "This is what passengers saw of the search. (Courtesy of Ivo Darr)",
        "The Oster ferry is seen, as Brindle announced a bid for it, in Oster, May 6, 2017. REUTERS/Ivo Darr",
    ],
)
def test_captions_with_a_credit_at_the_end_are_left_to_extraction(par):
    """Extraction keeps their sentences off the timeline (``is_caption``) and their names for
    actors: the full name a caption gives may be the only one in the article."""
    kept, _ = clean([STORY, par], title=None)
    assert kept == [STORY, par]


@pytest.mark.parametrize(
    "par",
    [
        "The minister waves to reporters in Oster on Friday (see the full interview).",
        "Close to a hundred people were hurt when the Oster ferry hit the pier on Sunday",
        "Reuters reported that the bank would close its branch in Oster.",
        "Rex Tillerson said the talks with the ferry company would go on",
        "Facebook CEO Lena Marsh said the company would change its feed",
        "Twitter users reacted with anger to the decision of the ferry company",
        "NASA Administrator Ivo Darr said the launch would go ahead",
        "Amazon.com Inc is buying the Oster grocery chain for a billion dollars",
        "In this case, the court said, the photo was not evidence.",
        "[Assaulted women] can stay here and calm down, said the spokeswoman.",
        "He wrote on Facebook that he was safe and would return to Oster.",
        "The council said it would follow the ferry company's advice.",
        "Related Companies, the developer, said the tower would open in May.",
        "The Foreign Office has opened a crisis centre with a 24-hour phone number: 0033 14451 3100",
        "A six-year-old boy fell into a deserted well measuring 130ft deep and 12 inches wide",
        "The 9/11 Commission Report was cited by the judge in Oster on Monday.",
        "Oster won 3 of 5 games, Varnholm 2 of 5 and Dunmore 4 of 5 | a table follows",
        "The ferry left Oster at 11:36 a.m. and returned at 7:33 p.m., the company said.",
        "Ana de la Vega said the ferry to Oster would run again on Tuesday, the council said.",
        "“We are praying for you ... We cannot imagine their loss ...” the mayor said.",
        "The photograph: a ferry in the rain, taken by a passenger on Monday.",
        "Photographers waited at the harbour for the ferry to arrive in Oster",
    ],
)
def test_story_sentences_are_kept(par):
    kept, _ = clean(
        [STORY, par, "The harbour reopened on Tuesday after repairs, the council said."], title=None
    )
    assert par in kept


def test_platform_credit_needs_a_second_credited_caption():
    alone = "Twitter Bodies were seen being wrapped up in sheets in the streets"
    kept, _ = clean([STORY, alone, "The harbour reopened on Tuesday, the council said."], title=None)
    assert alone in kept
    page = [STORY, alone, "EFE Abandoned prams are left on the promenade after the attack", "It reopened."]
    kept, removed = clean(page, title=None)
    assert kept == [STORY, "It reopened."]
    assert removed == page[1:3]


def test_headlines_after_a_read_more_heading_are_dropped():
    teasers = [
        "Oster imposes sanctions on two key figures in the ferry scandal",
        "Ferry passengers recorded a man's rage on a ten-hour crossing, then his arrest",
    ]
    later = "The council will meet again on Friday, a spokesman said."
    kept, removed = clean([STORY, "Read more:", *teasers, later], title=None)
    assert kept == [STORY, later]
    assert removed == ["Read more:", *teasers]


def test_a_short_sentence_after_a_read_more_heading_is_kept():
    """A sentence is not a headline, even a short one: a heading in mid-article may be followed
    by the story."""
    kept, removed = clean([STORY, "Read more:", "The council will meet again on Friday."], title=None)
    assert kept == [STORY, "The council will meet again on Friday."]
    assert removed == ["Read more:"]


def test_a_quote_or_long_paragraph_ends_the_teaser_list():
    quote = "“We will rebuild,” the mayor said."
    kept, _ = clean([STORY, "Read more:", quote], title=None)
    assert kept == [STORY, quote]


def test_headline_lines_ending_the_article_are_dropped():
    tail = [
        "Ana Varga reacts to rumor that she created a currency",
        "See inside Ana Varga’s $17 million Oster mansion",
        "Ana Varga unveils plans to put a hotel on the moon",
    ]
    kept, removed = clean([STORY, "The ferry will run again on Tuesday.", *tail], title=None)
    assert kept == [STORY, "The ferry will run again on Tuesday."]
    assert removed == tail


def test_one_headline_shaped_last_line_is_kept():
    last = "Ferry services will resume on Tuesday across the whole network"
    kept, _ = clean([STORY, last], title=None)
    assert kept == [STORY, last]


NUMBERED_SLIDES = [
    "1/3 Harbour at dawn The ferry leaves the harbour at dawn on its first crossing of the year",
    "2/3 Old docks Scenes from bygone days show that the docks mainly handled coal and timber",
    "3/3 New terminal The new terminal opened in 2015 after three years of building work",
]
TITLED_SLIDES = [
    f"Port of Oster turns 300 {caption}"
    for caption in (
        "Trading place What started out as a small reloading point is today a big port.",
        "Expansion drive Over the centuries, the port grew bigger and bigger, spreading beyond the town.",
        "The olden days Scenes from bygone days show that the port mainly handled iron ore and coal.",
        "London parallels The inner harbour was long an industrial wasteland until it was redeveloped.",
    )
]


@pytest.mark.parametrize("slides", [NUMBERED_SLIDES, TITLED_SLIDES], ids=["numbered", "titled"])
def test_gallery_slides_are_dropped(slides):
    kept, removed = clean([STORY, *slides], title=None)
    assert kept == [STORY]
    assert removed == slides


def test_another_story_run_on_after_the_end_is_dropped():
    story = [
        "A charter plane crashed near Oster on Sunday, killing all twelve people on board, Varnholm "
        "officials said.",
        "Aviation director Ivo Darr said the Skylark flight crashed shortly after take-off from Oster "
        "airfield.",
        "Darr named the pilot as Tomas Berg and said the cause was under investigation by Varnholm police.",
    ]
    other = [
        "Meanwhile, the chief of Brindle Foods and four relatives died when a seaplane crashed near "
        "Kettering Bay.",
        "Anton Kreel, 58, died alongside Ruth Hale, 48, and Lena Marsh, the company said in a statement "
        "from Dunmore.",
        "Brindle chairman Paul Quist said the thoughts of everyone at Brindle were with the families in "
        "Kettering.",
    ]
    kept, removed = clean(story + other, title=None)
    assert kept == story
    assert removed == other


def test_meanwhile_about_the_same_people_is_kept():
    story = [
        "A charter plane crashed near Oster on Sunday, killing all twelve people on board, Varnholm "
        "officials said.",
        "Aviation director Ivo Darr said the Skylark flight crashed shortly after take-off from Oster "
        "airfield.",
        "Darr named the pilot as Tomas Berg and said the cause was under investigation by Varnholm police.",
        "Meanwhile, Varnholm police said Berg had flown the Skylark route from Oster for ten years.",
        "Darr said investigators from Varnholm would reach Oster on Monday to recover the Skylark recorder.",
    ]
    kept, _ = clean(story, title=None)
    assert kept == story


def test_headlines_run_together_after_a_deals_heading_are_dropped():
    box = [
        "Oster Top Deals:",
        "Anyone who takes the ferry should have this $13 accessory There’s a $48 harbour camera with the "
        "best feature of the $300 one",
    ]
    later = "The council will meet again on Friday, a spokesman said."
    kept, removed = clean([STORY, *box, later], title=None)
    assert kept == [STORY, later]
    assert removed == box


def test_short_lines_under_a_last_rule_are_a_footer():
    footer = ["Anzeige:", "Online:", "Varnholm Ferries: http://www.example.org/"]
    kept, removed = clean([STORY, "The harbour reopened on Tuesday.", "___", *footer], title=None)
    assert kept == [STORY, "The harbour reopened on Tuesday."]
    assert "Online:" in removed


def test_a_rule_before_a_longer_text_is_a_section_break():
    facts = [
        "FERRY STATS:",
        "The Skylark has three decks and two engines. Stretching 40 feet at the base and 230 feet long, it "
        "carries 400 people, more than any ferry built in Oster before it, the company said on Monday.",
    ]
    kept, _ = clean([STORY, "___", *facts], title=None)
    assert kept == [STORY, *facts]


def test_short_lines_ending_the_article_after_a_read_more_heading_are_dropped():
    """A list of teasers may give a headline with a full stop; a headline-shaped line among them
    and the article's end tell it from the story."""
    teasers = [
        "Oster lost contact with a ferry 12 years ago. An amateur just found its signal.",
        "Divers discover ‘the holy grail of shipwrecks’ off Varnholm",
    ]
    kept, removed = clean([STORY, "Read more:", *teasers], title=None)
    assert kept == [STORY]
    assert removed == ["Read more:", *teasers]


def test_the_lines_under_an_about_the_author_heading_are_a_bio():
    bio = "Ana Varga is a ferry enthusiast living in Oster. Her passion for boats made her a leading writer."
    kept, removed = clean([STORY, "About The Author", bio], title=None)
    assert kept == [STORY]
    assert removed == ["About The Author", bio]
