"""A roundup printed under one item's headline (``generator.ingest.roundup``): the items the title
does not name are other stories. Invented roundups, shaped like the corpus's (a Super Bowl ads
roundup titled for one trailer, a morning newsletter titled for one of its stories)."""

from __future__ import annotations

import doctest

from generator.ingest import roundup
from generator.ingest.boilerplate import clean

INTRO = [
    "The new teaser for Skyfall Rising debuted during the Harbour Cup on Sunday.",
    "Stars and a whole heap of emotion are being deployed in this year's Harbour Cup ads.",
]
ADS = [
    ("Lena Marsh for Brindle Soda", "Lena Marsh dances on a beach in Brindle Soda's ad, released on Monday."),
    ("Ivo Darr for Kettle Chips", "Ivo Darr appears in Kettle Chips' first ad, as seen in a teaser."),
    ("Tomas Berg for Oster Motors", "The rock star went back in time for Oster Motors' commercial."),
    ("Ruth Hale for Dunmore Bank", "Ruth Hale pleads with the public to support Dunmore's local businesses."),
    ("Paul Quist for Varnholm Air", "Paul Quist stars as the holiday captain in the Varnholm Air ad."),
    ("Anton Kreel for Quill Phones", "Anton Kreel stands on a motorcycle in the desert in a Quill ad."),
]


def page(items: list[tuple[str, str]]) -> list[str]:
    return INTRO + [p for head, body in items for p in (head, body)]


def test_docstring_examples():
    assert doctest.testmod(roundup).failed == 0


def test_items_the_title_does_not_name_are_dropped():
    kept, removed = clean(page(ADS), title="Skyfall Rising Harbour Cup trailer")
    assert kept == INTRO
    assert len(removed) == 2 * len(ADS)


def test_the_item_the_title_names_is_kept():
    items = [*ADS[:3], ("Skyfall Rising trailer", "The Skyfall Rising trailer shows every hero."), *ADS[3:]]
    kept, _ = clean(page(items), title="Skyfall Rising Harbour Cup trailer")
    assert kept == [*INTRO, "The Skyfall Rising trailer shows every hero."]


def test_a_title_naming_only_the_theme_keeps_the_roundup():
    """ "Harbour Cup ads, ranked": the roundup is the story."""
    items = [(head, body.replace("ad,", "Harbour Cup ad,")) for head, body in ADS]
    kept, _ = clean(page(items), title="The best Harbour Cup ads, ranked")
    assert all(body in kept for _, body in items)


def test_items_sharing_their_people_are_one_story():
    """An explainer's parts name the same people: nothing goes."""
    items = [
        (f"{head} and Skyfall Rising", f"{body} Lena Marsh and Ivo Darr said so, Tomas Berg added.")
        for head, body in ADS
    ]
    pars = INTRO + [p for h, b in items for p in (h, b)]
    kept, _ = clean(pars, title="Skyfall Rising Oster Motors trailer")
    assert all(body in kept for _, body in items)


def test_a_features_list_under_a_common_word_title_is_kept():
    """ "System" is written in lower case on the page: not a name the items could lack."""
    intro = ["Oster has released a new system update for its consoles. The System Update adds features."]
    items = [
        ("Play Time Management", "You can now manage children's playtime in Settings. The system says so."),
        ("Quick Menu shortcuts", "You can now access friends via the Quick Menu."),
        ("Custom Wallpapers", "You can now import wallpapers from USB storage."),
        ("Team Tournaments", "You can now customise your Tournaments team page."),
        ("Supersampling Mode", "Pro users will see a new supersampling mode."),
        ("Hiding Apps", "You can now hide apps in the Library."),
    ]
    pars = intro + [p for h, b in items for p in (h, b)]
    kept, _ = clean(pars, title="Oster System Update Features Fully Detailed")
    assert all(body in kept for _, body in items)
