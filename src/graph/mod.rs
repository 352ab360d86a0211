//! The knowledge graph: a petgraph `StableDiGraph` of typed nodes and edges. A node's identity is
//! its canonical key (`person/vladimir-putin`), never its `NodeIndex`; an edge's identity is
//! (source key, kind, target key). [`GraphBuilder`] merges extractions from many articles.

mod builder;

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap as HashMap;

use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::EdgeRef;
use serde::Serialize;

pub use builder::{Digest, GraphBuilder};

use crate::date::{Date, Published};
use crate::extract::{DateBasis, Mode};
use crate::lexicon::SpeechAct;

/// The type of a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum NodeKind {
    Person,
    Organization,
    Place,
    Article,
    Statement,
}

impl NodeKind {
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Person => "Person",
            Self::Organization => "Organization",
            Self::Place => "Place",
            Self::Article => "Article",
            Self::Statement => "Statement",
        }
    }
}

/// The key of an article node (`article/<hash of its text>`), shared: one allocation per article
/// however many mentions, statements and edges were read from it.
pub type ArticleKey = std::sync::Arc<str>;

/// Where a fact was read: an article and code-point offsets `[start, end)` into its text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
pub struct Evidence {
    /// Key of the article node, shared by every fact read from the article (an archive's graph
    /// holds millions of them).
    pub article: ArticleKey,
    pub start: usize,
    pub end: usize,
    /// The exact text of the slice.
    pub exact: String,
}

impl Evidence {
    /// `article@start-end`: the cell of a piece of evidence in the CSV, GEXF and GraphML
    /// exports.
    #[must_use]
    pub fn cell(&self) -> String {
        let mut b = itoa::Buffer::new();
        let mut s = String::with_capacity(self.article.len() + 24);
        s.push_str(&self.article);
        s.push('@');
        s.push_str(b.format(self.start));
        s.push('-');
        s.push_str(b.format(self.end));
        s
    }
}

/// Article metadata.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct ArticleData {
    pub file_name: String,
    pub headline: Option<String>,
    pub published: Option<Published>,
    pub byline: Option<String>,
    /// Number of characters (code points) of the article text, for offset checks.
    pub length: usize,
}

/// A number a statement claims ("approximately 11,000 … troops").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct ClaimedQuantity {
    /// The phrase as written.
    pub text: String,
    /// The value as a plain decimal ("11000", "3.5").
    pub value: String,
    /// What it counts, lowercase ("troops", "percent").
    pub unit: String,
    pub approximate: bool,
    /// The hedge as written ("approximately", "more than").
    pub qualifier: Option<String>,
}

impl ClaimedQuantity {
    /// "11000 troops", "≈11000 troops (approximately)": one cell of a CSV list.
    #[must_use]
    pub fn cell(&self) -> String {
        match &self.qualifier {
            Some(q) => format!("{} {} ({q})", self.value, self.unit),
            None => format!("{} {}", self.value, self.unit),
        }
    }
}

/// Statement data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct StatementData {
    pub text: String,
    pub speaker_description: Option<String>,
    pub cue: Option<String>,
    pub cue_lemma: Option<String>,
    pub act: SpeechAct,
    pub act_negated: bool,
    pub cameo: Option<String>,
    pub mode: Mode,
    pub said_on: Option<Date>,
    /// When said, as a period (first and last day) when the text gives one ("last week").
    #[serde(default)]
    pub said_period: Option<(Date, Date)>,
    pub date_basis: Option<DateBasis>,
    pub date_expression: Option<String>,
    /// True when no speaker could be resolved (we abstain rather than guess).
    pub unknown_speaker: bool,
    /// Numbers the statement claims, in text order.
    #[serde(default)]
    pub quantities: Vec<ClaimedQuantity>,
}

/// A node.
#[derive(Debug, Clone, Serialize)]
pub struct Node {
    pub key: String,
    pub kind: NodeKind,
    pub label: String,
    pub aliases: BTreeSet<String>,
    pub roles: BTreeSet<String>,
    /// An unnamed person described by role.
    pub descriptive: bool,
    /// The place is a country.
    pub country: bool,
    /// Wikidata item of a well-known entity (`Q1065`), from `ontology/catalog.tsv`.
    pub wikidata: Option<String>,
    /// Every mention (entities) or occurrence (statements), with offsets: sorted, no two alike.
    pub evidence: Vec<Evidence>,
    pub article: Option<ArticleData>,
    pub statement: Option<StatementData>,
}

