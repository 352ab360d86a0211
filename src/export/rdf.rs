//! RDF export (Turtle, N-Triples, TriG) with oxrdf/oxrdfio. Entities and statements are described
//! in the default graph; each article's metadata and the evidence read from it (mentions and
//! statement occurrences with code-point offsets) go in one named graph per article.

use std::hash::BuildHasher;
use std::io::Write;
use std::sync::OnceLock;

use oxrdf::vocab::{rdf, xsd};
use oxrdf::{GraphName, Literal, NamedNode, Quad, Term};
use oxrdfio::{RdfFormat, RdfSerializer};

use rustc_hash::FxHashMap as HashMap;

use crate::graph::{EdgeKind, Evidence, KnowledgeGraph, Node, NodeKind};

/// The RDF writers build lines in a local buffer and hand it over when it holds this much: as
/// much as the file's `BufWriter` holds, so the buffer goes to the file directly instead of
/// being copied into the `BufWriter` first.
const FLUSH_AT: usize = super::WRITE_BUFFER;

/// Namespace of the newskg ontology.
pub const NKG: &str = "https://w3id.org/newskg/ontology#";
/// Base of node IRIs: `{ID_BASE}{key}`.
pub const ID_BASE: &str = "https://w3id.org/newskg/id/";
pub const SCHEMA: &str = "http://schema.org/";
pub const PROV: &str = "http://www.w3.org/ns/prov#";
pub const NIF: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
pub const WIKIDATA: &str = "http://www.wikidata.org/entity/";

/// Prefixes written in Turtle and TriG.
pub const PREFIXES: &[(&str, &str)] = &[
    ("nkg", NKG),
    ("schema", SCHEMA),
    ("prov", PROV),
    ("nif", NIF),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("person", "https://w3id.org/newskg/id/person/"),
    ("organization", "https://w3id.org/newskg/id/org/"),
    ("place", "https://w3id.org/newskg/id/place/"),
    ("article", "https://w3id.org/newskg/id/article/"),
    ("statement", "https://w3id.org/newskg/id/statement/"),
    ("mention", "https://w3id.org/newskg/id/mention/"),
    ("graph", "https://w3id.org/newskg/id/graph/"),
];

/// The IRI `{ns}{local}`.
fn joined(ns: &str, local: &str) -> NamedNode {
    let mut iri = String::with_capacity(ns.len() + local.len());
    iri.push_str(ns);
    iri.push_str(local);
    NamedNode::new_unchecked(iri)
}
fn nkg(local: &str) -> NamedNode {
    joined(NKG, local)
}
fn schema(local: &str) -> NamedNode {
    joined(SCHEMA, local)
}

/// Whether [`iri`] keeps `key` as it is: only ASCII letters and digits, `-`, `/`, `.`, `_`.
fn keeps_as_is(key: &str) -> bool {
    const SAFE: [bool; 256] = {
        let mut t = [false; 256];
        let mut b = 0;
        while b < 128 {
            t[b] =
                (b as u8).is_ascii_alphanumeric() || matches!(b as u8, b'-' | b'/' | b'.' | b'_');
            b += 1;
        }
        t
    };
    key.bytes().all(|b| SAFE[usize::from(b)])
}

/// The IRI of a node key. Keys are made of lowercase letters, digits, `-` and one `/`.
#[must_use]
pub fn iri(key: &str) -> NamedNode {
    if keeps_as_is(key) {
        // (every key the graph makes: nothing to replace)
        return joined(ID_BASE, key);
    }
    let safe: String = key
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '/' | '.' | '_') {
                c
            } else {
                '-'
            }
        })
        .collect();
    joined(ID_BASE, &safe)
}

fn graph_iri(article_key: &str) -> NamedNode {
    iri(&article_key.replacen("article/", "graph/", 1))
}

fn s(v: &str) -> Term {
    Literal::new_simple_literal(v).into()
}
fn int(v: usize) -> Term {
    Literal::new_typed_literal(v.to_string(), xsd::INTEGER).into()
}
fn nonneg(v: usize) -> Term {
    Literal::new_typed_literal(v.to_string(), xsd::NON_NEGATIVE_INTEGER).into()
}
fn boolean(v: bool) -> Term {
    Literal::new_typed_literal(if v { "true" } else { "false" }, xsd::BOOLEAN).into()
}
fn date(d: crate::date::Date) -> Term {
    Literal::new_typed_literal(d.to_string(), xsd::DATE).into()
}

/// Quads in output order, by their order keys ([`order_key`]: graph, subject class, subject;
/// quads of one key in emission order): every graph's triples grouped by subject,
/// deterministically, without comparing strings. Terms are interned: a quad is four indices
/// into one term table.
///
/// Quads are first kept with their keys and sorted at the end — or, after [`Self::in_order`],
/// the ones kept so far are sorted once and each later quad, which must come in key order, is
/// merged with them into the output as it comes. (A large archive's mention quads, most of
/// its quads, come in order: they go straight to their place, neither keyed nor sorted.)
struct Quads {
    /// The term table: each distinct term once, at its id.
    terms: Vec<Term>,
    /// The mention IRIs kept as parts, at ids from [`MENTION`] up.
    mentions: Vec<MentionIri>,
    /// The ids of the terms looked up by value, by the hash of their term (the table holds
    /// only ids — 4 bytes a slot instead of a term and an id — since a large archive's graph
    /// has millions of terms).
    ids: hashbrown::HashTable<u32>,
    /// Vocabulary IRIs by (namespace, local name), so that predicates are not built and
    /// hashed as strings for every quad.
    /// Vocabulary ids by the address and length of their (namespace, local name) constants:
    /// hashing numbers, not strings, per quad. (Lengths too: the linker may place "type" inside
    /// "typeOf". The same name at two addresses is two entries for one id: `id` gives a term one
    /// id however it is reached.)
    vocab: HashMap<[usize; 4], u32>,
    /// The last subject and graph and their ids (quads come grouped by subject).
    last_subject: Option<(NamedNode, u32)>,
    last_graph: Option<(NamedNode, u32)>,
    /// `xsd:nonNegativeInteger` literals by value (mention offsets).
    nonnegs: HashMap<usize, u32>,
    quads: Vec<[u32; 4]>,
    /// `keys[i]` is the order key of `quads[i]`.
    keys: Vec<u64>,
    /// Whether `quads` and `keys` are sorted and later quads go to `out` ([`Self::in_order`]).
    ordered: bool,
    /// How many of the sorted `quads` are in `out` already.
    merged: usize,
    /// The quads in output order, once `ordered`.
    out: Vec<[u32; 4]>,
    /// The key of the last quad added once `ordered` (keys must not go down from there).
    last_key: u64,
}

/// A vocabulary IRI: (namespace, local name).
type Vocab = (&'static str, &'static str);

const RDF_NS: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const RDFS_NS: &str = "http://www.w3.org/2000/01/rdf-schema#";
const RDF_TYPE: Vocab = (RDF_NS, "type");
const RDFS_LABEL: Vocab = (RDFS_NS, "label");

/// Where a quad goes: (graph: 0 = default, 1 + article index; subject class: 0 node, 1 mention,
/// 2 graph IRI, 3 quantity; subject index).
type At = (u32, u8, u32);

/// The largest subject index an order key tells apart (30 bits); larger ones share it and keep
/// their emission order — a billion nodes or mentions, far beyond what fits in memory today.
const SUBJECT_MAX: u32 = (1 << 30) - 1;

/// The order key of a quad at `at`: the graph in the high 32 bits, then the subject class in
/// two bits and the subject index in thirty. Quads of one key keep their emission order.
fn order_key((g, class, idx): At) -> u64 {
    (u64::from(g) << 32) | (u64::from(class & 3) << 30) | u64::from(idx.min(SUBJECT_MAX))
}

/// Graph index of the default graph in a compact quad.
const DEFAULT_GRAPH: u32 = u32::MAX;

/// Term ids from here up are mention IRIs kept as their parts ([`MentionIri`]): the `k`th
/// is `MENTION + k`.
const MENTION: u32 = 1 << 31;

/// The IRI of a mention resource, `{ID_BASE}mention/{article}-{start}-{end}`, kept as its
/// parts and printed where it is written: the mentions of a large archive are most of its
/// terms (1.3 million of 1.5 million on 100 MB of distinct articles), and each as an oxrdf
/// term, its own string and its printed copy cost about 190 bytes, 12 as parts.
#[derive(Debug, Clone, Copy)]
struct MentionIri {
    /// The term id of the article's node IRI, `{ID_BASE}article/{article}`.
    article: u32,
    start: u32,
    end: u32,
}

/// What precedes an article's local name in its node IRI (`{ID_BASE}article/`).
const ARTICLE_IRI: &str = "https://w3id.org/newskg/id/article/";
/// What precedes a mention's local name in its IRI (`{ID_BASE}mention/`).
const MENTION_IRI: &str = "https://w3id.org/newskg/id/mention/";
/// ... as N-Triples prints it (`<{MENTION_IRI}`), and as Turtle does (the prefix `mention:`).
const NT_MENTION: &str = "<https://w3id.org/newskg/id/mention/";
const TURTLE_MENTION: &str = "mention:";
/// ... and as a JSON string begins (`"{MENTION_IRI}`).
const JSON_MENTION: &str = "\"https://w3id.org/newskg/id/mention/";

impl Quads {
    fn new() -> Self {
        Self {
            terms: Vec::new(),
            mentions: Vec::new(),
            ids: hashbrown::HashTable::new(),
            vocab: HashMap::default(),
            last_subject: None,
            last_graph: None,
            nonnegs: HashMap::default(),
            quads: Vec::new(),
            keys: Vec::new(),
            ordered: false,
            merged: 0,
            out: Vec::new(),
            last_key: 0,
        }
    }

    fn next_id(&self) -> u32 {
        u32::try_from(self.terms.len()).unwrap_or(u32::MAX)
    }

    fn id(&mut self, t: Term) -> u32 {
        let hasher = rustc_hash::FxBuildHasher;
        let h = hasher.hash_one(&t);
        let terms = &self.terms;
        if let Some(&i) = self.ids.find(h, |&i| terms[i as usize] == t) {
            return i;
        }
        let i = self.next_id();
        self.terms.push(t);
        let terms = &self.terms;
        self.ids
            .insert_unique(h, i, |&j| hasher.hash_one(&terms[j as usize]));
        i
    }

    /// The id of the mention IRI `{ID_BASE}mention/{local}-{start}-{end}` of the article whose
    /// node IRI, `{ARTICLE_IRI}{local}`, is term `article`, kept as its parts. The caller knows
    /// it is new, as for [`Self::fresh_id`]. None when an offset does not fit in 32 bits or
    /// the ids are used up (the caller then makes the term itself).
    fn mention_id(&mut self, article: u32, start: usize, end: usize) -> Option<u32> {
        let k = u32::try_from(self.mentions.len()).ok()?;
        let id = MENTION.checked_add(k).filter(|&id| id < DEFAULT_GRAPH)?;
        self.mentions.push(MentionIri {
            article,
            start: u32::try_from(start).ok()?,
            end: u32::try_from(end).ok()?,
        });
        Some(id)
    }

    /// The id of a term the caller knows is new (no lookup, no hashing): it is never looked up
    /// by value afterwards.
    fn fresh_id(&mut self, t: Term) -> u32 {
        let i = self.next_id();
        self.terms.push(t);
        i
    }

    fn vocab(&mut self, (ns, local): Vocab) -> u32 {
        let at = [
            ns.as_ptr() as usize,
            ns.len(),
            local.as_ptr() as usize,
            local.len(),
        ];
        if let Some(&i) = self.vocab.get(&at) {
            return i;
        }
        let i = self.id(joined(ns, local).into());
        self.vocab.insert(at, i);
        i
    }

    /// Add a quad of term ids (`DEFAULT_GRAPH` for the default graph).
    fn add_ids(&mut self, at: At, s: u32, p: Vocab, o: u32, graph: u32) {
        let p = self.vocab(p);
        self.push(at, [s, p, o, graph]);
    }

