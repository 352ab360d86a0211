//! The property-graph form of the knowledge graph shared by the Neo4j and Ladybug/Kùzu writers:
//! one node table per node type (columns in a fixed order) and one relationship list with
//! UPPER_SNAKE_CASE types. Ids are the canonical keys, so shards union cleanly.

use super::sink::{CsvRecord, Sink};
use crate::date::Date;
use crate::graph::{ArticleKey, EdgeKind, KnowledgeGraph, Node, NodeKind};

/// The type of a property.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PType {
    String,
    Int,
    Bool,
    Date,
    StringList,
}

/// A property value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PValue {
    Str(String),
    Int(i64),
    Bool(bool),
    Date(Date),
    List(Vec<String>),
}

/// One row of a node table: id, extra labels, values aligned with the table's columns.
pub type Row = (String, Vec<&'static str>, Vec<Option<PValue>>);

/// A node table: every node of one type. Its rows are made from the graph's nodes as they are
/// read ([`Self::rows`]), so a large graph's tables are never in memory whole beside it.
#[derive(Debug, Clone)]
pub struct NodeTable<'a> {
    pub kind: NodeKind,
    /// Table name / main label (`Person`, …).
    pub name: &'static str,
    /// Property columns after the id, in order.
    pub columns: &'static [(&'static str, PType)],
    nodes: Vec<&'a Node>,
}

impl NodeTable<'_> {
    /// The rows, by id: (id, extra labels, values aligned with `columns`).
    pub fn rows(&self) -> impl ExactSizeIterator<Item = Row> + '_ {
        self.nodes
            .iter()
            .map(|n| (n.key.clone(), labels(n), values(n)))
    }

    /// The extra labels of any row.
    #[must_use]
    pub fn labels(&self) -> std::collections::BTreeSet<&'static str> {
        self.nodes.iter().flat_map(|n| labels(n)).collect()
    }

    #[must_use]
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }
}

/// A relationship: an edge of the graph, read where it is.
#[derive(Debug, Clone)]
pub struct Rel<'a> {
    pub kind: EdgeKind,
    pub start: &'a str,
    pub start_table: &'static str,
    pub end: &'a str,
    pub end_table: &'static str,
    pub weight: i64,
    pub articles: &'a [ArticleKey],
}

/// Columns of relationships after the endpoints and type.
pub const REL_COLUMNS: &[(&str, PType)] =
    &[("weight", PType::Int), ("articles", PType::StringList)];

const ENTITY_COLUMNS: &[(&str, PType)] = &[
    ("name", PType::String),
    ("aliases", PType::StringList),
    ("roles", PType::StringList),
    ("mentions", PType::Int),
    ("descriptive", PType::Bool),
    ("wikidata", PType::String),
    ("evidence", PType::StringList),
];

const PLACE_COLUMNS: &[(&str, PType)] = &[
    ("name", PType::String),
    ("aliases", PType::StringList),
    ("roles", PType::StringList),
    ("mentions", PType::Int),
    ("descriptive", PType::Bool),
    ("wikidata", PType::String),
    ("evidence", PType::StringList),
    ("country", PType::Bool),
];

const ARTICLE_COLUMNS: &[(&str, PType)] = &[
    ("name", PType::String),
    ("headline", PType::String),
    ("published", PType::Date),
    ("publishedTime", PType::String),
    ("file", PType::String),
    ("characters", PType::Int),
];

const STATEMENT_COLUMNS: &[(&str, PType)] = &[
    ("text", PType::String),
    ("speechAct", PType::String),
    ("actNegated", PType::Bool),
    ("mode", PType::String),
    ("cue", PType::String),
    ("cueLemma", PType::String),
    ("cameo", PType::String),
    ("saidOn", PType::Date),
    ("saidFrom", PType::Date),
    ("saidUntil", PType::Date),
    ("dateBasis", PType::String),
    ("dateExpression", PType::String),
    ("speakerDescription", PType::String),
    ("unknownSpeaker", PType::Bool),
    ("quantities", PType::StringList),
    ("occurrences", PType::Int),
    ("evidence", PType::StringList),
];

/// The table name of a node type.
#[must_use]
pub const fn table_name(kind: NodeKind) -> &'static str {
    kind.as_str()
}

fn int(n: usize) -> Option<PValue> {
    Some(PValue::Int(i64::try_from(n).unwrap_or(i64::MAX)))
}
fn string(s: Option<&String>) -> Option<PValue> {
    s.map(|s| PValue::Str(s.clone()))
}
fn list<'a>(it: impl IntoIterator<Item = &'a String>) -> Option<PValue> {
    let v: Vec<String> = it.into_iter().cloned().collect();
    (!v.is_empty()).then_some(PValue::List(v))
}

fn evidence(n: &Node) -> Option<PValue> {
    let v: Vec<String> = n
        .evidence
        .iter()
        .map(crate::graph::Evidence::cell)
        .collect();
    list(&v)
}

/// The extra labels of a node's row.
fn labels(n: &Node) -> Vec<&'static str> {
    match n.kind {
        NodeKind::Person | NodeKind::Organization => vec!["Entity"],
        NodeKind::Place if n.country => vec!["Entity", "Country"],
        NodeKind::Place => vec!["Entity"],
        NodeKind::Article | NodeKind::Statement => Vec::new(),
    }
}

