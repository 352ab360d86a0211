//! Merging extractions into one graph. Each article is reduced to owned facts (keys, labels,
//! code-point offsets), a [`Digest`], and merged into the graph as it comes, in any order:
//! where facts compete (a node's label, its Wikidata item, its article or statement data) the
//! builder keeps the one an article-by-article merge in article-key order would keep.
//! [`GraphBuilder::finish`] then links surname-only people to the one full name they stand
//! for across the corpus.

use std::collections::BTreeSet;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use serde::{Deserialize, Serialize};

use petgraph::Direction;
use petgraph::stable_graph::NodeIndex;
use petgraph::visit::EdgeRef;

use super::{
    ArticleData, ArticleKey, ClaimedQuantity, Edge, EdgeKind, Evidence, First, KnowledgeGraph,
    Node, NodeKind, StatementData,
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

/// Merges extractions as they come; call [`GraphBuilder::finish`] for the graph. The order in
/// which articles are added does not change the result, and an article's digest can be
/// dropped once added: memory holds the graph, not the articles.
#[derive(Debug, Default)]
pub struct GraphBuilder {
    kg: KnowledgeGraph,
    /// Where the kept facts of node `i` were read: `firsts[i.index()]`.
    firsts: Vec<Option<Firsts>>,
    /// The names read of each person (not a descriptive one), by key: for the surname links.
    names: HashMap<String, BTreeSet<String>>,
    /// Edges to a key no node had when their article was added (none from the extractor,
    /// whose every edge joins nodes of its own article), made at the end if the key has a node
    /// then: (source key, kind, target key, article).
    pending: Vec<(String, EdgeKind, String, ArticleKey)>,
}

/// Where a node's facts were read: the article (by key) and how many of its facts were merged
/// before (the article's node first, then its entities in order, then its statements). An
/// article-by-article merge in key order meets facts in this order; of competing facts the
/// builder keeps the first in it, whatever order the articles come in.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Pos {
    article: ArticleKey,
    seq: u32,
}

/// Where the competing facts a node keeps were read (see [`Node::absorb`]).
#[derive(Debug, Clone)]
struct Firsts {
    label: Pos,
    wikidata: Option<Pos>,
    article: Option<Pos>,
    statement: Option<Pos>,
}

impl Firsts {
    /// Each fact `n` has, read at `at`.
    fn all_at(n: &Node, at: &Pos) -> Self {
        let some = |has: bool| has.then(|| at.clone());
        Self {
            label: at.clone(),
            wikidata: some(n.wikidata.is_some()),
            article: some(n.article.is_some()),
            statement: some(n.statement.is_some()),
        }
    }

    /// Which of the facts read where `theirs` says come before these.
    fn first(&self, theirs: &Self) -> First {
        let before = |ours: &Option<Pos>, theirs: &Option<Pos>| matches!((ours, theirs), (Some(a), Some(b)) if b < a);
        First {
            label: theirs.label < self.label,
            wikidata: before(&self.wikidata, &theirs.wikidata),
            article: before(&self.article, &theirs.article),
            statement: before(&self.statement, &theirs.statement),
        }
    }

    /// Where the facts kept were read, after [`Node::absorb`] of a node whose facts were read
    /// where `theirs` says (`first`: [`Self::first`] of it; the labels were the same, or the
    /// node's own was taken).
    fn kept(&mut self, theirs: Self, first: First, same_label: bool, took_label: bool) {
        if took_label || same_label && first.label {
            self.label = theirs.label;
        }
        let take = |ours: &mut Option<Pos>, theirs: Option<Pos>, first: bool| {
            if theirs.is_some() && (ours.is_none() || first) {
                *ours = theirs;
            }
        };
        take(&mut self.wikidata, theirs.wikidata, first.wikidata);
        take(&mut self.article, theirs.article, first.article);
        take(&mut self.statement, theirs.statement, first.statement);
    }
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