    fn push(&mut self, at: At, quad: [u32; 4]) {
        let key = order_key(at);
        if self.ordered {
            debug_assert!(key >= self.last_key, "a quad out of order after `in_order`");
            self.last_key = key;
            // The kept quads up to this key first (those of this key were emitted earlier).
            while self.keys.get(self.merged).is_some_and(|&k| k <= key) {
                self.out.push(self.quads[self.merged]);
                self.merged += 1;
            }
            self.out.push(quad);
        } else {
            self.quads.push(quad);
            self.keys.push(key);
        }
    }

    /// Sort the quads kept so far; from now on each quad added must have a key no lower than
    /// the last one added, and goes straight to the output. `more` is how many will come.
    fn in_order(&mut self, more: usize) {
        if self.ordered {
            return;
        }
        let order = bucket_order(&self.keys, |&k| (k >> 32) as usize, |&k| k);
        self.quads = order.iter().map(|&i| self.quads[i as usize]).collect();
        self.keys = order.iter().map(|&i| self.keys[i as usize]).collect();
        self.out = Vec::with_capacity(self.quads.len() + more);
        self.ordered = true;
    }

    /// The id of an `xsd:nonNegativeInteger` literal, remembered by value.
    fn nonneg_id(&mut self, v: usize) -> u32 {
        if let Some(&i) = self.nonnegs.get(&v) {
            return i;
        }
        let i = self.id(nonneg(v));
        self.nonnegs.insert(v, i);
        i
    }

    /// The id of a named node, remembering the last one asked in `slot`.
    fn cached(&mut self, n: &NamedNode, subject: bool) -> u32 {
        let slot = if subject {
            &self.last_subject
        } else {
            &self.last_graph
        };
        if let Some((last, i)) = slot {
            if last == n {
                return *i;
            }
        }
        let i = self.id(n.clone().into());
        let slot = if subject {
            &mut self.last_subject
        } else {
            &mut self.last_graph
        };
        *slot = Some((n.clone(), i));
        i
    }

    /// The term table (index → term), the mention IRIs kept as parts and the quads in key
    /// order.
    fn into_parts(mut self) -> (Vec<Term>, Vec<MentionIri>, Vec<[u32; 4]>) {
        drop(std::mem::take(&mut self.ids));
        self.in_order(0);
        let mut out = std::mem::take(&mut self.out);
        out.extend_from_slice(&self.quads[self.merged..]);
        (self.terms, self.mentions, out)
    }

    fn add(&mut self, at: At, s: &NamedNode, p: Vocab, o: impl Into<Term>, graph: &GraphName) {
        let ids = [
            self.cached(s, true),
            self.vocab(p),
            self.id(o.into()),
            match graph {
                GraphName::NamedNode(n) => self.cached(n, false),
                _ => DEFAULT_GRAPH,
            },
        ];
        self.push(at, ids);
    }
}

/// The export's RDF dataset in compact form: every distinct term once (the mention IRIs of
/// article nodes as their parts, [`MentionIri`]), each quad four indices (subject, predicate,
/// object, graph), in output order, plus the order of the triple union.
#[derive(Debug, Default)]
pub struct Dataset {
    terms: Vec<Term>,
    /// The mention IRIs kept as parts: term `MENTION + k` is the `k`th.
    mentions: Vec<MentionIri>,
    quads: Vec<[u32; 4]>,
    /// Indices into `quads`: each triple of the union of all graphs once, subjects together;
    /// made when a writer of a triple syntax first asks ([`Self::union`]).
    union: OnceLock<Vec<u32>>,
    /// Every term as N-Triples and N-Quads print it, made once for both writers.
    nt_text: OnceLock<Texts>,
    /// Every term as Turtle and TriG print it, and the `@prefix` prelude, made once for both.
    turtle_text: OnceLock<std::io::Result<(Vec<u8>, Texts)>>,
}

/// Many short texts in one buffer, the `i`th at `buf[ends[i]..ends[i + 1]]`: the printed terms
/// of a large archive's dataset are millions, and a `String` each cost 24 bytes, an allocation
/// and a pointer to follow per term written. Indexing gives the bytes (what the writers copy).
#[derive(Debug)]
struct Texts {
    buf: String,
    ends: Vec<usize>,
}

impl Texts {
    fn with_capacity(texts: usize) -> Self {
        let mut ends = Vec::with_capacity(texts + 1);
        ends.push(0);
        Self {
            buf: String::new(),
            ends,
        }
    }

    /// The `i`th text.
    fn str(&self, i: usize) -> &str {
        &self.buf[self.ends[i]..self.ends[i + 1]]
    }

    /// Add the text `print` appends to the buffer.
    fn push_with(&mut self, print: impl FnOnce(&mut String)) {
        print(&mut self.buf);
        self.ends.push(self.buf.len());
    }

    fn push(&mut self, text: &str) {
        self.push_with(|b| b.push_str(text));
    }
}

impl std::ops::Index<usize> for Texts {
    type Output = [u8];

    #[inline]
    fn index(&self, i: usize) -> &[u8] {
        &self.buf.as_bytes()[self.ends[i]..self.ends[i + 1]]
    }
}

impl Dataset {
    /// Build the dataset of the graph.
    #[must_use]
    pub fn new(kg: &KnowledgeGraph) -> Self {
        let (terms, mentions, quads) = dataset(kg);
        Self {
            terms,
            mentions,
            quads,
            ..Self::default()
        }
    }

    /// Append term `id`, when it is a mention IRI kept as parts, as `{before}{local}{after}`,
    /// its local name being `{article}-{start}-{end}` (what follows `mention/`); false when
    /// it is another term. The subjects of the writers go through here.
    fn push_mention(&self, id: u32, before: &[u8], after: &[u8], out: &mut Vec<u8>) -> bool {
        let Some(m) = id
            .checked_sub(MENTION)
            .and_then(|k| self.mentions.get(k as usize))
        else {
            return false;
        };
        let article = match &self.terms[m.article as usize] {
            Term::NamedNode(n) => n.as_str(),
            _ => "",
        };
        out.extend_from_slice(before);
        out.extend_from_slice(
            article
                .strip_prefix(ARTICLE_IRI)
                .unwrap_or(article)
                .as_bytes(),
        );
        out.push(b'-');
        out.extend_from_slice(itoa::Buffer::new().format(m.start).as_bytes());
        out.push(b'-');
        out.extend_from_slice(itoa::Buffer::new().format(m.end).as_bytes());
        out.extend_from_slice(after);
        true
    }

    /// Every term as N-Triples prints it ([`nt_term`]), made on first use.
    fn nt_text(&self) -> &Texts {
        self.nt_text.get_or_init(|| {
            let mut text = Texts::with_capacity(self.terms.len());
            for t in &self.terms {
                text.push_with(|out| nt_term(t, out));
            }
            text
        })
    }

    /// Number of quads (every graph).
    #[must_use]
    pub fn len(&self) -> usize {
        self.quads.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.quads.is_empty()
    }

    /// The triples of the union of all graphs ([`union_order`]), made on first use: only the
    /// triple syntaxes need them (an archive's are a hundred million indices, and making them
    /// takes a quarter of them again for a while).
    fn union(&self) -> &[u32] {
        self.union
            .get_or_init(|| union_order(&self.quads, self.terms.len()))
    }

    /// Number of distinct triples over all graphs: the union's, counted without making it when
    /// no writer needed it. The quads of a mention kept as parts are in its article's graph
    /// only, none twice, so only the other quads are checked for triples seen before.
    #[must_use]
    pub fn triple_count(&self) -> usize {
        if let Some(union) = self.union.get() {
            return union.len();
        }
        let mentions = self.quads.iter().filter(|q| q[0] >= MENTION).count();
        let mut seen = rustc_hash::FxHashSet::default();
        seen.reserve(self.quads.len() - mentions);
        let others = self
            .quads
            .iter()
            .filter(|q| q[0] < MENTION && seen.insert([q[0], q[1], q[2]]))
            .count();
        mentions + others
    }