impl Node {
    /// A node with nothing but its key, kind and label.
    #[must_use]
    pub fn new(key: String, kind: NodeKind, label: String) -> Self {
        Self {
            key,
            kind,
            label,
            aliases: BTreeSet::new(),
            roles: BTreeSet::new(),
            descriptive: false,
            country: false,
            wikidata: None,
            evidence: Vec::new(),
            article: None,
            statement: None,
        }
    }

    /// Merge `m` — the same entity, statement or article read elsewhere — into this node,
    /// except its evidence (the caller's: kept sorted, or sorted once at the end), copying
    /// what is kept. Of competing facts, `first` tells whose was read first:
    /// - the label: a person's, organisation's or place's is the longest label read (the first
    ///   read of the longest); an article's or a statement's is the first read. The others
    ///   become aliases.
    /// - the Wikidata item and the article and statement data: the first read.
    ///
    /// Roles and aliases are joined, `descriptive` holds when it holds of both, `country`
    /// when it holds of either.
    pub(crate) fn absorb(&mut self, m: &Self, first: First) {
        if m.label != self.label {
            let longest = self.kind != NodeKind::Statement && self.kind != NodeKind::Article;
            let (theirs, ours) = (m.label.chars().count(), self.label.chars().count());
            let wins = if longest {
                theirs > ours || theirs == ours && first.label
            } else {
                first.label
            };
            if wins {
                let old = std::mem::replace(&mut self.label, m.label.as_str().to_owned());
                self.aliases.insert(old);
            } else {
                keep_copy(&mut self.aliases, &m.label);
            }
        }
        for a in &m.aliases {
            keep_copy(&mut self.aliases, a);
        }
        self.aliases.remove(&self.label);
        for r in &m.roles {
            keep_copy(&mut self.roles, r);
        }
        self.descriptive &= m.descriptive;
        self.country |= m.country;
        if m.wikidata.is_some() && (self.wikidata.is_none() || first.wikidata) {
            self.wikidata.clone_from(&m.wikidata);
        }
        if m.article.is_some() && (self.article.is_none() || first.article) {
            self.article.clone_from(&m.article);
        }
        if m.statement.is_some() && (self.statement.is_none() || first.statement) {
            self.statement.clone_from(&m.statement);
        }
    }

    /// Mentions or occurrences counted over all articles.
    #[must_use]
    pub fn count(&self) -> usize {
        self.evidence.len()
    }
}

/// For [`Node::absorb`]: which of the competing facts of the node merged in were read before
/// those of the node merged into (by default none: the node merged in was read after).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct First {
    /// Its label, where the two labels count as long.
    pub label: bool,
    pub wikidata: bool,
    pub article: bool,
    pub statement: bool,
}

/// The type of an edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum EdgeKind {
    /// Article → entity it mentions.
    Mentions,
    /// Speaker → statement.
    Said,
    /// Statement → article it was read in.
    ReportedIn,
    /// Statement → entity it is about.
    About,
    /// Statement → agency or outlet that relayed it.
    ReportedVia,
    /// Person → organisation, place or person a role ties them to.
    AffiliatedWith,
    /// Organisation → its country.
    Country,
    /// Article → author.
    Author,
    /// Article → publisher.
    Publisher,
    /// Article → agency named in its `Source:` line.
    RelayedBy,
}

