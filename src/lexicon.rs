//! Lexicons and gazetteers, loaded from the data files in `ontology/` (embedded at build time so
//! the binary is self-contained). Nothing here is specific to any one article.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

use regex::Regex;

use crate::text::{lower, norm, with_norm};
use crate::word_table::WordTable;

/// The speech act a cue verb performs.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum SpeechAct {
    Assert,
    Confirm,
    Deny,
    DeclineToConfirm,
    CannotConfirm,
    Warn,
    Accuse,
    CallFor,
    Assess,
    Question,
    Promise,
}

impl SpeechAct {
    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "assert" => Self::Assert,
            "confirm" => Self::Confirm,
            "deny" => Self::Deny,
            "decline_to_confirm" => Self::DeclineToConfirm,
            "cannot_confirm" => Self::CannotConfirm,
            "warn" => Self::Warn,
            "accuse" => Self::Accuse,
            "call_for" => Self::CallFor,
            "assess" => Self::Assess,
            "question" => Self::Question,
            "promise" => Self::Promise,
            _ => return None,
        })
    }

    /// The ontology's local name for this act (`nkg:Assert`, …).
    #[must_use]
    pub const fn local_name(self) -> &'static str {
        match self {
            Self::Assert => "Assert",
            Self::Confirm => "Confirm",
            Self::Deny => "Deny",
            Self::DeclineToConfirm => "DeclineToConfirm",
            Self::CannotConfirm => "CannotConfirm",
            Self::Warn => "Warn",
            Self::Accuse => "Accuse",
            Self::CallFor => "CallFor",
            Self::Assess => "Assess",
            Self::Question => "Question",
            Self::Promise => "Promise",
        }
    }

    /// snake_case name as used in CSV columns.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Assert => "assert",
            Self::Confirm => "confirm",
            Self::Deny => "deny",
            Self::DeclineToConfirm => "decline_to_confirm",
            Self::CannotConfirm => "cannot_confirm",
            Self::Warn => "warn",
            Self::Accuse => "accuse",
            Self::CallFor => "call_for",
            Self::Assess => "assess",
            Self::Question => "question",
            Self::Promise => "promise",
        }
    }

    /// Every act, in a fixed order (for the ontology and docs).
    pub const ALL: [SpeechAct; 11] = [
        Self::Assert,
        Self::Confirm,
        Self::Deny,
        Self::DeclineToConfirm,
        Self::CannotConfirm,
        Self::Warn,
        Self::Accuse,
        Self::CallFor,
        Self::Assess,
        Self::Question,
        Self::Promise,
    ];
}

/// One surface form of a speech cue.
#[derive(Debug, Clone)]
pub struct Cue {
    /// Lowercase words of the form, e.g. `["could", "not", "confirm"]`.
    pub words: Vec<String>,
    pub lemma: String,
    pub act: SpeechAct,
    pub cameo: String,
    pub negated: bool,
}

/// A country (or country-like place) from the gazetteer.
#[derive(Debug, Clone)]
pub struct Country {
    pub name: String,
    pub iso2: String,
}

/// A metonym: a name standing for an institution ("the Kremlin").
#[derive(Debug, Clone)]
pub struct Metonym {
    pub name: String,
    pub country: String,
    pub full_name: String,
}

/// A well-known entity of the catalog (`ontology/catalog.tsv`).
#[derive(Debug, Clone)]
pub struct CatalogEntry {
    /// "Person", "Organization" or "Place".
    pub kind: String,
    /// The canonical name.
    pub name: String,
    /// Wikidata item id (`Q1065`).
    pub wikidata: String,
}

/// What a lowercase word can start (see [`Lexicon::first_word`]).
#[derive(Debug, Clone, Default)]
pub struct FirstWord {
    /// Indices of the cue forms starting with it, longest first.
    cues: Vec<usize>,
    /// A verb of a dismissal ("called the claims groundless").
    pub dismissal_verb: bool,
}

/// Everything the gazetteer knows of one normalised name: a country, a demonym, a city, a
/// metonym (one name can be several: "Georgia", "Washington"). One lookup answers all four.
#[derive(Debug, Clone, Default)]
pub struct GazEntry {
    pub country: Option<Country>,
    /// The country a demonym ("South Korean") refers to.
    pub demonym: Option<String>,
    /// A named place that is not a country: a city, a US state (`cities.tsv`) or a world
    /// region, sea or range (`regions.tsv`).
    pub city: bool,
    pub metonym: Option<Metonym>,
}

/// A Bloom filter of byte strings: 64 Ki bits (8 KiB), two bits per string from one hash.
/// `may_hold` is false only for strings never added.
struct BitFilter(Box<[u64]>);

impl std::fmt::Debug for BitFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let set: u32 = self.0.iter().map(|w| w.count_ones()).sum();
        write!(f, "BitFilter({set} of {} bits set)", Self::WORDS * 64)
    }
}

impl BitFilter {
    const WORDS: usize = 1024;

    fn new<'w>(items: impl Iterator<Item = &'w [u8]>) -> Self {
        let mut bits = vec![0u64; Self::WORDS].into_boxed_slice();
        for w in items {
            for b in Self::bits(w) {
                bits[b / 64] |= 1 << (b % 64);
            }
        }
        Self(bits)
    }

    fn bits(w: &[u8]) -> [usize; 2] {
        use std::hash::Hasher;
        let mut h = rustc_hash::FxHasher::default();
        h.write(w);
        let h = h.finish();
        let mask = Self::WORDS * 64 - 1;
        // (the two halves of the hash; the high half is the better mixed)
        [(h >> 32) as usize & mask, (h >> 16) as usize & mask]
    }

    fn may_hold(&self, w: &[u8]) -> bool {
        Self::bits(w)
            .iter()
            .all(|&b| self.0[b / 64] & (1 << (b % 64)) != 0)
    }
}

/// Bits of `Lexicon::gaz_prefixes`: the text is a gazetteer key; a longer key starts with it and
/// a space.
const GAZ_KEY: u8 = 1;
const GAZ_LONGER: u8 = 2;

/// Bits of [`Lexicon::word_class`]: the word lists a single word is in, all answered by one
/// lookup (rules ask several of them about the same token).
pub mod class {
    pub const TITLE: u16 = 1;
    pub const ROLE_NOUN: u16 = 1 << 1;
    pub const ROLE_DOMAIN: u16 = 1 << 2;
    /// In the list of capitalised stop words (see [`super::Lexicon::is_stop_cap_of`]).
    pub const STOP_CAP: u16 = 1 << 3;
    pub const GIVEN_NAME: u16 = 1 << 4;
    pub const COMMON_WORD: u16 = 1 << 5;
    pub const DICTIONARY_WORD: u16 = 1 << 6;
    pub const EVENT_HEAD: u16 = 1 << 7;
    /// An organisation or place head, as written (these lists are case-sensitive).
    pub const ORG_HEAD: u16 = 1 << 8;
    pub const PLACE_HEAD: u16 = 1 << 9;
    /// The first word of a gazetteer name (country, demonym, city, metonym) after
    /// normalisation: for a word of ASCII letters and digits only, what
    /// [`super::Lexicon::may_name`] answers.
    pub const GAZ_FIRST: u16 = 1 << 10;
}

/// A boilerplate line pattern.
#[derive(Debug)]
pub struct Boilerplate {
    pub re: Regex,
    /// Starts a page footer: this line and all after it are boilerplate.
    pub footer: bool,
}