    fn named(&self, i: u32) -> oxrdf::NamedNodeRef<'_> {
        match &self.terms[i as usize] {
            Term::NamedNode(n) => n.as_ref(),
            // Subjects, predicates and graphs are always IRIs here.
            _ => oxrdf::NamedNodeRef::new_unchecked("urn:newskg:invalid"),
        }
    }

    /// Quad `i`.
    #[must_use]
    pub fn quad(&self, i: usize) -> Quad {
        let [s, p, o, g] = self.quads[i];
        let mut iri = Vec::new();
        let subject = if self.push_mention(s, MENTION_IRI.as_bytes(), b"", &mut iri) {
            NamedNode::new_unchecked(String::from_utf8_lossy(&iri).into_owned())
        } else {
            self.named(s).into_owned()
        };
        Quad::new(
            subject,
            self.named(p).into_owned(),
            self.terms[o as usize].clone(),
            if g == DEFAULT_GRAPH {
                GraphName::DefaultGraph
            } else {
                GraphName::NamedNode(self.named(g).into_owned())
            },
        )
    }

    /// Every quad, owned.
    #[must_use]
    pub fn to_quads(&self) -> Vec<Quad> {
        (0..self.quads.len()).map(|i| self.quad(i)).collect()
    }

    /// Write in `format`: datasets (TriG, N-Quads) with their graphs, triple formats as the
    /// union of all graphs.
    ///
    /// # Errors
    /// When writing fails.
    pub fn write<W: Write>(&self, format: RdfFormat, w: W) -> std::io::Result<W> {
        match format {
            RdfFormat::NTriples => self.write_lines(false, w),
            RdfFormat::NQuads => self.write_lines(true, w),
            RdfFormat::Turtle => self.write_turtle(false, w),
            RdfFormat::TriG => self.write_turtle(true, w),
            RdfFormat::RdfXml if !self.has_blank_nodes() => self.write_rdfxml(w),
            _ => self.write_with_oxrdfio(format, w),
        }
    }

    /// Every term as Turtle and TriG print it (prefixed names, bare numbers and booleans), and
    /// the `@prefix` prelude, printed by oxttl itself: each term once as the object of a repeated
    /// subject and predicate, which oxttl writes as ` , {term}`.
    fn turtle_terms(&self) -> std::io::Result<(&[u8], &Texts)> {
        match self.turtle_text.get_or_init(|| self.print_turtle_terms()) {
            Ok((prelude, text)) => Ok((prelude, text)),
            Err(e) => Err(std::io::Error::new(e.kind(), e.to_string())),
        }
    }

    /// [`Self::turtle_terms`], made. A plain literal (a string, with or without a language tag)
    /// is printed as in N-Triples (oxttl prints it with oxrdf's `Display`, as N-Triples does),
    /// the other terms by oxttl.
    fn print_turtle_terms(&self) -> std::io::Result<(Vec<u8>, Texts)> {
        let mut ser = oxttl::TriGSerializer::new();
        for (p, ns) in PREFIXES {
            ser = ser.with_prefix(*p, *ns).map_err(std::io::Error::other)?;
        }
        let mut low = ser.low_level();
        let dummy = oxrdf::NamedNodeRef::new_unchecked("urn:newskg:term");
        let default = oxrdf::GraphNameRef::DefaultGraph;
        let mut prelude = Vec::new();
        low.serialize_quad(
            oxrdf::QuadRef::new(dummy, dummy, dummy, default),
            &mut prelude,
        )?;
        // The prelude is every line before the dummy triple.
        let end = prelude
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        prelude.truncate(end);
        let mut buf = Vec::new();
        let mut text = Texts::with_capacity(self.terms.len());
        let nt = self.nt_text();
        for (i, t) in self.terms.iter().enumerate() {
            if let Term::Literal(l) = t
                && (l.datatype() == xsd::STRING || l.language().is_some())
            {
                text.push(nt.str(i));
                continue;
            }
            buf.clear();
            low.serialize_quad(oxrdf::QuadRef::new(dummy, dummy, t, default), &mut buf)?;
            let printed = buf.strip_prefix(b" , ").unwrap_or(&buf);
            text.push(&String::from_utf8_lossy(printed));
        }
        Ok((prelude, text))
    }

    /// Turtle (the union) or TriG (every graph) from terms printed once: the same bytes as
    /// oxttl's serializers (a test checks), subjects and predicates grouped the same way.
    fn write_turtle<W: Write>(&self, dataset: bool, mut w: W) -> std::io::Result<W> {
        let (prelude, text) = self.turtle_terms()?;
        let is_type =
            |p: u32| matches!(&self.terms[p as usize], Term::NamedNode(n) if *n == rdf::TYPE);
        let pred = |p: u32| {
            if is_type(p) { b"a" } else { &text[p as usize] }
        };
        let subject = |s: u32, buf: &mut Vec<u8>| {
            if !self.push_mention(s, TURTLE_MENTION.as_bytes(), b"", buf) {
                buf.extend_from_slice(&text[s as usize]);
            }
        };
        let mut buf: Vec<u8> = Vec::with_capacity(FLUSH_AT + (1 << 16));
        buf.extend_from_slice(prelude);
        let mut graph = DEFAULT_GRAPH;
        let mut current: Option<(u32, u32)> = None;
        let mut one = |[s, p, o, g]: [u32; 4], buf: &mut Vec<u8>| {
            let obj = &text[o as usize];
            if g == graph {
                let indent: &[u8] = if graph == DEFAULT_GRAPH { b"" } else { b"\t" };
                match current {
                    Some((cs, cp)) if cs == s && cp == p => {
                        buf.extend_from_slice(b" , ");
                    }
                    Some((cs, _)) if cs == s => {
                        buf.extend_from_slice(b" ;\n");
                        buf.extend_from_slice(indent);
                        buf.push(b'\t');
                        buf.extend_from_slice(pred(p));
                        buf.push(b' ');
                    }
                    previous => {
                        if previous.is_some() {
                            buf.extend_from_slice(b" .\n");
                        }
                        buf.extend_from_slice(indent);
                        subject(s, buf);
                        buf.push(b' ');
                        buf.extend_from_slice(pred(p));
                        buf.push(b' ');
                    }
                }
            } else {
                if current.is_some() {
                    buf.extend_from_slice(b" .\n");
                }
                if graph != DEFAULT_GRAPH {
                    buf.extend_from_slice(b"}\n");
                }
                graph = g;
                if g != DEFAULT_GRAPH {
                    buf.extend_from_slice(&text[g as usize]);
                    buf.extend_from_slice(b" {\n\t");
                }
                subject(s, buf);
                buf.push(b' ');
                buf.extend_from_slice(pred(p));
                buf.push(b' ');
            }
            current = Some((s, p));
            buf.extend_from_slice(obj);
        };
        let flush = |buf: &mut Vec<u8>, w: &mut W| -> std::io::Result<()> {
            if buf.len() >= FLUSH_AT {
                w.write_all(buf)?;
                buf.clear();
            }
            Ok(())
        };
        if dataset {
            for &q in &self.quads {
                one(q, &mut buf);
                flush(&mut buf, &mut w)?;
            }
        } else {
            for &i in self.union() {
                let [s, p, o, _] = self.quads[i as usize];
                one([s, p, o, DEFAULT_GRAPH], &mut buf);
                flush(&mut buf, &mut w)?;
            }
        }
        if current.is_some() {
            buf.extend_from_slice(b" .\n");
        }
        if graph != DEFAULT_GRAPH {
            buf.extend_from_slice(b"}\n");
        }
        w.write_all(&buf)?;
        Ok(w)
    }

    /// N-Triples (the union) or N-Quads (every graph), each term printed once and then copied:
    /// the same bytes as oxrdfio's serializers (a test checks), several times faster.
    ///
    /// The lines are made on a thread of their own, in buffers of [`FLUSH_AT`] bytes handed to
    /// this thread, which writes them: making the lines and the kernel's copy of them into the
    /// file overlap (these are the largest files, a few GB per 100 MB of distinct articles, and
    /// often the last being written, beside an idle core).
    fn write_lines<W: Write>(&self, quads: bool, mut w: W) -> std::io::Result<W> {
        use std::sync::mpsc;
        let text = self.nt_text();
        // (two buffers in flight at most; written buffers come back to be filled again)
        let (full_tx, full_rx) = mpsc::sync_channel::<Vec<u8>>(2);
        let (empty_tx, empty_rx) = mpsc::channel::<Vec<u8>>();
        std::thread::scope(|scope| {
            scope.spawn(move || {
                let mut buf: Vec<u8> = Vec::with_capacity(FLUSH_AT + (1 << 16));
                // False once the writing side has stopped (it failed): nothing more to make.
                let mut line = |q: [u32; 4], graph: bool| -> bool {
                    // (only a subject can be a mention kept as parts)
                    if !self.push_mention(q[0], NT_MENTION.as_bytes(), b">", &mut buf) {
                        buf.extend_from_slice(&text[q[0] as usize]);
                    }
                    for t in &q[1..3] {
                        buf.push(b' ');
                        buf.extend_from_slice(&text[*t as usize]);
                    }
                    if graph && q[3] != DEFAULT_GRAPH {
                        buf.push(b' ');
                        buf.extend_from_slice(&text[q[3] as usize]);
                    }
                    buf.extend_from_slice(b" .\n");
                    if buf.len() >= FLUSH_AT {
                        let next = empty_rx
                            .try_recv()
                            .unwrap_or_else(|_| Vec::with_capacity(FLUSH_AT + (1 << 16)));
                        if full_tx.send(std::mem::replace(&mut buf, next)).is_err() {
                            return false;
                        }
                    }
                    true
                };
                let all = if quads {
                    self.quads.iter().all(|&q| line(q, true))
                } else {
                    self.union()
                        .iter()
                        .all(|&i| line(self.quads[i as usize], false))
                };
                if all && !buf.is_empty() {
                    let _ = full_tx.send(buf);
                }
            });
            // (on an error the receiver is dropped, which stops the thread making lines)
            for mut buf in full_rx {
                w.write_all(&buf)?;
                buf.clear();
                let _ = empty_tx.send(buf);
            }
            Ok(w)
        })
    }

    fn has_blank_nodes(&self) -> bool {
        self.terms.iter().any(|t| matches!(t, Term::BlankNode(_)))
    }

    /// RDF/XML of the union from element names printed once by oxrdfxml itself (which names
    /// an IRI with a declared prefix, which needs its own `xmlns`): the same bytes as oxrdfxml
    /// (a test checks), except that text is escaped by [`super::xml::escape`], which also keeps
    /// tabs, newlines and carriage returns as character references and drops the characters
    /// XML cannot hold (oxrdfxml would write them raw and the file would not parse).
    fn write_rdfxml<W: Write>(&self, mut w: W) -> std::io::Result<W> {
        use super::xml::escape;
        let reference = |triples: &[oxrdf::TripleRef<'_>]| -> std::io::Result<String> {
            let mut ser = RdfSerializer::from_format(RdfFormat::RdfXml);
            for (p, ns) in PREFIXES {
                ser = ser.with_prefix(*p, *ns).map_err(std::io::Error::other)?;
            }
            let mut out = ser.for_writer(Vec::new());
            for t in triples {
                out.serialize_triple(*t)?;
            }
            Ok(String::from_utf8_lossy(&out.finish()?).into_owned())
        };
        let dummy = oxrdf::NamedNodeRef::new_unchecked("urn:newskg:term");
        let between = |text: &str, from: &str, to: &str| -> String {
            let a = text.find(from).map_or(0, |i| i + from.len());
            let b = text[a..].find(to).map_or(text.len(), |i| a + i);
            text[a..b].to_string()
        };
        // Property elements: (start tag content, end tag name) of each predicate.
        let x = oxrdf::LiteralRef::new_simple_literal("x");
        let mut props: HashMap<u32, (String, String)> = HashMap::default();
        // Typed node elements of each class (None: rdf:Description and an rdf:type property).
        let mut classes: HashMap<u32, Option<(String, String)>> = HashMap::default();
        for &i in self.union() {
            let [_, p, o, _] = self.quads[i as usize];
            if let std::collections::hash_map::Entry::Vacant(e) = props.entry(p) {
                let out = reference(&[oxrdf::TripleRef::new(dummy, self.named(p), x)])?;
                e.insert((between(&out, "\n\t\t<", ">x</"), between(&out, ">x</", ">")));
            }
            if self.named(p) == rdf::TYPE {
                if let (Term::NamedNode(c), std::collections::hash_map::Entry::Vacant(e)) =
                    (&self.terms[o as usize], classes.entry(o))
                {
                    let out = reference(&[oxrdf::TripleRef::new(dummy, rdf::TYPE, c)])?;
                    let open = between(&out, "\n\t<", " rdf:about=");
                    let close = between(&out, "\n\t</", ">");
                    e.insert((close != "rdf:Description").then_some((open, close)));
                }
            }
        }
        let empty = reference(&[])?;
        let prelude = empty.strip_suffix("\n</rdf:RDF>").unwrap_or(&empty);
        // Each term escaped once: an IRI as an attribute value, a literal as the rest of its
        // property element's start tag and its content.
        let pieces: Vec<String> = self
            .terms
            .iter()
            .map(|t| match t {
                Term::NamedNode(n) => escape(n.as_str()).into_owned(),
                Term::Literal(l) => {
                    let attr = if let Some(lang) = l.language() {
                        format!(" xml:lang=\"{}\"", escape(lang))
                    } else if l.datatype() == xsd::STRING {
                        String::new()
                    } else {
                        format!(" rdf:datatype=\"{}\"", escape(l.datatype().as_str()))
                    };
                    format!("{attr}>{}", escape(l.value()))
                }
                _ => String::new(),
            })
            .collect();
        let mut buf: Vec<u8> = Vec::with_capacity(FLUSH_AT + (1 << 16));
        buf.extend_from_slice(prelude.as_bytes());
        let mut current: Option<(u32, &str)> = None;
        for &i in self.union() {
            let [s, p, o, _] = self.quads[i as usize];
            if current.is_none_or(|(cs, _)| cs != s) {
                if let Some((_, close)) = current {
                    buf.extend_from_slice(b"\n\t</");
                    buf.extend_from_slice(close.as_bytes());
                    buf.push(b'>');
                }
                let typed = if self.named(p) == rdf::TYPE {
                    classes.get(&o).and_then(Option::as_ref)
                } else {
                    None
                };
                let (open, close) = typed
                    .map_or(("rdf:Description", "rdf:Description"), |(o, c)| {
                        (o.as_str(), c.as_str())
                    });
                buf.extend_from_slice(b"\n\t<");
                buf.extend_from_slice(open.as_bytes());
                buf.extend_from_slice(b" rdf:about=\"");
                // (a mention's IRI has nothing to escape)
                if !self.push_mention(s, MENTION_IRI.as_bytes(), b"", &mut buf) {
                    buf.extend_from_slice(pieces[s as usize].as_bytes());
                }
                buf.extend_from_slice(b"\">");
                current = Some((s, close));
                if typed.is_some() {
                    continue;
                }
            }
            let (open, close) = &props[&p];
            buf.extend_from_slice(b"\n\t\t<");
            buf.extend_from_slice(open.as_bytes());
            if matches!(self.terms[o as usize], Term::Literal(_)) {
                buf.extend_from_slice(pieces[o as usize].as_bytes());
                buf.extend_from_slice(b"</");
                buf.extend_from_slice(close.as_bytes());
                buf.push(b'>');
            } else {
                buf.extend_from_slice(b" rdf:resource=\"");
                buf.extend_from_slice(pieces[o as usize].as_bytes());
                buf.extend_from_slice(b"\"/>");
            }
            if buf.len() >= FLUSH_AT {
                w.write_all(&buf)?;
                buf.clear();
            }
        }
        if let Some((_, close)) = current {
            buf.extend_from_slice(format!("\n\t</{close}>").as_bytes());
        }
        buf.extend_from_slice(b"\n</rdf:RDF>");
        w.write_all(&buf)?;
        Ok(w)
    }

    /// Write with oxrdfio's serializer for `format`.
    fn write_with_oxrdfio<W: Write>(&self, format: RdfFormat, w: W) -> std::io::Result<W> {
        let mut ser = RdfSerializer::from_format(format);
        if format != RdfFormat::NTriples && format != RdfFormat::NQuads {
            for (p, ns) in PREFIXES {
                ser = ser.with_prefix(*p, *ns).map_err(std::io::Error::other)?;
            }
        }
        let mut out = ser.for_writer(w);
        if format.supports_datasets() {
            for i in 0..self.quads.len() {
                out.serialize_quad(&self.quad(i))?;
            }
        } else {
            for &i in self.union() {
                let q = self.quad(i as usize);
                out.serialize_triple(oxrdf::TripleRef::new(&q.subject, &q.predicate, &q.object))?;
            }
        }
        out.finish()
    }

    /// Write as JSON-LD (named graphs kept) with an `@context` of the prefixes: the same bytes
    /// as oxjsonld's streaming serializer (a test checks), from terms printed once. Subjects are
    /// node objects holding one array per predicate; a predicate met again after another one
    /// opens a new node object for the same subject, as oxjsonld does.
    ///
    /// # Errors
    /// When writing fails.
    pub fn write_jsonld<W: Write>(&self, mut w: W) -> std::io::Result<W> {
        let json = |v: &str| {
            let mut out = String::with_capacity(v.len() + 2);
            json_str(v, &mut out);
            out
        };
        // Each IRI as a JSON string, each term as a JSON-LD value object.
        let ids: Vec<String> = self
            .terms
            .iter()
            .map(|t| match t {
                Term::NamedNode(n) => json(n.as_str()),
                // (a literal's id is never asked for: literals are objects, written as values)
                Term::Literal(_) => String::new(),
                other => json(&other.to_string()),
            })
            .collect();
        let values: Vec<String> = self
            .terms
            .iter()
            .zip(&ids)
            .map(|(t, id)| {
                let mut v = String::new();
                match t {
                    Term::Literal(l) => {
                        if let Some(lang) = l.language() {
                            v.push_str("{\"@language\":");
                            json_str(lang, &mut v);
                            v.push(',');
                        } else if l.datatype() == xsd::STRING {
                            v.push('{');
                        } else {
                            v.push_str("{\"@type\":");
                            json_str(l.datatype().as_str(), &mut v);
                            v.push(',');
                        }
                        v.push_str("\"@value\":");
                        json_str(l.value(), &mut v);
                        v.push('}');
                    }
                    _ => {
                        v.push_str("{\"@id\":");
                        v.push_str(id);
                        v.push('}');
                    }
                }
                v
            })
            .collect();
        let mut buf: Vec<u8> = Vec::with_capacity(FLUSH_AT + (1 << 16));
        let mut context: Vec<(&str, &str)> = PREFIXES.to_vec();
        context.sort_unstable();
        buf.extend_from_slice(b"{\"@context\":{");
        for (k, (name, ns)) in context.iter().enumerate() {
            if k > 0 {
                buf.push(b',');
            }
            buf.extend_from_slice(format!("{}:{}", json(name), json(ns)).as_bytes());
        }
        buf.extend_from_slice(b"},\"@graph\":[");
        // Open graph, subject and predicate; predicates already closed for this subject; how
        // many items the top array, the named graph's array and the predicate's array hold.
        let mut graph: Option<u32> = None;
        let mut subject: Option<u32> = None;
        let mut predicate: Option<u32> = None;
        let mut emitted: Vec<u32> = Vec::new();
        let (mut top, mut inner, mut items) = (0usize, 0usize, 0usize);
        let comma = |n: &mut usize, buf: &mut Vec<u8>| {
            if *n > 0 {
                buf.push(b',');
            }
            *n += 1;
        };
        for &[s, p, o, g] in &self.quads {
            if let Some(cg) = graph.filter(|&cg| cg != g) {
                buf.extend_from_slice(b"]}");
                if cg != DEFAULT_GRAPH {
                    buf.extend_from_slice(b"]}");
                }
                (graph, subject, predicate) = (None, None, None);
                emitted.clear();
            } else if subject.is_some_and(|cs| cs != s)
                || predicate.is_some_and(|cp| cp != p) && emitted.contains(&p)
            {
                buf.extend_from_slice(b"]}");
                (subject, predicate) = (None, None);
                emitted.clear();
            } else if let Some(cp) = predicate.filter(|&cp| cp != p) {
                buf.push(b']');
                emitted.push(cp);
                predicate = None;
            }
            if graph.is_none() {
                if g != DEFAULT_GRAPH {
                    comma(&mut top, &mut buf);
                    buf.extend_from_slice(b"{\"@id\":");
                    buf.extend_from_slice(ids[g as usize].as_bytes());
                    buf.extend_from_slice(b",\"@graph\":[");
                    inner = 0;
                }
                graph = Some(g);
            }
            if subject.is_none() {
                comma(
                    if g == DEFAULT_GRAPH {
                        &mut top
                    } else {
                        &mut inner
                    },
                    &mut buf,
                );
                buf.extend_from_slice(b"{\"@id\":");
                // (a mention's IRI has nothing to escape)
                if !self.push_mention(s, JSON_MENTION.as_bytes(), b"\"", &mut buf) {
                    buf.extend_from_slice(ids[s as usize].as_bytes());
                }
                subject = Some(s);
            }
            if predicate.is_none() {
                buf.push(b',');
                buf.extend_from_slice(ids[p as usize].as_bytes());
                buf.extend_from_slice(b":[");
                predicate = Some(p);
                items = 0;
            }
            comma(&mut items, &mut buf);
            buf.extend_from_slice(values[o as usize].as_bytes());
            if buf.len() >= FLUSH_AT {
                w.write_all(&buf)?;
                buf.clear();
            }
        }
        if predicate.is_some() {
            buf.push(b']');
        }
        if subject.is_some() {
            buf.push(b'}');
        }
        if graph.is_some_and(|g| g != DEFAULT_GRAPH) {
            buf.extend_from_slice(b"]}");
        }
        buf.extend_from_slice(b"]}");
        w.write_all(&buf)?;
        Ok(w)
    }

    /// Write as JSON-LD with oxjsonld (the reference for [`Self::write_jsonld`]).
    #[cfg(test)]
    fn write_jsonld_with_oxjsonld<W: Write>(&self, w: W) -> std::io::Result<W> {
        let mut ser = oxjsonld::JsonLdSerializer::new();
        for (p, ns) in PREFIXES {
            ser = ser.with_prefix(*p, *ns).map_err(std::io::Error::other)?;
        }
        let mut out = ser.for_writer(w);
        for i in 0..self.quads.len() {
            out.serialize_quad(&self.quad(i))?;
        }
        out.finish()
    }
}