impl EdgeKind {
    /// The ontology's local name (`nkg:said`, …).
    #[must_use]
    pub const fn local_name(self) -> &'static str {
        match self {
            Self::Mentions => "mentions",
            Self::Said => "said",
            Self::ReportedIn => "reportedIn",
            Self::About => "about",
            Self::ReportedVia => "reportedVia",
            Self::AffiliatedWith => "affiliatedWith",
            Self::Country => "country",
            Self::Author => "author",
            Self::Publisher => "publisher",
            Self::RelayedBy => "relayedBy",
        }
    }

    /// Property-graph relationship type (UPPER_SNAKE_CASE).
    #[must_use]
    pub const fn rel_type(self) -> &'static str {
        match self {
            Self::Mentions => "MENTIONS",
            Self::Said => "SAID",
            Self::ReportedIn => "REPORTED_IN",
            Self::About => "ABOUT",
            Self::ReportedVia => "REPORTED_VIA",
            Self::AffiliatedWith => "AFFILIATED_WITH",
            Self::Country => "COUNTRY",
            Self::Author => "AUTHOR",
            Self::Publisher => "PUBLISHER",
            Self::RelayedBy => "RELAYED_BY",
        }
    }

    /// Human label.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::Mentions => "mentions",
            Self::Said => "said",
            Self::ReportedIn => "reported in",
            Self::About => "about",
            Self::ReportedVia => "reported via",
            Self::AffiliatedWith => "affiliated with",
            Self::Country => "country",
            Self::Author => "author",
            Self::Publisher => "publisher",
            Self::RelayedBy => "relayed by",
        }
    }
}

/// An edge: its kind, how many times it was seen, and in which articles.
#[derive(Debug, Clone, Serialize)]
pub struct Edge {
    pub kind: EdgeKind,
    pub weight: u32,
    /// Keys of the articles the edge was read in: sorted, no two alike.
    pub articles: Vec<ArticleKey>,
}

/// Add `new` to the sorted, duplicate-free `set`, keeping it so. Merging articles in key order
/// (as [`GraphBuilder`] does) only ever appends, without comparing more than the boundary.
fn merge_sorted<T: Ord>(set: &mut Vec<T>, mut new: Vec<T>) {
    sort_unique(&mut new);
    match (set.last(), new.first()) {
        (_, None) => {}
        // (appended, not taken: `new`'s buffer comes from another thread, see `upsert_node`)
        (None, _) => set.append(&mut new),
        (Some(last), Some(first)) if last < first => set.append(&mut new),
        _ => {
            set.append(&mut new);
            set.sort();
            set.dedup();
        }
    }
}

/// Add a copy of `s` to `set` unless it holds it already.
fn keep_copy(set: &mut BTreeSet<String>, s: &str) {
    if !set.contains(s) {
        set.insert(s.to_owned());
    }
}

/// Sort `v` and drop repeats.
fn sort_unique<T: Ord>(v: &mut Vec<T>) {
    if !v.is_sorted() {
        v.sort();
    }
    v.dedup();
}

/// What a graph holds, counted ([`KnowledgeGraph::counts`]): kept by whoever reports on a graph
/// after letting it go.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// Nodes of each kind (kinds with none are left out).
    pub kinds: BTreeMap<NodeKind, usize>,
    pub nodes: usize,
    pub edges: usize,
}

impl Counts {
    /// Nodes of `kind`.
    #[must_use]
    pub fn of(&self, kind: NodeKind) -> usize {
        self.kinds.get(&kind).copied().unwrap_or(0)
    }
}

/// The graph.
#[derive(Debug, Default)]
pub struct KnowledgeGraph {
    g: StableDiGraph<Node, Edge>,
    by_key: HashMap<String, NodeIndex>,
    /// Edges by (source, kind, target), but those of article nodes ([`Self::find_edge`]).
    by_triple: HashMap<(NodeIndex, EdgeKind, NodeIndex), EdgeIndex>,
    /// Nodes in key order and edges in (source key, kind, target key) order, computed on first
    /// use (every exporter asks) and forgotten on any change.
    node_order: std::sync::OnceLock<Vec<NodeIndex>>,
    edge_order: std::sync::OnceLock<Vec<EdgeIndex>>,
}

impl KnowledgeGraph {
    /// The node with this key, if any.
    #[must_use]
    pub fn node(&self, key: &str) -> Option<&Node> {
        self.by_key.get(key).and_then(|&i| self.g.node_weight(i))
    }

