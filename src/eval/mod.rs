//! Evaluation against gold annotations: are the graph's entity nodes the real entities of each
//! article — one node per real entity, none for nothing?
//!
//! Scoring, per document: every predicted node's mentions are aligned to gold mentions (same span,
//! or inside a gold mention and covering its head word: "Barack Obama" in "President Barack
//! Obama"). A node belongs to the gold entity most of its mentions align with. The node with the
//! most aligned mentions for a gold entity is a **hit**; any further node for the same entity is a
//! **duplicate** (a split entity) and a node aligned to no named person, organisation or place is
//! **spurious**; both count against precision. Recall is hits over gold entities.
//! `typed` counts a hit only when the node's type is the gold type.

pub mod gum;

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use crate::error::EvalError;
use crate::extract::{EntityKind, Extraction};
use crate::text::Span;
pub use gum::{GoldDoc, GoldEntity, GoldKind};

/// A node a system made for one document, with the spans that name it.
#[derive(Debug, Clone)]
pub struct PredNode {
    pub kind: GoldKind,
    pub label: String,
    pub mentions: Vec<Span>,
}

impl From<EntityKind> for GoldKind {
    fn from(k: EntityKind) -> Self {
        match k {
            EntityKind::Person => Self::Person,
            EntityKind::Organization => Self::Organization,
            EntityKind::Place => Self::Place,
        }
    }
}

/// The named entity nodes of one extraction, with their mentions in the text. Descriptive
/// speakers ("a journalist from NBC") are unnamed by design and left out, as GUM's gold set
/// here is named entities only.
#[must_use]
pub fn nodes_of(x: &Extraction) -> Vec<PredNode> {
    let mut nodes: Vec<Option<PredNode>> = x
        .entities
        .iter()
        .map(|e| {
            (!e.descriptive).then(|| PredNode {
                kind: e.kind.into(),
                label: e.name.clone(),
                mentions: Vec::new(),
            })
        })
        .collect();
    for m in &x.mentions {
        if let Some(n) = nodes[m.entity].as_mut() {
            n.mentions.push(m.span);
        }
    }
    nodes.into_iter().flatten().collect()
}

/// Error and hit counts; they add up over documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Named gold entities (persons, organisations, places).
    pub gold: usize,
    /// Nodes the system made.
    pub nodes: usize,
    pub hits: usize,
    /// Hits whose node type equals the gold type.
    pub typed_hits: usize,
    /// Extra nodes for an entity that already has one.
    pub duplicates: usize,
    /// Nodes for no named person, organisation or place.
    pub spurious: usize,
}

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

fn prf(hits: usize, nodes: usize, gold: usize) -> Prf {
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (p, r) = (ratio(hits, nodes), ratio(hits, gold));
    Prf {
        precision: p,
        recall: r,
        f1: if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        },
    }
}

impl Counts {
    /// Untyped scores (a node for the right entity is a hit whatever its type).
    #[must_use]
    pub fn scores(&self) -> Prf {
        prf(self.hits, self.nodes, self.gold)
    }

    /// Typed scores (the node's type must be the gold type).
    #[must_use]
    pub fn typed(&self) -> Prf {
        prf(self.typed_hits, self.nodes, self.gold)
    }

    fn add(&mut self, o: &Self) {
        self.gold += o.gold;
        self.nodes += o.nodes;
        self.hits += o.hits;
        self.typed_hits += o.typed_hits;
        self.duplicates += o.duplicates;
        self.spurious += o.spurious;
    }
}

/// The outcome for one document, with the errors named for error analysis.
#[derive(Debug, Clone, Default, Serialize)]
pub struct DocScore {
    pub doc: String,
    pub counts: Counts,
    /// (node label, gold entity label) for every hit.
    pub hits: Vec<(String, String)>,
    /// Gold entities with no node.
    pub missed: Vec<String>,
    /// Nodes for nothing.
    pub spurious: Vec<String>,
    /// (node label, gold entity label) for extra nodes of one entity.
    pub duplicates: Vec<(String, String)>,
    /// (node label, node type, gold type) for hits of the wrong type.
    pub mistyped: Vec<(String, String, String)>,
}

