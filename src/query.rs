//! SPARQL over exported files with an in-memory oxigraph store (no RocksDB). The default graph
//! of a query is the union of all graphs, so questions need no `GRAPH` clause; `GRAPH ?g` still
//! reaches each article's named graph.

use std::fs::File;
use std::io::{BufReader, Write};
use std::path::Path;

use oxigraph::io::RdfFormat;
use oxigraph::model::Term;
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;

use crate::error::QueryError;
use crate::export::rdf::PREFIXES;

/// How results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ResultFormat {
    /// An aligned text table with prefixed names (for people).
    #[default]
    Table,
    /// SPARQL 1.1 CSV results.
    Csv,
    /// SPARQL 1.1 JSON results.
    Json,
}

/// The RDF format of a file, from its extension.
#[must_use]
pub fn format_of(path: &Path) -> Option<RdfFormat> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    RdfFormat::from_extension(&ext)
}

/// Load RDF files into a new in-memory store.
///
/// # Errors
/// When a file cannot be read or parsed.
pub fn load(paths: &[impl AsRef<Path>]) -> Result<Store, QueryError> {
    let store = Store::new().map_err(|e| QueryError::Evaluation(e.to_string()))?;
    for p in paths {
        let path = p.as_ref();
        let format = format_of(path).ok_or_else(|| QueryError::Format {
            path: path.to_path_buf(),
        })?;
        let file = File::open(path).map_err(|source| QueryError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        store
            .load_from_reader(format, BufReader::new(file))
            .map_err(|e| QueryError::Load {
                path: path.to_path_buf(),
                message: e.to_string(),
            })?;
    }
    Ok(store)
}

/// Shorten an IRI with the export's prefixes.
fn compact(iri: &str) -> String {
    for (p, ns) in PREFIXES {
        if let Some(local) = iri.strip_prefix(ns) {
            if !local.is_empty() && !local.contains(['/', '#']) {
                return format!("{p}:{local}");
            }
        }
    }
    format!("<{iri}>")
}

/// A term as a person reads it: prefixed names, literal values without datatypes.
fn show(t: &Term) -> String {
    match t {
        Term::NamedNode(n) => compact(n.as_str()),
        Term::BlankNode(b) => b.to_string(),
        Term::Literal(l) => l.value().replace('\n', " "),
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    }
}

fn table<W: Write>(header: &[String], rows: &[Vec<String>], mut w: W) -> std::io::Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(c.chars().count());
        }
    }
    let line = |cells: &[String]| {
        cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect::<Vec<_>>()
            .join(" | ")
            .trim_end()
            .to_string()
    };
    writeln!(w, "{}", line(header))?;
    writeln!(
        w,
        "{}",
        widths
            .iter()
            .map(|n| "-".repeat(*n))
            .collect::<Vec<_>>()
            .join("-+-")
    )?;
    for r in rows {
        writeln!(w, "{}", line(r))?;
    }
    writeln!(
        w,
        "({} row{})",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    )
}

/// Run a SPARQL query on `store` and write the results to `w`. Returns the number of rows
/// (solutions, triples, or 1 for ASK).
///
/// # Errors
/// On a syntax error, an evaluation error or a write error.
pub fn run<W: Write>(
    store: &Store,
    sparql: &str,
    format: ResultFormat,
    mut w: W,
) -> Result<usize, QueryError> {
    let mut prepared = SparqlEvaluator::new()
        .parse_query(sparql)
        .map_err(|e| QueryError::Syntax(e.to_string()))?;
    if prepared.dataset().is_default_dataset() {
        prepared.dataset_mut().set_default_graph_as_union();
    }
    let results = prepared
        .on_store(store)
        .execute()
        .map_err(|e| QueryError::Evaluation(e.to_string()))?;
    let eval = |e: oxigraph::sparql::QueryEvaluationError| QueryError::Evaluation(e.to_string());
    match results {
        QueryResults::Solutions(solutions) => {
            let vars = solutions.variables().to_vec();
            let mut rows: Vec<Vec<Option<Term>>> = Vec::new();
            for s in solutions {
                let s = s.map_err(eval)?;
                rows.push(vars.iter().map(|v| s.get(v).cloned()).collect());
            }
            let n = rows.len();
            match format {
                ResultFormat::Table => {
                    let header: Vec<String> = vars.iter().map(|v| v.as_str().to_string()).collect();
                    let cells: Vec<Vec<String>> = rows
                        .iter()
                        .map(|r| {
                            r.iter()
                                .map(|t| t.as_ref().map(show).unwrap_or_default())
                                .collect()
                        })
                        .collect();
                    table(&header, &cells, &mut w).map_err(QueryError::Write)?;
                }
                ResultFormat::Csv | ResultFormat::Json => {
                    let f = if format == ResultFormat::Csv {
                        QueryResultsFormat::Csv
                    } else {
                        QueryResultsFormat::Json
                    };
                    let mut ser = QueryResultsSerializer::from_format(f)
                        .serialize_solutions_to_writer(&mut w, vars.clone())
                        .map_err(QueryError::Write)?;
                    for r in &rows {
                        ser.serialize(
                            vars.iter()
                                .zip(r)
                                .filter_map(|(v, t)| Some((v.as_ref(), t.as_ref()?.as_ref()))),
                        )
                        .map_err(QueryError::Write)?;
                    }
                    ser.finish().map_err(QueryError::Write)?;
                }
            }
            Ok(n)
        }
        QueryResults::Boolean(b) => {
            match format {
                ResultFormat::Table => writeln!(w, "{b}").map_err(QueryError::Write)?,
                ResultFormat::Csv | ResultFormat::Json => {
                    let f = if format == ResultFormat::Csv {
                        QueryResultsFormat::Csv
                    } else {
                        QueryResultsFormat::Json
                    };
                    QueryResultsSerializer::from_format(f)
                        .serialize_boolean_to_writer(&mut w, b)
                        .map_err(QueryError::Write)?;
                }
            }
            Ok(1)
        }
        QueryResults::Graph(triples) => {
            let mut n = 0;
            for t in triples {
                let t = t.map_err(eval)?;
                writeln!(w, "{t} .").map_err(QueryError::Write)?;
                n += 1;
            }
            Ok(n)
        }
    }
}
