//! Graph views shared by the "picture" formats (Gephi CSV, GEXF, GraphML, SVG): a flat list of
//! typed, timed nodes and edges projected from the [`KnowledgeGraph`].
//!
//! * [`View::Full`] keeps every node (entities, statements, articles) and every edge.
//! * [`View::Entities`] collapses statements into speaker → mentioned-entity edges whose kind is
//!   the speech act (`deny`, `not_confirm`, …) and whose weight is the number of statements;
//!   roles stay as person → organisation edges and countries as organisation → place edges.
//!
//! Times are calendar dates: a statement's date when it was said, an article's publication date,
//! an entity's dates of mention. They drive Gephi's timeline (`timeset`, GEXF `timestamps`).

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::date::Date;
use crate::graph::{ArticleKey, Edge, EdgeKind, KnowledgeGraph, Node, NodeKind};
use crate::text::hash_hex;

/// Which projection of the graph to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// Entities, statements and articles.
    #[default]
    Full,
    /// Entities only; statements become speaker → entity edges labelled by speech act.
    Entities,
}

impl View {
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Full => "full",
            Self::Entities => "entities",
        }
    }
}

/// The type of an attribute column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttrType {
    String,
    Integer,
    Boolean,
    ListString,
}

/// An attribute column: its id (also its title) and type.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub id: &'static str,
    pub ty: AttrType,
}

const fn col(id: &'static str, ty: AttrType) -> Column {
    Column { id, ty }
}

/// An attribute value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Str(String),
    Int(i64),
    Bool(bool),
    List(Vec<String>),
}

impl Value {
    /// The value as plain text (lists joined with ` | `), for CSV cells and GraphML.
    #[must_use]
    pub fn to_text(&self) -> String {
        match self {
            Self::Str(s) => s.clone(),
            Self::Int(i) => i.to_string(),
            Self::Bool(b) => b.to_string(),
            Self::List(v) => v.join(" | "),
        }
    }
}

/// A node of a view. `values` is aligned with [`GraphView::node_columns`].
#[derive(Debug, Clone)]
pub struct VNode {
    pub id: String,
    pub label: String,
    pub kind: NodeKind,
    pub values: Vec<Option<Value>>,
    pub times: BTreeSet<Date>,
    /// Mentions (entities), occurrences (statements) or statements read (articles).
    pub count: usize,
}

impl VNode {
    /// Display size: grows with the square root of the count.
    #[must_use]
    pub fn size(&self) -> f64 {
        #[allow(clippy::cast_precision_loss)]
        let c = self.count as f64;
        (10.0 + 6.0 * c.sqrt()).min(80.0)
    }
}

/// An edge of a view. `values` is aligned with [`GraphView::edge_columns`].
#[derive(Debug, Clone)]
pub struct VEdge {
    /// Stable id: a hash of (source, kind, target).
    pub id: String,
    pub source: String,
    pub target: String,
    /// Parallel-edge type: the edge kind (full view) or speech act (entities view).
    pub kind: String,
    pub label: String,
    pub weight: u32,
    pub times: BTreeSet<Date>,
    pub values: Vec<Option<Value>>,
}

/// A projection of the graph, in a fixed order (nodes by id, edges by source, kind, target).
///
/// The full view makes each row from the graph when it is read ([`Self::nodes`],
/// [`Self::edges`]), so that a large graph's view is never in memory whole beside the graph:
/// what it keeps is the graph's nodes and edges in order and the times of each. The entities
/// view (its edges are sums over statements) and views made with [`Self::from_rows`] keep
/// their rows.
#[derive(Debug, Clone)]
pub struct GraphView<'a> {
    pub view: View,
    pub node_columns: &'static [Column],
    pub edge_columns: &'static [Column],
    rows: Rows<'a>,
}

#[derive(Debug, Clone)]
enum Rows<'a> {
    Made {
        nodes: Vec<VNode>,
        edges: Vec<VEdge>,
    },
    /// The full view of a graph.
    Full {
        nodes: Vec<&'a Node>,
        /// The times of `nodes[i]`, its edges' included.
        times: Vec<BTreeSet<Date>>,
        edges: Vec<(&'a Node, &'a Edge, &'a Node)>,
        /// The times of `edges[i]`, in order.
        edge_times: Vec<Box<[Date]>>,
    },
}

impl<'a> GraphView<'a> {
    /// A view of the given rows (in the order given).
    #[must_use]
    pub fn from_rows(
        view: View,
        node_columns: &'static [Column],
        edge_columns: &'static [Column],
        nodes: Vec<VNode>,
        edges: Vec<VEdge>,
    ) -> Self {
        Self {
            view,
            node_columns,
            edge_columns,
            rows: Rows::Made { nodes, edges },
        }
    }