/// Append `t` as N-Triples and N-Quads print it: the same text as oxrdf's `Display` (a
/// property test checks), without its character-by-character formatter calls.
fn nt_term(t: &Term, out: &mut String) {
    match t {
        Term::NamedNode(n) => {
            out.push('<');
            out.push_str(n.as_str());
            out.push('>');
        }
        Term::Literal(l) => {
            nt_quoted(l.value(), out);
            if let Some(lang) = l.language() {
                out.push('@');
                out.push_str(lang);
            } else if l.datatype() != xsd::STRING {
                out.push_str("^^<");
                out.push_str(l.datatype().as_str());
                out.push('>');
            }
        }
        other => out.push_str(&other.to_string()),
    }
}

/// A string quoted and escaped as N-Triples writes it (oxrdf's `print_quoted_str`): `\b`,
/// `\t`, `\n`, `\f`, `\r`, `\"`, `\\`, other C0 controls, DEL, U+FFFE and U+FFFF as
/// `\uXXXX`; everything else as it is, copied in stretches.
fn nt_quoted(s: &str, out: &mut String) {
    /// The bytes that may start something N-Triples escapes: C0 controls, `"`, `\\`, DEL, and
    /// 0xEF, the first byte of U+FFFE and U+FFFF (and of other characters, copied).
    const SPECIAL: [bool; 256] = super::sink::controls_and(b"\"\\\x7F\xEF");
    out.push('"');
    let b = s.as_bytes();
    let mut copied = 0;
    let mut from = 0;
    while let Some(k) = b[from..].iter().position(|&c| SPECIAL[usize::from(c)]) {
        let i = from + k;
        from = i + 1;
        let (short, len): (&str, usize) = match b[i] {
            0x08 => ("\\b", 1),
            b'\t' => ("\\t", 1),
            b'\n' => ("\\n", 1),
            0x0C => ("\\f", 1),
            b'\r' => ("\\r", 1),
            b'"' => ("\\\"", 1),
            b'\\' => ("\\\\", 1),
            // U+FFFE and U+FFFF: EF BF BE and EF BF BF
            0xEF if b.get(i + 1) == Some(&0xBF) && matches!(b.get(i + 2), Some(0xBE | 0xBF)) => {
                ("", 3)
            }
            // (another character starting with 0xEF: copied)
            0xEF => continue,
            _ => ("", 1),
        };
        // (the stretch before an ASCII byte or a first byte is whole characters)
        out.push_str(&s[copied..i]);
        copied = i + len;
        from = copied;
        if short.is_empty() {
            let v = s[i..copied].chars().next().map_or(0, u32::from);
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.push_str("\\u");
            for shift in [12, 8, 4, 0] {
                out.push(char::from(HEX[(v >> shift) as usize & 0xF]));
            }
        } else {
            out.push_str(short);
        }
    }
    out.push_str(&s[copied..]);
    out.push('"');
}

/// Append `s` as a JSON string, escaped as `serde_json` escapes it (a property test checks):
/// `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`, the other C0 controls as `\u00xx`; every other
/// character as it is, copied in stretches.
fn json_str(s: &str, out: &mut String) {
    out.push('"');
    let b = s.as_bytes();
    let mut copied = 0;
    for (i, &c) in b.iter().enumerate() {
        let short = match c {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            0x08 => "\\b",
            0x0C => "\\f",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0..0x20 => "",
            _ => continue,
        };
        // (an ASCII byte: the stretch before it is whole characters)
        out.push_str(&s[copied..i]);
        copied = i + 1;
        if short.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(c >> 4)]));
            out.push(char::from(HEX[usize::from(c & 0xF)]));
        } else {
            out.push_str(short);
        }
    }
    out.push_str(&s[copied..]);
    out.push('"');
}

fn class_of(n: &Node) -> Vec<NamedNode> {
    match n.kind {
        NodeKind::Person => vec![schema("Person")],
        NodeKind::Organization => vec![schema("Organization")],
        NodeKind::Place if n.country => vec![schema("Place"), schema("Country")],
        NodeKind::Place => vec![schema("Place")],
        NodeKind::Article => vec![schema("NewsArticle")],
        NodeKind::Statement => {
            let direct = n
                .statement
                .as_ref()
                .is_some_and(|s| s.mode == crate::extract::Mode::Direct);
            if direct {
                vec![nkg("Statement"), schema("Quotation")]
            } else {
                vec![nkg("Statement")]
            }
        }
    }
}

/// Every quad of the graph: the default graph first, then one named graph per article (in
/// article-key order); inside a graph, triples grouped by subject (nodes in key order, then
/// mentions, then graph descriptions). No quad is repeated.
#[must_use]
pub fn quads(kg: &KnowledgeGraph) -> Vec<Quad> {
    Dataset::new(kg).to_quads()
}

/// A mention of a node, with what sorting and grouping mentions compare kept beside the
/// evidence, so they do not follow its pointer into the graph's heap (a cache miss each).
#[derive(Clone, Copy)]
struct Mention<'a> {
    /// The article's rank, or `u32::MAX` for an article that is no article node.
    rank: u32,
    /// The index of the node it denotes.
    node: u32,
    /// `ev.start` and `ev.end`, or `u32::MAX` for one that does not fit (then read from `ev`).
    start: u32,
    end: u32,
    ev: &'a Evidence,
}

impl<'a> Mention<'a> {
    fn new(rank: u32, node: u32, ev: &'a Evidence) -> Self {
        let short = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
        Self {
            rank,
            node,
            start: short(ev.start),
            end: short(ev.end),
            ev,
        }
    }

    /// (start, end) in the article.
    fn place(&self) -> (usize, usize) {
        if self.start == u32::MAX || self.end == u32::MAX {
            (self.ev.start, self.ev.end)
        } else {
            (self.start as usize, self.end as usize)
        }
    }

