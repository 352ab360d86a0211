//! Merging extractions into one graph. Each article is reduced to owned facts (keys, labels,
//! code-point offsets); [`GraphBuilder::finish`] then links surname-only people to the one full
//! name they stand for across the corpus and builds the graph.

use std::collections::BTreeSet;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use serde::{Deserialize, Serialize};

use petgraph::stable_graph::NodeIndex;

use super::{
    ArticleData, ArticleKey, ClaimedQuantity, EdgeKind, Evidence, KnowledgeGraph, Node, NodeKind,
    StatementData,
};
use crate::extract::{EntityKind, Extraction};
use crate::lexicon::LEXICON;
use crate::text::{CharIndex, Span, hash_hex, norm};

#[derive(Debug, Clone, Serialize, Deserialize)]
struct EntityFacts {
    key: String,
    kind: EntityKind,
    name: String,
    aliases: BTreeSet<String>,
    roles: BTreeSet<String>,
    affiliations: BTreeSet<String>,
    country: Option<String>,
    descriptive: bool,
    mentions: Vec<Evidence>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct StatementFacts {
    speaker: Option<String>,
    data: StatementData,
    evidence: Evidence,
    reported_via: Vec<String>,
    about: Vec<String>,
}

/// What the graph keeps of one article: owned facts with code-point offsets, no text. Made
/// with [`Digest::of`] (on any thread) and merged with [`GraphBuilder::push`].
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Digest {
    key: String,
    data: ArticleData,
    evidence: Evidence,
    entities: Vec<EntityFacts>,
    statements: Vec<StatementFacts>,
    author: Option<String>,
    publisher: Option<String>,
    relayed_by: Vec<String>,
}

/// Collects extractions; call [`GraphBuilder::finish`] for the graph. The order in which
/// articles are added does not change the result.
#[derive(Debug, Default)]
pub struct GraphBuilder {
    docs: Vec<Digest>,
    keys: HashSet<String>,
}

/// A plain decimal: "11000", "3.5" (no exponent, no trailing ".0").
fn decimal(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{v:.0}")
    } else {
        format!("{v}")
    }
}

fn evidence(text: &str, chars: &CharIndex<'_>, article: &ArticleKey, span: Span) -> Evidence {
    let (start, end) = chars.span(span);
    Evidence {
        article: article.clone(),
        start,
        end,
        exact: span.slice(text).to_string(),
    }
}

impl GraphBuilder {
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Add one article's extraction. The article's text is not kept, only the facts.
    pub fn add(&mut self, x: &Extraction) {
        self.push(Digest::of(x));
    }

    /// Add one article's digest. The same article twice (same text) is one article: the
    /// digest added first is kept.
    pub fn push(&mut self, d: Digest) {
        if self.keys.insert(d.key.clone()) {
            self.docs.push(d);
        }
    }
}

impl Digest {
    /// The article's node key (`article/<hash of its text>`).
    #[must_use]
    pub fn key(&self) -> &str {
        &self.key
    }

    /// The node key of the article whose [`crate::ingest::Document::id`] is `id`: what
    /// [`Self::key`] is for its digest.
    #[must_use]
    pub fn article_key(id: &str) -> String {
        format!("article/{id}")
    }

    /// The file the article was read from.
    #[must_use]
    pub fn file_name(&self) -> &str {
        &self.data.file_name
    }

    /// Reduce an extraction to what the graph keeps (a copy: see [`Self::from_extraction`]).
    #[must_use]
    pub fn of(x: &Extraction) -> Self {
        Self::from_extraction(x.clone())
    }

