//! Gephi spreadsheet CSVs: `nodes.csv` (`Id,Label,type,…`) and `edges.csv`
//! (`Source,Target,Type,Kind,Id,Label,Weight,…`). UTF-8 without BOM, comma-separated, RFC 4180
//! quoting; Gephi reads backslash as an escape character, so literal backslashes are doubled.

use std::io::Write;

use crate::graph::{KnowledgeGraph, NodeKind};
use crate::text::hash_hex;

/// Gephi's CSV importer treats `\` as an escape: write `\\` for a literal backslash.
#[must_use]
pub fn gephi_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
}

const NODE_HEADER: [&str; 16] = [
    "Id",
    "Label",
    "type",
    "aliases",
    "roles",
    "mentions",
    "text",
    "speech_act",
    "act_negated",
    "mode",
    "cue",
    "said_on",
    "date_basis",
    "published",
    "file",
    "evidence",
];
const EDGE_HEADER: [&str; 9] = [
    "Source", "Target", "Type", "Kind", "Id", "Label", "Weight", "articles", "said_on",
];

fn join<'a>(it: impl IntoIterator<Item = &'a String>) -> String {
    it.into_iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" | ")
}

/// Write `nodes.csv`.
///
/// # Errors
/// When writing fails.
pub fn write_nodes<W: Write>(kg: &KnowledgeGraph, w: W) -> csv::Result<W> {
    let mut out = csv::WriterBuilder::new().from_writer(w);
    out.write_record(NODE_HEADER)?;
    for n in kg.nodes() {
        let st = n.statement.as_ref();
        let art = n.article.as_ref();
        let published = art.and_then(|a| a.published).map(|p| match p.time {
            Some((h, m)) => format!("{}T{h:02}:{m:02}:00", p.date),
            None => p.date.to_string(),
        });
        let evidence = join(
            &n.evidence
                .iter()
                .map(|e| format!("{}@{}-{}", e.article, e.start, e.end))
                .collect::<Vec<_>>(),
        );
        let row = [
            n.key.clone(),
            n.label.clone(),
            n.kind.as_str().to_string(),
            join(&n.aliases),
            join(&n.roles),
            if n.kind == NodeKind::Article {
                String::new()
            } else {
                n.count().to_string()
            },
            st.map(|s| s.text.clone()).unwrap_or_default(),
            st.map(|s| s.act.as_str().to_string()).unwrap_or_default(),
            st.map(|s| s.act_negated.to_string()).unwrap_or_default(),
            st.map(|s| s.mode.as_str().to_string()).unwrap_or_default(),
            st.and_then(|s| s.cue.clone()).unwrap_or_default(),
            st.and_then(|s| s.said_on)
                .map(|d| d.to_string())
                .unwrap_or_default(),
            st.and_then(|s| s.date_basis)
                .map(|b| format!("{b:?}").to_lowercase())
                .unwrap_or_default(),
            published.unwrap_or_default(),
            art.map(|a| a.file_name.clone()).unwrap_or_default(),
            evidence,
        ];
        out.write_record(row.iter().map(|v| gephi_escape(v)))?;
    }
    out.into_inner()
        .map_err(|e| csv::Error::from(std::io::Error::other(e.to_string())))
}

/// Write `edges.csv`. Every `Source`/`Target` is an `Id` of `nodes.csv`; edge ids are stable
/// hashes of (source, kind, target).
///
/// # Errors
/// When writing fails.
pub fn write_edges<W: Write>(kg: &KnowledgeGraph, w: W) -> csv::Result<W> {
    let mut out = csv::WriterBuilder::new().from_writer(w);
    out.write_record(EDGE_HEADER)?;
    for (s, e, t) in kg.edges() {
        let said_on = match (e.kind, t.statement.as_ref()) {
            (crate::graph::EdgeKind::Said, Some(st)) => {
                st.said_on.map(|d| d.to_string()).unwrap_or_default()
            }
            _ => String::new(),
        };
        let row = [
            s.key.clone(),
            t.key.clone(),
            "Directed".to_string(),
            e.kind.local_name().to_string(),
            format!("e{}", hash_hex(&[&s.key, e.kind.local_name(), &t.key])),
            e.kind.label().to_string(),
            format!("{:.1}", f64::from(e.weight)),
            join(&e.articles),
            said_on,
        ];
        out.write_record(row.iter().map(|v| gephi_escape(v)))?;
    }
    out.into_inner()
        .map_err(|e| csv::Error::from(std::io::Error::other(e.to_string())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backslashes_are_doubled() {
        assert_eq!(gephi_escape(r"a\b"), r"a\\b");
    }
}