    /// The nodes, in order.
    pub fn nodes(&self) -> Box<dyn ExactSizeIterator<Item = Cow<'_, VNode>> + '_> {
        match &self.rows {
            Rows::Made { nodes, .. } => Box::new(nodes.iter().map(Cow::Borrowed)),
            Rows::Full { nodes, times, .. } => Box::new(
                nodes
                    .iter()
                    .zip(times)
                    .map(|(n, t)| Cow::Owned(full_node(n, t.clone()))),
            ),
        }
    }

    /// The edges, in order.
    pub fn edges(&self) -> Box<dyn ExactSizeIterator<Item = Cow<'_, VEdge>> + '_> {
        match &self.rows {
            Rows::Made { edges, .. } => Box::new(edges.iter().map(Cow::Borrowed)),
            Rows::Full {
                edges, edge_times, ..
            } => Box::new(edges.iter().zip(edge_times).map(|(&(s, e, t), times)| {
                Cow::Owned(full_edge(s, e, t, times.iter().copied().collect()))
            })),
        }
    }

    #[must_use]
    pub fn node_count(&self) -> usize {
        match &self.rows {
            Rows::Made { nodes, .. } => nodes.len(),
            Rows::Full { nodes, .. } => nodes.len(),
        }
    }

    #[must_use]
    pub fn edge_count(&self) -> usize {
        match &self.rows {
            Rows::Made { edges, .. } => edges.len(),
            Rows::Full { edges, .. } => edges.len(),
        }
    }
}

/// Colour of a node type (r, g, b), shared by GEXF, GraphML and SVG.
#[must_use]
pub const fn color(kind: NodeKind) -> (u8, u8, u8) {
    match kind {
        NodeKind::Person => (31, 119, 180),
        NodeKind::Organization => (255, 127, 14),
        NodeKind::Place => (44, 160, 44),
        NodeKind::Article => (127, 127, 127),
        NodeKind::Statement => (214, 39, 40),
    }
}

const FULL_NODE_COLUMNS: &[Column] = &[
    col("type", AttrType::String),
    col("aliases", AttrType::ListString),
    col("roles", AttrType::ListString),
    col("mentions", AttrType::Integer),
    col("text", AttrType::String),
    col("speech_act", AttrType::String),
    col("act_negated", AttrType::Boolean),
    col("mode", AttrType::String),
    col("cue", AttrType::String),
    col("said_on", AttrType::String),
    col("date_basis", AttrType::String),
    col("quantities", AttrType::ListString),
    col("published", AttrType::String),
    col("file", AttrType::String),
    col("wikidata", AttrType::String),
    col("evidence", AttrType::ListString),
];

const ENTITY_NODE_COLUMNS: &[Column] = &[
    col("type", AttrType::String),
    col("aliases", AttrType::ListString),
    col("roles", AttrType::ListString),
    col("mentions", AttrType::Integer),
    col("statements", AttrType::Integer),
    col("wikidata", AttrType::String),
];

const EDGE_COLUMNS: &[Column] = &[
    col("articles", AttrType::ListString),
    col("statements", AttrType::ListString),
];

fn list<'a, S: AsRef<str> + ?Sized + 'a>(it: impl IntoIterator<Item = &'a S>) -> Option<Value> {
    let v: Vec<String> = it.into_iter().map(|s| s.as_ref().to_string()).collect();
    (!v.is_empty()).then_some(Value::List(v))
}

fn text(s: Option<&String>) -> Option<Value> {
    s.map(|s| Value::Str(s.clone()))
}

/// Publication dates of articles, by article key.
fn article_dates(kg: &KnowledgeGraph) -> BTreeMap<&str, Date> {
    kg.nodes()
        .into_iter()
        .filter_map(|n| {
            let p = n.article.as_ref()?.published?;
            Some((n.key.as_str(), p.date))
        })
        .collect()
}

/// When a node is "alive" on the timeline.
fn node_times(n: &Node, dates: &BTreeMap<&str, Date>) -> BTreeSet<Date> {
    let mut t: BTreeSet<Date> = n
        .evidence
        .iter()
        .filter_map(|e| dates.get(&*e.article).copied())
        .collect();
    if let Some(d) = n.statement.as_ref().and_then(|s| s.said_on) {
        t.insert(d);
    }
    if let Some(d) = dates.get(n.key.as_str()) {
        t.insert(*d);
    }
    t
}

/// The times of a statement: when it was said, or else when it was published.
fn statement_times(n: &Node, dates: &BTreeMap<&str, Date>) -> BTreeSet<Date> {
    match n.statement.as_ref().and_then(|s| s.said_on) {
        Some(d) => BTreeSet::from([d]),
        None => node_times(n, dates),
    }
}

