//! Neo4j: CSVs for `neo4j-admin database import full` (header fields `id:ID(Node)`, `:LABEL`,
//! `:START_ID(Node)`, `:END_ID(Node)`, `:TYPE`, typed properties, `string[]` arrays split on
//! `;`), an `import.sh` with the exact command, and a `load.cypher` `LOAD CSV` alternative for
//! a running database (Neo4j 5.23 or later).

use std::collections::BTreeSet;
use std::io::{self, Write};

use super::property_graph::{NodeTable, PType, REL_COLUMNS, Rel, put_cell, write_csv};

/// Array delimiter given to `neo4j-admin` (its default).
pub const ARRAY_DELIMITER: char = ';';
/// Every node carries this label too, so `LOAD CSV` can match endpoints by one indexed id.
pub const NODE_LABEL: &str = "Node";

/// The CSV file of a node table.
#[must_use]
pub fn node_file(t: &NodeTable) -> String {
    format!("{}.csv", t.name.to_lowercase())
}

/// The relationships file.
pub const RELS_FILE: &str = "relationships.csv";

const fn type_suffix(t: PType) -> &'static str {
    match t {
        PType::String => "",
        PType::Int => ":long",
        PType::Bool => ":boolean",
        PType::Date => ":date",
        PType::StringList => ":string[]",
    }
}

/// A list cell: items joined by [`ARRAY_DELIMITER`]; an item holding the delimiter would be
/// split in two, so its delimiters become commas.
fn list<S: AsRef<str>>(items: &[S]) -> String {
    items
        .iter()
        .map(|i| i.as_ref().replace(ARRAY_DELIMITER, ","))
        .collect::<Vec<_>>()
        .join(&ARRAY_DELIMITER.to_string())
}

/// Write one node table.
///
/// # Errors
/// When writing fails.
pub fn write_nodes<W: Write>(t: &NodeTable, w: W) -> io::Result<W> {
    let mut header = vec![format!("id:ID({NODE_LABEL})"), ":LABEL".to_string()];
    header.extend(
        t.columns
            .iter()
            .map(|(n, ty)| format!("{n}{}", type_suffix(*ty))),
    );
    write_csv(w, &header, t.rows(), |rec, (id, extra, values)| {
        let mut labels = vec![t.name];
        labels.extend(extra);
        labels.push(NODE_LABEL);
        rec.field(&id).field(&labels.join(";"));
        for v in values {
            put_cell(rec, v.as_ref(), list);
        }
    })
}

/// Write `relationships.csv`.
///
/// # Errors
/// When writing fails.
pub fn write_rels<W: Write>(rels: &[Rel], w: W) -> io::Result<W> {
    let mut header = vec![
        format!(":START_ID({NODE_LABEL})"),
        format!(":END_ID({NODE_LABEL})"),
        ":TYPE".to_string(),
    ];
    header.extend(
        REL_COLUMNS
            .iter()
            .map(|(n, ty)| format!("{n}{}", type_suffix(*ty))),
    );
    write_csv(w, &header, rels, |rec, r| {
        rec.field(r.start)
            .field(r.end)
            .field(r.kind.rel_type())
            .int(r.weight)
            .field(&list(r.articles));
    })
}

/// Write `import.sh`: the exact `neo4j-admin` command for this folder.
///
/// # Errors
/// When writing fails.
pub fn write_import_sh<W: Write>(tables: &[NodeTable], mut w: W) -> io::Result<W> {
    writeln!(w, "#!/bin/sh")?;
    writeln!(
        w,
        "# Bulk-import this folder into a new Neo4j 5 database (offline: stop the database first)."
    )?;
    writeln!(
        w,
        "# Usage: NEO4J_HOME=/path/to/neo4j sh import.sh [database]"
    )?;
    writeln!(
        w,
        "# Then start Neo4j (for a database other than neo4j: CREATE DATABASE name)."
    )?;
    writeln!(w, "set -eu")?;
    writeln!(w, "DIR=$(cd \"$(dirname \"$0\")\" && pwd)")?;
    writeln!(w, "DB=${{1:-neo4j}}")?;
    writeln!(
        w,
        "\"${{NEO4J_HOME:-.}}/bin/neo4j-admin\" database import full \"$DB\" --overwrite-destination \\"
    )?;
    for t in tables {
        writeln!(w, "  --nodes=\"$DIR/{}\" \\", node_file(t))?;
    }
    writeln!(w, "  --relationships=\"$DIR/{RELS_FILE}\" \\")?;
    writeln!(
        w,
        "  --array-delimiter=\"{ARRAY_DELIMITER}\" --multiline-fields=true --id-type=string"
    )?;
    Ok(w)
}