/// The values of a node's row, aligned with its table's columns.
fn values(n: &Node) -> Vec<Option<PValue>> {
    match n.kind {
        NodeKind::Person | NodeKind::Organization | NodeKind::Place => {
            let mut v = vec![
                Some(PValue::Str(n.label.clone())),
                list(&n.aliases),
                list(&n.roles),
                int(n.count()),
                Some(PValue::Bool(n.descriptive)),
                string(n.wikidata.as_ref()),
                evidence(n),
            ];
            if n.kind == NodeKind::Place {
                v.push(Some(PValue::Bool(n.country)));
            }
            v
        }
        NodeKind::Article => {
            let a = n.article.as_ref();
            let p = a.and_then(|a| a.published);
            vec![
                Some(PValue::Str(n.label.clone())),
                string(a.and_then(|a| a.headline.as_ref())),
                p.map(|p| PValue::Date(p.date)),
                p.and_then(|p| p.time)
                    .map(|(h, m)| PValue::Str(format!("{h:02}:{m:02}"))),
                string(a.map(|a| &a.file_name)),
                a.and_then(|a| int(a.length)),
            ]
        }
        NodeKind::Statement => {
            let s = n.statement.as_ref();
            vec![
                string(s.map(|s| &s.text)),
                s.map(|s| PValue::Str(s.act.as_str().to_string())),
                s.map(|s| PValue::Bool(s.act_negated)),
                s.map(|s| PValue::Str(s.mode.as_str().to_string())),
                string(s.and_then(|s| s.cue.as_ref())),
                string(s.and_then(|s| s.cue_lemma.as_ref())),
                string(s.and_then(|s| s.cameo.as_ref())),
                s.and_then(|s| s.said_on).map(PValue::Date),
                s.and_then(|s| s.said_period).map(|p| PValue::Date(p.0)),
                s.and_then(|s| s.said_period).map(|p| PValue::Date(p.1)),
                s.and_then(|s| s.date_basis)
                    .map(|b| PValue::Str(format!("{b:?}").to_lowercase())),
                string(s.and_then(|s| s.date_expression.as_ref())),
                string(s.and_then(|s| s.speaker_description.as_ref())),
                s.map(|s| PValue::Bool(s.unknown_speaker)),
                s.and_then(|s| {
                    let v: Vec<String> = s.quantities.iter().map(|q| q.cell()).collect();
                    list(&v)
                }),
                int(n.count()),
                evidence(n),
            ]
        }
    }
}

/// Node tables in a fixed order (Person, Organization, Place, Article, Statement), rows by id.
#[must_use]
pub fn node_tables(kg: &KnowledgeGraph) -> Vec<NodeTable<'_>> {
    let kinds = [
        (NodeKind::Person, ENTITY_COLUMNS),
        (NodeKind::Organization, ENTITY_COLUMNS),
        (NodeKind::Place, PLACE_COLUMNS),
        (NodeKind::Article, ARTICLE_COLUMNS),
        (NodeKind::Statement, STATEMENT_COLUMNS),
    ];
    let nodes = kg.nodes();
    kinds
        .into_iter()
        .map(|(kind, columns)| NodeTable {
            kind,
            name: table_name(kind),
            columns,
            nodes: nodes.iter().copied().filter(|n| n.kind == kind).collect(),
        })
        .collect()
}

/// Every relationship, sorted by (start, type, end).
#[must_use]
pub fn rels(kg: &KnowledgeGraph) -> Vec<Rel<'_>> {
    kg.edges()
        .into_iter()
        .map(|(s, e, t)| Rel {
            kind: e.kind,
            start: &s.key,
            start_table: table_name(s.kind),
            end: &t.key,
            end_table: table_name(t.kind),
            weight: i64::from(e.weight),
            articles: &e.articles,
        })
        .collect()
}

/// Write a header and one record per item of `rows` as RFC 4180 CSV (the Neo4j and Ladybug
/// files share this): `row` writes each item's fields ([`CsvRecord`]).
///
/// # Errors
/// When writing fails.
pub(crate) fn write_csv<W: std::io::Write, H: AsRef<str>, T>(
    w: W,
    header: &[H],
    rows: impl IntoIterator<Item = T>,
    mut row: impl FnMut(&mut CsvRecord<'_, W>, T),
) -> std::io::Result<W> {
    let mut out = Sink::new(w);
    let mut rec = out.record();
    for h in header {
        rec.field(h.as_ref());
    }
    rec.end()?;
    for r in rows {
        let mut rec = out.record();
        row(&mut rec, r);
        rec.end()?;
    }
    out.finish()
}

/// A cell of `v` (empty when absent): strings as they are, numbers, booleans and dates as text,
/// lists in the syntax `list` writes them in.
pub(crate) fn put_cell<W: std::io::Write>(
    rec: &mut CsvRecord<'_, W>,
    v: Option<&PValue>,
    list: impl Fn(&[String]) -> String,
) {
    match v {
        None => rec.field(""),
        Some(PValue::Str(s)) => rec.field(s),
        Some(PValue::Int(i)) => rec.int(*i),
        Some(PValue::Bool(b)) => rec.field(if *b { "true" } else { "false" }),
        Some(PValue::Date(d)) => rec.field(&d.to_string()),
        Some(PValue::List(items)) => rec.field(&list(items)),
    };
}
