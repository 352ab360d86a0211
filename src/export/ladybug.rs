//! Kùzu / Ladybug: one CSV per node table (columns in DDL order, with a header) and one per
//! (relationship type, from table, to table), plus `load.cypher` with the schema and `COPY`
//! statements (paths relative to the folder, `HEADER=true`, `PARALLEL=false` because statement
//! text may span lines). Run it statement by statement (split on `;` at line ends) from the folder.

use std::collections::BTreeMap;
use std::io::{self, Write};

use super::property_graph::{NodeTable, PType, REL_COLUMNS, Rel, put_cell, write_csv};

const fn ddl_type(t: PType) -> &'static str {
    match t {
        PType::String => "STRING",
        PType::Int => "INT64",
        PType::Bool => "BOOLEAN",
        PType::Date => "DATE",
        PType::StringList => "STRING[]",
    }
}

/// The CSV file of a node table.
#[must_use]
pub fn node_file(t: &NodeTable) -> String {
    format!("{}.csv", t.name.to_lowercase())
}

/// A list item in Kùzu's list syntax. Items holding list syntax are double-quoted so they are
/// not split; Kùzu keeps those quotes in the value.
fn list_item(s: &str) -> String {
    if s.contains([',', '[', ']', '{', '}', '"', '\'']) || s.trim() != s {
        format!("\"{}\"", s.replace('"', "'"))
    } else {
        s.to_string()
    }
}

/// A list cell in Kùzu's list syntax: `[a,b]`.
fn list<S: AsRef<str>>(items: &[S]) -> String {
    let v: Vec<String> = items.iter().map(|i| list_item(i.as_ref())).collect();
    format!("[{}]", v.join(","))
}

/// Relationships grouped by (type, from table, to table), each group one CSV.
#[must_use]
pub fn rel_groups<'r, 'a>(
    rels: &'r [Rel<'a>],
) -> BTreeMap<(&'static str, &'static str, &'static str), Vec<&'r Rel<'a>>> {
    let mut m: BTreeMap<_, Vec<&Rel<'a>>> = BTreeMap::new();
    for r in rels {
        m.entry((r.kind.rel_type(), r.start_table, r.end_table))
            .or_default()
            .push(r);
    }
    m
}

/// The CSV file of a relationship group.
#[must_use]
pub fn rel_file(ty: &str, from: &str, to: &str) -> String {
    format!(
        "{}_{}_{}.csv",
        ty.to_lowercase(),
        from.to_lowercase(),
        to.to_lowercase()
    )
}

/// Write one node table.
///
/// # Errors
/// When writing fails.
pub fn write_nodes<W: Write>(t: &NodeTable, w: W) -> io::Result<W> {
    let mut header = vec!["id"];
    header.extend(t.columns.iter().map(|(n, _)| *n));
    write_csv(w, &header, t.rows(), |rec, (id, _, values)| {
        rec.field(&id);
        for v in values {
            put_cell(rec, v.as_ref(), list);
        }
    })
}

/// Write one relationship group.
///
/// # Errors
/// When writing fails.
pub fn write_rels<W: Write>(group: &[&Rel], w: W) -> io::Result<W> {
    let mut header = vec!["from", "to"];
    header.extend(REL_COLUMNS.iter().map(|(n, _)| *n));
    write_csv(w, &header, group, |rec, r| {
        rec.field(r.start)
            .field(r.end)
            .int(r.weight)
            .field(&list(r.articles));
    })
}

/// Write `load.cypher`.
///
/// # Errors
/// When writing fails.
pub fn write_load_cypher<W: Write>(tables: &[NodeTable], rels: &[Rel], mut w: W) -> io::Result<W> {
    writeln!(
        w,
        "// Load this folder into a fresh Kùzu / Ladybug database. Run from this folder, one"
    )?;
    writeln!(
        w,
        "// statement at a time (statements end with ';'), e.g. with the Python API:"
    )?;
    writeln!(
        w,
        "//   for q in open('load.cypher').read().split(';\\n'): q.strip() and conn.execute(q)"
    )?;
    for t in tables {
        let mut cols = vec!["id STRING PRIMARY KEY".to_string()];
        cols.extend(
            t.columns
                .iter()
                .map(|(n, ty)| format!("{n} {}", ddl_type(*ty))),
        );
        writeln!(w, "CREATE NODE TABLE {}({});", t.name, cols.join(", "))?;
    }
    let groups = rel_groups(rels);
    let mut by_type: BTreeMap<&str, Vec<(&str, &str)>> = BTreeMap::new();
    for (ty, from, to) in groups.keys() {
        by_type.entry(ty).or_default().push((from, to));
    }
    let props: Vec<String> = REL_COLUMNS
        .iter()
        .map(|(n, ty)| format!("{n} {}", ddl_type(*ty)))
        .collect();
    for (ty, pairs) in &by_type {
        let pairs: Vec<String> = pairs
            .iter()
            .map(|(f, t)| format!("FROM {f} TO {t}"))
            .collect();
        writeln!(
            w,
            "CREATE REL TABLE {ty}({}, {});",
            pairs.join(", "),
            props.join(", ")
        )?;
    }
    for t in tables {
        writeln!(
            w,
            "COPY {} FROM '{}' (HEADER=true, PARALLEL=false);",
            t.name,
            node_file(t)
        )?;
    }
    for (ty, from, to) in groups.keys() {
        let multi = by_type.get(ty).is_some_and(|p| p.len() > 1);
        let opts = if multi {
            format!(", from='{from}', to='{to}'")
        } else {
            String::new()
        };
        writeln!(
            w,
            "COPY {ty} FROM '{}' (HEADER=true, PARALLEL=false{opts});",
            rel_file(ty, from, to)
        )?;
    }
    Ok(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_cells_quote_items_with_separators() {
        assert_eq!(list(&["Ali", "Smith, Jr."]), "[Ali,\"Smith, Jr.\"]");
    }
}