fn cypher_value(name: &str, ty: PType) -> String {
    let col = format!("row.`{name}{}`", type_suffix(ty));
    match ty {
        PType::String => col,
        PType::Int => format!("toInteger({col})"),
        PType::Bool => format!("toBoolean({col})"),
        PType::Date => format!("date({col})"),
        PType::StringList => format!("split({col}, '{ARRAY_DELIMITER}')"),
    }
}

/// Write `load.cypher`: `LOAD CSV` statements for a running Neo4j (5.23+; put the CSVs in its
/// `import` folder and run the file with `cypher-shell -f load.cypher`).
///
/// # Errors
/// When writing fails.
pub fn write_load_cypher<W: Write>(tables: &[NodeTable], rels: &[Rel], mut w: W) -> io::Result<W> {
    writeln!(
        w,
        "// LOAD CSV alternative to import.sh, for a running Neo4j 5.23+ database."
    )?;
    writeln!(
        w,
        "// Copy the CSVs of this folder into the database's import folder, then run:"
    )?;
    writeln!(w, "//   cypher-shell -u neo4j -p <password> -f load.cypher")?;
    writeln!(
        w,
        "CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:{NODE_LABEL}) REQUIRE n.id IS UNIQUE;"
    )?;
    for t in tables {
        let mut sets: Vec<String> = t
            .columns
            .iter()
            .map(|(n, ty)| format!("n.{n} = {}", cypher_value(n, *ty)))
            .collect();
        sets.sort_by_key(|s| s.starts_with("n.country"));
        let extra = t.labels();
        let mut label_sets = String::new();
        for l in &extra {
            if *l == "Entity" {
                label_sets.push_str(" SET n:Entity");
            } else {
                label_sets.push_str(&format!(
                    " FOREACH (x IN CASE WHEN '{l}' IN split(row.`:LABEL`, ';') THEN [1] ELSE [] END | SET n:{l})"
                ));
            }
        }
        writeln!(
            w,
            "LOAD CSV WITH HEADERS FROM 'file:///{}' AS row\nCALL (row) {{ MERGE (n:{NODE_LABEL} {{id: row.`id:ID({NODE_LABEL})`}}) SET n:{}, {}{label_sets} }} IN TRANSACTIONS OF 10000 ROWS;",
            node_file(t),
            t.name,
            sets.join(", ")
        )?;
    }
    let types: BTreeSet<&str> = rels.iter().map(|r| r.kind.rel_type()).collect();
    for ty in types {
        writeln!(
            w,
            "LOAD CSV WITH HEADERS FROM 'file:///{RELS_FILE}' AS row\nWITH row WHERE row.`:TYPE` = '{ty}'\nCALL (row) {{ MATCH (s:{NODE_LABEL} {{id: row.`:START_ID({NODE_LABEL})`}}) MATCH (t:{NODE_LABEL} {{id: row.`:END_ID({NODE_LABEL})`}}) MERGE (s)-[r:{ty}]->(t) SET r.weight = toInteger(row.`weight:long`), r.articles = split(row.`articles:string[]`, '{ARRAY_DELIMITER}') }} IN TRANSACTIONS OF 10000 ROWS;"
        )?;
    }
    Ok(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn array_items_never_hold_the_delimiter() {
        assert_eq!(list(&["a;b", "c"]), "a,b;c");
        assert_eq!(list::<&str>(&[]), "");
    }
}
