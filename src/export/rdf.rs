//! RDF export (Turtle, N-Triples, TriG) with oxrdf/oxrdfio. Entities and statements are described
//! in the default graph; each article's metadata and the evidence read from it (mentions and
//! statement occurrences with code-point offsets) go in one named graph per article.

use std::io::Write;

use oxrdf::vocab::{rdf, rdfs, xsd};
use oxrdf::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use oxrdfio::{RdfFormat, RdfSerializer};

use crate::graph::{EdgeKind, Evidence, KnowledgeGraph, Node, NodeKind};

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

fn nn(iri: &str) -> NamedNode {
    NamedNode::new_unchecked(iri)
}
fn nkg(local: &str) -> NamedNode {
    nn(&format!("{NKG}{local}"))
}
fn schema(local: &str) -> NamedNode {
    nn(&format!("{SCHEMA}{local}"))
}
fn prov(local: &str) -> NamedNode {
    nn(&format!("{PROV}{local}"))
}
fn nif(local: &str) -> NamedNode {
    nn(&format!("{NIF}{local}"))
}

/// The IRI of a node key. Keys are made of lowercase letters, digits, `-` and one `/`.
#[must_use]
pub fn iri(key: &str) -> NamedNode {
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
    nn(&format!("{ID_BASE}{safe}"))
}

fn graph_iri(article_key: &str) -> NamedNode {
    iri(&article_key.replacen("article/", "graph/", 1))
}