fn edge_id(source: &str, kind: &str, target: &str) -> String {
    format!("e{}", hash_hex(&[source, kind, target]))
}

fn full_node(n: &Node, times: BTreeSet<Date>) -> VNode {
    let st = n.statement.as_ref();
    let art = n.article.as_ref();
    let published = art.and_then(|a| a.published).map(|p| match p.time {
        Some((h, m)) => format!("{}T{h:02}:{m:02}:00", p.date),
        None => p.date.to_string(),
    });
    let evidence: Vec<String> = n
        .evidence
        .iter()
        .map(crate::graph::Evidence::cell)
        .collect();
    let values = vec![
        Some(Value::Str(n.kind.as_str().to_string())),
        list(&n.aliases),
        list(&n.roles),
        (n.kind != NodeKind::Article).then(|| Value::Int(i64::try_from(n.count()).unwrap_or(0))),
        text(st.map(|s| &s.text)),
        st.map(|s| Value::Str(s.act.as_str().to_string())),
        st.map(|s| Value::Bool(s.act_negated)),
        st.map(|s| Value::Str(s.mode.as_str().to_string())),
        text(st.and_then(|s| s.cue.as_ref())),
        st.and_then(|s| s.said_on)
            .map(|d| Value::Str(d.to_string())),
        st.and_then(|s| s.date_basis)
            .map(|b| Value::Str(format!("{b:?}").to_lowercase())),
        st.and_then(|s| {
            let v: Vec<String> = s.quantities.iter().map(|q| q.cell()).collect();
            list(&v)
        }),
        published.map(Value::Str),
        text(art.map(|a| &a.file_name)),
        text(n.wikidata.as_ref()),
        list(&evidence),
    ];
    VNode {
        id: n.key.clone(),
        label: n.label.clone(),
        kind: n.kind,
        values,
        times,
        count: n.count(),
    }
}

/// Project the graph.
#[must_use]
pub fn project(kg: &KnowledgeGraph, view: View) -> GraphView<'_> {
    match view {
        View::Full => full(kg),
        View::Entities => entities(kg),
    }
}

/// The times of an edge of the full view.
fn edge_times(s: &Node, e: &Edge, t: &Node, dates: &BTreeMap<&str, Date>) -> BTreeSet<Date> {
    match e.kind {
        EdgeKind::Said => statement_times(t, dates),
        EdgeKind::About | EdgeKind::ReportedVia => statement_times(s, dates),
        EdgeKind::AffiliatedWith | EdgeKind::Country => BTreeSet::new(),
        _ => e
            .articles
            .iter()
            .filter_map(|a| dates.get(&**a).copied())
            .collect(),
    }
}

fn full_edge(s: &Node, e: &Edge, t: &Node, times: BTreeSet<Date>) -> VEdge {
    let statement = [s, t]
        .into_iter()
        .find(|n| n.kind == NodeKind::Statement)
        .map(|n| n.key.clone());
    VEdge {
        id: edge_id(&s.key, e.kind.local_name(), &t.key),
        source: s.key.clone(),
        target: t.key.clone(),
        kind: e.kind.local_name().to_string(),
        label: e.kind.label().to_string(),
        weight: e.weight,
        times,
        values: vec![list(&e.articles), list(statement.as_ref())],
    }
}

fn full(kg: &KnowledgeGraph) -> GraphView<'_> {
    let dates = article_dates(kg);
    let nodes = kg.nodes();
    let mut times: Vec<BTreeSet<Date>> = nodes
        .iter()
        .map(|n| {
            if n.kind == NodeKind::Statement {
                statement_times(n, &dates)
            } else {
                node_times(n, &dates)
            }
        })
        .collect();
    // A node is alive whenever one of its edges is, so the timeline never shows an edge
    // between hidden nodes.
    let place: HashMap<&str, usize> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.key.as_str(), i))
        .collect();
    let edges = kg.edges();
    let edge_times: Vec<Box<[Date]>> = edges
        .iter()
        .map(|&(s, e, t)| {
            let et = edge_times(s, e, t, &dates);
            if !et.is_empty() {
                for end in [s, t] {
                    if let Some(&i) = place.get(end.key.as_str()) {
                        times[i].extend(&et);
                    }
                }
            }
            et.into_iter().collect()
        })
        .collect();
    GraphView {
        view: View::Full,
        node_columns: FULL_NODE_COLUMNS,
        edge_columns: EDGE_COLUMNS,
        rows: Rows::Full {
            nodes,
            times,
            edges,
            edge_times,
        },
    }
}