    /// Whether `self` and `other` are the same mention resource: the same place in the same
    /// article (by rank, when the article is an article node).
    fn same_resource(&self, other: &Self) -> bool {
        self.rank == other.rank
            && self.place() == other.place()
            && (self.rank != u32::MAX || self.ev.article == other.ev.article)
    }
}

/// Every mention, in (article key, start, end) order, whether every article is an article
/// node, and the IRI of every node.
fn sorted_mentions<'a>(
    nodes: &[&'a Node],
    graph_no: &HashMap<&str, u32>,
) -> (Vec<Mention<'a>>, bool, Vec<NamedNode>) {
    // Every mention resource once, whatever it denotes, in (article key, start, end) order:
    // sorted stably so the first exact words and the denoted nodes keep their order. Articles
    // compare by rank (ranks follow key order), not as strings, unless one is no article node.
    // (24 bytes a mention, sized exactly: there are millions in a large archive's graph.)
    let mut mentions: Vec<Mention<'a>> = Vec::with_capacity(
        nodes
            .iter()
            .filter(|n| n.kind != NodeKind::Article)
            .map(|n| n.evidence.len())
            .sum(),
    );
    // The rank of each article by the address of its key, which every piece of evidence read
    // from it shares (`GraphBuilder::push`): a key's text is hashed and compared once per
    // article, not once per mention (at 1 GB of distinct articles that was most of the time of
    // this function, 13 million lookups in a table of half a million strings).
    let mut by_address: HashMap<usize, u32> = HashMap::default();
    for (i, n) in nodes.iter().enumerate() {
        if n.kind != NodeKind::Article {
            let i = u32::try_from(i).unwrap_or(u32::MAX);
            for ev in &n.evidence {
                let rank = *by_address
                    .entry(ev.article.as_ptr() as usize)
                    .or_insert_with(|| graph_no.get(&*ev.article).copied().unwrap_or(u32::MAX));
                mentions.push(Mention::new(rank, i, ev));
            }
        }
    }
    let all_known = mentions.iter().all(|m| m.rank != u32::MAX);
    if all_known {
        let order = bucket_order(&mentions, |m| m.rank as usize, Mention::place);
        mentions = order.into_iter().map(|i| mentions[i as usize]).collect();
    } else {
        mentions.sort_by(|a, b| (&a.ev.article, a.place()).cmp(&(&b.ev.article, b.place())));
    }
    let node_iris: Vec<NamedNode> = nodes.iter().map(|n| iri(&n.key)).collect();
    (mentions, all_known, node_iris)
}

/// The quads of each node about itself (types, names, the article's and the statement's data).
/// `graph_of`: each node's graph number (1 + its rank among articles; 0 for other nodes).
fn node_quads(q: &mut Quads, nodes: &[&Node], graph_of: &[u32]) {
    let dg = GraphName::DefaultGraph;
    for (p, n) in nodes.iter().enumerate() {
        let i = u32::try_from(p).unwrap_or(u32::MAX);
        let me = iri(&n.key);
        let (home, hg) = if n.kind == NodeKind::Article {
            (GraphName::from(graph_iri(&n.key)), graph_of[p])
        } else {
            (dg.clone(), 0)
        };
        let at_home = (hg, 0, i);
        let at_default = (0, 0, i);
        for c in class_of(n) {
            q.add(at_home, &me, RDF_TYPE, c, &home);
        }
        if n.kind != NodeKind::Statement {
            q.add(at_home, &me, (SCHEMA, "name"), s(&n.label), &home);
        }
        q.add(at_home, &me, RDFS_LABEL, s(&n.label), &home);
        for a in &n.aliases {
            q.add(at_default, &me, (SCHEMA, "alternateName"), s(a), &dg);
        }
        for r in &n.roles {
            q.add(at_default, &me, (SCHEMA, "jobTitle"), s(r), &dg);
        }
        if let Some(qid) = &n.wikidata {
            let wd = NamedNode::new_unchecked(format!("http://www.wikidata.org/entity/{qid}"));
            q.add(at_default, &me, (SCHEMA, "sameAs"), Term::from(wd), &dg);
        }
        if n.descriptive {
            q.add(at_default, &me, (NKG, "descriptive"), boolean(true), &dg);
        }
        match n.kind {
            NodeKind::Person | NodeKind::Organization | NodeKind::Place => {
                q.add(at_default, &me, (NKG, "mentionCount"), int(n.count()), &dg);
            }
            NodeKind::Article => {
                if let Some(a) = &n.article {
                    if let Some(h) = &a.headline {
                        q.add(at_home, &me, (SCHEMA, "headline"), s(h), &home);
                    }
                    if let Some(p) = a.published {
                        let lit: Term = match p.time {
                            Some((h, m)) => Literal::new_typed_literal(
                                format!("{}T{h:02}:{m:02}:00", p.date),
                                xsd::DATE_TIME,
                            )
                            .into(),
                            None => date(p.date),
                        };
                        q.add(at_home, &me, (SCHEMA, "datePublished"), lit, &home);
                    }
                    q.add(at_home, &me, (NKG, "fileName"), s(&a.file_name), &home);
                    q.add(
                        at_home,
                        &me,
                        (NKG, "characterCount"),
                        nonneg(a.length),
                        &home,
                    );
                    q.add(at_home, &me, (SCHEMA, "inLanguage"), s("en"), &home);
                }
                q.add(
                    (0, 2, i),
                    &graph_iri(&n.key),
                    (PROV, "wasDerivedFrom"),
                    me.clone(),
                    &dg,
                );
            }
            NodeKind::Statement => {
                if let Some(st) = &n.statement {
                    statement_quads(q, at_default, &me, st, n.count());
                }
            }
        }
    }
}

/// The term table, the mention IRIs kept as parts and the compact quads in output order.
fn dataset(kg: &KnowledgeGraph) -> (Vec<Term>, Vec<MentionIri>, Vec<[u32; 4]>) {
    let mut q = Quads::new();
    let nodes = kg.nodes();
    // The position of each article node, by its rank among articles.
    let articles: Vec<usize> = (0..nodes.len())
        .filter(|&i| nodes[i].kind == NodeKind::Article)
        .collect();
    // Graph number of each article: 1 + its rank among articles; by key, and by node position
    // (0 for other nodes).
    let graph_no: HashMap<&str, u32> = articles
        .iter()
        .enumerate()
        .map(|(r, &i)| {
            (
                nodes[i].key.as_str(),
                u32::try_from(r + 1).unwrap_or(u32::MAX),
            )
        })
        .collect();
    let mut graph_of = vec![0u32; nodes.len()];
    for (r, &i) in articles.iter().enumerate() {
        graph_of[i] = u32::try_from(r + 1).unwrap_or(u32::MAX);
    }
    let same_mention = |a: &Mention<'_>, b: &Mention<'_>| a.same_resource(b);
    // The mention resources are gathered and sorted while the nodes' quads are made.
    let ((mentions, all_known, node_iris), ()) = rayon::join(
        || sorted_mentions(&nodes, &graph_no),
        || node_quads(&mut q, &nodes, &graph_of),
    );
    // From here on, terms by id: each node's IRI, each article's graph, interned once.
    let node_ids: Vec<u32> = node_iris.iter().map(|n| q.id(n.clone().into())).collect();
    let graph_ids: Vec<u32> = nodes
        .iter()
        .map(|n| {
            if n.kind == NodeKind::Article {
                q.id(graph_iri(&n.key).into())
            } else {
                DEFAULT_GRAPH
            }
        })
        .collect();
    // (the ends of edges as node positions: nothing is looked up per edge)
    for (si, e, di) in kg.edges_by_position() {
        let (s, d) = (si as usize, di as usize);
        let (a, b) = (node_ids[s], node_ids[d]);
        let per_article = matches!(
            e.kind,
            EdgeKind::Mentions
                | EdgeKind::Author
                | EdgeKind::Publisher
                | EdgeKind::RelayedBy
                | EdgeKind::ReportedIn
        );
        let (g, gn) = if per_article && nodes[s].kind == NodeKind::Article {
            (graph_ids[s], graph_of[s])
        } else if e.kind == EdgeKind::ReportedIn {
            (graph_ids[d], graph_of[d])
        } else {
            (DEFAULT_GRAPH, 0)
        };
        let from_src = (gn, 0, si);
        let p = match e.kind {
            EdgeKind::Said => {
                q.add_ids((gn, 0, di), b, (NKG, "speaker"), a, g);
                q.add_ids((gn, 0, di), b, (PROV, "wasAttributedTo"), a, g);
                continue;
            }
            EdgeKind::Mentions => (SCHEMA, "mentions"),
            EdgeKind::ReportedIn => (NKG, "reportedIn"),
            EdgeKind::About => (SCHEMA, "about"),
            EdgeKind::ReportedVia => (NKG, "reportedVia"),
            EdgeKind::AffiliatedWith => (SCHEMA, "affiliation"),
            EdgeKind::Country => (NKG, "country"),
            EdgeKind::Author => (SCHEMA, "author"),
            EdgeKind::Publisher => (SCHEMA, "publisher"),
            EdgeKind::RelayedBy => (NKG, "relayedBy"),
        };
        q.add_ids(from_src, a, p, b, g);
    }
    // The mention quads come in order (mentions sorted by article rank, a graph each), when
    // every mention's article is an article node: merged into place as they come. They are
    // five per mention resource and one per node it denotes, so the output is sized exactly
    // at once (grown by doubling, it briefly held the old and the new copy, and left up to half
    // of the new one unused).
    if all_known {
        let resources = mentions.chunk_by(same_mention).count();
        q.in_order(5 * resources + mentions.len());
    }
    let mention_class = q.id(nkg("Mention").into());
    // The predicates of mention quads, looked up once, not per quad.
    let [a_type, denotes, context, begin, end_index, anchor_of] = [
        RDF_TYPE,
        (NKG, "denotes"),
        (NIF, "referenceContext"),
        (NIF, "beginIndex"),
        (NIF, "endIndex"),
        (NIF, "anchorOf"),
    ]
    .map(|p| q.vocab(p));
    // The ids of the exact words as plain literals, by the words: a repeated word (about a
    // third of the mentions of 100 MB of distinct articles) is found without making its literal.
    let mut anchors = WordIds::default();
    // Each part's words, numbered on the pool's threads (`part_words`); a part's word is
    // given its id here when the part first uses it, so ids come in the order a loop over all
    // mentions on one thread gives them.
    let word_parts = part_words(&mentions, rayon::current_num_threads());
    // The article, its IRI and graph ids, whether it is an article node, whether its key
    // needs no replacing in an IRI, its graph number, and its rank.
    let mut last_article: Option<(&str, u32, u32, bool, bool, u32, u32)> = None;
    let mut m = 0usize;
    for PartWords {
        mentions: part,
        words,
        word_of,
    } in word_parts
    {
        let mut word_ids = vec![u32::MAX; words.len()];
        for (group, &w) in part.chunk_by(same_mention).zip(&word_of) {
            let Mention { rank, ev, .. } = group[0];
            let (start, end) = group[0].place();
            // (an article node's key is read once per article, not per mention: its rank says)
            let same = last_article.is_some_and(|l| {
                l.6 == rank
                    && (rank != u32::MAX || std::ptr::eq(l.0, &*ev.article) || l.0 == &*ev.article)
            });
            if !same {
                let article = &*ev.article;
                // (the rank is `u32::MAX` when no article node has the key)
                let node = rank.checked_sub(1).and_then(|r| articles.get(r as usize));
                let ids = match node {
                    Some(&i) => (node_ids[i], graph_ids[i], true),
                    _ => (
                        q.id(iri(article).into()),
                        q.id(graph_iri(article).into()),
                        false,
                    ),
                };
                let safe = keeps_as_is(article);
                let gn = if node.is_some() { rank } else { 0 };
                last_article = Some((article, ids.0, ids.1, ids.2, safe, gn, rank));
            }
            let Some((article, article_id, g, known, safe, gn, _)) = last_article else {
                continue;
            };
            let at = (gn, 1, u32::try_from(m).unwrap_or(u32::MAX));
            m += 1;
            // `mention/{article}-{start}-{end}`: kept as parts when the article is an article
            // node whose key needs no replacing in an IRI (digits and `-` need none), else a
            // term.
            let parts = (known && safe)
                .then(|| article.strip_prefix("article/"))
                .flatten()
                .and_then(|_| q.mention_id(article_id, start, end));
            let me = match parts {
                Some(id) => id,
                None => {
                    let local = article.trim_start_matches("article/");
                    let me: Term = iri(&format!("mention/{local}-{start}-{end}")).into();
                    // New for certain when the article is an article node (one IRI per
                    // (article, start, end), and no node key starts with `mention/`): no
                    // lookup needed.
                    if known { q.fresh_id(me) } else { q.id(me) }
                }
            };
            q.push(at, [me, a_type, mention_class, g]);
            for d in group {
                q.push(at, [me, denotes, node_ids[d.node as usize], g]);
            }
            q.push(at, [me, context, article_id, g]);
            let (b, e) = (q.nonneg_id(start), q.nonneg_id(end));
            q.push(at, [me, begin, b, g]);
            q.push(at, [me, end_index, e, g]);
            let w = w as usize;
            if word_ids[w] == u32::MAX {
                let exact = words[w];
                word_ids[w] = anchors.get_or_insert(exact, || q.id(s(exact)));
            }
            q.push(at, [me, anchor_of, word_ids[w], g]);
        }
    }
    q.into_parts()
}