/// The gold entity and mention a predicted span stands for, if any.
fn align(gold: &[&GoldEntity], span: Span) -> Option<usize> {
    let mut best: Option<(bool, usize, usize)> = None; // (exact, -len, entity)
    for (gi, g) in gold.iter().enumerate() {
        for m in &g.mentions {
            let exact = m.span == span;
            let inside = m.span.start <= span.start
                && span.end <= m.span.end
                && span.start <= m.head.start
                && m.head.end <= span.end;
            if exact || inside {
                let cand = (exact, usize::MAX - (m.span.end - m.span.start), gi);
                if best.is_none_or(|b| (cand.0, cand.1) > (b.0, b.1)) {
                    best = Some(cand);
                }
            }
        }
    }
    best.map(|b| b.2)
}

/// Score one document's nodes against its gold entities.
#[must_use]
pub fn score_doc(gold: &GoldDoc, nodes: &[PredNode]) -> DocScore {
    let named: Vec<&GoldEntity> = gold.entities.iter().filter(|e| e.is_named()).collect();
    let text = gold.text.as_str();
    let mut out = DocScore {
        doc: gold.id.clone(),
        ..DocScore::default()
    };
    out.counts.gold = named.len();
    out.counts.nodes = nodes.len();
    // node → (gold entity, aligned mentions)
    let mut claims: BTreeMap<usize, Vec<(usize, usize)>> = BTreeMap::new();
    for (ni, n) in nodes.iter().enumerate() {
        let mut votes: BTreeMap<usize, usize> = BTreeMap::new();
        for &m in &n.mentions {
            if let Some(g) = align(&named, m) {
                *votes.entry(g).or_default() += 1;
            }
        }
        // most votes; ties go to the gold entity named first
        match votes
            .iter()
            .max_by_key(|(g, v)| (**v, std::cmp::Reverse(**g)))
        {
            Some((&g, &v)) => claims.entry(g).or_default().push((v, ni)),
            None => {
                out.counts.spurious += 1;
                out.spurious.push(n.label.clone());
            }
        }
    }
    for (g, e) in named.iter().enumerate() {
        if !claims.contains_key(&g) {
            out.missed.push(e.label(text).to_string());
        }
    }
    for (g, mut ns) in claims {
        ns.sort_by_key(|&(v, ni)| (std::cmp::Reverse(v), ni));
        let best = &nodes[ns[0].1];
        out.counts.hits += 1;
        out.hits
            .push((best.label.clone(), named[g].label(text).to_string()));
        if best.kind == named[g].kind {
            out.counts.typed_hits += 1;
        } else {
            out.mistyped.push((
                best.label.clone(),
                format!("{:?}", best.kind),
                format!("{:?}", named[g].kind),
            ));
        }
        for &(_, ni) in &ns[1..] {
            out.counts.duplicates += 1;
            out.duplicates
                .push((nodes[ni].label.clone(), named[g].label(text).to_string()));
        }
    }
    out
}

/// Scores of one system over a corpus.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Evaluation {
    pub system: String,
    pub total: Counts,
    pub docs: Vec<DocScore>,
}

impl Evaluation {
    /// Score every document; `nodes` gives a system's nodes for a document (None = the system
    /// has no output for it: scored as no nodes).
    pub fn run<F>(system: &str, gold: &[GoldDoc], mut nodes: F) -> Result<Self, EvalError>
    where
        F: FnMut(&GoldDoc) -> Result<Vec<PredNode>, EvalError>,
    {
        let mut e = Self {
            system: system.to_string(),
            ..Self::default()
        };
        for g in gold {
            let d = score_doc(g, &nodes(g)?);
            e.total.add(&d.counts);
            e.docs.push(d);
        }
        Ok(e)
    }
}

