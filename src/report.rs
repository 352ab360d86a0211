//! What a run did, for people (stderr) and for machines (`report.json` in the output folder):
//! inputs read and skipped with the reason, warnings, and what the graph holds. It holds no
//! times or absolute paths, so the same run gives the same bytes.

use serde::Serialize;

use crate::error::IngestError;
use crate::graph::{Counts, NodeKind};

/// What happened to the inputs.
#[derive(Debug, Default)]
pub struct Report {
    /// Inputs read and extracted (a repeated article counts each time).
    pub articles: usize,
    /// Distinct articles in the graph.
    pub distinct_articles: usize,
    /// Inputs extracted: a copy of an article read after a copy that is kept is not extracted
    /// again, but two copies read at the same time on two threads may both be. So this depends
    /// on timing and is written to no output file (`--timings` prints it).
    pub extracted: usize,
    /// Bytes of article text read.
    pub bytes: u64,
    /// Inputs skipped, with the reason, in input order.
    pub skipped: Vec<IngestError>,
    /// Non-fatal notes (e.g. a file decoded as Windows-1252), in input order.
    pub warnings: Vec<String>,
}

#[derive(Serialize)]
struct Skipped {
    path: String,
    reason: String,
}

#[derive(Serialize)]
struct Inputs {
    read: usize,
    distinct_articles: usize,
    bytes: u64,
    skipped: usize,
}

#[derive(Serialize)]
struct GraphCounts {
    people: usize,
    organisations: usize,
    places: usize,
    articles: usize,
    statements: usize,
    nodes: usize,
    edges: usize,
    /// Distinct RDF triples; null when no RDF format was written.
    triples: Option<usize>,
}

#[derive(Serialize)]
struct Json<'a> {
    tool: &'static str,
    version: &'static str,
    /// 0 = everything processed, 1 = some inputs skipped.
    status: u8,
    inputs: Inputs,
    skipped: Vec<Skipped>,
    warnings: &'a [String],
    graph: GraphCounts,
    outputs: &'a [String],
}

impl Report {
    /// `report.json`: the report, the graph's counts and the files written beside it.
    #[must_use]
    pub fn to_json(&self, c: &Counts, triples: Option<usize>, outputs: &[String]) -> String {
        let n = |k| c.of(k);
        let json = Json {
            tool: "newskg",
            version: env!("CARGO_PKG_VERSION"),
            status: u8::from(!self.skipped.is_empty()),
            inputs: Inputs {
                read: self.articles,
                distinct_articles: self.distinct_articles,
                bytes: self.bytes,
                skipped: self.skipped.len(),
            },
            skipped: self
                .skipped
                .iter()
                .map(|e| Skipped {
                    path: e.path().display().to_string(),
                    reason: e.reason(),
                })
                .collect(),
            warnings: &self.warnings,
            graph: GraphCounts {
                people: n(NodeKind::Person),
                organisations: n(NodeKind::Organization),
                places: n(NodeKind::Place),
                articles: n(NodeKind::Article),
                statements: n(NodeKind::Statement),
                nodes: c.nodes,
                edges: c.edges,
                triples,
            },
            outputs,
        };
        let mut s = serde_json::to_string_pretty(&json).unwrap_or_default();
        s.push('\n');
        s
    }
}
