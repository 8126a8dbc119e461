"""Words of things: events, works, products and other made things a name may be the name of, which
make it no actor."""

from __future__ import annotations

EVENT_WORDS = {
    "trophy", "championship", "championships", "cup", "bowl", "award", "awards", "prize", "olympics",
    "games", "game", "festival", "parade", "marathon", "tournament", "series", "grand prix", "week",
    "papers", "leaks",
}  # fmt: skip
"""Last words of the name of an event, contest or award ("Heisman Trophy", "NFC Championship
Game", "Super Bowl"), or of a leak of documents ("the Northland Papers", "Acme Leaks"): what
happens, is won or is published, not who takes part."""

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
