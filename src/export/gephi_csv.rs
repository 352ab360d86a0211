//! Gephi spreadsheet CSVs: `nodes.csv` (`Id,Label,…,timeset`) and `edges.csv`
//! (`Source,Target,Type,Kind,Id,Label,Weight,…,timeset`) for one [`GraphView`]. UTF-8 without
//! BOM, comma-separated, RFC 4180 quoting; Gephi reads backslash as an escape character, so
//! literal backslashes are doubled. `timeset` holds ISO dates (`<[2024-10-08, 2024-10-18]>`),
//! which Gephi turns into a timeline.

use std::io::{self, Write};

use super::sink::{CsvRecord, Sink};
use super::view::{GraphView, Value, timeset};

/// Gephi's CSV importer treats `\` as an escape: write `\\` for a literal backslash.
#[must_use]
pub fn gephi_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
}

/// A field with Gephi's backslash rule ([`gephi_escape`]), copied only when it holds one.
fn field<W: Write>(rec: &mut CsvRecord<'_, W>, s: &str) {
    if s.contains('\\') {
        rec.field(&gephi_escape(s));
    } else {
        rec.field(s);
    }
}

/// The cells of a row's values ([`Value::to_text`]; empty when absent).
fn values<W: Write>(rec: &mut CsvRecord<'_, W>, values: &[Option<Value>]) {
    for v in values {
        match v {
            None => {
                rec.field("");
            }
            Some(Value::Str(s)) => field(rec, s),
            Some(Value::Int(i)) => {
                rec.int(*i);
            }
            Some(v) => field(rec, &v.to_text()),
        }
    }
}

/// Write `nodes.csv`.
///
/// # Errors
/// When writing fails.
pub fn write_nodes<W: Write>(g: &GraphView, w: W) -> io::Result<W> {
    let mut out = Sink::new(w);
    let mut rec = out.record();
    for h in ["Id", "Label"]
        .into_iter()
        .chain(g.node_columns.iter().map(|c| c.id))
        .chain(["timeset"])
    {
        rec.field(h);
    }
    rec.end()?;
    for n in g.nodes() {
        let mut rec = out.record();
        field(&mut rec, &n.id);
        field(&mut rec, &n.label);
        values(&mut rec, &n.values);
        field(&mut rec, &timeset(&n.times));
        rec.end()?;
    }
    out.finish()
}

/// Write `edges.csv`. Every `Source`/`Target` is an `Id` of `nodes.csv`; edge ids are stable
/// hashes of (source, kind, target).
///
/// # Errors
/// When writing fails.
pub fn write_edges<W: Write>(g: &GraphView, w: W) -> io::Result<W> {
    let mut out = Sink::new(w);
    let mut rec = out.record();
    for h in ["Source", "Target", "Type", "Kind", "Id", "Label", "Weight"]
        .into_iter()
        .chain(g.edge_columns.iter().map(|c| c.id))
        .chain(["timeset"])
    {
        rec.field(h);
    }
    rec.end()?;
    let mut weight = String::new();
    for e in g.edges() {
        let mut rec = out.record();
        field(&mut rec, &e.source);
        field(&mut rec, &e.target);
        rec.field("Directed");
        field(&mut rec, &e.kind);
        field(&mut rec, &e.id);
        field(&mut rec, &e.label);
        // (a weight is a count: `{:.1}` of it is the count and ".0")
        weight.clear();
        weight.push_str(itoa::Buffer::new().format(e.weight));
        weight.push_str(".0");
        rec.field(&weight);
        values(&mut rec, &e.values);
        field(&mut rec, &timeset(&e.times));
        rec.end()?;
    }
    out.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backslashes_are_doubled() {
        assert_eq!(gephi_escape(r"a\b"), r"a\\b");
    }
}