/// Everything the extractor knows about English news, loaded once.
#[derive(Debug)]
pub struct Lexicon {
    pub cues: Vec<Cue>,
    /// Lowercase word → its [`class`] bits: [`WordLists::classes`] with the gazetteer's first
    /// words, in a table laid out for lookups that miss the cache (asked for most tokens).
    classes: WordTable<u16>,
    /// Indices into `cues` by first word, longest forms first.
    cues_by_first: HashMap<String, FirstWord>,
    /// One bit per [`word_shape`] of the keys of `cues_by_first`: most tokens ("the", "of",
    /// "in") have a shape no cue word has and are answered without hashing the word.
    cue_shapes: Box<[u64; 1024]>,
    /// The word lists and their [`class`] bits.
    words: WordLists,
    pub max_title_words: usize,
    /// Peoples, regions and faiths not in the gazetteer ("African", "Muslim").
    group_words: HashSet<String>,
    leader_words: HashSet<String>,
    /// Compass and like words that make a place of a named place after them ("Southern").
    place_modifiers: HashSet<String>,
    place_of_words: HashSet<String>,
    place_followers: HashSet<String>,
    place_nouns: HashSet<String>,
    eponym_nouns: HashSet<String>,
    person_cues: HashSet<String>,
    org_names: HashSet<String>,
    firm_names: HashSet<String>,
    addressee_cues: HashSet<String>,
    listener_nouns: HashSet<String>,
    compound_participles: HashSet<String>,
    to_nouns: HashSet<String>,
    royal_titles: HashSet<String>,
    ship_prefixes: HashSet<String>,
    joint_heads: HashSet<String>,
    noun_cues: HashSet<String>,
    event_first_words: HashSet<String>,
    place_first_words: HashSet<String>,
    org_first_words: HashSet<String>,
    org_descriptors: HashSet<String>,
    work_descriptors: HashSet<String>,
    written_objects: HashSet<String>,
    source_documents: HashSet<String>,
    /// Given names the census gives to one sex: `'m'` or `'f'`.
    given_name_genders: HashMap<String, char>,
    /// Titles that say a person's sex: `'m'` or `'f'`.
    title_sexes: HashMap<String, char>,
    /// Surnames of the census, lowercase.
    surnames: HashSet<String>,
    /// Brand heads that keep a leading demonym or country in the name ("British Airways").
    name_heads: HashSet<String>,
    /// Heads of organisations whose first word alone names them ("Tesla" of "Tesla Motors").
    first_word_heads: HashSet<String>,
    /// Acronyms that are common nouns ("DNA", "CEO"), not organisations.
    common_acronyms: HashSet<String>,
    pub institutions: Vec<Vec<String>>,
    /// normalised name → what it names in the gazetteer (countries and their aliases,
    /// demonyms, cities, metonyms)
    gazetteer: HashMap<String, GazEntry>,
    /// First words of every gazetteer key above: a cheap test before normalising a name.
    first_words: HashSet<Box<[u8]>>,
    /// Every gazetteer key and every part of one that ends before a space ("united",
    /// "united states"), with [`GAZ_KEY`] and [`GAZ_LONGER`] bits: what
    /// [`Self::gazetteer_walk`] needs to stop as soon as no longer name can match.
    gaz_prefixes: HashMap<Box<[u8]>, u8>,
    /// [`Self::first_words`] and the keys of [`Self::gaz_prefixes`] in bit filters small enough
    /// to stay in the core's cache: most words asked about are in neither, and the filter says
    /// so without touching the tables.
    first_words_filter: BitFilter,
    gaz_prefixes_filter: BitFilter,
    /// The length of the longest gazetteer key, in bytes.
    gaz_max_len: usize,
    pub boilerplate: Vec<Boilerplate>,
    /// The boilerplate patterns in one set, to test each line in one pass.
    pub boilerplate_set: regex::RegexSet,
    /// normalised catalog name or alias → entry
    catalog: HashMap<String, CatalogEntry>,
    /// First words of the catalog keys: a cheap test before normalising a name.
    catalog_first: WordSet,
    /// One-word organisation names of the catalog, as written ("Toyota", "Reuters").
    catalog_companies: HashSet<String>,
    /// Last words of the catalog's organisation names of several words ("Nations").
    catalog_org_last: HashSet<String>,
    /// Dismissal verbs, objects and judgements ("called the claims groundless" = deny).
    pub dismissal_verbs: HashSet<String>,
    pub dismissal_objects: HashSet<String>,
    pub dismissal_judgements: HashSet<String>,
    /// The cue a dismissal is recorded with (act deny, CAMEO 016).
    pub dismissal_cue: Cue,
    /// `org_anaphors.tsv`: "the company", "the paper" as a speaker.
    pub org_anaphors: OrgAnaphors,
}

/// What kind of organisation a noun after "the" stands for (`org_anaphors.tsv`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrgAnaphor {
    /// An organisation whose name has none of [`OrgAnaphors::not_company`].
    Company,
    /// One whose last word is a title's head or a word of [`OrgAnaphors::media`].
    Media,
    /// Any organisation.
    Any,
    /// One whose name has one of these lowercase words.
    Named(Vec<String>),
}

/// The nouns of `org_anaphors.tsv` and the word lists their kinds use.
#[derive(Debug, Default)]
pub struct OrgAnaphors {
    pub nouns: HashMap<String, OrgAnaphor>,
    pub not_company: HashSet<String>,
    pub media: HashSet<String>,
}

impl OrgAnaphors {
    fn parse(data: &str) -> Self {
        let mut out = Self::default();
        for l in lines(data) {
            let f: Vec<&str> = l.split('\t').collect();
            let words = || {
                f.get(2)
                    .into_iter()
                    .flat_map(|w| w.split('|'))
                    .map(str::to_string)
            };
            match (f[0], f.get(1).copied()) {
                ("not_company", _) => out.not_company.extend(words()),
                ("media", _) => out.media.extend(words()),
                (noun, Some(kind)) => {
                    let kind = match kind {
                        "company" => OrgAnaphor::Company,
                        "media" => OrgAnaphor::Media,
                        "any" => OrgAnaphor::Any,
                        "name" => OrgAnaphor::Named(words().collect()),
                        _ => continue,
                    };
                    out.nouns.insert(noun.to_string(), kind);
                }
                _ => {}
            }
        }
        out
    }
}

/// A set of lowercase words or phrases, looked up in any case without allocating: ASCII text is
/// lowercased on the stack and compared as bytes (these lookups run for many tokens of every
/// article, so they must not allocate or re-validate UTF-8).
#[derive(Debug, Default)]
struct WordSet(HashSet<Box<[u8]>>);

/// `f` of the lowercase bytes of `w`: lowercased on the stack for short ASCII words.
fn with_lower<R>(w: &str, f: impl FnOnce(&[u8]) -> R) -> R {
    let b = w.as_bytes();
    if b.len() <= 48 && b.is_ascii() {
        let mut buf = [0u8; 48];
        for (d, c) in buf.iter_mut().zip(b) {
            *d = c.to_ascii_lowercase();
        }
        f(&buf[..b.len()])
    } else {
        f(lower(w).as_bytes())
    }
}

/// `w` lowercased, as a lookup key (ASCII without the general case mapping).
fn lowercase_key(w: &str) -> Box<[u8]> {
    if w.is_ascii() {
        w.as_bytes().to_ascii_lowercase().into_boxed_slice()
    } else {
        w.to_lowercase().into_bytes().into_boxed_slice()
    }
}

impl WordSet {
    /// One entry per line of `data` (lowercased; `#` comments and blank lines skipped).
    fn new(data: &str) -> Self {
        Self(lines(data).map(|l| lowercase_key(l.trim())).collect())
    }
    /// Is the lowercase form of `w` in the set?
    fn has(&self, w: &str) -> bool {
        with_lower(w, |l| self.0.contains(l))
    }
    /// Is `w`, as it is, in the set?
    fn exact(&self, w: &str) -> bool {
        self.0.contains(w.as_bytes())
    }
    fn words(&self) -> impl Iterator<Item = &str> {
        self.0.iter().filter_map(|w| std::str::from_utf8(w).ok())
    }
}

/// A number below 65,536 from a word's length, first and last byte: words of one shape are
/// few, so a set of shapes tells cheaply that a word is in no small word list.
fn word_shape(w: &[u8]) -> Option<usize> {
    let (&first, &last) = (w.first()?, w.last()?);
    let len = w.len().min(15);
    Some((len << 12 | usize::from(first & 0x3f) << 6 | usize::from(last & 0x3f)) & 0xffff)
}

/// Given names of world news that the census list lacks, with their sex (`m`, `f` or `-`).
const GIVEN_NAMES_WORLD: &str = include_str!("../ontology/lexicon/given_names_world.tsv");

fn lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

fn word_set(data: &str) -> HashSet<String> {
    lines(data).map(|l| l.trim().to_lowercase()).collect()
}

/// The lines of a case-sensitive word list ("Ministry", "Airways").
fn exact_word_set(data: &str) -> HashSet<String> {
    lines(data).map(|l| l.trim().to_string()).collect()
}