    /// Reduce an extraction to what the graph keeps, moving its names, sets and keys into the
    /// digest instead of copying them (the pipeline drops the extraction right after).
    #[must_use]
    pub fn from_extraction(x: Extraction) -> Self {
        let Extraction {
            doc,
            entities: found,
            mentions,
            statements: said,
            article,
        } = x;
        let text = &doc.text;
        let chars = CharIndex::new(text);
        let key = Self::article_key(&doc.id);
        // (one allocation for the key in every piece of evidence read from the article)
        let shared: ArticleKey = key.as_str().into();
        let lay = &doc.layout;
        let data = ArticleData {
            file_name: doc.name.clone(),
            headline: lay.headline.map(|h| h.slice(text).to_string()),
            published: lay.published,
            byline: lay.byline.as_ref().map(|b| b.1.clone()),
            length: text.chars().count(),
        };
        let k = |i: usize| found[i].key.clone();
        let statements = said
            .into_iter()
            .map(|s| StatementFacts {
                speaker: s.speaker.map(k),
                data: StatementData {
                    text: s.content.slice(text).to_string(),
                    speaker_description: s.speaker_span.map(|sp| sp.slice(text).to_string()),
                    cue: s.cue.map(|c| c.slice(text).to_string()),
                    cue_lemma: s.cue_lemma,
                    act: s.act,
                    act_negated: s.act_negated,
                    cameo: s.cameo,
                    mode: s.mode,
                    said_on: s.said_on,
                    said_period: s.said_period,
                    date_basis: s.date_basis,
                    date_expression: s.date_expr.map(|d| d.slice(text).to_string()),
                    unknown_speaker: s.speaker.is_none(),
                    quantities: s
                        .quantities
                        .into_iter()
                        .map(|q| ClaimedQuantity {
                            text: q.span.slice(text).to_string(),
                            value: decimal(q.value),
                            unit: q.unit,
                            approximate: q.approximate,
                            qualifier: q.qualifier,
                        })
                        .collect(),
                },
                evidence: evidence(text, &chars, &shared, s.content),
                reported_via: s.reported_via.iter().map(|&i| k(i)).collect(),
                about: s.about.iter().map(|&i| k(i)).collect(),
            })
            .collect();
        let author = article.author.map(k);
        let publisher = article.publisher.map(k);
        let relayed_by = article.relayed_by.iter().map(|&i| k(i)).collect();
        let mut entities: Vec<EntityFacts> = found
            .into_iter()
            .map(|e| EntityFacts {
                key: e.key,
                kind: e.kind,
                name: e.name,
                aliases: e.aliases,
                roles: e.roles,
                affiliations: e.affiliations,
                country: e.country,
                descriptive: e.descriptive,
                mentions: Vec::new(),
            })
            .collect();
        for m in &mentions {
            entities[m.entity]
                .mentions
                .push(evidence(text, &chars, &shared, m.span));
        }
        // The byline and the footer are where the author and the publisher were read.
        let page = [
            (article.author, lay.byline.as_ref().map(|b| b.0)),
            (article.publisher, lay.publisher),
        ];
        for (entity, span) in page {
            if let (Some(e), Some(span)) = (entity, span) {
                if !span.is_empty() {
                    entities[e]
                        .mentions
                        .push(evidence(text, &chars, &shared, span));
                }
            }
        }
        Self {
            evidence: evidence(
                text,
                &chars,
                &shared,
                lay.headline
                    .unwrap_or(Span::new(0, text.find('\n').unwrap_or(text.len())).trim(text, &[])),
            ),
            key,
            data,
            entities,
            statements,
            author,
            publisher,
            relayed_by,
        }
    }
}

impl GraphBuilder {
    /// Single-word person keys that stand for exactly one multi-word person in the corpus
    /// ("Zelenskyy" → "Volodymyr Zelenskyy"). Ambiguous surnames stay apart.
    fn surname_links(&self) -> HashMap<String, String> {
        // last word → the (key, name) of the full names ending with it; one-word names
        let mut full: HashMap<String, HashSet<(&str, &str)>> = HashMap::default();
        let mut single: HashSet<(&str, String)> = HashSet::default();
        // (each distinct name of a key is read once, however many articles name it)
        let mut seen: HashSet<(&str, &str)> = HashSet::default();
        for d in &self.docs {
            for e in d
                .entities
                .iter()
                .filter(|e| e.kind == EntityKind::Person && !e.descriptive)
            {
                if !seen.insert((&e.key, &e.name)) {
                    continue;
                }
                let n = norm(&e.name);
                let mut words = n.split(' ');
                match (words.next(), words.next_back()) {
                    (Some(_), Some(last)) => {
                        full.entry(last.to_string())
                            .or_default()
                            .insert((&e.key, &e.name));
                    }
                    (Some(w), None) => {
                        single.insert((&e.key, w.to_string()));
                    }
                    _ => {}
                }
            }
        }
        let mut map = HashMap::default();
        for (key, w) in single {
            if let Some(c) = full
                .get(&w)
                .filter(|c| c.len() == 1)
                .and_then(|c| c.iter().next())
            {
                map.insert(key.to_string(), c.0.to_string());
            }
        }
        map
    }