/// The speech-act kind of a statement edge in the entities view.
fn act_kind(n: &Node) -> Option<(String, String)> {
    let st = n.statement.as_ref()?;
    let act = st.act.as_str();
    Some(if st.act_negated {
        (
            format!("not_{act}"),
            format!("did not {}", act.replace('_', " ")),
        )
    } else {
        (act.to_string(), act.replace('_', " "))
    })
}

#[derive(Default)]
struct Acc {
    weight: u32,
    times: BTreeSet<Date>,
    articles: BTreeSet<ArticleKey>,
    statements: BTreeSet<String>,
    label: String,
}

fn entities(kg: &KnowledgeGraph) -> GraphView<'_> {
    let dates = article_dates(kg);
    let is_entity = |n: &Node| {
        matches!(
            n.kind,
            NodeKind::Person | NodeKind::Organization | NodeKind::Place
        )
    };
    let mut said: BTreeMap<&str, i64> = BTreeMap::new();
    let mut acc: BTreeMap<(String, String, String), Acc> = BTreeMap::new();
    for (s, e, t) in kg.edges() {
        match e.kind {
            EdgeKind::Said if is_entity(s) => {
                *said.entry(s.key.as_str()).or_insert(0) += 1;
                let Some((kind, label)) = act_kind(t) else {
                    continue;
                };
                for about in kg.targets(&t.key, EdgeKind::About) {
                    if !is_entity(about) || about.key == s.key {
                        continue;
                    }
                    let a = acc
                        .entry((s.key.clone(), kind.clone(), about.key.clone()))
                        .or_default();
                    a.weight += 1;
                    a.times.extend(statement_times(t, &dates));
                    a.articles
                        .extend(t.evidence.iter().map(|e| e.article.clone()));
                    a.statements.insert(t.key.clone());
                    a.label.clone_from(&label);
                }
            }
            EdgeKind::AffiliatedWith | EdgeKind::Country if is_entity(s) && is_entity(t) => {
                let a = acc
                    .entry((
                        s.key.clone(),
                        e.kind.local_name().to_string(),
                        t.key.clone(),
                    ))
                    .or_default();
                a.weight += e.weight;
                a.articles.extend(e.articles.iter().cloned());
                e.kind.label().clone_into(&mut a.label);
            }
            _ => {}
        }
    }
    let mut nodes: Vec<VNode> = kg
        .nodes()
        .into_iter()
        .filter(|n| is_entity(n))
        .map(|n| VNode {
            id: n.key.clone(),
            label: n.label.clone(),
            kind: n.kind,
            values: vec![
                Some(Value::Str(n.kind.as_str().to_string())),
                list(&n.aliases),
                list(&n.roles),
                Some(Value::Int(i64::try_from(n.count()).unwrap_or(0))),
                Some(Value::Int(said.get(n.key.as_str()).copied().unwrap_or(0))),
                text(n.wikidata.as_ref()),
            ],
            times: node_times(n, &dates),
            count: n.count(),
        })
        .collect();
    let edges: Vec<VEdge> = acc
        .into_iter()
        .map(|((source, kind, target), a)| VEdge {
            id: edge_id(&source, &kind, &target),
            source,
            target,
            kind,
            label: a.label,
            weight: a.weight,
            times: a.times,
            values: vec![list(&a.articles), list(&a.statements)],
        })
        .collect();
    // A node is alive whenever one of its edges is, so the timeline never shows an edge
    // between hidden nodes.
    let mut extra: BTreeMap<&str, BTreeSet<Date>> = BTreeMap::new();
    for e in &edges {
        for end in [&e.source, &e.target] {
            extra.entry(end).or_default().extend(&e.times);
        }
    }
    for n in &mut nodes {
        if let Some(t) = extra.get(n.id.as_str()) {
            n.times.extend(t);
        }
    }
    GraphView::from_rows(
        View::Entities,
        ENTITY_NODE_COLUMNS,
        EDGE_COLUMNS,
        nodes,
        edges,
    )
}

/// Gephi's time-set syntax: `<[2024-10-08, 2024-10-18]>`; empty when there is no time.
#[must_use]
pub fn timeset(times: &BTreeSet<Date>) -> String {
    if times.is_empty() {
        return String::new();
    }
    let v: Vec<String> = times.iter().map(ToString::to_string).collect();
    format!("<[{}]>", v.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeset_syntax() {
        let t: BTreeSet<Date> = [Date::new(2024, 10, 18), Date::new(2024, 10, 8)]
            .into_iter()
            .flatten()
            .collect();
        assert_eq!(timeset(&t), "<[2024-10-08, 2024-10-18]>");
        assert_eq!(timeset(&BTreeSet::new()), "");
    }
}