fn evidence_iri(ev: &Evidence) -> NamedNode {
    let art = ev.article.trim_start_matches("article/");
    iri(&format!("mention/{art}-{}-{}", ev.start, ev.end))
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

/// Collects quads for one graph.
struct Quads(Vec<Quad>);

impl Quads {
    fn add(&mut self, s: &NamedNode, p: NamedNode, o: impl Into<Term>, g: &GraphName) {
        self.0.push(Quad::new(
            NamedOrBlankNode::from(s.clone()),
            p,
            o.into(),
            g.clone(),
        ));
    }
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

/// Every quad of the graph, sorted (graph, subject, predicate, object) for stable output.
#[must_use]
pub fn quads(kg: &KnowledgeGraph) -> Vec<Quad> {
    let mut q = Quads(Vec::new());
    let dg = GraphName::DefaultGraph;
    for n in kg.nodes() {
        let me = iri(&n.key);
        let home = if n.kind == NodeKind::Article {
            GraphName::from(graph_iri(&n.key))
        } else {
            dg.clone()
        };
        for c in class_of(n) {
            q.add(&me, rdf::TYPE.into_owned(), c, &home);
        }
        if n.kind != NodeKind::Statement {
            q.add(&me, schema("name"), s(&n.label), &home);
        }
        q.add(&me, rdfs::LABEL.into_owned(), s(&n.label), &home);
        for a in &n.aliases {
            q.add(&me, schema("alternateName"), s(a), &dg);
        }
        for r in &n.roles {
            q.add(&me, schema("jobTitle"), s(r), &dg);
        }
        if n.descriptive {
            q.add(&me, nkg("descriptive"), boolean(true), &dg);
        }
        match n.kind {
            NodeKind::Person | NodeKind::Organization | NodeKind::Place => {
                q.add(&me, nkg("mentionCount"), int(n.count()), &dg);
            }
            NodeKind::Article => {
                if let Some(a) = &n.article {
                    if let Some(h) = &a.headline {
                        q.add(&me, schema("headline"), s(h), &home);
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
                        q.add(&me, schema("datePublished"), lit, &home);
                    }
                    q.add(&me, nkg("fileName"), s(&a.file_name), &home);
                    q.add(&me, nkg("characterCount"), nonneg(a.length), &home);
                    q.add(&me, schema("inLanguage"), s("en"), &home);
                }
                q.add(&graph_iri(&n.key), prov("wasDerivedFrom"), me.clone(), &dg);
            }
            NodeKind::Statement => {
                if let Some(st) = &n.statement {
                    q.add(&me, schema("text"), s(&st.text), &dg);
                    q.add(&me, nkg("speechAct"), nkg(st.act.local_name()), &dg);
                    q.add(&me, nkg("actNegated"), boolean(st.act_negated), &dg);
                    let mode = match st.mode {
                        crate::extract::Mode::Direct => "DirectSpeech",
                        crate::extract::Mode::Indirect => "IndirectSpeech",
                        crate::extract::Mode::PartialQuote => "PartialQuote",
                        crate::extract::Mode::AccordingTo => "AccordingTo",
                    };
                    q.add(&me, nkg("mode"), nkg(mode), &dg);
                    if let Some(c) = &st.cue {
                        q.add(&me, nkg("cue"), s(c), &dg);
                    }
                    if let Some(c) = &st.cue_lemma {
                        q.add(&me, nkg("cueLemma"), s(c), &dg);
                    }
                    if let Some(c) = &st.cameo {
                        q.add(&me, nkg("cameoCode"), s(c), &dg);
                    }
                    if let Some(d) = st.said_on {
                        q.add(&me, nkg("saidOn"), date(d), &dg);
                    }
                    if let Some(b) = st.date_basis {
                        let b = match b {
                            crate::extract::DateBasis::Explicit => "ExplicitDate",
                            crate::extract::DateBasis::Publication => "PublicationDate",
                        };
                        q.add(&me, nkg("dateBasis"), nkg(b), &dg);
                    }
                    if let Some(e) = &st.date_expression {
                        q.add(&me, nkg("dateExpression"), s(e), &dg);
                    }
                    if let Some(d) = &st.speaker_description {
                        q.add(&me, nkg("speakerDescription"), s(d), &dg);
                    }
                    if st.unknown_speaker {
                        q.add(&me, nkg("unknownSpeaker"), boolean(true), &dg);
                    }
                    q.add(&me, nkg("occurrences"), int(n.count()), &dg);
                }
            }
        }
        // Evidence: one resource per mention/occurrence, in its article's graph.
        if n.kind != NodeKind::Article {
            for ev in &n.evidence {
                let g = GraphName::from(graph_iri(&ev.article));
                let m = evidence_iri(ev);
                q.add(&m, rdf::TYPE.into_owned(), nkg("Mention"), &g);
                q.add(&m, nkg("denotes"), me.clone(), &g);
                q.add(&m, nif("referenceContext"), iri(&ev.article), &g);
                q.add(&m, nif("beginIndex"), nonneg(ev.start), &g);
                q.add(&m, nif("endIndex"), nonneg(ev.end), &g);
                q.add(&m, nif("anchorOf"), s(&ev.exact), &g);
            }
        }
    }
    for (src, e, dst) in kg.edges() {
        let (a, b) = (iri(&src.key), iri(&dst.key));
        let per_article = matches!(
            e.kind,
            EdgeKind::Mentions
                | EdgeKind::Author
                | EdgeKind::Publisher
                | EdgeKind::RelayedBy
                | EdgeKind::ReportedIn
        );
        let g = if per_article && src.kind == NodeKind::Article {
            GraphName::from(graph_iri(&src.key))
        } else if e.kind == EdgeKind::ReportedIn {
            GraphName::from(graph_iri(&dst.key))
        } else {
            dg.clone()
        };
        match e.kind {
            EdgeKind::Mentions => q.add(&a, schema("mentions"), b, &g),
            EdgeKind::Said => {
                q.add(&b, nkg("speaker"), a.clone(), &g);
                q.add(&b, prov("wasAttributedTo"), a, &g);
            }
            EdgeKind::ReportedIn => q.add(&a, nkg("reportedIn"), b, &g),
            EdgeKind::About => q.add(&a, schema("about"), b, &g),
            EdgeKind::ReportedVia => q.add(&a, nkg("reportedVia"), b, &g),
            EdgeKind::AffiliatedWith => q.add(&a, schema("affiliation"), b, &g),
            EdgeKind::Country => q.add(&a, nkg("country"), b, &g),
            EdgeKind::Author => q.add(&a, schema("author"), b, &g),
            EdgeKind::Publisher => q.add(&a, schema("publisher"), b, &g),
            EdgeKind::RelayedBy => q.add(&a, nkg("relayedBy"), b, &g),
        }
    }
    let mut v = q.0;
    v.sort_by_cached_key(|x| {
        (
            x.graph_name.to_string(),
            x.subject.to_string(),
            x.predicate.to_string(),
            x.object.to_string(),
        )
    });
    v.dedup();
    v
}

/// Write `quads` in `format`. Triple formats take the union of all graphs (deduplicated).
///
/// # Errors
/// When writing fails.
pub fn write<W: Write>(quads: &[Quad], format: RdfFormat, w: W) -> std::io::Result<W> {
    let mut ser = RdfSerializer::from_format(format);
    if format != RdfFormat::NTriples && format != RdfFormat::NQuads {
        for (p, ns) in PREFIXES {
            ser = ser.with_prefix(*p, *ns).map_err(std::io::Error::other)?;
        }
    }
    let mut out = ser.for_writer(w);
    if format.supports_datasets() {
        for q in quads {
            out.serialize_quad(q)?;
        }
    } else {
        let mut triples: Vec<oxrdf::Triple> = quads
            .iter()
            .map(|q| oxrdf::Triple::from(q.clone()))
            .collect();
        triples.sort_by_cached_key(|t| {
            (
                t.subject.to_string(),
                t.predicate.to_string(),
                t.object.to_string(),
            )
        });
        triples.dedup();
        for t in &triples {
            out.serialize_triple(t)?;
        }
    }
    out.finish()
}

/// Write `quads` as JSON-LD (one named graph per article) with an `@context` declaring the
/// prefixes.
///
/// # Errors
/// When writing fails.
pub fn write_jsonld<W: Write>(quads: &[Quad], w: W) -> std::io::Result<W> {
    let mut ser = oxjsonld::JsonLdSerializer::new();
    for (p, ns) in PREFIXES {
        ser = ser.with_prefix(*p, *ns).map_err(std::io::Error::other)?;
    }
    let mut out = ser.for_writer(w);
    for q in quads {
        out.serialize_quad(q)?;
    }
    out.finish()
}