    /// Merge one article's digest. The same article twice (the same text, from two files) is
    /// one article, read from the file with the smaller name.
    pub fn push(&mut self, d: Digest) {
        let Digest {
            key,
            data,
            evidence,
            entities,
            statements,
            author,
            publisher,
            relayed_by,
        } = d;
        if let Some(i) = self.kg.index(&key) {
            self.same_text_again(i, data);
            return;
        }
        self.kg.forget_order();
        // (this thread's copy of the key, shared by all the graph keeps of the article)
        let article_key: ArticleKey = key.as_str().into();
        let mut seq = 0;
        let mut at = || {
            seq += 1;
            Pos {
                article: article_key.clone(),
                seq: seq - 1,
            }
        };
        let label = data
            .headline
            .clone()
            .unwrap_or_else(|| data.file_name.clone());
        let article = self.merge(
            Node {
                evidence: vec![evidence],
                article: Some(data),
                ..Node::new(key, NodeKind::Article, label)
            },
            at(),
        );
        // (node, mentions, affiliations, country) of each entity, for its edges
        let mut entity_edges = Vec::with_capacity(entities.len());
        for e in entities {
            let kind = match e.kind {
                EntityKind::Person => NodeKind::Person,
                EntityKind::Organization => NodeKind::Organization,
                EntityKind::Place => NodeKind::Place,
            };
            if e.kind == EntityKind::Person && !e.descriptive {
                self.read_name(&e.key, &e.name);
            }
            let (mentions, affiliations, country) = (e.mentions.len(), e.affiliations, e.country);
            let node = Node {
                key: e.key,
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
                evidence: e.mentions,
                article: None,
                statement: None,
            };
            entity_edges.push((self.merge(node, at()), mentions, affiliations, country));
        }
        for (node, mentions, affiliations, country) in entity_edges {
            if mentions > 0 {
                let weight = u32::try_from(mentions).unwrap_or(u32::MAX);
                self.link(article, EdgeKind::Mentions, node, weight, [&article_key]);
            }
            for a in &affiliations {
                self.link_to(node, EdgeKind::AffiliatedWith, a, &article_key);
            }
            if let Some(c) = &country {
                self.link_to(node, EdgeKind::Country, c, &article_key);
            }
        }
        let page = [(author, EdgeKind::Author), (publisher, EdgeKind::Publisher)];
        for (a, kind) in page.into_iter().filter_map(|(a, k)| Some((a?, k))) {
            self.link_to(article, kind, &a, &article_key);
        }
        for a in &relayed_by {
            self.link_to(article, EdgeKind::RelayedBy, a, &article_key);
        }
        for s in statements {
            let StatementFacts {
                speaker,
                data,
                evidence,
                reported_via,
                about,
            } = s;
            // (keyed by the speaker as read: `finish` keys again those whose speaker it links)
            let skey = statement_key(speaker.as_deref(), &data);
            let label = statement_label(&data.text);
            let statement = self.merge(
                Node {
                    evidence: vec![evidence],
                    statement: Some(data),
                    ..Node::new(skey, NodeKind::Statement, label)
                },
                at(),
            );
            if let Some(sp) = &speaker {
                match self.kg.index(sp) {
                    Some(sp) => self.link(sp, EdgeKind::Said, statement, 1, [&article_key]),
                    None => self.pending.push((
                        sp.clone(),
                        EdgeKind::Said,
                        self.kg.g[statement].key.clone(),
                        article_key.clone(),
                    )),
                }
            }
            self.link(statement, EdgeKind::ReportedIn, article, 1, [&article_key]);
            for a in &about {
                self.link_to(statement, EdgeKind::About, a, &article_key);
            }
            for v in &reported_via {
                self.link_to(statement, EdgeKind::ReportedVia, v, &article_key);
            }
        }
    }