/// A run of mentions whose first and last resources are whole, and the words of its
/// resources ([`part_words`]).
struct PartWords<'m, 'a> {
    mentions: &'m [Mention<'a>],
    /// Each distinct word once, in the order first used.
    words: Vec<&'a str>,
    /// The number of each resource's word in `words`.
    word_of: Vec<u32>,
}

/// `mentions` cut into about `n` parts at boundaries between mention resources, with the
/// words of each. Made on the pool's threads: reading each mention's words is a cache miss,
/// and hashing them most of the rest of the mention loop.
fn part_words<'m, 'a>(mentions: &'m [Mention<'a>], n: usize) -> Vec<PartWords<'m, 'a>> {
    use rayon::prelude::*;
    let n = n.max(1);
    let mut cuts = vec![0];
    for k in 1..n {
        let mut at = (mentions.len() * k / n).max(*cuts.last().unwrap_or(&0));
        while at > 0 && at < mentions.len() && mentions[at - 1].same_resource(&mentions[at]) {
            at += 1;
        }
        cuts.push(at);
    }
    cuts.push(mentions.len());
    let parts: Vec<&[Mention<'a>]> = cuts.windows(2).map(|c| &mentions[c[0]..c[1]]).collect();
    parts
        .into_par_iter()
        .map(|part| {
            let (mut seen, mut words) = (WordIds::default(), Vec::new());
            let word_of = part
                .chunk_by(Mention::same_resource)
                .map(|group| {
                    let exact = group[0].ev.exact.as_str();
                    seen.get_or_insert(exact, || {
                        words.push(exact);
                        u32::try_from(words.len() - 1).unwrap_or(u32::MAX)
                    })
                })
                .collect();
            PartWords {
                mentions: part,
                words,
                word_of,
            }
        })
        .collect()
}

/// Ids by words, the distinct words kept side by side in one buffer. A word seen again is
/// compared with that copy, in a few megabytes, instead of with the first occurrence's own
/// text wherever the graph's heap holds it: looking the mentions' words up in a map keyed by
/// the words themselves was half of the RDF dataset's mention loop, mostly waiting for memory.
#[derive(Default)]
struct WordIds {
    text: Vec<u8>,
    /// (start, end) of a word in `text`, and its id.
    table: hashbrown::HashTable<(u32, u32, u32)>,
}

impl WordIds {
    /// The id of `word`: the one given before, else `new()`'s, remembered.
    fn get_or_insert(&mut self, word: &str, new: impl FnOnce() -> u32) -> u32 {
        let hasher = rustc_hash::FxBuildHasher;
        let word = word.as_bytes();
        let h = hasher.hash_one(word);
        let text = &self.text;
        let at = |&(a, b, _): &(u32, u32, u32)| &text[a as usize..b as usize];
        if let Some(&(.., id)) = self.table.find(h, |e| at(e) == word) {
            return id;
        }
        let id = new();
        // (past 4 GB of distinct words the rest are not remembered: looked up again, they
        // are found by `new` in the term table all the same)
        if let (Ok(a), Ok(b)) = (
            u32::try_from(self.text.len()),
            u32::try_from(self.text.len() + word.len()),
        ) {
            self.text.extend_from_slice(word);
            let text = &self.text;
            self.table.insert_unique(h, (a, b, id), |&(a, b, _)| {
                hasher.hash_one(&text[a as usize..b as usize])
            });
        }
        id
    }
}

/// Indices of `items` in stable (bucket, key) order, for buckets that are small numbers (a graph
/// per article): a counting sort by bucket, then a sort of each bucket whose items were not
/// already in key order — most are, being emitted in order, so this is linear where sorting
/// millions of quads or mentions as a whole was a large share of the export.
fn bucket_order<T, K: Ord>(
    items: &[T],
    bucket: impl Fn(&T) -> usize,
    key: impl Fn(&T) -> K,
) -> Vec<u32> {
    let n = items.iter().map(|t| bucket(t) + 1).max().unwrap_or(0);
    let mut start = vec![0usize; n + 1];
    for t in items {
        start[bucket(t) + 1] += 1;
    }
    for b in 1..=n {
        start[b] += start[b - 1];
    }
    let mut order = vec![0u32; items.len()];
    let mut next = start.clone();
    for (i, t) in items.iter().enumerate() {
        let b = bucket(t);
        order[next[b]] = u32::try_from(i).unwrap_or(u32::MAX);
        next[b] += 1;
    }
    for b in 0..n {
        let part = &mut order[start[b]..start[b + 1]];
        if !part.is_sorted_by_key(|&i| key(&items[i as usize])) {
            part.sort_by_key(|&i| key(&items[i as usize]));
        }
    }
    order
}

fn statement_quads(
    q: &mut Quads,
    at: At,
    me: &NamedNode,
    st: &crate::graph::StatementData,
    occurrences: usize,
) {
    let dg = GraphName::DefaultGraph;
    q.add(at, me, (SCHEMA, "text"), s(&st.text), &dg);
    q.add(at, me, (NKG, "speechAct"), nkg(st.act.local_name()), &dg);
    q.add(at, me, (NKG, "actNegated"), boolean(st.act_negated), &dg);
    let mode = match st.mode {
        crate::extract::Mode::Direct => "DirectSpeech",
        crate::extract::Mode::Indirect => "IndirectSpeech",
        crate::extract::Mode::PartialQuote => "PartialQuote",
        crate::extract::Mode::AccordingTo => "AccordingTo",
    };
    q.add(at, me, (NKG, "mode"), nkg(mode), &dg);
    if let Some(c) = &st.cue {
        q.add(at, me, (NKG, "cue"), s(c), &dg);
    }
    if let Some(c) = &st.cue_lemma {
        q.add(at, me, (NKG, "cueLemma"), s(c), &dg);
    }
    if let Some(c) = &st.cameo {
        q.add(at, me, (NKG, "cameoCode"), s(c), &dg);
    }
    if let Some(d) = st.said_on {
        q.add(at, me, (NKG, "saidOn"), date(d), &dg);
    }
    if let Some((from, until)) = st.said_period {
        q.add(at, me, (NKG, "saidFrom"), date(from), &dg);
        q.add(at, me, (NKG, "saidUntil"), date(until), &dg);
    }
    if let Some(b) = st.date_basis {
        let b = match b {
            crate::extract::DateBasis::Explicit => "ExplicitDate",
            crate::extract::DateBasis::Publication => "PublicationDate",
        };
        q.add(at, me, (NKG, "dateBasis"), nkg(b), &dg);
    }
    if let Some(e) = &st.date_expression {
        q.add(at, me, (NKG, "dateExpression"), s(e), &dg);
    }
    if let Some(d) = &st.speaker_description {
        q.add(at, me, (NKG, "speakerDescription"), s(d), &dg);
    }
    if st.unknown_speaker {
        q.add(at, me, (NKG, "unknownSpeaker"), boolean(true), &dg);
    }
    q.add(at, me, (NKG, "occurrences"), int(occurrences), &dg);
    // Claimed numbers: one schema:QuantitativeValue each, its IRI under the statement's.
    for (n, c) in st.quantities.iter().enumerate() {
        let qv = NamedNode::new_unchecked(format!("{}/quantity/{}", me.as_str(), n + 1));
        q.add(at, me, (NKG, "claimsQuantity"), qv.clone(), &dg);
        let qat = (at.0, 3, at.2);
        q.add(qat, &qv, RDF_TYPE, schema("QuantitativeValue"), &dg);
        q.add(
            qat,
            &qv,
            (SCHEMA, "value"),
            Literal::new_typed_literal(c.value.clone(), xsd::DECIMAL),
            &dg,
        );
        q.add(qat, &qv, (SCHEMA, "unitText"), s(&c.unit), &dg);
        q.add(qat, &qv, (NKG, "approximate"), boolean(c.approximate), &dg);
        if let Some(h) = &c.qualifier {
            q.add(qat, &qv, (NKG, "qualifier"), s(h), &dg);
        }
        q.add(qat, &qv, RDFS_LABEL, s(&c.text), &dg);
    }
}

/// Write `quads` in `format`. Triple formats take the union of all graphs: the quads regrouped
/// by subject (graph names dropped), each triple once.
///
/// # Errors
/// When writing fails.
pub fn write<W: Write>(quads: &[Quad], format: RdfFormat, w: W) -> std::io::Result<W> {
    Dataset::from_quads(quads).write(format, w)
}

impl Dataset {
    /// The dataset of `quads`, in their order.
    fn from_quads(quads: &[Quad]) -> Self {
        let mut q = Quads::new();
        let compact: Vec<[u32; 4]> = quads
            .iter()
            .map(|x| {
                [
                    q.id(x.subject.clone().into()),
                    q.id(x.predicate.clone().into()),
                    q.id(x.object.clone()),
                    match &x.graph_name {
                        GraphName::NamedNode(n) => q.id(n.clone().into()),
                        _ => DEFAULT_GRAPH,
                    },
                ]
            })
            .collect();
        let (terms, mentions, _) = q.into_parts();
        Self {
            terms,
            mentions,
            quads: compact,
            ..Self::default()
        }
    }
}

/// Indices of `quads` with the triples of one subject together across graphs (subjects in
/// order of first appearance), each triple once.
fn union_order(quads: &[[u32; 4]], terms: usize) -> Vec<u32> {
    let id = |i: usize| u32::try_from(i).unwrap_or(u32::MAX);
    // Each quad's group: its subject's rank in order of first appearance. Subjects are term
    // ids (dense, from 0, then the mentions kept as parts from `MENTION` on), so a vector
    // indexes them, the mentions after the `terms` others; a stable counting sort then brings
    // each group's quads together. (One small `Vec` per subject was millions of allocations
    // for a large archive's mentions.)
    let slot = |s: u32| match s.checked_sub(MENTION) {
        Some(k) => terms + k as usize,
        None => s as usize,
    };
    let bound = quads.iter().map(|q| slot(q[0]) + 1).max().unwrap_or(0);
    let mut rank = vec![u32::MAX; bound];
    let mut groups = 0u32;
    let group: Vec<u32> = quads
        .iter()
        .map(|q| {
            let r = &mut rank[slot(q[0])];
            if *r == u32::MAX {
                *r = groups;
                groups += 1;
            }
            *r
        })
        .collect();
    drop(rank);
    let mut start = vec![0usize; groups as usize + 1];
    for &g in &group {
        start[g as usize + 1] += 1;
    }
    for g in 1..start.len() {
        start[g] += start[g - 1];
    }
    let mut order = vec![0u32; quads.len()];
    let mut next = start.clone();
    for (i, &g) in group.iter().enumerate() {
        order[next[g as usize]] = id(i);
        next[g as usize] += 1;
    }
    drop(group);
    // Each (predicate, object) of a group once, the first: by scanning the group's earlier
    // quads when it is small (a mention has six), by a set when it is not.
    let mut out = Vec::with_capacity(quads.len());
    let mut seen = rustc_hash::FxHashSet::default();
    for g in 0..groups as usize {
        let part = &order[start[g]..start[g + 1]];
        if part.len() <= 16 {
            for (k, &i) in part.iter().enumerate() {
                let q = quads[i as usize];
                let repeat = part[..k].iter().any(|&j| {
                    let r = quads[j as usize];
                    (r[1], r[2]) == (q[1], q[2])
                });
                if !repeat {
                    out.push(i);
                }
            }
        } else {
            seen.clear();
            for &i in part {
                let q = quads[i as usize];
                if seen.insert((q[1], q[2])) {
                    out.push(i);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Each text comes back as it was added, empty ones and multi-byte ones included.
        #[test]
        fn texts_come_back_as_added(items in proptest::collection::vec(".{0,6}", 0..40)) {
            let mut t = Texts::with_capacity(items.len());
            for (k, it) in items.iter().enumerate() {
                if k % 2 == 0 {
                    t.push(it);
                } else {
                    t.push_with(|b| b.push_str(it));
                }
            }
            proptest::prop_assert_eq!(t.ends.len(), items.len() + 1);
            for (k, it) in items.iter().enumerate() {
                proptest::prop_assert_eq!(t.str(k), it.as_str());
                proptest::prop_assert_eq!(&t[k], it.as_bytes());
            }
        }
    }

    /// `union_order` as it was first written (one `Vec` per subject), the definition the
    /// faster one is checked against.
    fn union_order_by_groups(quads: &[[u32; 4]]) -> Vec<u32> {
        let mut first: HashMap<u32, usize> = HashMap::default();
        let mut groups: Vec<Vec<u32>> = Vec::new();
        for (i, q) in quads.iter().enumerate() {
            let g = *first.entry(q[0]).or_insert_with(|| {
                groups.push(Vec::new());
                groups.len() - 1
            });
            groups[g].push(u32::try_from(i).unwrap());
        }
        let mut out = Vec::new();
        for g in groups {
            let mut seen = std::collections::HashSet::new();
            for i in g {
                let q = quads[i as usize];
                if seen.insert((q[1], q[2])) {
                    out.push(i);
                }
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn union_order_keeps_each_triple_once_subjects_together(
            quads in proptest::collection::vec(
                proptest::strategy::Strategy::prop_map((0u32..30, 0u32..3, 0u32..4, 0u32..3), |(s, p, o, g)| [s, p, o, g]),
                0..300,
            ),
            big_group in proptest::collection::vec((0u32..5, 0u32..6), 0..60),
        ) {
            // (plus one subject with more quads than the small-group scan takes)
            let mut quads = quads;
            quads.extend(big_group.into_iter().map(|(p, o)| [7, p, o, 1]));
            proptest::prop_assert_eq!(union_order(&quads, 30), union_order_by_groups(&quads));
        }
    }

    #[test]
    fn a_word_keeps_the_id_it_was_first_given() {
        let mut w = WordIds::default();
        let mut made = 0u32;
        let mut id = |w: &mut WordIds, word: &str| {
            w.get_or_insert(word, || {
                made += 1;
                made * 10
            })
        };
        assert_eq!(id(&mut w, "Putin"), 10);
        assert_eq!(id(&mut w, "Kremlin"), 20);
        assert_eq!(id(&mut w, "Putin"), 10);
        // (a word that is the start of another, the empty word, multi-byte words)
        assert_eq!(id(&mut w, "Put"), 30);
        assert_eq!(id(&mut w, ""), 40);
        assert_eq!(id(&mut w, "Zelenskyy’s"), 50);
        assert_eq!(id(&mut w, "Zelenskyy’s"), 50);
        // (past many growths of the table, every word is still found)
        for k in 0..5_000 {
            assert_eq!(id(&mut w, &format!("w{k}")), 60 + 10 * k);
        }
        for k in (0..5_000).rev() {
            assert_eq!(id(&mut w, &format!("w{k}")), 60 + 10 * k);
        }
        assert_eq!((id(&mut w, "Put"), id(&mut w, "")), (30, 40));
        assert_eq!(made, 5_005);
    }

    #[test]
    fn mentions_compare_their_places_whatever_the_offsets_size() {
        let article: crate::graph::ArticleKey = "article/a".into();
        let ev = |start: usize, end: usize| Evidence {
            article: article.clone(),
            start,
            end,
            exact: String::new(),
        };
        let big = u32::MAX as usize;
        let (a, b, c, d) = (
            ev(3, 9),
            ev(3, 9),
            ev(big + 1, big + 4),
            ev(big + 1, big + 5),
        );
        let m = |e| Mention::new(1, 0, e);
        assert_eq!(m(&a).place(), (3, 9));
        assert_eq!(m(&c).place(), (big + 1, big + 4));
        assert!(m(&a).same_resource(&m(&b)));
        assert!(m(&c).same_resource(&m(&c)));
        // (offsets past 32 bits are read from the evidence, not taken as equal)
        assert!(!m(&c).same_resource(&m(&d)));
        assert!(m(&c).place() < m(&d).place());
        // (other articles: by rank, and by key when no article node has it)
        let other: crate::graph::ArticleKey = "article/b".into();
        let e = Evidence {
            article: other,
            ..ev(3, 9)
        };
        assert!(!Mention::new(1, 0, &a).same_resource(&Mention::new(2, 0, &b)));
        assert!(Mention::new(u32::MAX, 0, &a).same_resource(&Mention::new(u32::MAX, 1, &b)));
        assert!(!Mention::new(u32::MAX, 0, &a).same_resource(&Mention::new(u32::MAX, 0, &e)));
    }

    proptest::proptest! {
        /// Cut into any number of parts, the mentions are all there, in order, no resource
        /// split between two parts, and each resource's word is its first mention's.
        #[test]
        fn parts_cut_between_resources_and_number_their_words(
            places in proptest::collection::vec((0usize..4, 0usize..3, 0usize..3), 0..60),
            n in 1usize..6,
        ) {
            let article: crate::graph::ArticleKey = "article/a".into();
            let words = ["Kim", "Seoul", "Kim Jong Un"];
            // (sorted by place, as mentions are; equal places are one resource)
            let mut places = places;
            places.sort_by_key(|p| (p.0, p.1));
            let evidence: Vec<Evidence> = places
                .iter()
                .map(|&(start, len, w)| Evidence {
                    article: article.clone(),
                    start,
                    end: start + len,
                    exact: words[w].to_string(),
                })
                .collect();
            let mentions: Vec<Mention<'_>> =
                evidence.iter().map(|e| Mention::new(1, 0, e)).collect();
            let parts = part_words(&mentions, n);
            let mut all = Vec::new();
            for (k, p) in parts.iter().enumerate() {
                let (part, ws, word_of) = (p.mentions, &p.words, &p.word_of);
                if k > 0 && !part.is_empty() && !all.is_empty() {
                    let last: &Mention<'_> = all.last().unwrap();
                    proptest::prop_assert!(!last.same_resource(&part[0]));
                }
                let groups: Vec<&[Mention<'_>]> = part.chunk_by(Mention::same_resource).collect();
                proptest::prop_assert_eq!(groups.len(), word_of.len());
                for (g, &w) in groups.iter().zip(word_of) {
                    proptest::prop_assert_eq!(ws[w as usize], g[0].ev.exact.as_str());
                }
                // (each word once)
                let distinct: std::collections::HashSet<&&str> = ws.iter().collect();
                proptest::prop_assert_eq!(distinct.len(), ws.len());
                all.extend_from_slice(part);
            }
            proptest::prop_assert_eq!(all.len(), mentions.len());
            for (a, b) in all.iter().zip(&mentions) {
                proptest::prop_assert!(std::ptr::eq(a.ev, b.ev));
            }
        }
    }

    #[test]
    fn every_term_gets_one_id_in_the_order_first_seen() {
        let mut q = Quads::new();
        let a: Term = NamedNode::new_unchecked("http://example.org/a").into();
        let b: Term = Literal::new_simple_literal("b").into();
        assert_eq!(q.id(a.clone()), 0);
        assert_eq!(q.id(b.clone()), 1);
        assert_eq!(q.id(a.clone()), 0);
        let m: Term = NamedNode::new_unchecked("http://example.org/m").into();
        assert_eq!(q.fresh_id(m.clone()), 2);
        assert_eq!(q.id(b.clone()), 1);
        // (past many growths of the table, every id is still found by its term)
        let lit = |k: u32| Term::from(Literal::new_simple_literal(k.to_string()));
        for k in 0..20_000 {
            assert_eq!(q.id(lit(k)), 3 + k);
        }
        for k in (0..20_000).rev() {
            assert_eq!(q.id(lit(k)), 3 + k);
        }
        let (terms, _, quads) = q.into_parts();
        assert!(quads.is_empty());
        assert_eq!(terms.len(), 20_003);
        assert_eq!(terms[..3], [a, b, m]);
        assert_eq!(terms[20_002], lit(19_999));
    }

    proptest::proptest! {
        #[test]
        fn bucket_order_is_a_stable_sort_by_bucket_then_key(
            items in proptest::collection::vec((0usize..6, 0u8..4, 0u8..4), 0..200)
        ) {
            let got = bucket_order(&items, |t| t.0, |t| t.1);
            let mut want: Vec<u32> = (0..u32::try_from(items.len()).unwrap()).collect();
            want.sort_by_key(|&i| (items[i as usize].0, items[i as usize].1));
            proptest::prop_assert_eq!(got, want);
        }
    }

    proptest::proptest! {
        /// Merging quads that come in key order with the sorted earlier ones gives the order a
        /// stable sort of all of them gives (earlier quads first among equal keys).
        #[test]
        fn quads_merged_in_order_equal_quads_sorted_at_the_end(
            kept in proptest::collection::vec((0u32..4, 0u8..4, 0u32..6), 0..60),
            mut later in proptest::collection::vec((0u32..4, 0u8..4, 0u32..6), 0..60),
        ) {
            later.sort_unstable();
            let fill = |q: &mut Quads, ordered: bool| {
                for (n, &at) in kept.iter().enumerate() {
                    q.push(at, [u32::try_from(n).unwrap(), 0, 0, 0]);
                }
                if ordered {
                    q.in_order(later.len());
                }
                for (n, &at) in later.iter().enumerate() {
                    q.push(at, [u32::try_from(n).unwrap(), 1, 0, 0]);
                }
            };
            let (mut merged, mut sorted) = (Quads::new(), Quads::new());
            fill(&mut merged, true);
            fill(&mut sorted, false);
            let (merged, sorted) = (merged.into_parts().2, sorted.into_parts().2);
            let mut want: Vec<(u64, [u32; 4])> = Vec::new();
            for (n, &at) in kept.iter().enumerate() {
                want.push((order_key(at), [u32::try_from(n).unwrap(), 0, 0, 0]));
            }
            for (n, &at) in later.iter().enumerate() {
                want.push((order_key(at), [u32::try_from(n).unwrap(), 1, 0, 0]));
            }
            want.sort_by_key(|w| w.0);
            let want: Vec<[u32; 4]> = want.into_iter().map(|w| w.1).collect();
            proptest::prop_assert_eq!(&merged, &want);
            proptest::prop_assert_eq!(&sorted, &want);
        }

        /// Order keys sort as (graph, class, subject) do, up to the largest subject told apart.
        #[test]
        fn order_keys_sort_as_their_parts(
            a in (0u32..5, 0u8..4, 0u32..(1 << 31)),
            b in (0u32..5, 0u8..4, 0u32..(1 << 31)),
        ) {
            let cap = |(g, c, i): At| (g, c, i.min(SUBJECT_MAX));
            proptest::prop_assert_eq!(order_key(a).cmp(&order_key(b)), cap(a).cmp(&cap(b)));
        }
    }

    /// Short text dense in what N-Triples and JSON escape, with any other character too.
    fn awkward_text() -> impl proptest::prelude::Strategy<Value = String> {
        use proptest::prelude::Strategy;
        proptest::collection::vec(
            proptest::prop_oneof![
                proptest::sample::select(vec![
                    '\u{0}', '\u{8}', '\t', '\n', '\u{B}', '\u{C}', '\r', '\u{1F}', ' ', '"', '\\',
                    '\'', '/', '\u{7F}', '\u{80}', '\u{2028}', '\u{FFFD}', '\u{FFFE}', '\u{FFFF}',
                    'a', 'é', '🎉',
                ]),
                proptest::prelude::any::<char>(),
            ],
            0..24,
        )
        .prop_map(|v| v.into_iter().collect())
    }

    proptest::proptest! {
        /// Terms print as oxrdf prints them, on text dense in what N-Triples escapes.
        #[test]
        fn nt_terms_print_as_oxrdf_prints_them(
            value in awkward_text(),
            kind in 0..4_u8,
        ) {
            let term: Term = match kind {
                0 => Literal::new_simple_literal(value).into(),
                1 => Literal::new_language_tagged_literal_unchecked(value, "en").into(),
                2 => Literal::new_typed_literal(value, xsd::INTEGER).into(),
                _ => NamedNode::new_unchecked(format!("https://w3id.org/newskg/id/x/{}", value.len())).into(),
            };
            let mut out = String::new();
            nt_term(&term, &mut out);
            proptest::prop_assert_eq!(out, term.to_string());
        }
    }

    proptest::proptest! {
        /// JSON strings are escaped as serde_json escapes them.
        #[test]
        fn json_strings_escape_as_serde_json_does(v in awkward_text()) {
            let mut out = String::new();
            json_str(&v, &mut out);
            proptest::prop_assert_eq!(out, serde_json::to_string(&v).unwrap());
        }
    }

    #[test]
    fn node_iris_keep_safe_characters_and_replace_the_others() {
        assert_eq!(
            iri("person/vladimir-putin").as_str(),
            "https://w3id.org/newskg/id/person/vladimir-putin"
        );
        assert_eq!(
            iri("place/são-tomé_x.y").as_str(),
            "https://w3id.org/newskg/id/place/são-tomé_x.y"
        );
        assert_eq!(
            iri("org/a b#c?d\u{200b}é").as_str(),
            "https://w3id.org/newskg/id/org/a-b-c-d-é"
        );
    }

    /// Each of our writers of `formats`, and the JSON-LD one, writes what the reference
    /// serializers (oxrdfio's, oxjsonld's) write of `d`.
    fn assert_writers_match_reference(d: &Dataset, formats: &[RdfFormat]) {
        for &format in formats {
            let fast = String::from_utf8(d.write(format, Vec::new()).unwrap()).unwrap();
            let reference =
                String::from_utf8(d.write_with_oxrdfio(format, Vec::new()).unwrap()).unwrap();
            assert_eq!(fast, reference, "{format}");
        }
        let fast = String::from_utf8(d.write_jsonld(Vec::new()).unwrap()).unwrap();
        let reference =
            String::from_utf8(d.write_jsonld_with_oxjsonld(Vec::new()).unwrap()).unwrap();
        assert_eq!(fast, reference);
    }

    /// Every syntax with a writer of ours.
    const OWN: [RdfFormat; 5] = [
        RdfFormat::NTriples,
        RdfFormat::NQuads,
        RdfFormat::Turtle,
        RdfFormat::TriG,
        RdfFormat::RdfXml,
    ];

    /// Mention IRIs are kept as parts when their article is an article node, and are terms
    /// otherwise (an article with no node, an offset past 32 bits); every writer prints both
    /// as the reference writers print the terms.
    #[test]
    fn mention_iris_kept_as_parts_print_as_terms_do() {
        use crate::graph::{ArticleData, Evidence};
        assert_eq!(ARTICLE_IRI, format!("{ID_BASE}article/"));
        assert_eq!(MENTION_IRI, format!("{ID_BASE}mention/"));
        assert_eq!(NT_MENTION, format!("<{MENTION_IRI}"));
        assert_eq!(JSON_MENTION, format!("\"{MENTION_IRI}"));
        assert!(PREFIXES.contains(&("mention", MENTION_IRI)));
        let ev = |article: &str, start: usize, end: usize| Evidence {
            article: article.into(),
            start,
            end,
            exact: "Kyiv".to_string(),
        };
        let node = |key: &str, kind, evidence| Node {
            evidence,
            ..Node::new(key.to_string(), kind, "Kyiv".to_string())
        };
        let mut kg = KnowledgeGraph::default();
        let mut article = node(
            "article/0a1b",
            NodeKind::Article,
            vec![ev("article/0a1b", 0, 99)],
        );
        article.article = Some(ArticleData {
            file_name: "a.txt".to_string(),
            headline: None,
            published: None,
            byline: None,
            length: 99,
        });
        kg.upsert_node(article);
        let far = 1usize << 33;
        kg.upsert_node(node(
            "place/kyiv",
            NodeKind::Place,
            vec![
                ev("article/0a1b", 3, 7),
                ev("article/0a1b", 50, 54),
                ev("article/ffff", 1, 5),
                ev("article/0a1b", far, far + 4),
            ],
        ));
        let d = Dataset::new(&kg);
        assert_eq!(d.triple_count(), union_order(&d.quads, d.terms.len()).len());
        assert_eq!(
            d.mentions.len(),
            2,
            "the two in an article node, with small offsets"
        );
        let nq = String::from_utf8(d.write(RdfFormat::NQuads, Vec::new()).unwrap()).unwrap();
        for local in [
            "0a1b-3-7",
            "0a1b-50-54",
            "ffff-1-5",
            &format!("0a1b-{far}-{}", far + 4),
        ] {
            let typed = format!(
                "<{MENTION_IRI}{local}> <{}> <{NKG}Mention>",
                rdf::TYPE.as_str()
            );
            assert!(nq.contains(&typed), "{local} in\n{nq}");
        }
        assert_writers_match_reference(&d, &OWN);
        assert_eq!(d.to_quads().len(), d.len());
    }

    /// N-Triples and N-Quads are made on a thread of their own in buffers of `FLUSH_AT` bytes:
    /// many buffers come out whole and in order, and a writer that fails ends the writing with
    /// its error (the thread making lines stops; nothing waits forever).
    #[test]
    fn lines_made_on_their_own_thread_come_in_order_and_stop_on_an_error() {
        let quads: Vec<Quad> = (0..40_000)
            .map(|i| {
                Quad::new(
                    NamedNode::new_unchecked(format!("urn:s:{}", i % 997)),
                    schema("p"),
                    Literal::new_simple_literal(format!("{i} {}", "x".repeat(i % 50))),
                    GraphName::NamedNode(NamedNode::new_unchecked(format!("urn:g:{}", i % 7))),
                )
            })
            .collect();
        let d = Dataset::from_quads(&quads);
        let nq = d.write(RdfFormat::NQuads, Vec::new()).unwrap();
        assert!(nq.len() > 5 * FLUSH_AT, "{} bytes", nq.len());
        assert_writers_match_reference(&d, &[RdfFormat::NQuads, RdfFormat::NTriples]);

        /// Takes `left` bytes, then fails.
        struct Failing {
            left: usize,
        }
        impl Write for Failing {
            fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
                if b.len() > self.left {
                    return Err(std::io::Error::other("disk full"));
                }
                self.left -= b.len();
                Ok(b.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        for format in [RdfFormat::NQuads, RdfFormat::NTriples] {
            for left in [0, FLUSH_AT + 10, 3 * FLUSH_AT] {
                let err = d.write(format, Failing { left }).err();
                assert_eq!(
                    err.map(|e| e.to_string()).as_deref(),
                    Some("disk full"),
                    "{format}, failing after {left} bytes"
                );
            }
        }
    }

    /// A triple in two graphs counts once, counted with the union made or not.
    #[test]
    fn triples_in_several_graphs_count_once() {
        let (a, b) = (schema("a"), schema("b"));
        let g = |n: &str| GraphName::NamedNode(NamedNode::new_unchecked(format!("urn:g:{n}")));
        let quads: Vec<Quad> = [
            (&a, "1", GraphName::DefaultGraph),
            (&a, "1", g("x")),
            (&a, "2", g("x")),
            (&b, "1", g("y")),
            (&a, "1", g("y")),
        ]
        .into_iter()
        .map(|(s, o, graph)| {
            Quad::new(
                s.clone(),
                schema("p"),
                Literal::new_simple_literal(o),
                graph,
            )
        })
        .collect();
        let d = Dataset::from_quads(&quads);
        assert_eq!(d.triple_count(), 3);
        assert_eq!(d.union().len(), 3);
        assert_eq!(d.triple_count(), 3);
    }

    #[test]
    fn own_writers_are_byte_identical_to_oxrdfio() {
        // A small article and the sample articles: typed and untyped literals, repeated
        // predicates, several named graphs.
        let mut docs = vec![(
            "a0.txt".to_string(),
            "2024-10-21\nKremlin denies report\n\nKremlin spokesman Dmitry Peskov said on Monday that \"there is no such thing\". The \"report\" was false, the U.S. said.\n".to_string(),
        )];
        let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        for f in crate::ingest::discover(&[seeds]).unwrap() {
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            docs.push((name, std::fs::read_to_string(&f).unwrap()));
        }
        let digests: Vec<crate::graph::Digest> = docs
            .iter()
            .map(|(name, t)| {
                let doc =
                    crate::ingest::Document::from_bytes(std::path::Path::new(name), t.as_bytes())
                        .unwrap();
                crate::graph::Digest::of(&crate::extract::extract(doc))
            })
            .collect();
        let kg = crate::pipeline::merge(digests);
        let d = Dataset::new(&kg);
        assert!(d.len() > 500);
        // (counted before the union is made, then by it)
        let counted = d.triple_count();
        assert_eq!(counted, d.union().len());
        assert_eq!(d.triple_count(), counted);
        assert_writers_match_reference(&d, &OWN);
    }

    #[test]
    fn rdfxml_of_text_xml_cannot_hold_still_parses() {
        let me = NamedNode::new_unchecked("https://w3id.org/newskg/id/statement/x");
        let quads = vec![Quad::new(
            me.clone(),
            schema("text"),
            Literal::new_simple_literal("line one\nline\ttwo \u{1}<&>'\""),
            GraphName::DefaultGraph,
        )];
        let xml = write(&quads, RdfFormat::RdfXml, Vec::new()).unwrap();
        let parsed: Vec<Quad> = oxrdfio::RdfParser::from_format(RdfFormat::RdfXml)
            .for_slice(&xml)
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(parsed.len(), 1);
        assert_eq!(
            parsed[0].object,
            Term::from(Literal::new_simple_literal("line one\nline\ttwo <&>'\""))
        );
    }

    #[test]
    fn own_writers_match_the_reference_on_awkward_text() {
        let me = NamedNode::new_unchecked("https://w3id.org/newskg/id/statement/x-1");
        let other = NamedNode::new_unchecked("http://example.org/a(b)/c,d");
        let texts = [
            "line one\nline\ttwo \u{1}\u{7f}<&>'\"\\ \u{2028} é 🎉",
            "",
            "trailing dot.",
        ];
        let mut quads: Vec<Quad> = texts
            .iter()
            .map(|t| {
                Quad::new(
                    me.clone(),
                    schema("text"),
                    Literal::new_simple_literal(*t),
                    GraphName::DefaultGraph,
                )
            })
            .collect();
        quads.push(Quad::new(
            me.clone(),
            schema("about"),
            other.clone(),
            GraphName::NamedNode(NamedNode::new_unchecked(
                "https://w3id.org/newskg/id/graph/g",
            )),
        ));
        quads.push(Quad::new(
            me.clone(),
            schema("text"),
            Literal::new_language_tagged_literal_unchecked("hallo", "de"),
            GraphName::DefaultGraph,
        ));
        quads.push(Quad::new(
            other,
            nkg("occurrences"),
            Literal::new_typed_literal("-0012", xsd::INTEGER),
            GraphName::DefaultGraph,
        ));
        let d = Dataset::from_quads(&quads);
        // (RDF/XML escapes what XML cannot hold where oxrdfxml does not: tested above)
        assert_writers_match_reference(&d, &OWN[..4]);
    }
}
