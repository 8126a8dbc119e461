"""Words of places: the buildings, sites, features of the land, streets and parts of a town a name
may end with or stand beside, which make it a place rather than an actor."""

from __future__ import annotations

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
    # ballparks, towers and launch sites ("Wrigley Field", "Singer Building", "Launch Complex
    # 39A"), and a street's abbreviation ("Waveland Ave")
    "field",
    "building",
    "complex",
    "ave",
    "blvd",
}

STREET_SUFFIXES = ("strasse", "straße", "platz", "gasse", "plein", "straat")
"""German and Dutch street and square names are one word: "Ebertstrasse", "Alexanderplatz"."""

PLACE_NOUNS = {
    "village", "town", "city", "province", "region", "district", "county", "neighbourhood",
    "neighborhood", "suburb", "municipality", "camp", "island", "valley", "port",
}  # fmt: skip
"""In "the village of X", X is a place; the gazetteer does not know every village."""

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

HOME_NOUNS = {
    "house", "home", "homes", "farm", "ranch", "estate", "villa", "cottage", "cabin", "apartment",
    "flat", "mansion", "property", "retreat", "residence", "hometown", "birthplace",
}  # fmt: skip
"""Dwellings (WordNet noun.artifact, dwelling): "their lake house in X" says where somebody
lives, so X is named in passing."""

COMPASS_WORDS = {"eastern", "western", "northern", "southern", "central", "northeastern",
                 "northwestern", "southeastern", "southwestern", "midwestern"}  # fmt: skip
"""Adjectives of a region: a name ending in one ("Russian Far Eastern ports") names a region."""