    /// The article of node `i` read again, from another file: the same text, so the same
    /// facts; only the file can differ, and the one with the smaller name is kept (what a
    /// merge in (key, file name) order keeps).
    fn same_text_again(&mut self, i: NodeIndex, data: ArticleData) {
        let n = &mut self.kg.g[i];
        if let Some(a) = &mut n.article {
            // (copies kept, as everywhere in the graph: see `KnowledgeGraph::upsert_node`)
            if data.file_name < a.file_name {
                if data.headline.is_none() {
                    n.label = data.file_name.as_str().to_owned();
                }
                *a = data.clone();
            }
        }
    }

    /// Remember that the person `key` was read as `name`.
    fn read_name(&mut self, key: &str, name: &str) {
        match self.names.get_mut(key) {
            Some(names) => {
                if !names.contains(name) {
                    names.insert(name.to_owned());
                }
            }
            None => {
                self.names
                    .insert(key.to_owned(), BTreeSet::from([name.to_owned()]));
            }
        }
    }

    /// Merge `node`, read at `at`, into the graph: into the node with its key, or as a new one.
    /// Its evidence is kept unsorted until [`Self::finish`], with copies of its words (see
    /// [`KnowledgeGraph::upsert_node`] for why) and this thread's copy of the article key.
    fn merge(&mut self, mut node: Node, at: Pos) -> NodeIndex {
        for e in &mut node.evidence {
            e.exact = e.exact.as_str().to_owned();
            e.article = at.article.clone();
        }
        let theirs = Firsts::all_at(&node, &at);
        let evidence = std::mem::take(&mut node.evidence);
        let i = match self.kg.index(&node.key) {
            Some(i) => {
                self.absorb(i, &node, theirs);
                i
            }
            None => {
                let i = self.kg.insert_copy(&node);
                if self.firsts.len() <= i.index() {
                    self.firsts.resize(i.index() + 1, None);
                }
                self.firsts[i.index()] = Some(theirs);
                i
            }
        };
        // (moved into the graph's own list: `evidence`'s came from another thread)
        self.kg.g[i].evidence.extend(evidence);
        i
    }

    /// [`Node::absorb`] `m`, whose facts were read where `theirs` says, into node `i`,
    /// keeping where its facts were read.
    fn absorb(&mut self, i: NodeIndex, m: &Node, theirs: Firsts) {
        let (Some(Some(ours)), Some(n)) =
            (self.firsts.get_mut(i.index()), self.kg.g.node_weight_mut(i))
        else {
            return;
        };
        let first = ours.first(&theirs);
        let same_label = n.label == m.label;
        n.absorb(m, first);
        ours.kept(theirs, first, same_label, !same_label && n.label == m.label);
    }

