//! Gephi spreadsheet CSVs: `nodes.csv` (`Id,Label,…,timeset`) and `edges.csv`
//! (`Source,Target,Type,Kind,Id,Label,Weight,…,timeset`) for one [`GraphView`]. UTF-8 without
//! BOM, comma-separated, RFC 4180 quoting; Gephi reads backslash as an escape character, so
//! literal backslashes are doubled. `timeset` holds ISO dates (`<[2024-10-08, 2024-10-18]>`),
//! which Gephi turns into a timeline.

use std::io::Write;

use super::view::{GraphView, timeset};

/// Gephi's CSV importer treats `\` as an escape: write `\\` for a literal backslash.
#[must_use]
pub fn gephi_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
}

fn finish<W: Write>(out: csv::Writer<W>) -> csv::Result<W> {
    out.into_inner()
        .map_err(|e| csv::Error::from(std::io::Error::other(e.to_string())))
}

/// Write `nodes.csv`.
///
/// # Errors
/// When writing fails.
pub fn write_nodes<W: Write>(g: &GraphView, w: W) -> csv::Result<W> {
    let mut out = csv::WriterBuilder::new().from_writer(w);
    let mut header = vec!["Id", "Label"];
    header.extend(g.node_columns.iter().map(|c| c.id));
    header.push("timeset");
    out.write_record(&header)?;
    for n in &g.nodes {
        let mut row = vec![n.id.clone(), n.label.clone()];
        row.extend(n.values.iter().map(|v| {
            v.as_ref()
                .map(super::view::Value::to_text)
                .unwrap_or_default()
        }));
        row.push(timeset(&n.times));
        out.write_record(row.iter().map(|v| gephi_escape(v)))?;
    }
    finish(out)
}

/// Write `edges.csv`. Every `Source`/`Target` is an `Id` of `nodes.csv`; edge ids are stable
/// hashes of (source, kind, target).
///
/// # Errors
/// When writing fails.
pub fn write_edges<W: Write>(g: &GraphView, w: W) -> csv::Result<W> {
    let mut out = csv::WriterBuilder::new().from_writer(w);
    let mut header = vec!["Source", "Target", "Type", "Kind", "Id", "Label", "Weight"];
    header.extend(g.edge_columns.iter().map(|c| c.id));
    header.push("timeset");
    out.write_record(&header)?;
    for e in &g.edges {
        let mut row = vec![
            e.source.clone(),
            e.target.clone(),
            "Directed".to_string(),
            e.kind.clone(),
            e.id.clone(),
            e.label.clone(),
            format!("{:.1}", f64::from(e.weight)),
        ];
        row.extend(e.values.iter().map(|v| {
            v.as_ref()
                .map(super::view::Value::to_text)
                .unwrap_or_default()
        }));
        row.push(timeset(&e.times));
        out.write_record(row.iter().map(|v| gephi_escape(v)))?;
    }
    finish(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backslashes_are_doubled() {
        assert_eq!(gephi_escape(r"a\b"), r"a\\b");
    }
}