    /// Insert a node or merge it into the node with the same key, `node` being read after
    /// every node merged before (see [`Node::absorb`]).
    ///
    /// What the graph keeps of `node` is copied, not moved: the nodes of an archive are made on
    /// the extraction threads, in memory shared with everything else read from their articles,
    /// and the few strings of each that the graph would keep scattered over it would hold all of
    /// it once freed (the allocator can only give back pages whose blocks are all free). With
    /// copies, the graph of 100 MB of distinct articles sits in 394 MB instead of 674 MB, and
    /// the run's peak falls by a quarter (docs/BENCHMARKS.md, thirteenth round).
    pub fn upsert_node(&mut self, mut node: Node) -> NodeIndex {
        self.forget_order();
        if let Some(&i) = self.by_key.get(&node.key) {
            if let Some(n) = self.g.node_weight_mut(i) {
                n.absorb(&node, First::default());
                for e in &mut node.evidence {
                    e.exact = e.exact.as_str().to_owned();
                }
                merge_sorted(&mut n.evidence, node.evidence);
            }
            return i;
        }
        sort_unique(&mut node.evidence);
        self.insert_copy(&node)
    }

    /// Add a copy of `node`, whose key no node has (see [`Self::upsert_node`] for why a copy).
    fn insert_copy(&mut self, node: &Node) -> NodeIndex {
        let i = self.g.add_node(node.clone());
        self.by_key.insert(node.key.clone(), i);
        i
    }

    /// Add an edge between two existing keys (or add weight to the existing edge).
    pub fn add_edge(
        &mut self,
        source: &str,
        kind: EdgeKind,
        target: &str,
        weight: u32,
        article: Option<&str>,
    ) {
        if let (Some(s), Some(t)) = (self.index(source), self.index(target)) {
            let article = article.map(ArticleKey::from);
            self.link(s, kind, t, weight, article.as_ref());
        }
    }

    /// The index of the node with this key.
    fn index(&self, key: &str) -> Option<NodeIndex> {
        self.by_key.get(key).copied()
    }

    /// [`Self::add_edge`] between nodes known by index.
    fn link(
        &mut self,
        s: NodeIndex,
        kind: EdgeKind,
        t: NodeIndex,
        weight: u32,
        article: Option<&ArticleKey>,
    ) {
        self.forget_order();
        if s == t {
            return;
        }
        if let Some(e) = self.find_edge(s, kind, t) {
            if let Some(w) = self.g.edge_weight_mut(e) {
                w.weight += weight;
                if let Some(a) = article {
                    match w.articles.last() {
                        Some(last) if last >= a => {
                            if let Err(at) = w.articles.binary_search(a) {
                                w.articles.insert(at, a.clone());
                            }
                        }
                        _ => w.articles.push(a.clone()),
                    }
                }
            }
            return;
        }
        self.add_new_edge(
            s,
            t,
            Edge {
                kind,
                weight,
                articles: article.cloned().into_iter().collect(),
            },
        );
    }

    /// Whether node `i` is an article's.
    fn is_article(&self, i: NodeIndex) -> bool {
        self.g
            .node_weight(i)
            .is_some_and(|n| n.kind == NodeKind::Article)
    }