/// The word lists of `ontology/lexicon/` and the [`class`] bits of their words (all but
/// [`class::GAZ_FIRST`]), loaded apart from the rest of the lexicon.
#[derive(Debug)]
struct WordLists {
    titles: WordSet,
    max_title_words: usize,
    role_nouns: WordSet,
    /// Nouns for a person by sex, age or kin ("man", "son"), also in `role_nouns`.
    person_nouns: WordSet,
    role_domains: WordSet,
    org_heads: HashSet<String>,
    place_heads: HashSet<String>,
    /// Common given names (lowercase).
    given_names: WordSet,
    /// Words news text writes in lowercase mid-sentence: not a name on their own.
    common_words: WordSet,
    /// Heads of event and work names ("World Cup", "Winter Olympics"): not entities we model.
    event_heads: WordSet,
    /// Lowercase word → the [`class`] bits of every list above it is in (org and place heads
    /// by their lowercase form, checked as written by [`Lexicon::word_class`]), and of the
    /// dictionary, kept only here: while the lists load, without the dictionary, then in
    /// `table` with it (moved into [`Lexicon::classes`] once the gazetteer's first words are
    /// added).
    classes: HashMap<Box<[u8]>, u16>,
    table: WordTable<u16>,
}

impl WordLists {
    fn load() -> Self {
        // The dictionary (four fifths of the words) on a thread of its own, with its class bits.
        std::thread::scope(|scope| {
            let dictionary = scope.spawn(|| {
                let mut classes = WordTable::with_capacity(80_000);
                for w in lines(include_str!("../ontology/lexicon/dictionary_words.txt")) {
                    with_lower(w.trim(), |l| {
                        classes.update(l, |_| class::DICTIONARY_WORD);
                    });
                }
                classes
            });
            let rest = Self::load_without_dictionary();
            match dictionary.join() {
                Ok(classes) => rest.with_dictionary(classes),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        })
    }

    /// Every list but the dictionary's (left empty), and their class bits.
    fn load_without_dictionary() -> Self {
        let titles = WordSet::new(include_str!("../ontology/lexicon/titles.txt"));
        let max_title_words = titles
            .words()
            .map(|t| t.split_whitespace().count())
            .max()
            .unwrap_or(1);

        // (person nouns are role nouns too, `person_nouns.txt`)
        let role_nouns = WordSet::new(concat!(
            include_str!("../ontology/lexicon/role_nouns.txt"),
            include_str!("../ontology/lexicon/person_nouns.txt")
        ));
        let person_nouns = WordSet::new(include_str!("../ontology/lexicon/person_nouns.txt"));
        let role_domains = WordSet::new(include_str!("../ontology/lexicon/role_domains.txt"));
        let org_heads = exact_word_set(include_str!("../ontology/lexicon/org_heads.txt"));
        let place_heads: HashSet<String> =
            lines(include_str!("../ontology/lexicon/place_heads.txt"))
                .map(|l| l.trim().to_string())
                .collect();
        let stop_caps = WordSet::new(include_str!("../ontology/lexicon/stop_caps.txt"));
        // (the census list and the world list's names, its first column)
        let given_names = WordSet::new(&format!(
            "{}\n{}",
            include_str!("../ontology/lexicon/given_names.txt"),
            lines(GIVEN_NAMES_WORLD)
                .filter_map(|l| l.split('\t').next())
                .collect::<Vec<_>>()
                .join("\n")
        ));
        let common_words = WordSet::new(include_str!("../ontology/lexicon/common_words.txt"));
        let event_heads = WordSet::new(include_str!("../ontology/lexicon/event_heads.txt"));
        let mut classes: HashMap<Box<[u8]>, u16> = HashMap::default();
        for (set, bit) in [
            (&titles, class::TITLE),
            (&role_nouns, class::ROLE_NOUN),
            (&role_domains, class::ROLE_DOMAIN),
            (&stop_caps, class::STOP_CAP),
            (&given_names, class::GIVEN_NAME),
            (&common_words, class::COMMON_WORD),
            (&event_heads, class::EVENT_HEAD),
        ] {
            for w in &set.0 {
                *classes.entry(w.clone()).or_default() |= bit;
            }
        }
        for (set, bit) in [
            (&org_heads, class::ORG_HEAD),
            (&place_heads, class::PLACE_HEAD),
        ] {
            for w in set {
                *classes.entry(lower(w).as_bytes().into()).or_default() |= bit;
            }
        }
        Self {
            titles,
            max_title_words,
            role_nouns,
            person_nouns,
            role_domains,
            org_heads,
            place_heads,
            given_names,
            common_words,
            event_heads,
            classes,
            table: WordTable::default(),
        }
    }

    /// The lists with the dictionary's class bits added (the dictionary is only kept there):
    /// every list's bits in one table.
    fn with_dictionary(mut self, mut table: WordTable<u16>) -> Self {
        for (w, &bits) in &self.classes {
            table.update(w, |c| c | bits);
        }
        self.classes = HashMap::default();
        self.table = table;
        self
    }
}

/// The lexicon built from the files in `ontology/`.
pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load_embedded);

impl Lexicon {
    /// Load the lexicon from the data files compiled into the binary.
    #[must_use]
    pub fn load_embedded() -> Self {
        // The word lists (the largest part) on a thread of their own, the rest meanwhile: the
        // first article of every run waits for this.
        std::thread::scope(|scope| {
            let word_lists = scope.spawn(WordLists::load);
            Self::load_with(word_lists)
        })
    }