    /// Add an edge from `s` to `t` seen in `articles` (or weight and articles to the one
    /// there); the articles are sorted at the end. No edge joins a node to itself.
    fn link<'a>(
        &mut self,
        s: NodeIndex,
        kind: EdgeKind,
        t: NodeIndex,
        weight: u32,
        articles: impl IntoIterator<Item = &'a ArticleKey>,
    ) {
        if s == t {
            return;
        }
        let kg = &mut self.kg;
        let e = match kg.find_edge(s, kind, t) {
            Some(e) => {
                kg.g[e].weight += weight;
                e
            }
            None => kg.add_new_edge(
                s,
                t,
                Edge {
                    kind,
                    weight,
                    articles: Vec::new(),
                },
            ),
        };
        kg.g[e].articles.extend(articles.into_iter().cloned());
    }

    /// [`Self::link`] to the node with the key `target`, seen once in `article`; kept for the
    /// end when no node has the key yet.
    fn link_to(&mut self, s: NodeIndex, kind: EdgeKind, target: &str, article: &ArticleKey) {
        match self.kg.index(target) {
            Some(t) => self.link(s, kind, t, 1, [article]),
            None => self.pending.push((
                self.kg.g[s].key.clone(),
                kind,
                target.to_owned(),
                article.clone(),
            )),
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
        for (key, names) in &self.names {
            for name in names {
                let n = norm(name);
                let mut words = n.split(' ');
                match (words.next(), words.next_back()) {
                    (Some(_), Some(last)) => {
                        full.entry(last.to_string())
                            .or_default()
                            .insert((key, name));
                    }
                    (Some(w), None) => {
                        single.insert((key, w.to_string()));
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

    /// The graph: the edges kept for the end made, each surname-only person merged into the
    /// full name it stands for (and the statements keyed by the surname keyed again), and the
    /// evidence and articles of every node and edge sorted.
    #[must_use]
    pub fn finish(mut self) -> KnowledgeGraph {
        for (source, kind, target, article) in std::mem::take(&mut self.pending) {
            if let (Some(s), Some(t)) = (self.kg.index(&source), self.kg.index(&target)) {
                self.link(s, kind, t, 1, [&article]);
            }
        }
        let mut links: Vec<(String, String)> = self.surname_links().into_iter().collect();
        // (any order gives the same graph; this one is fixed)
        links.sort_unstable();
        for (from, to) in &links {
            let (Some(s), Some(f)) = (self.kg.index(from), self.kg.index(to)) else {
                continue;
            };
            // ("Lord Boyce" does not stand for "Margaret Boyce": a title of the other sex)
            let titled = self.kg.g[s].roles.iter().find_map(|r| LEXICON.title_sex(r));
            let given = self.kg.g[f]
                .label
                .split(' ')
                .next()
                .and_then(|g| LEXICON.given_name_gender(g));
            if titled.zip(given).is_some_and(|(t, g)| t != g) {
                continue;
            }
            // ("our young Jonathan" does not stand for "Goodluck Jonathan", nor "Crown Princess
            // Victoria" for "Guadalupe Victoria": a given name that is no surname, or a royal's
            // name, names someone by given name)
            let word = &self.kg.g[s].label;
            let royal = self.kg.g[s].roles.iter().any(|r| LEXICON.is_royal_role(r));
            if royal || LEXICON.is_given_name(word) && !LEXICON.is_surname(word) {
                continue;
            }
            let said: Vec<NodeIndex> = self
                .kg
                .g
                .edges(s)
                .filter(|e| e.weight().kind == EdgeKind::Said)
                .map(|e| e.target())
                .collect();
            self.fold(s, f);
            for st in said {
                self.key_again(st, to);
            }
        }
        {
            use rayon::prelude::*;
            let mut nodes: Vec<&mut Node> = self.kg.g.node_weights_mut().collect();
            nodes
                .par_iter_mut()
                .for_each(|n| super::sort_unique(&mut n.evidence));
            let mut edges: Vec<&mut Edge> = self.kg.g.edge_weights_mut().collect();
            edges
                .par_iter_mut()
                .for_each(|e| super::sort_unique(&mut e.articles));
        }
        self.kg.forget_order();
        self.kg
    }

    /// Merge node `s` into node `f`: its facts, its evidence and its edges, which become
    /// edges of `f` (none from `f` to itself).
    fn fold(&mut self, s: NodeIndex, f: NodeIndex) {
        if s == f {
            return;
        }
        let g = &self.kg.g;
        let edges: Vec<(NodeIndex, EdgeKind, NodeIndex, u32, Vec<ArticleKey>)> = g
            .edges_directed(s, Direction::Outgoing)
            .chain(g.edges_directed(s, Direction::Incoming))
            .map(|e| {
                let w = e.weight();
                (e.source(), w.kind, e.target(), w.weight, w.articles.clone())
            })
            .collect();
        for (a, kind, b, ..) in &edges {
            self.kg.by_triple.remove(&(*a, *kind, *b));
        }
        let Some(node) = self.kg.g.remove_node(s) else {
            return;
        };
        self.kg.by_key.remove(&node.key);
        let theirs = self.firsts.get_mut(s.index()).and_then(Option::take);
        if let Some(theirs) = theirs {
            self.absorb(f, &node, theirs);
        }
        self.kg.g[f].evidence.extend(node.evidence);
        let at = |x: NodeIndex| if x == s { f } else { x };
        for (a, kind, b, weight, articles) in edges {
            self.link(at(a), kind, at(b), weight, &articles);
        }
    }

    /// Key statement `st` again with `speaker` as its speaker, merging it into the statement
    /// that has the new key if there is one.
    fn key_again(&mut self, st: NodeIndex, speaker: &str) {
        let Some(n) = self.kg.g.node_weight(st) else {
            return;
        };
        let Some(data) = &n.statement else {
            return;
        };
        let key = statement_key(Some(speaker), data);
        if key == n.key {
            return;
        }
        match self.kg.index(&key) {
            Some(other) => self.fold(st, other),
            None => {
                let old = std::mem::replace(&mut self.kg.g[st].key, key.clone());
                self.kg.by_key.remove(&old);
                self.kg.by_key.insert(key, st);
            }
        }
    }
}

/// One statement node per (speaker, act, negation, mode, normalised words): the same claim
/// repeated in several articles is one node with several occurrences.
fn statement_key(speaker: Option<&str>, data: &StatementData) -> String {
    let words = norm(&data.text);
    let neg = if data.act_negated { "not" } else { "" };
    format!(
        "statement/{}",
        hash_hex(&[
            speaker.unwrap_or("unknown"),
            data.act.as_str(),
            neg,
            data.mode.as_str(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn digest(name: &str, text: &str) -> Digest {
        let doc = crate::ingest::Document::from_bytes(std::path::Path::new(name), text.as_bytes())
            .unwrap();
        Digest::of(&crate::extract::extract(doc))
    }

    /// Articles that make facts compete: a person named in full in one and by surname in
    /// others (a link, and a statement keyed by each name that the link makes one), labels of
    /// one length, and the same text in three files.
    /// Regression: "Lord Boyce" in one article was linked to "Margaret Boyce" of another.
    #[test]
    fn a_surname_after_a_title_of_the_other_sex_is_not_linked() {
        let kg = crate::pipeline::merge(vec![
            digest(
                "a.txt",
                "London\n\nMargaret Boyce opened the school on Monday.\n",
            ),
            digest(
                "b.txt",
                "London\n\nLord Boyce, the former head of the armed forces, said that the war was wrong.\n",
            ),
        ]);
        assert!(kg.node("person/boyce").is_some(), "Lord Boyce stays apart");
        let m = kg.node("person/margaret-boyce").unwrap();
        assert!(!m.aliases.contains("Boyce"), "{:?}", m.aliases);
    }

    /// Regression (cd2000): "Crown Princess Victoria" in one article and "our young Jonathan"
    /// in another were merged into "Guadalupe Victoria" and "Goodluck Jonathan" of others.
    #[test]
    fn a_given_name_or_a_royal_is_not_linked_to_a_surname() {
        let kg = crate::pipeline::merge(vec![
            digest(
                "a.txt",
                "Abuja\n\nPresident Goodluck Jonathan visited the market on Monday. Guadalupe Victoria spoke.\n",
            ),
            digest(
                "b.txt",
                "Stockholm\n\nCrown Princess Victoria married on Saturday. He is survived by his three children Jonathan, Allan and Michael.\n",
            ),
        ]);
        for full in ["person/goodluck-jonathan", "person/guadalupe-victoria"] {
            let n = kg.node(full).unwrap();
            assert!(
                !n.aliases.contains("Jonathan") && !n.aliases.contains("Victoria"),
                "{full}: {:?}",
                n.aliases
            );
        }
    }

    fn articles() -> Vec<Digest> {
        let texts = [
            (
                "a.txt",
                "Kyiv\n\nUkrainian President Volodymyr Zelenskyy said on Monday that \"the front is holding\". The Kremlin did not comment.\n",
            ),
            (
                "b.txt",
                "Kyiv\n\nZelenskyy said on Tuesday that \"the front is holding\". Zelenskyy also said that \"help is coming\", according to Reuters.\n",
            ),
            (
                "c.txt",
                "Seoul\n\nSouth Korea's spy agency said that North Korea sent troops. Kim Jong Un did not comment. Kim Jong-un met Putin.\n",
            ),
            (
                "d.txt",
                "Moscow\n\nKremlin spokesman Dmitry Peskov said the report was false. Peskov said \"there is no such thing\".\n",
            ),
        ];
        let mut v: Vec<Digest> = texts.iter().map(|(n, t)| digest(n, t)).collect();
        // the same text as d.txt, from files whose names sort before and after it
        v.push(digest("0-copy.txt", texts[3].1));
        v.push(digest("z-copy.txt", texts[3].1));
        v
    }

    fn nquads(kg: &KnowledgeGraph) -> String {
        let d = crate::export::rdf::Dataset::new(kg);
        String::from_utf8(d.write(oxrdfio::RdfFormat::NQuads, Vec::new()).unwrap()).unwrap()
    }

    #[test]
    fn a_surname_speaker_is_linked_and_its_statement_keyed_again() {
        let kg = crate::pipeline::merge(articles());
        assert!(
            kg.node("person/zelenskyy").is_none(),
            "the surname is linked"
        );
        let z = kg.node("person/volodymyr-zelenskyy").unwrap();
        assert!(z.aliases.contains("Zelenskyy"), "{:?}", z.aliases);
        let said = kg.targets("person/volodymyr-zelenskyy", EdgeKind::Said);
        let holding: Vec<&Node> = said
            .iter()
            .copied()
            .filter(|s| s.label.contains("front is holding"))
            .collect();
        assert_eq!(holding.len(), 1, "one statement from both articles");
        assert_eq!(holding[0].count(), 2);
        assert!(said.iter().any(|s| s.label.contains("help is coming")));
        let copies: Vec<&str> = kg
            .nodes()
            .into_iter()
            .filter_map(|n| n.article.as_ref())
            .map(|a| a.file_name.as_str())
            .collect();
        assert!(copies.contains(&"0-copy.txt") && !copies.contains(&"d.txt"));
        assert_eq!(copies.len(), 4);
    }

    /// The nodes merged away leave holes among the graph's node indices: the edges by the
    /// positions of their ends (what the RDF dataset reads) are still the edges.
    #[test]
    fn edges_by_position_are_the_edges_after_nodes_are_merged_away() {
        let kg = crate::pipeline::merge(articles());
        assert!(
            kg.node("person/zelenskyy").is_none(),
            "a node was merged away"
        );
        let nodes = kg.nodes();
        let keys = |s: &Node, e: &Edge, t: &Node| (s.key.clone(), e.kind, t.key.clone());
        let edges: Vec<_> = kg
            .edges()
            .into_iter()
            .map(|(s, e, t)| keys(s, e, t))
            .collect();
        let by_position: Vec<_> = kg
            .edges_by_position()
            .into_iter()
            .map(|(s, e, t)| keys(nodes[s as usize], e, nodes[t as usize]))
            .collect();
        assert!(edges.len() > 10, "{}", edges.len());
        assert_eq!(by_position, edges);
    }

    fn statement_data(text: &str) -> StatementData {
        StatementData {
            text: text.to_string(),
            speaker_description: None,
            cue: None,
            cue_lemma: None,
            act: crate::lexicon::SpeechAct::Assert,
            act_negated: false,
            cameo: None,
            mode: crate::extract::Mode::Direct,
            said_on: None,
            said_period: None,
            date_basis: None,
            date_expression: None,
            unknown_speaker: false,
            quantities: Vec::new(),
        }
    }

    /// One read of a node: (article, label, alias, role, Wikidata item, statement text,
    /// descriptive, country), picked from small sets so that they compete (labels of one
    /// length among them).
    type Read = (
        usize,
        usize,
        Option<usize>,
        Option<usize>,
        Option<usize>,
        Option<usize>,
        bool,
        bool,
    );

    fn reads() -> impl Strategy<Value = Vec<Read>> {
        prop::collection::vec(
            (
                0..4usize,
                0..5usize,
                prop::option::of(0..5usize),
                prop::option::of(0..3usize),
                prop::option::of(0..3usize),
                prop::option::of(0..3usize),
                any::<bool>(),
                any::<bool>(),
            ),
            1..7,
        )
    }

    /// Read `k` of a node of `kind` (the `k`th in its article).
    fn node_of(kind: NodeKind, k: usize, r: &Read) -> (Node, Pos) {
        const LABELS: [&str; 5] = ["Kim", "Lee", "Kim Jong", "Kim Jung", "Kim Jong Un"];
        let &(article, label, alias, role, wikidata, statement, descriptive, country) = r;
        let at = Pos {
            article: format!("article/{article}").into(),
            seq: u32::try_from(k).unwrap(),
        };
        let mut n = Node::new("x/y".to_string(), kind, LABELS[label].to_string());
        n.aliases.extend(alias.map(|a| LABELS[a].to_string()));
        n.roles.extend(role.map(|r| format!("role {r}")));
        n.wikidata = wikidata.map(|q| format!("Q{q}"));
        n.statement = statement.map(|t| statement_data(&format!("words {t}")));
        n.descriptive = descriptive;
        n.country = country;
        n.evidence = vec![Evidence {
            article: at.article.clone(),
            start: k,
            end: k + 1,
            exact: "x".to_string(),
        }];
        (n, at)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// The builder keeps, of a node read in any order, what reading it in article-key
        /// order keeps ([`KnowledgeGraph::upsert_node`] in that order).
        #[test]
        fn a_node_read_in_any_order_keeps_what_key_order_keeps(
            reads in reads(),
            statement in any::<bool>(),
            order in Just((0..7).collect::<Vec<usize>>()).prop_shuffle(),
        ) {
            let kind = if statement { NodeKind::Statement } else { NodeKind::Person };
            let nodes: Vec<(Node, Pos)> =
                reads.iter().enumerate().map(|(k, r)| node_of(kind, k, r)).collect();
            let mut in_key_order = nodes.clone();
            in_key_order.sort_by(|a, b| a.1.cmp(&b.1));
            let mut kg = KnowledgeGraph::default();
            for (n, _) in in_key_order {
                kg.upsert_node(n);
            }
            let mut b = GraphBuilder::new();
            for &i in order.iter().filter(|&&i| i < nodes.len()) {
                let (n, at) = nodes[i].clone();
                b.merge(n, at);
            }
            let built = b.finish();
            let (want, got) = (kg.node("x/y").unwrap(), built.node("x/y").unwrap());
            prop_assert_eq!(&got.label, &want.label);
            prop_assert_eq!(&got.aliases, &want.aliases);
            prop_assert_eq!(&got.roles, &want.roles);
            prop_assert_eq!(&got.wikidata, &want.wikidata);
            prop_assert_eq!(&got.statement, &want.statement);
            prop_assert_eq!(got.descriptive, want.descriptive);
            prop_assert_eq!(got.country, want.country);
            prop_assert_eq!(&got.evidence, &want.evidence);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        /// Digests merged in any order give one graph, byte for byte.
        #[test]
        fn any_order_of_articles_gives_the_same_graph(
            order in Just((0..6).collect::<Vec<usize>>()).prop_shuffle()
        ) {
            let all = articles();
            let reference = nquads(&crate::pipeline::merge(all.clone()));
            let shuffled: Vec<Digest> = order.iter().map(|&i| all[i].clone()).collect();
            prop_assert_eq!(nquads(&crate::pipeline::merge(shuffled)), reference);
        }
    }
}