    /// The edge of `kind` from `s` to `t`, if there is one. The edges of an article node (an
    /// archive's are most of its edges, each made with its article and never looked up by the
    /// articles that come after) are not in `by_triple`: they are found among the article's
    /// own, a few dozen.
    fn find_edge(&self, s: NodeIndex, kind: EdgeKind, t: NodeIndex) -> Option<EdgeIndex> {
        let of = |e: petgraph::stable_graph::EdgeReference<'_, Edge>| {
            (e.weight().kind == kind).then(|| e.id())
        };
        if self.is_article(s) {
            self.g
                .edges_directed(s, petgraph::Direction::Outgoing)
                .filter(|e| e.target() == t)
                .find_map(of)
        } else if self.is_article(t) {
            self.g
                .edges_directed(t, petgraph::Direction::Incoming)
                .filter(|e| e.source() == s)
                .find_map(of)
        } else {
            self.by_triple.get(&(s, kind, t)).copied()
        }
    }

    /// Add an edge of `edge.kind` from `s` to `t`, which have none (see [`Self::find_edge`]).
    fn add_new_edge(&mut self, s: NodeIndex, t: NodeIndex, edge: Edge) -> EdgeIndex {
        let kind = edge.kind;
        let e = self.g.add_edge(s, t, edge);
        if !self.is_article(s) && !self.is_article(t) {
            self.by_triple.insert((s, kind, t), e);
        }
        e
    }

    /// Nodes sorted by key (the order every exporter uses).
    #[must_use]
    pub fn nodes(&self) -> Vec<&Node> {
        self.node_order().iter().map(|&i| &self.g[i]).collect()
    }

    /// Node indices in key order, sorted once. (Keys are unique, so an unstable parallel sort
    /// gives the one order.) The sort runs outside the cell's initialisation: a rayon thread
    /// waiting inside it may run another job, and a job that asked for the order from within
    /// the initialisation would deadlock. Two threads that race both sort, to the same order.
    fn node_order(&self) -> &[NodeIndex] {
        if let Some(v) = self.node_order.get() {
            return v;
        }
        use rayon::slice::ParallelSliceMut;
        let mut v: Vec<NodeIndex> = self.g.node_indices().collect();
        v.par_sort_unstable_by(|&a, &b| self.g[a].key.cmp(&self.g[b].key));
        self.node_order.get_or_init(|| v)
    }

    fn forget_order(&mut self) {
        self.node_order.take();
        self.edge_order.take();
    }

    /// Edges as (source, edge, target), sorted by (source key, kind, target key).
    #[must_use]
    pub fn edges(&self) -> Vec<(&Node, &Edge, &Node)> {
        let triple = |e: EdgeIndex| {
            let (s, t) = self.g.edge_endpoints(e)?;
            Some((
                self.g.node_weight(s)?,
                self.g.edge_weight(e)?,
                self.g.node_weight(t)?,
            ))
        };
        self.edge_order()
            .iter()
            .filter_map(|&e| triple(e))
            .collect()
    }

    /// Sort nodes and edges into the exporters' order now, on this thread (with the pool's
    /// help): exporters started right after on several threads then find it made instead of
    /// each sorting at once.
    pub fn sort_order(&self) {
        self.edge_order();
    }

    /// Edge indices in the exporters' order, sorted once (outside the cell's initialisation,
    /// as in `node_order`).
    fn edge_order(&self) -> &[EdgeIndex] {
        if let Some(v) = self.edge_order.get() {
            return v;
        }
        let v = self.sorted_edges();
        self.edge_order.get_or_init(|| v)
    }

    /// The rank of each node in key order (its position in [`Self::nodes`]), by node index.
    fn ranks(&self) -> Vec<u32> {
        let bound = self
            .g
            .node_indices()
            .map(|i| i.index() + 1)
            .max()
            .unwrap_or(0);
        let mut rank = vec![0u32; bound];
        for (r, &i) in self.node_order().iter().enumerate() {
            rank[i.index()] = u32::try_from(r).unwrap_or(u32::MAX);
        }
        rank
    }

    /// [`Self::edges`] with each end given as its position in [`Self::nodes`]: for exporters
    /// that number the nodes in that order, so that they need not look each end up.
    #[must_use]
    pub fn edges_by_position(&self) -> Vec<(u32, &Edge, u32)> {
        let rank = self.ranks();
        self.edge_order()
            .iter()
            .filter_map(|&e| {
                let (s, t) = self.g.edge_endpoints(e)?;
                Some((rank[s.index()], self.g.edge_weight(e)?, rank[t.index()]))
            })
            .collect()
    }

    /// Edge indices in (source key, kind, target key) order: (source rank, kind, target rank)
    /// order, with node ranks in key order — integers compared instead of key strings. Each
    /// (source, kind, target) is one edge, so an unstable parallel sort gives one order.
    fn sorted_edges(&self) -> Vec<EdgeIndex> {
        use rayon::slice::ParallelSliceMut;
        let rank = self.ranks();
        let mut v: Vec<(u32, EdgeKind, u32, EdgeIndex)> = self
            .g
            .edge_indices()
            .filter_map(|e| {
                let (s, t) = self.g.edge_endpoints(e)?;
                Some((
                    rank[s.index()],
                    self.g.edge_weight(e)?.kind,
                    rank[t.index()],
                    e,
                ))
            })
            .collect();
        v.par_sort_unstable_by_key(|x| (x.0, x.1, x.2));
        v.into_iter().map(|x| x.3).collect()
    }

    /// Outgoing edges of a node of one kind, as target nodes.
    #[must_use]
    pub fn targets(&self, key: &str, kind: EdgeKind) -> Vec<&Node> {
        let Some(&i) = self.by_key.get(key) else {
            return Vec::new();
        };
        let mut v: Vec<&Node> = self
            .g
            .edges(i)
            .filter(|e| e.weight().kind == kind)
            .filter_map(|e| self.g.node_weight(e.target()))
            .collect();
        v.sort_by(|a, b| a.key.cmp(&b.key));
        v
    }

    /// Incoming edges of a node of one kind, as source nodes.
    #[must_use]
    pub fn sources(&self, key: &str, kind: EdgeKind) -> Vec<&Node> {
        let Some(&i) = self.by_key.get(key) else {
            return Vec::new();
        };
        let mut v: Vec<&Node> = self
            .g
            .edges_directed(i, petgraph::Direction::Incoming)
            .filter(|e| e.weight().kind == kind)
            .filter_map(|e| self.g.node_weight(e.source()))
            .collect();
        v.sort_by(|a, b| a.key.cmp(&b.key));
        v
    }

    /// Number of nodes of each kind, and of nodes and edges in all.
    #[must_use]
    pub fn counts(&self) -> Counts {
        let mut kinds = BTreeMap::new();
        for n in self.g.node_weights() {
            *kinds.entry(n.kind).or_insert(0) += 1;
        }
        Counts {
            kinds,
            nodes: self.g.node_count(),
            edges: self.g.edge_count(),
        }
    }

    #[must_use]
    pub fn node_count(&self) -> usize {
        self.g.node_count()
    }

    #[must_use]
    pub fn edge_count(&self) -> usize {
        self.g.edge_count()
    }

    /// The underlying petgraph graph (read-only), for algorithms.
    #[must_use]
    pub fn petgraph(&self) -> &StableDiGraph<Node, Edge> {
        &self.g
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(article: &str, start: usize) -> Evidence {
        Evidence {
            article: article.into(),
            start,
            end: start + 1,
            exact: "x".to_string(),
        }
    }

    fn place(evidence: Vec<Evidence>) -> Node {
        Node {
            evidence,
            ..Node::new("place/x".to_string(), NodeKind::Place, "X".to_string())
        }
    }

    #[test]
    fn an_evidence_cell_is_article_at_start_dash_end() {
        let e = Evidence {
            article: "article/north-korea".into(),
            start: 1_234,
            end: 1_250,
            exact: "Kim".to_string(),
        };
        assert_eq!(e.cell(), "article/north-korea@1234-1250");
        assert_eq!(ev("a", 0).cell(), "a@0-1");
    }

    #[test]
    fn evidence_and_edge_articles_stay_sorted_and_unique_in_any_merge_order() {
        let mut kg = KnowledgeGraph::default();
        kg.upsert_node(place(vec![
            ev("article/b", 5),
            ev("article/a", 1),
            ev("article/b", 5),
        ]));
        kg.upsert_node(place(vec![ev("article/c", 0)])); // after everything: appended
        kg.upsert_node(place(vec![ev("article/a", 0), ev("article/b", 5)])); // before, and a repeat
        let got: Vec<(&str, usize)> = kg
            .node("place/x")
            .unwrap()
            .evidence
            .iter()
            .map(|e| (&*e.article, e.start))
            .collect();
        assert_eq!(
            got,
            [
                ("article/a", 0),
                ("article/a", 1),
                ("article/b", 5),
                ("article/c", 0)
            ]
        );
        assert_eq!(kg.node("place/x").unwrap().count(), 4);

        let mut other = place(Vec::new());
        other.key = "place/y".to_string();
        kg.upsert_node(other);
        for a in [
            "article/b",
            "article/d",
            "article/a",
            "article/b",
            "article/c",
        ] {
            kg.add_edge("place/x", EdgeKind::Country, "place/y", 1, Some(a));
        }
        let (_, e, _) = kg.edges()[0];
        assert_eq!(e.weight, 5);
        assert_eq!(
            e.articles.iter().map(|a| &**a).collect::<Vec<_>>(),
            ["article/a", "article/b", "article/c", "article/d"]
        );
    }

    /// Edges of an article node are kept out of the (source, kind, target) index and found
    /// from the article's side: seen again, they still add up on the one edge.
    #[test]
    fn an_articles_edges_are_found_without_the_index() {
        let mut kg = KnowledgeGraph::default();
        for (key, kind) in [
            ("article/a", NodeKind::Article),
            ("place/x", NodeKind::Place),
            ("statement/s", NodeKind::Statement),
        ] {
            kg.upsert_node(Node::new(key.to_string(), kind, key.to_string()));
        }
        for _ in 0..2 {
            kg.add_edge(
                "article/a",
                EdgeKind::Mentions,
                "place/x",
                3,
                Some("article/a"),
            );
            kg.add_edge(
                "statement/s",
                EdgeKind::ReportedIn,
                "article/a",
                1,
                Some("article/a"),
            );
            kg.add_edge(
                "statement/s",
                EdgeKind::About,
                "place/x",
                1,
                Some("article/a"),
            );
        }
        kg.add_edge(
            "article/a",
            EdgeKind::Author,
            "place/x",
            1,
            Some("article/a"),
        );
        let got: Vec<(&str, EdgeKind, &str, u32)> = kg
            .edges()
            .into_iter()
            .map(|(s, e, t)| (s.key.as_str(), e.kind, t.key.as_str(), e.weight))
            .collect();
        assert_eq!(
            got,
            [
                ("article/a", EdgeKind::Mentions, "place/x", 6),
                ("article/a", EdgeKind::Author, "place/x", 1),
                ("statement/s", EdgeKind::ReportedIn, "article/a", 2),
                ("statement/s", EdgeKind::About, "place/x", 2),
            ]
        );
        assert_eq!(kg.by_triple.len(), 1, "only the edge no article is at");
    }

    /// A string the size of `s` in a buffer far larger: a copy of it has a buffer its size.
    fn roomy(s: &str) -> String {
        let mut r = String::with_capacity(ROOMY);
        r.push_str(s);
        r
    }
    const ROOMY: usize = 777;

    /// The capacity of every buffer `n` holds.
    fn capacities(n: &Node) -> Vec<usize> {
        let mut v = vec![n.key.capacity(), n.label.capacity(), n.evidence.capacity()];
        v.extend(n.aliases.iter().chain(&n.roles).map(String::capacity));
        v.extend(n.evidence.iter().map(|e| e.exact.capacity()));
        v.extend(n.wikidata.iter().map(String::capacity));
        v
    }

    /// A node whose every string and list sits in a buffer far larger than itself.
    fn roomy_place(label: &str, evidence: &[(&str, usize)]) -> Node {
        let mut list = Vec::with_capacity(ROOMY);
        list.extend(evidence.iter().map(|&(a, start)| Evidence {
            exact: roomy("x"),
            ..ev(a, start)
        }));
        let mut n = place(list);
        n.key = roomy(&n.key);
        n.label = roomy(label);
        n
    }

    /// Regression (thirteenth round of docs/BENCHMARKS.md): the graph keeps copies of what it
    /// takes from a node, never the node's own buffers, so the memory the node came in (an
    /// extraction thread's) can be given back whole once freed. (Told apart by capacity: each
    /// buffer given is far larger than its content, and a copy is not.)
    #[test]
    fn the_graph_keeps_copies_of_what_it_takes_from_a_node() {
        let mut kg = KnowledgeGraph::default();
        let mut first = roomy_place("X", &[("article/a", 1), ("article/a", 3)]);
        first.roles.insert(roomy("capital"));
        first.wikidata = Some(roomy("Q1"));
        kg.upsert_node(first);
        // (a second node for the key: a longer label, an alias, a role, more evidence)
        let mut second = roomy_place("X City", &[("article/b", 2)]);
        second.aliases.insert(roomy("Xville"));
        second.roles.insert(roomy("port"));
        kg.upsert_node(second);
        let n = kg.node("place/x").unwrap();
        assert_eq!(n.label, "X City");
        assert_eq!(n.aliases.iter().collect::<Vec<_>>(), ["X", "Xville"]);
        assert_eq!(n.roles.iter().collect::<Vec<_>>(), ["capital", "port"]);
        assert_eq!(n.wikidata.as_deref(), Some("Q1"));
        assert_eq!(n.count(), 3);
        // (a node first met without evidence, then with some)
        let mut bare = roomy_place("Y", &[]);
        bare.key = roomy("place/y");
        kg.upsert_node(bare);
        let mut later = roomy_place("Y", &[("article/c", 4)]);
        later.key = roomy("place/y");
        kg.upsert_node(later);
        assert_eq!(kg.node("place/y").unwrap().count(), 1);
        for n in [kg.node("place/x").unwrap(), kg.node("place/y").unwrap()] {
            let held = capacities(n);
            assert!(
                held.iter().all(|&c| c < ROOMY),
                "the graph holds a buffer of a node it was given: {held:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn nodes_and_edges_come_in_key_order(
            keys in proptest::collection::vec("[a-c]{0,3}", 1..12),
            links in proptest::collection::vec((0usize..12, 0usize..4, 0usize..12), 0..40),
        ) {
            let kinds = [EdgeKind::Mentions, EdgeKind::About, EdgeKind::Said, EdgeKind::Country];
            let mut kg = KnowledgeGraph::default();
            for k in &keys {
                let mut n = place(Vec::new());
                n.key = format!("place/{k}");
                kg.upsert_node(n);
            }
            for (s, k, t) in links {
                let (s, t) = (&keys[s % keys.len()], &keys[t % keys.len()]);
                kg.add_edge(&format!("place/{s}"), kinds[k], &format!("place/{t}"), 1, None);
            }
            let nodes: Vec<&str> = kg.nodes().iter().map(|n| n.key.as_str()).collect();
            let mut want = nodes.clone();
            want.sort_unstable();
            want.dedup();
            proptest::prop_assert_eq!(&nodes, &want);
            let edges: Vec<(&str, EdgeKind, &str)> = kg
                .edges()
                .iter()
                .map(|(s, e, t)| (s.key.as_str(), e.kind, t.key.as_str()))
                .collect();
            let mut want = edges.clone();
            want.sort_unstable();
            want.dedup();
            proptest::prop_assert_eq!(&edges, &want);
            // The same edges by the positions of their ends in `nodes()`.
            let by_position: Vec<(&str, EdgeKind, &str)> = kg
                .edges_by_position()
                .iter()
                .map(|&(s, e, t)| (nodes[s as usize], e.kind, nodes[t as usize]))
                .collect();
            proptest::prop_assert_eq!(by_position, edges);
        }
    }

    #[test]
    fn the_order_asked_for_from_many_pool_threads_at_once_is_one_order() {
        use rayon::iter::{IntoParallelIterator, ParallelIterator};
        let build = || {
            let mut kg = KnowledgeGraph::default();
            for k in 0..500 {
                let mut n = place(Vec::new());
                n.key = format!("place/{}", (k * 7919) % 1000);
                kg.upsert_node(n);
            }
            for k in 0..2000_usize {
                let (s, t) = ((k * 31) % 1000, (k * 17) % 1000);
                kg.add_edge(
                    &format!("place/{s}"),
                    EdgeKind::About,
                    &format!("place/{t}"),
                    1,
                    None,
                );
            }
            kg
        };
        let keys = |kg: &KnowledgeGraph| -> Vec<(String, String)> {
            kg.edges()
                .iter()
                .map(|(s, _, t)| (s.key.clone(), t.key.clone()))
                .collect()
        };
        let alone = keys(&build());
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(4)
            .build()
            .unwrap();
        let kg = build();
        let all: Vec<Vec<(String, String)>> =
            pool.install(|| (0..16).into_par_iter().map(|_| keys(&kg)).collect());
        assert!(all.iter().all(|v| *v == alone));
        assert!(alone.windows(2).all(|w| w[0] < w[1]));
    }
}