    fn load_with(word_lists: std::thread::ScopedJoinHandle<'_, WordLists>) -> Self {
        let mut cues = Vec::new();
        for l in lines(include_str!("../ontology/lexicon/speech_cues.tsv")) {
            let f: Vec<&str> = l.split('\t').collect();
            let [lemma, forms, act, cameo, negated] = f[..] else {
                continue;
            };
            let Some(act) = SpeechAct::parse(act) else {
                continue;
            };
            // "doesn't" is also written "doesn’t"
            let curly: Vec<String> = forms
                .split('|')
                .filter(|f| f.contains('\''))
                .map(|f| f.replace('\'', "’"))
                .collect();
            for form in forms.split('|').chain(curly.iter().map(String::as_str)) {
                cues.push(Cue {
                    words: form.split_whitespace().map(str::to_string).collect(),
                    lemma: lemma.to_string(),
                    act,
                    cameo: cameo.to_string(),
                    negated: negated == "true",
                });
            }
        }
        // Longest forms first so "could not confirm" wins over "confirm".
        cues.sort_by(|a, b| {
            b.words
                .len()
                .cmp(&a.words.len())
                .then_with(|| a.words.cmp(&b.words))
        });

        let mut countries = HashMap::default();
        let mut demonyms = HashMap::default();
        // The hand-curated list (home nations, former states), then the generated one: the
        // first row to claim a name keeps it ("Yugoslavia" is the former state, not an alias of
        // Serbia and Montenegro).
        let country_rows = lines(include_str!("../ontology/gazetteer/countries_more.tsv"))
            .skip(1)
            .chain(lines(include_str!("../ontology/gazetteer/countries.tsv")).skip(1));
        for l in country_rows {
            // (`lines` trims the tabs of empty trailing columns)
            let mut f: Vec<&str> = l.split('\t').collect();
            if f.len() < 2 {
                continue;
            }
            f.resize(4, "");
            // ISO-style names ("Virgin Islands, British", "Holy See (Vatican City State)") are
            // shown by their first alias as news writes it, when there is one.
            let shown = if f[0].contains([',', '(']) {
                f[2].split('|')
                    .find(|a| !a.is_empty() && !a.contains([',', '(']))
                    .unwrap_or(f[0])
            } else {
                f[0]
            };
            let c = Country {
                name: shown.to_string(),
                iso2: f[1].to_string(),
            };
            for alias in std::iter::once(f[0])
                .chain(f[2].split('|'))
                .filter(|a| !a.is_empty())
            {
                countries.entry(norm(alias)).or_insert_with(|| c.clone());
            }
            for d in f[3].split('|').filter(|d| !d.is_empty()) {
                demonyms.entry(norm(d)).or_insert_with(|| c.name.clone());
            }
        }
        for l in lines(include_str!("../ontology/lexicon/place_aliases.tsv")) {
            let f: Vec<&str> = l.split('\t').collect();
            if f.len() < 2 {
                continue;
            }
            if let Some(c) = countries.get(&norm(f[1])).cloned() {
                countries.insert(norm(f[0]), c);
            }
        }
        let mut cities = HashMap::default();
        for l in lines(include_str!("../ontology/gazetteer/cities.tsv")).skip(1) {
            let f: Vec<&str> = l.split('\t').collect();
            if f.len() >= 2 {
                cities.entry(norm(f[0])).or_insert_with(|| f[1].to_string());
            }
        }
        // English news names of cities (Kiev, Cologne) and towns under 100,000 people.
        for l in lines(include_str!("../ontology/gazetteer/city_names.tsv")).skip(1) {
            if let Some(name) = l.split('\t').next().filter(|n| !n.is_empty()) {
                cities.entry(norm(name)).or_insert_with(String::new);
            }
        }
        // World regions, seas and ranges, and subdivisions of countries (provinces, states,
        // large islands): named places as cities are (not countries). Both files are
        // `name<TAB>…<TAB>aliases`, regions with no middle column.
        let area_rows = lines(include_str!("../ontology/gazetteer/regions.tsv"))
            .skip(1)
            .map(|l| (l, 1))
            .chain(
                lines(include_str!("../ontology/gazetteer/subdivisions.tsv"))
                    .skip(1)
                    .map(|l| (l, 2)),
            );
        for (l, aliases_at) in area_rows {
            let f: Vec<&str> = l.split('\t').collect();
            let names = f
                .first()
                .copied()
                .into_iter()
                .chain(f.get(aliases_at).copied().unwrap_or("").split('|'));
            for name in names.filter(|n| !n.is_empty()) {
                if !countries.contains_key(&norm(name)) {
                    cities.entry(norm(name)).or_insert_with(String::new);
                }
            }
        }
        let mut metonyms = HashMap::default();
        for l in lines(include_str!("../ontology/lexicon/metonyms.tsv")) {
            let f: Vec<&str> = l.split('\t').collect();
            if f.len() >= 4 {
                metonyms.insert(
                    norm(f[0]),
                    Metonym {
                        name: f[0].to_string(),
                        country: f[2].to_string(),
                        full_name: f[3].to_string(),
                    },
                );
            }
        }
        let first_words: HashSet<Box<[u8]>> = countries
            .keys()
            .chain(demonyms.keys())
            .chain(cities.keys())
            .chain(metonyms.keys())
            .filter_map(|k| k.split(' ').next())
            .map(|w| w.as_bytes().into())
            .collect();
        let mut gazetteer: HashMap<String, GazEntry> = HashMap::default();
        for (k, c) in countries {
            gazetteer.entry(k).or_default().country = Some(c);
        }
        for (k, d) in demonyms {
            gazetteer.entry(k).or_default().demonym = Some(d);
        }
        for k in cities.into_keys() {
            gazetteer.entry(k).or_default().city = true;
        }
        for (k, m) in metonyms {
            gazetteer.entry(k).or_default().metonym = Some(m);
        }
        let mut gaz_prefixes: HashMap<Box<[u8]>, u8> = HashMap::default();
        for k in gazetteer.keys() {
            *gaz_prefixes.entry(k.as_bytes().into()).or_default() |= GAZ_KEY;
            for (at, _) in k.match_indices(' ') {
                *gaz_prefixes.entry(k.as_bytes()[..at].into()).or_default() |= GAZ_LONGER;
            }
        }
        let gaz_max_len = gazetteer.keys().map(String::len).max().unwrap_or(0);
        let first_words_filter = BitFilter::new(first_words.iter().map(|w| &w[..]));
        let gaz_prefixes_filter = BitFilter::new(gaz_prefixes.keys().map(|w| &w[..]));
        let mut boilerplate = Vec::new();
        for l in lines(include_str!("../ontology/lexicon/boilerplate.txt")) {
            let (footer, pat) = match l.strip_prefix("footer:") {
                Some(p) => (true, p),
                None => (false, l),
            };
            if let Ok(re) = Regex::new(&format!("(?i){pat}")) {
                boilerplate.push(Boilerplate { re, footer });
            }
        }
        let boilerplate_set = regex::RegexSet::new(boilerplate.iter().map(|b| b.re.as_str()))
            .unwrap_or_else(|_| regex::RegexSet::empty());
        let mut institutions: Vec<Vec<String>> =
            lines(include_str!("../ontology/lexicon/institutions.txt"))
                .map(|l| l.split_whitespace().map(str::to_string).collect())
                .collect();
        institutions.sort_by_key(|b| std::cmp::Reverse(b.len()));

        let mut cues_by_first: HashMap<String, FirstWord> = HashMap::default();
        for (i, c) in cues.iter().enumerate() {
            if let Some(first) = c.words.first() {
                cues_by_first.entry(first.clone()).or_default().cues.push(i);
            }
        }

        let mut catalog = HashMap::default();
        for l in lines(include_str!("../ontology/catalog.tsv")) {
            let f: Vec<&str> = l.split('\t').collect();
            let [kind, name, aliases, qid] = f[..] else {
                continue;
            };
            let entry = CatalogEntry {
                kind: kind.to_string(),
                name: name.to_string(),
                wikidata: qid.to_string(),
            };
            for n in std::iter::once(name).chain(aliases.split('|').filter(|a| !a.is_empty())) {
                catalog.insert(norm(n), entry.clone());
            }
        }

        let mut dismissal: HashMap<String, HashSet<String>> = HashMap::default();
        for l in lines(include_str!("../ontology/lexicon/dismissals.tsv")) {
            if let Some((kind, words)) = l.split_once('\t') {
                dismissal
                    .entry(kind.to_string())
                    .or_default()
                    .extend(words.split('|').map(str::to_string));
            }
        }
        let mut take = |k: &str| dismissal.remove(k).unwrap_or_default();
        let (dismissal_verbs, dismissal_objects, dismissal_judgements) =
            (take("verb"), take("object"), take("judgement"));
        for v in &dismissal_verbs {
            cues_by_first.entry(v.clone()).or_default().dismissal_verb = true;
        }

        let mut cue_shapes = Box::new([0u64; 1024]);
        for k in cues_by_first.keys() {
            if let Some(p) = word_shape(k.as_bytes()) {
                cue_shapes[p / 64] |= 1 << (p % 64);
            }
        }

        let catalog_companies: HashSet<String> = catalog
            .values()
            .filter(|c| c.kind == "Organization" && !c.name.contains(' '))
            .map(|c| c.name.clone())
            .collect();
        let catalog_org_last: HashSet<String> = catalog
            .values()
            .filter(|c| c.kind == "Organization")
            .filter_map(|c| c.name.rsplit_once(' ').map(|(_, last)| last.to_string()))
            .collect();
        let catalog_first = WordSet(
            catalog
                .keys()
                .filter_map(|k| k.split(' ').next())
                .map(|w| w.as_bytes().into())
                .collect(),
        );

        let mut words = match word_lists.join() {
            Ok(w) => w,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        for w in &first_words {
            words.table.update(w, |c| c | class::GAZ_FIRST);
        }
        let classes = std::mem::take(&mut words.table);

        Self {
            catalog_first,
            catalog_companies,
            catalog_org_last,
            dismissal_verbs,
            dismissal_objects,
            dismissal_judgements,
            dismissal_cue: Cue {
                words: vec!["called".to_string()],
                lemma: "dismiss as".to_string(),
                act: SpeechAct::Deny,
                cameo: "016".to_string(),
                negated: false,
            },
            org_anaphors: OrgAnaphors::parse(include_str!("../ontology/lexicon/org_anaphors.tsv")),
            catalog,
            cues,
            classes,
            cues_by_first,
            cue_shapes,
            max_title_words: words.max_title_words,
            words,
            group_words: word_set(include_str!("../ontology/lexicon/group_words.txt")),
            leader_words: word_set(include_str!("../ontology/lexicon/leader_words.txt")),
            place_modifiers: word_set(include_str!("../ontology/lexicon/place_modifiers.txt")),
            place_of_words: word_set(include_str!("../ontology/lexicon/place_of_words.txt")),
            place_followers: word_set(include_str!("../ontology/lexicon/place_followers.txt")),
            place_nouns: word_set(include_str!("../ontology/lexicon/place_nouns.txt")),
            eponym_nouns: word_set(include_str!("../ontology/lexicon/eponym_nouns.txt")),
            person_cues: word_set(include_str!("../ontology/lexicon/person_cues.txt")),
            org_names: exact_word_set(include_str!("../ontology/gazetteer/organisations.txt")),
            firm_names: exact_word_set(include_str!("../ontology/gazetteer/firm_names.txt")),
            addressee_cues: word_set(include_str!("../ontology/lexicon/addressee_cues.txt")),
            listener_nouns: word_set(include_str!("../ontology/lexicon/listener_nouns.txt")),
            compound_participles: word_set(include_str!(
                "../ontology/lexicon/compound_participles.txt"
            )),
            to_nouns: word_set(include_str!("../ontology/lexicon/to_nouns.txt")),
            royal_titles: word_set(include_str!("../ontology/lexicon/royal_titles.txt")),
            ship_prefixes: exact_word_set(include_str!("../ontology/lexicon/ship_prefixes.txt")),
            joint_heads: exact_word_set(include_str!("../ontology/lexicon/joint_heads.txt")),
            noun_cues: word_set(include_str!("../ontology/lexicon/noun_cues.txt")),
            event_first_words: exact_word_set(include_str!(
                "../ontology/lexicon/event_first_words.txt"
            )),
            place_first_words: exact_word_set(include_str!(
                "../ontology/lexicon/place_first_words.txt"
            )),
            org_first_words: exact_word_set(include_str!(
                "../ontology/lexicon/org_first_words.txt"
            )),
            org_descriptors: word_set(include_str!("../ontology/lexicon/org_descriptors.txt")),
            work_descriptors: word_set(include_str!("../ontology/lexicon/work_descriptors.txt")),
            written_objects: word_set(include_str!("../ontology/lexicon/written_objects.txt")),
            source_documents: word_set(include_str!("../ontology/lexicon/source_documents.txt")),
            surnames: word_set(include_str!("../ontology/lexicon/surnames.txt")),
            given_name_genders: lines(include_str!("../ontology/lexicon/given_name_genders.tsv"))
                .chain(lines(GIVEN_NAMES_WORLD))
                .filter_map(|l| {
                    let (name, sex) = l.split_once('\t')?;
                    let sex = sex.trim().chars().next()?;
                    matches!(sex, 'm' | 'f').then(|| (name.to_string(), sex))
                })
                .collect(),
            title_sexes: lines(include_str!("../ontology/lexicon/title_sexes.tsv"))
                .filter_map(|l| {
                    let (title, sex) = l.split_once('\t')?;
                    Some((title.to_string(), sex.trim().chars().next()?))
                })
                .collect(),
            name_heads: exact_word_set(include_str!("../ontology/lexicon/name_heads.txt")),
            first_word_heads: exact_word_set(include_str!(
                "../ontology/lexicon/first_word_heads.txt"
            )),
            common_acronyms: lines(include_str!("../ontology/lexicon/common_acronyms.txt"))
                .map(|l| l.trim().to_string())
                .collect(),
            institutions,
            gazetteer,
            first_words,
            first_words_filter,
            gaz_prefixes_filter,
            gaz_prefixes,
            gaz_max_len,
            boilerplate,
            boilerplate_set,
        }
    }

    #[must_use]
    pub fn is_title(&self, phrase: &str) -> bool {
        self.words.titles.has(phrase)
    }
    /// Cue forms whose first word is `first` (lowercase), longest first.
    pub fn cues_starting(&self, first: &str) -> impl Iterator<Item = &Cue> {
        self.cues_of(self.first_word(first))
    }
    /// What starts with the lowercase word `w`: speech cues, a dismissal. One lookup per token
    /// answers both questions.
    #[must_use]
    pub fn first_word(&self, w: &str) -> Option<&FirstWord> {
        let p = word_shape(w.as_bytes())?;
        if self.cue_shapes[p / 64] & (1 << (p % 64)) == 0 {
            return None;
        }
        self.cues_by_first.get(w)
    }
    /// The cue forms of a [`Self::first_word`] answer, longest first.
    pub fn cues_of<'s>(&'s self, first: Option<&'s FirstWord>) -> impl Iterator<Item = &'s Cue> {
        first
            .into_iter()
            .flat_map(|f| &f.cues)
            .map(|&i| &self.cues[i])
    }
    #[must_use]
    pub fn is_role_noun(&self, w: &str) -> bool {
        self.words.role_nouns.has(w)
    }

    /// A noun for a person by sex, age or kin ("man", "daughter", "friend";
    /// `person_nouns.txt`), also a role noun.
    #[must_use]
    pub fn is_person_noun(&self, w: &str) -> bool {
        self.words.person_nouns.has(w)
    }
    #[must_use]
    pub fn is_role_domain(&self, w: &str) -> bool {
        self.words.role_domains.has(w)
    }
    #[must_use]
    pub fn is_org_head(&self, w: &str) -> bool {
        self.words.org_heads.contains(w)
    }
    #[must_use]
    pub fn is_place_head(&self, w: &str) -> bool {
        self.words.place_heads.contains(w)
    }
    #[must_use]
    pub fn is_stop_cap(&self, w: &str) -> bool {
        Self::is_stop_cap_of(w, self.word_class(w))
    }
    /// [`Self::is_stop_cap`] of `w` whose [`Self::word_class`] is `class`.
    #[must_use]
    pub fn is_stop_cap_of(w: &str, class: u16) -> bool {
        // "US" and "IT" in capitals are names, not the pronoun or the word.
        class & class::STOP_CAP != 0
            && !(w.chars().nth(1).is_some() && w.chars().all(|c| c.is_uppercase() || c == '.'))
    }
    /// The [`class`] bits of the single word `w`: which word lists hold it (in any case; the
    /// org and place heads as written). One lookup for every list.
    #[must_use]
    pub fn word_class(&self, w: &str) -> u16 {
        let mut c = with_lower(w, |l| self.classes.get(l).unwrap_or(0));
        if c & class::ORG_HEAD != 0 && !self.words.org_heads.contains(w) {
            c &= !class::ORG_HEAD;
        }
        if c & class::PLACE_HEAD != 0 && !self.words.place_heads.contains(w) {
            c &= !class::PLACE_HEAD;
        }
        c
    }
    /// Is `w`, exactly as written, a one-word organisation name of the catalog ("Toyota")?
    /// (One hash probe, for rules that ask about every run.)
    #[must_use]
    pub fn is_catalog_company(&self, w: &str) -> bool {
        self.catalog_companies.contains(w)
    }

    /// Can `w`, as written, end an organisation name of the catalog of several words
    /// ("Nations" of "United Nations")? (A gate before [`Self::catalog`] of ranges.)
    #[must_use]
    pub fn may_end_catalog_org(&self, w: &str) -> bool {
        self.catalog_org_last.contains(w)
    }

    /// The catalog entry a name or alias denotes ("UN" → United Nations).
    #[must_use]
    pub fn catalog(&self, name: &str) -> Option<&CatalogEntry> {
        let first = name
            .split(|c: char| c.is_whitespace() || c == '-')
            .next()
            .unwrap_or("");
        let first = if first.contains(['.', '\'', '’']) {
            std::borrow::Cow::Owned(first.replace(['.', '\'', '’'], ""))
        } else {
            std::borrow::Cow::Borrowed(first)
        };
        let known = if first.is_ascii() {
            self.catalog_first.has(&first)
        } else {
            self.catalog_first.exact(&norm(&first))
        };
        if !known {
            return None;
        }
        with_norm(name, |k| self.catalog.get(k))
    }
    /// A common given name ("Mary", "John").
    #[must_use]
    pub fn is_given_name(&self, w: &str) -> bool {
        self.words.given_names.has(w)
    }
    /// A word news text writes in lowercase ("rocks", "agent").
    #[must_use]
    pub fn is_common_word(&self, w: &str) -> bool {
        self.words.common_words.has(w)
    }
    /// A word an English dictionary lists in lowercase ("tricks", "cereal").
    #[must_use]
    pub fn is_dictionary_word(&self, w: &str) -> bool {
        self.word_class(w) & class::DICTIONARY_WORD != 0
    }
    /// The head of an event or work name ("Cup", "Olympics", "Festival").
    #[must_use]
    pub fn is_event_head(&self, w: &str) -> bool {
        self.words.event_heads.has(w)
    }
    /// A lowercase word that makes the single name before it a leader's surname ("the Obama
    /// administration").
    #[must_use]
    pub fn is_leader_word(&self, w: &str) -> bool {
        self.leader_words.contains(w)
    }
    /// Does "<w> of X" make a single unknown name X a place ("town of", "southeast of",
    /// "kilometres of")? (`w` in lowercase.)
    #[must_use]
    pub fn is_place_of_word(&self, w: &str) -> bool {
        self.place_of_words.contains(w)
    }

    /// May the verb of cue lemma `lemma` take the person spoken to before the words ("told
    /// reporters that …", `addressee_cues.txt`)?
    #[must_use]
    pub fn takes_addressee(&self, lemma: &str) -> bool {
        self.addressee_cues.contains(lemma)
    }

    /// A singular noun for a body or an audience one speaks to ("the court", "the jury",
    /// "the press"; `listener_nouns.txt`).
    #[must_use]
    pub fn is_listener_noun(&self, w: &str) -> bool {
        self.listener_nouns.contains(w)
    }
    /// Is `w` the prefix of a ship's name ("USS", "HMS", "MV"; `ship_prefixes.txt`)?
    #[must_use]
    pub fn is_ship_prefix(&self, w: &str) -> bool {
        // (all prefixes are short and in capitals: most words need no lookup)
        (2..=5).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_uppercase())
            && self.ship_prefixes.contains(w)
    }
    /// Does role `role` hold the title of a royal or ruler named by given name ("Crown
    /// Princess", "King"; `royal_titles.txt`)?
    #[must_use]
    pub fn is_royal_role(&self, role: &str) -> bool {
        role.split(' ')
            .any(|w| self.royal_titles.contains(&w.to_lowercase()))
    }