    /// Build the graph. Each article's facts are moved into it (not copied) and the article is
    /// dropped once added: the facts of an archive are never held twice.
    #[must_use]
    pub fn finish(mut self) -> KnowledgeGraph {
        self.docs.sort_by(|a, b| a.key.cmp(&b.key));
        let link = self.surname_links();
        let r = |k: String| link.get(&k).cloned().unwrap_or(k);
        let mut kg = KnowledgeGraph::default();
        // Every edge of an article joins nodes that article adds, so each article is added
        // whole (nodes, then edges) before the next.
        for d in self.docs {
            let Digest {
                key: doc_key,
                data,
                evidence,
                entities,
                statements,
                author,
                publisher,
                relayed_by,
            } = d;
            // (the key the article's evidence shares, for its edges too)
            let dkey: ArticleKey = if *evidence.article == *doc_key {
                evidence.article.clone()
            } else {
                doc_key.as_str().into()
            };
            let label = data
                .headline
                .clone()
                .unwrap_or_else(|| data.file_name.clone());
            let article = kg.upsert_node(Node {
                evidence: std::iter::once(evidence).collect(),
                article: Some(data),
                ..Node::new(doc_key, NodeKind::Article, label)
            });
            // (node, mentions, affiliations, country) of each entity, for its edges
            let mut entity_edges = Vec::with_capacity(entities.len());
            for e in entities {
                let kind = match e.kind {
                    EntityKind::Person => NodeKind::Person,
                    EntityKind::Organization => NodeKind::Organization,
                    EntityKind::Place => NodeKind::Place,
                };
                let (mentions, affiliations, country) =
                    (e.mentions.len(), e.affiliations, e.country);
                let node = kg.upsert_node(Node {
                    key: r(e.key),
                    kind,
                    country: e.kind == EntityKind::Place
                        && LEXICON.country(&e.name).is_some_and(|c| c.name == e.name),
                    wikidata: (!e.descriptive)
                        .then(|| LEXICON.catalog(&e.name))
                        .flatten()
                        .filter(|c| c.kind == kind.as_str())
                        .map(|c| c.wikidata.clone()),
                    label: e.name,
                    aliases: e.aliases,
                    roles: e.roles,
                    descriptive: e.descriptive,
                    evidence: e.mentions.into_iter().collect(),
                    article: None,
                    statement: None,
                });
                entity_edges.push((node, mentions, affiliations, country));
            }
            // An edge from a node known by index to a key (none when no node has the key).
            let link = |kg: &mut KnowledgeGraph, s: NodeIndex, kind, key: &str| {
                if let Some(t) = kg.index(key) {
                    kg.link(s, kind, t, 1, Some(&dkey));
                }
            };
            for (node, mentions, affiliations, country) in entity_edges {
                if mentions > 0 {
                    let weight = u32::try_from(mentions).unwrap_or(u32::MAX);
                    kg.link(article, EdgeKind::Mentions, node, weight, Some(&dkey));
                }
                for a in affiliations {
                    link(&mut kg, node, EdgeKind::AffiliatedWith, &r(a));
                }
                if let Some(c) = &country {
                    link(&mut kg, node, EdgeKind::Country, c);
                }
            }
            let page = [(author, EdgeKind::Author), (publisher, EdgeKind::Publisher)];
            for (a, kind) in page.into_iter().filter_map(|(a, k)| Some((a?, k))) {
                link(&mut kg, article, kind, &a);
            }
            for a in &relayed_by {
                link(&mut kg, article, EdgeKind::RelayedBy, a);
            }
            for s in statements {
                let speaker = s.speaker.clone().map(r);
                let skey = statement_key(speaker.as_deref(), &s);
                let StatementFacts {
                    data,
                    evidence,
                    reported_via,
                    about,
                    ..
                } = s;
                let label = statement_label(&data.text);
                let statement = kg.upsert_node(Node {
                    evidence: std::iter::once(evidence).collect(),
                    statement: Some(data),
                    ..Node::new(skey, NodeKind::Statement, label)
                });
                if let Some(sp) = speaker.and_then(|sp| kg.index(&sp)) {
                    kg.link(sp, EdgeKind::Said, statement, 1, Some(&dkey));
                }
                kg.link(statement, EdgeKind::ReportedIn, article, 1, Some(&dkey));
                for a in about {
                    link(&mut kg, statement, EdgeKind::About, &r(a));
                }
                for v in reported_via {
                    link(&mut kg, statement, EdgeKind::ReportedVia, &r(v));
                }
            }
        }
        kg
    }
}

/// One statement node per (speaker, act, negation, mode, normalised words): the same claim
/// repeated in several articles is one node with several occurrences.
fn statement_key(speaker: Option<&str>, s: &StatementFacts) -> String {
    let words = norm(&s.data.text);
    let neg = if s.data.act_negated { "not" } else { "" };
    format!(
        "statement/{}",
        hash_hex(&[
            speaker.unwrap_or("unknown"),
            s.data.act.as_str(),
            neg,
            s.data.mode.as_str(),
            &words
        ])
    )
}

fn statement_label(text: &str) -> String {
    const MAX: usize = 80;
    if text.chars().count() <= MAX {
        return text.to_string();
    }
    let cut: String = text.chars().take(MAX).collect();
    let cut = cut
        .rsplit_once(' ')
        .map_or(cut.as_str(), |(a, _)| a)
        .to_string();
    format!("{cut}…")
}