/// newskg's own nodes for a gold document: the article file read and extracted as `extract` would.
///
/// # Errors
/// When the article cannot be read or decodes to a different text than the gold was aligned to.
pub fn newskg_nodes(g: &GoldDoc) -> Result<Vec<PredNode>, EvalError> {
    let doc = crate::ingest::read_file(&g.article).map_err(|e| EvalError::Format {
        path: g.article.clone(),
        line: 0,
        message: e.reason(),
    })?;
    if doc.text != g.text {
        return Err(EvalError::Format {
            path: g.article.clone(),
            line: 0,
            message: "decoded text differs from the file (encoding?)".to_string(),
        });
    }
    Ok(nodes_of(&crate::extract(doc)))
}

/// A peer's nodes from the JSON `bench/spacy_baseline/run.py` writes for the article
/// (`<dir>/<article stem>.json`): one node per distinct (type, surface text), as a graph built
/// from NER output without coreference would have. PERSON → person, ORG → organisation,
/// GPE/LOC/FAC → place; other labels make no node.
///
/// # Errors
/// When the file is missing or not the expected JSON.
pub fn spacy_nodes(dir: &Path, g: &GoldDoc) -> Result<Vec<PredNode>, EvalError> {
    let stem = g
        .article
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let path = dir.join(format!("{stem}.json"));
    let bad = |message: String| EvalError::Format {
        path: path.clone(),
        line: 0,
        message,
    };
    let src = std::fs::read_to_string(&path).map_err(|source| EvalError::Io {
        path: path.clone(),
        source,
    })?;
    let v: serde_json::Value = serde_json::from_str(&src).map_err(|e| bad(e.to_string()))?;
    let ents = v["entities"]
        .as_array()
        .ok_or_else(|| bad("no `entities` array".to_string()))?;
    // code-point offsets → byte offsets
    let bytes: Vec<usize> = g
        .text
        .char_indices()
        .map(|(b, _)| b)
        .chain([g.text.len()])
        .collect();
    let mut by_key: BTreeMap<(GoldKind, String), usize> = BTreeMap::new();
    let mut nodes: Vec<PredNode> = Vec::new();
    for e in ents {
        let kind = match e["label"].as_str() {
            Some("PERSON") => GoldKind::Person,
            Some("ORG") => GoldKind::Organization,
            Some("GPE" | "LOC" | "FAC") => GoldKind::Place,
            _ => continue,
        };
        let (Some(a), Some(b)) = (e["start_char"].as_u64(), e["end_char"].as_u64()) else {
            return Err(bad("entity without start_char/end_char".to_string()));
        };
        let (Some(&a), Some(&b)) = (bytes.get(a as usize), bytes.get(b as usize)) else {
            return Err(bad("entity offsets beyond the article text".to_string()));
        };
        let span = Span::new(a, b);
        let label = span
            .slice(&g.text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let i = *by_key.entry((kind, label.clone())).or_insert_with(|| {
            nodes.push(PredNode {
                kind,
                label,
                mentions: Vec::new(),
            });
            nodes.len() - 1
        });
        nodes[i].mentions.push(span);
    }
    Ok(nodes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::gum::GoldMention;

    fn m(text: &str, s: &str, nth: usize) -> Span {
        let start = text.match_indices(s).nth(nth).unwrap().0;
        Span::new(start, start + s.len())
    }

    /// Entities as (kind, [(mention text, occurrence, head word)]); a head in lowercase
    /// letters marks a description (matched case-insensitively).
    type Mentions<'a> = &'a [(&'a str, usize, &'a str)];

    fn gold(text: &str, ents: &[(GoldKind, Mentions<'_>)]) -> GoldDoc {
        GoldDoc {
            id: "d".into(),
            article: "d.txt".into(),
            text: text.into(),
            entities: ents
                .iter()
                .enumerate()
                .map(|(i, (kind, ms))| GoldEntity {
                    id: i.to_string(),
                    kind: *kind,
                    identity: None,
                    mentions: ms
                        .iter()
                        .map(|(s, nth, head)| {
                            let span = m(text, s, *nth);
                            let h = span
                                .slice(text)
                                .to_lowercase()
                                .find(&head.to_lowercase())
                                .unwrap()
                                + span.start;
                            GoldMention {
                                span,
                                head: Span::new(h, h + head.len()),
                                named: head.chars().next().unwrap().is_uppercase(),
                            }
                        })
                        .collect(),
                })
                .collect(),
        }
    }

    fn node(kind: GoldKind, label: &str, mentions: Vec<Span>) -> PredNode {
        PredNode {
            kind,
            label: label.into(),
            mentions,
        }
    }

    const TEXT: &str =
        "US President Barack Obama met Acme Corp. Obama said it. The firm agreed. Nobody else.";

    fn doc() -> GoldDoc {
        gold(
            TEXT,
            &[
                (
                    GoldKind::Person,
                    &[
                        ("US President Barack Obama", 0, "Obama"),
                        ("Obama", 1, "Obama"),
                    ],
                ),
                (GoldKind::Place, &[("US", 0, "US")]),
                (
                    GoldKind::Organization,
                    &[("Acme Corp", 0, "Corp"), ("The firm", 0, "firm")],
                ),
                // a description only: not a named entity, not in the gold set
                (GoldKind::Person, &[("Nobody", 0, "nobody")]),
            ],
        )
    }

    #[test]
    fn one_node_per_entity_is_perfect() {
        let nodes = vec![
            node(
                GoldKind::Person,
                "Barack Obama",
                vec![m(TEXT, "Barack Obama", 0), m(TEXT, "Obama", 1)],
            ),
            node(GoldKind::Place, "US", vec![m(TEXT, "US", 0)]),
            node(
                GoldKind::Organization,
                "Acme Corp",
                vec![m(TEXT, "Acme Corp", 0)],
            ),
        ];
        let d = score_doc(&doc(), &nodes);
        assert_eq!(d.counts.gold, 3);
        assert_eq!((d.counts.hits, d.counts.typed_hits), (3, 3));
        assert_eq!(d.counts.scores().f1, 1.0);
    }

    #[test]
    fn split_entities_and_nodes_for_nothing_cost_precision() {
        let nodes = vec![
            node(
                GoldKind::Person,
                "Barack Obama",
                vec![m(TEXT, "Barack Obama", 0)],
            ),
            node(GoldKind::Person, "Obama", vec![m(TEXT, "Obama", 1)]),
            node(GoldKind::Person, "Acme Corp", vec![m(TEXT, "Acme Corp", 0)]),
            node(GoldKind::Organization, "Nobody", vec![m(TEXT, "Nobody", 0)]),
            // a span inside a gold mention but not covering its head: no match
            node(GoldKind::Person, "President", vec![m(TEXT, "President", 0)]),
        ];
        let d = score_doc(&doc(), &nodes);
        assert_eq!(d.counts.nodes, 5);
        assert_eq!(d.counts.hits, 2);
        assert_eq!(d.counts.typed_hits, 1, "Acme typed as a person");
        assert_eq!(d.counts.duplicates, 1);
        assert_eq!(d.counts.spurious, 2);
        assert_eq!(d.missed, vec!["US".to_string()]);
        assert_eq!(
            d.duplicates,
            vec![("Obama".into(), "US President Barack Obama".into())]
        );
        let s = d.counts.scores();
        assert!((s.precision - 0.4).abs() < 1e-9 && (s.recall - 2.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn nested_mention_prefers_the_exact_span() {
        // "US" lies inside the Obama mention but is exactly the place's mention.
        let nodes = vec![node(GoldKind::Place, "US", vec![m(TEXT, "US", 0)])];
        let d = score_doc(&doc(), &nodes);
        assert_eq!(
            (d.counts.hits, d.counts.typed_hits, d.counts.spurious),
            (1, 1, 0)
        );
    }
}