    /// Does lowercase `w` take "to" and whom it names as part of a description ("an adviser
    /// to the president", "close to the family"; `to_nouns.txt`)?
    #[must_use]
    pub fn takes_to(&self, w: &str) -> bool {
        self.to_nouns.contains(w)
    }

    /// Do capitalised words `a` "and" `b` head an organisation's name together ("Fire and
    /// Rescue"; `joint_heads.txt`)?
    #[must_use]
    pub fn is_joint_head(&self, a: &str, b: &str) -> bool {
        !self.joint_heads.is_empty()
            && a.len() + b.len() < 24
            && self.joint_heads.contains(&format!("{a} and {b}"))
    }

    /// Is `w` a hyphenated modifier ending in a participle of `compound_participles.txt`
    /// ("London-based", "US-backed", "German-born")?
    #[must_use]
    pub fn is_participle_compound(&self, w: &str) -> bool {
        w.rsplit_once(['-', '‑'])
            .is_some_and(|(head, p)| !head.is_empty() && self.compound_participles.contains(p))
    }

    /// Is `w` a surname the census knows ("Edwards", "Hamlin"; `surnames.txt`)?
    #[must_use]
    pub fn is_surname(&self, w: &str) -> bool {
        self.surnames.contains(&w.to_lowercase())
    }

    /// The sex the census gives the given name `w` ("Rachel" → `'f'`, "John" → `'m'`), if it
    /// gives it mostly to one (`given_name_genders.tsv`).
    #[must_use]
    pub fn given_name_gender(&self, w: &str) -> Option<char> {
        self.given_name_genders.get(w).copied()
    }

    /// The sex a title before a name says (`'m'`, `'f'`; "Lord", "Mrs"; `title_sexes.tsv`),
    /// matched case-insensitively.
    #[must_use]
    pub fn title_sex(&self, w: &str) -> Option<char> {
        self.title_sexes.get(w.to_lowercase().as_str()).copied()
    }

    /// Does `w`, as written, open the name of a storm or an operation ("Hurricane Katrina",
    /// "Operation Desert Storm"; `event_first_words.txt`)?
    #[must_use]
    pub fn is_event_first_word(&self, w: &str) -> bool {
        self.event_first_words.contains(w)
    }

    /// Does `w`, as written, open the name of a place ("Mount Everest", "Lake Victoria",
    /// "Fort Bragg"; `place_first_words.txt`)?
    #[must_use]
    pub fn is_place_first_word(&self, w: &str) -> bool {
        self.place_first_words.contains(w)
    }

    /// Does the common noun `w` (lowercase) say that the name after it is an organisation's
    /// ("band", "charity", "bank"; `org_descriptors.txt`)?
    #[must_use]
    pub fn is_org_descriptor(&self, w: &str) -> bool {
        self.org_descriptors.contains(w)
    }

    /// Does the common noun `w` (lowercase) say that the name after it is a work's ("film",
    /// "album"; `work_descriptors.txt`)?
    #[must_use]
    pub fn is_work_descriptor(&self, w: &str) -> bool {
        self.work_descriptors.contains(w)
    }

    /// Does `w`, as written, open organisations' names ("Air France", "Radio Free Asia";
    /// `org_first_words.txt`)?
    #[must_use]
    pub fn is_org_first_word(&self, w: &str) -> bool {
        self.org_first_words.contains(w)
    }

    /// Is `w` (lowercase) a noun naming what is written ("letter", "books"), so that after
    /// "wrote" it is the object, not words (`written_objects.txt`)?
    #[must_use]
    pub fn is_written_object(&self, w: &str) -> bool {
        self.written_objects.contains(w)
    }

    /// Is `w` (lowercase) a noun naming a document that "says" something ("report",
    /// "statement"; `source_documents.txt`)?
    #[must_use]
    pub fn is_source_document(&self, w: &str) -> bool {
        self.source_documents.contains(w)
    }

    /// Is the base form of cue lemma `lemma` also a common noun ("state", "report", "recall";
    /// `noun_cues.txt`)?
    #[must_use]
    pub fn is_noun_cue(&self, lemma: &str) -> bool {
        self.noun_cues.contains(lemma)
    }

    /// Is `w`, as written, an organisation known by one word (`organisations.txt`: "Qantas",
    /// "Facebook", "Gazprom")?
    #[must_use]
    pub fn is_org_name(&self, w: &str) -> bool {
        self.org_names.contains(w)
    }

    /// Is `name`, as written, a firm's name of several words that reads as a person's
    /// ("Goldman Sachs", "Lockheed Martin"; `firm_names.txt`)?
    #[must_use]
    pub fn is_firm_name(&self, name: &str) -> bool {
        self.firm_names.contains(name)
    }

    /// Does `w` (lowercase), after a single unknown name's possessive or after "was", make the
    /// name a person's ("Baghdadi's wife", "Gardner was arrested")?
    #[must_use]
    pub fn is_person_cue(&self, w: &str) -> bool {
        self.person_cues.contains(w)
    }

    /// May `w` (lowercase) follow a place named after "in" ("in Marja on Sunday")?
    #[must_use]
    pub fn is_place_follower(&self, w: &str) -> bool {
        self.place_followers.contains(w)
    }

    /// Does the lowercase noun `w`, right after an unknown name, say the name is a place's
    /// ("the Guangfu river", "the Dattakhel village"; `place_nouns.txt`)?
    #[must_use]
    pub fn is_place_noun(&self, w: &str) -> bool {
        self.place_nouns.contains(w)
    }

    /// Does the lowercase noun `w`, right after a single unknown name, make the name part of a
    /// term ("the Richter scale", "Down syndrome"; `eponym_nouns.txt`)?
    #[must_use]
    pub fn is_eponym_noun(&self, w: &str) -> bool {
        self.eponym_nouns.contains(w)
    }

    /// A compass or like word that, before a named place, makes a place of both ("Southern
    /// California", "Greater London"); any case.
    #[must_use]
    pub fn is_place_modifier(&self, w: &str) -> bool {
        self.place_modifiers.contains(lower(w).as_ref())
    }
    /// A brand's head word, after which a leading demonym or country stays in the name
    /// ("British Airways", "Irish Times"); case-sensitive.
    #[must_use]
    pub fn is_name_head(&self, w: &str) -> bool {
        self.name_heads.contains(w)
    }
    /// The head of a company, medium or university whose first word alone names it later
    /// ("Tesla" after "Tesla Motors"); case-sensitive.
    #[must_use]
    pub fn is_first_word_head(&self, w: &str) -> bool {
        self.first_word_heads.contains(w)
    }
    /// A people, region or faith word ("African", "Muslims").
    #[must_use]
    pub fn is_group_word(&self, w: &str) -> bool {
        let l = lower(w);
        self.group_words.contains(l.as_ref())
            || l.strip_suffix('s')
                .is_some_and(|s| self.group_words.contains(s))
    }
    /// An acronym that is a common noun, a unit or a time zone ("DNA", "GDP", "CEO", "EST"),
    /// also written with dots ("P.M.", "A.D.").
    #[must_use]
    pub fn is_common_acronym(&self, w: &str) -> bool {
        if w.contains('.') {
            let bare: String = w.chars().filter(|&c| c != '.').collect();
            return self.common_acronyms.contains(bare.trim_end_matches('s'));
        }
        self.common_acronyms.contains(w.trim_end_matches('s'))
    }
    /// The country a name or alias denotes.
    #[must_use]
    pub fn country(&self, name: &str) -> Option<&Country> {
        self.gazetteer(name).and_then(|g| g.country.as_ref())
    }

    /// What the gazetteer knows of `norm(name)`, looked up only when a gazetteer key starts
    /// with its first word (checked on the normalised form).
    #[must_use]
    pub fn gazetteer(&self, name: &str) -> Option<&GazEntry> {
        with_norm(name, |k| {
            let first = k.split(' ').next().unwrap_or("");
            if !first.is_empty() && !self.first_words.contains(first.as_bytes()) {
                return None;
            }
            self.gazetteer.get(k)
        })
    }

    /// The gazetteer's answers for `&text[start..end]` at each of the increasing byte offsets
    /// `ends`, pushed onto `out` ([`Self::gazetteer`] of each, from one normalisation that
    /// grows with the text). Returns true when the answer for every offset after the last one
    /// pushed is `None`: the normalised text has grown past the longest key, or by a word after
    /// words no key starts with. Returns false when the offsets run out or at text that is not
    /// ASCII (normalised otherwise); the caller asks [`Self::gazetteer`] for the rest.
    pub fn gazetteer_walk<'s>(
        &'s self,
        text: &str,
        start: usize,
        ends: impl IntoIterator<Item = usize>,
        out: &mut Vec<Option<&'s GazEntry>>,
    ) -> bool {
        let b = text.as_bytes();
        let mut buf = [0u8; 128];
        if self.gaz_max_len >= buf.len() {
            return false;
        }
        let (mut n, mut any, mut gap, mut pos) = (0, false, false, start);
        let mut ended = false;
        for end in ends {
            let Some(chunk) = b.get(pos..end) else {
                return false;
            };
            // (the fold of `text::norm` for ASCII, continued; the buffer never ends in a space)
            for &c in chunk {
                if !c.is_ascii() {
                    return false;
                }
                if c == b'\'' || c == b'.' {
                    continue;
                }
                if c.is_ascii_alphanumeric() {
                    if ended || n + usize::from(gap) + 1 > self.gaz_max_len {
                        // a word after one no key continues, or longer than every key
                        return true;
                    }
                    if gap {
                        buf[n] = b' ';
                        n += 1;
                        gap = false;
                    }
                    buf[n] = c.to_ascii_lowercase();
                    n += 1;
                    any = true;
                } else if any {
                    gap = true;
                }
            }
            pos = end;
            let key = &buf[..n];
            let bits = if self.gaz_prefixes_filter.may_hold(key) {
                self.gaz_prefixes.get(key).copied().unwrap_or(0)
            } else {
                0
            };
            out.push(if bits & GAZ_KEY != 0 {
                std::str::from_utf8(key)
                    .ok()
                    .and_then(|k| self.gazetteer.get(k))
            } else {
                None
            });
            let word_open = b.get(end).is_some_and(|&c| {
                !c.is_ascii() || c.is_ascii_alphanumeric() || c == b'\'' || c == b'.'
            });
            // (separators and marks after the word leave the text's normalised form as it is)
            ended |= n > 0 && !word_open && bits & GAZ_LONGER == 0;
        }
        false
    }

    /// False only when no gazetteer key can be `norm(name)`: its first word (read without
    /// allocating, for ASCII) is the first word of no key. Non-ASCII text is always looked up.
    #[must_use]
    pub fn may_name(&self, name: &str) -> bool {
        let mut buf = [0u8; 32];
        let mut n = 0;
        for b in name.bytes() {
            if !b.is_ascii() {
                return true;
            }
            if b == b'\'' || b == b'.' {
                continue;
            }
            if b.is_ascii_alphanumeric() {
                if n == buf.len() {
                    return true;
                }
                buf[n] = b.to_ascii_lowercase();
                n += 1;
            } else if n > 0 {
                break;
            }
        }
        n == 0
            || self.first_words_filter.may_hold(&buf[..n]) && self.first_words.contains(&buf[..n])
    }
    /// The country name a demonym ("South Korean") refers to.
    #[must_use]
    pub fn demonym(&self, w: &str) -> Option<&str> {
        self.gazetteer(w).and_then(|g| g.demonym.as_deref())
    }
    #[must_use]
    pub fn is_city(&self, name: &str) -> bool {
        self.gazetteer(name).is_some_and(|g| g.city)
    }
    #[must_use]
    pub fn metonym(&self, name: &str) -> Option<&Metonym> {
        self.gazetteer(name).and_then(|g| g.metonym.as_ref())
    }
    /// The longest demonym made of 1..=3 words starting the slice.
    #[must_use]
    pub fn demonym_prefix(&self, words: &[&str]) -> Option<(usize, &str)> {
        (1..=words.len().min(3))
            .rev()
            .find_map(|n| self.demonym(&words[..n].join(" ")).map(|c| (n, c)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_every_file() {
        let l = &*LEXICON;
        assert!(l.cues.len() > 100);
        assert_eq!(
            l.country("South Korea").map(|c| c.iso2.as_str()),
            Some("KR")
        );
        assert_eq!(
            l.country("U.S.").map(|c| c.name.as_str()),
            Some("United States")
        );
        assert_eq!(l.demonym("North Korean"), Some("North Korea"));
        assert!(l.is_city("Seoul"));
        assert!(l.metonym("Kremlin").is_some());
        assert!(l.is_org_head("Ministry"));
        assert!(!l.boilerplate.is_empty());
        assert_eq!(l.boilerplate_set.len(), l.boilerplate.len());
    }

    #[test]
    fn the_dictionary_has_british_and_american_spellings() {
        // (regression: "Minister for Defence Ignazio Russa" lost its name, "defence" being no
        // English word to the American list alone)
        let l = &*LEXICON;
        for w in [
            "defence",
            "defense",
            "labour",
            "centre",
            "organisation",
            "colour",
        ] {
            assert!(l.is_dictionary_word(w), "{w}");
        }
    }

    #[test]
    fn hand_curated_places_load_and_city_names_point_at_gazetteer_cities() {
        let l = &*LEXICON;
        // names with diacritics are found by their plain spelling too
        for city in [
            "São Paulo",
            "Sao Paulo",
            "Montreal",
            "Zürich",
            "Zurich",
            "Izmir",
        ] {
            assert!(l.is_city(city), "{city}");
        }
        // subdivisions, islands and English city names are places, not countries
        for place in [
            "Quebec",
            "Punjab",
            "Bavaria",
            "Mindanao",
            "North Waziristan",
            "Kiev",
        ] {
            assert!(l.is_city(place) && l.country(place).is_none(), "{place}");
        }
        // home nations and former states are countries, with their demonyms
        assert_eq!(l.country("England").map(|c| c.iso2.as_str()), Some("GB"));
        assert_eq!(
            l.country("USSR").map(|c| c.name.as_str()),
            Some("Soviet Union")
        );
        assert_eq!(l.demonym("Soviet"), Some("Soviet Union"));
        assert_eq!(l.demonym("English"), None);
        // a demonym several countries give is the most populous one's
        assert_eq!(l.demonym("American"), Some("United States"));
        assert_eq!(l.demonym("Indian"), Some("India"));
        assert_eq!(l.demonym("Dominican"), Some("Dominican Republic"));
        assert_eq!(
            l.country("Yugoslavia").map(|c| c.name.as_str()),
            Some("Yugoslavia")
        );
        // rows with empty trailing columns load too, shown by their alias when ISO-styled
        assert_eq!(
            l.country("Bosnia and Herzegovina").map(|c| c.iso2.as_str()),
            Some("BA")
        );
        assert_eq!(
            l.country("Virgin Islands, British")
                .map(|c| c.name.as_str()),
            Some("British Virgin Islands")
        );
        // the second column of city_names.tsv is a name of cities.tsv, or empty
        let cities: HashSet<&str> = lines(include_str!("../ontology/gazetteer/cities.tsv"))
            .skip(1)
            .filter_map(|l| l.split('\t').next())
            .collect();
        for row in lines(include_str!("../ontology/gazetteer/city_names.tsv")).skip(1) {
            let f: Vec<&str> = row.split('\t').collect();
            assert!(f.len() <= 2 && !f[0].is_empty(), "two columns: {row:?}");
            assert!(f.len() == 1 || cities.contains(f[1]), "{row:?}");
            assert!(!cities.contains(f[0]), "{} is already in cities.tsv", f[0]);
        }
        // every subdivision row has its country
        for row in lines(include_str!("../ontology/gazetteer/subdivisions.tsv")).skip(1) {
            let f: Vec<&str> = row.split('\t').collect();
            assert!(f.len() >= 2 && f[1].len() == 2, "{row:?}");
        }
    }

    #[test]
    fn catalog_rows_are_well_formed_and_unambiguous() {
        let src = include_str!("../ontology/catalog.tsv");
        let mut qids = std::collections::BTreeMap::new();
        for l in lines(src) {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 4, "four tab-separated columns: {l:?}");
            assert!(["Person", "Organization", "Place"].contains(&f[0]), "{l:?}");
            let q = f[3];
            assert!(
                q.starts_with('Q') && q.len() > 1 && q[1..].bytes().all(|b| b.is_ascii_digit()),
                "{l:?}"
            );
            assert!(qids.insert(q, f[1]).is_none(), "{q} twice");
            // every name and alias leads back to this row
            for n in std::iter::once(f[1]).chain(f[2].split('|').filter(|a| !a.is_empty())) {
                assert_eq!(
                    LEXICON.catalog(n).map(|c| c.wikidata.as_str()),
                    Some(q),
                    "{n}"
                );
            }
        }
        // countries and cities in the catalog are spelled as in the gazetteer
        for l in lines(src).filter(|l| l.starts_with("Place\t")) {
            let name = l.split('\t').nth(1).unwrap_or("");
            let known =
                LEXICON.country(name).is_some_and(|c| c.name == name) || LEXICON.is_city(name);
            assert!(known, "{name} is not a gazetteer name");
        }
    }

    #[test]
    fn the_first_word_gate_never_hides_a_name() {
        let l = &*LEXICON;
        for k in l.gazetteer.keys() {
            assert!(l.may_name(k), "{k}");
        }
        assert!(l.may_name("U.S."));
        assert!(l.may_name("  South Korean"));
        assert!(!l.may_name("Tuesday"));
        assert_eq!(l.demonym("South-Korean"), l.demonym("South Korean"));
    }

    /// The dictionary's words as listed (the lexicon keeps them only as class bits).
    fn dictionary() -> impl Iterator<Item = &'static str> {
        lines(include_str!("../ontology/lexicon/dictionary_words.txt")).map(str::trim)
    }

    #[test]
    fn the_gaz_first_class_bit_answers_may_name_for_plain_words() {
        let l = &*LEXICON;
        let firsts = l
            .first_words
            .iter()
            .filter_map(|w| std::str::from_utf8(w).ok());
        let mut n = 0;
        for w in firsts
            .chain(dictionary())
            .chain(["Korea", "SOUTH", "Said", "x1"])
        {
            if !(1..=32).contains(&w.len()) || !w.bytes().all(|b| b.is_ascii_alphanumeric()) {
                continue;
            }
            for w in [w.to_string(), w.to_uppercase(), crate::text::title_case(w)] {
                let bit = l.word_class(&w) & class::GAZ_FIRST != 0;
                assert_eq!(bit, l.may_name(&w), "{w}");
                n += usize::from(bit);
            }
        }
        assert!(n > 1000, "{n}");
    }

    #[test]
    fn bit_filters_hold_every_string_added_and_few_others() {
        let l = &*LEXICON;
        for k in l.gaz_prefixes.keys() {
            assert!(l.gaz_prefixes_filter.may_hold(k), "{k:?}");
        }
        for w in &l.first_words {
            assert!(l.first_words_filter.may_hold(w), "{w:?}");
        }
        // Dictionary words that start no gazetteer name: most must be turned away.
        let others: Vec<&str> = dictionary()
            .filter(|w| !l.first_words.contains(w.as_bytes()))
            .collect();
        let passed = others
            .iter()
            .filter(|w| l.first_words_filter.may_hold(w.as_bytes()))
            .count();
        assert!(others.len() > 10_000);
        assert!(passed * 10 < others.len(), "{passed} of {}", others.len());
    }

    #[test]
    fn word_class_answers_each_word_list() {
        let l = &*LEXICON;
        let dict: HashSet<String> = dictionary().map(str::to_lowercase).collect();
        assert!(l.is_dictionary_word("Tricks") && !l.is_dictionary_word("Zelenskyy"));
        let mut words: Vec<String> = l
            .classes
            .words()
            .map(|k| String::from_utf8_lossy(&k).into())
            .collect();
        words.sort();
        words.extend(
            [
                "Ministry", "ministry", "MINISTRY", "Oblast", "US", "The", "THE", "Ärzte",
            ]
            .map(String::from),
        );
        for w in words
            .iter()
            .flat_map(|w| [w.clone(), crate::text::title_case(w), w.to_uppercase()])
        {
            let c = l.word_class(&w);
            let want = [
                (class::TITLE, l.is_title(&w)),
                (class::ROLE_NOUN, l.is_role_noun(&w)),
                (class::ROLE_DOMAIN, l.is_role_domain(&w)),
                (class::GIVEN_NAME, l.is_given_name(&w)),
                (class::COMMON_WORD, l.is_common_word(&w)),
                (class::DICTIONARY_WORD, dict.contains(&w.to_lowercase())),
                (class::EVENT_HEAD, l.is_event_head(&w)),
                (class::ORG_HEAD, l.is_org_head(&w)),
                (class::PLACE_HEAD, l.is_place_head(&w)),
            ];
            for (bit, is) in want {
                assert_eq!(c & bit != 0, is, "{w:?} bit {bit}");
            }
        }
        assert!(l.word_class("Ministry") & class::ORG_HEAD != 0);
        assert!(l.word_class("ministry") & class::ORG_HEAD == 0);
        assert!(l.is_stop_cap("The") && !l.is_stop_cap("US") && !l.is_stop_cap("Seoul"));
    }

    #[test]
    fn the_shape_gate_never_hides_a_cue_word() {
        let l = &*LEXICON;
        for k in l.cues_by_first.keys() {
            assert!(l.first_word(k).is_some(), "{k}");
        }
        assert!(l.first_word("said").is_some() && l.first_word("could").is_some());
        assert!(l.first_word("the").is_none() && l.first_word("").is_none());
    }

    #[test]
    fn longest_cue_first() {
        let l = &*LEXICON;
        let i_long = l
            .cues
            .iter()
            .position(|c| c.words == ["could", "not", "confirm"]);
        let i_short = l.cues.iter().position(|c| c.words == ["confirm"]);
        assert!(i_long < i_short);
    }

    /// `organisations.txt` holds no word news writes in lowercase and no given name: the list
    /// overrides what the context of a single capitalised word says, so an entry like "Shell"
    /// or "Ford" would be wrong as often as right. (Rare English words capitalised are the
    /// company: "Twitter", "Chevron".)
    #[test]
    fn one_word_organisations_are_no_english_words() {
        let lex = Lexicon::load_embedded();
        let bad: Vec<&String> = lex
            .org_names
            .iter()
            .filter(|w| {
                let lw = lower(w);
                lex.is_common_word(&lw) || lex.word_class(w) & class::GIVEN_NAME != 0
            })
            .collect();
        assert!(bad.is_empty(), "{bad:?}");
        assert!(lex.is_org_name("Qantas") && !lex.is_org_name("qantas"));
    }

    /// Every gendered given name is a given name, of one sex; names the census gives to both
    /// have none.
    #[test]
    fn given_name_genders_are_given_names() {
        let lex = &*LEXICON;
        let bad: Vec<(&String, &char)> = lex
            .given_name_genders
            .iter()
            .filter(|(n, g)| !lex.is_given_name(n) || !matches!(g, 'm' | 'f'))
            .collect();
        assert!(bad.is_empty(), "{bad:?}");
        assert_eq!(lex.given_name_gender("Rachel"), Some('f'));
        assert_eq!(lex.given_name_gender("John"), Some('m'));
        assert_eq!(lex.given_name_gender("Jordan"), None);
        assert!(lex.is_surname("Edwards") && lex.is_surname("Hamlin") && !lex.is_surname("Ofgem"));
    }

    /// The world list adds given names the census lacks, with their sex where it has one, and
    /// holds no title and no word that is never a name ("Jan", a month).
    #[test]
    fn world_given_names_are_given_names() {
        let lex = &*LEXICON;
        assert!(lex.is_given_name("Abdullah") && lex.is_given_name("Wojciech"));
        assert_eq!(lex.given_name_gender("Khaled"), Some('m'));
        assert_eq!(lex.given_name_gender("Yulia"), Some('f'));
        let bad: Vec<&str> = lines(GIVEN_NAMES_WORLD)
            .filter_map(|l| l.split_once('\t'))
            .filter(|(n, sex)| {
                !matches!(sex.trim(), "m" | "f" | "-") || lex.is_title(n) || lex.is_stop_cap(n)
            })
            .map(|(n, _)| n)
            .collect();
        assert!(bad.is_empty(), "{bad:?}");
    }
}
