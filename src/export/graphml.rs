//! GraphML for yEd, Cytoscape, networkx and Gephi. Keys are declared with `attr.name` and
//! `attr.type`; lists are joined with ` | ` (GraphML has no list type). Nodes carry `label`,
//! `r`/`g`/`b` and `size`, and edges `label` and `weight`, the key names Gephi's importer maps.

use std::io::{self, Write};

use super::view::{AttrType, GraphView, color, timeset};
use super::xml::escape;

const fn graphml_type(t: AttrType) -> &'static str {
    match t {
        AttrType::String | AttrType::ListString => "string",
        AttrType::Integer => "long",
        AttrType::Boolean => "boolean",
    }
}

fn key<W: Write>(w: &mut W, id: &str, domain: &str, name: &str, ty: &str) -> io::Result<()> {
    writeln!(
        w,
        "  <key id=\"{id}\" for=\"{domain}\" attr.name=\"{name}\" attr.type=\"{ty}\"/>"
    )
}

fn data<W: Write>(w: &mut W, key: &str, value: &str) -> io::Result<()> {
    write!(w, "<data key=\"{key}\">{}</data>", escape(value))
}

/// Write the view as GraphML.
///
/// # Errors
/// When writing fails.
pub fn write<W: Write>(g: &GraphView, mut w: W) -> io::Result<W> {
    writeln!(w, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        w,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    key(&mut w, "label", "node", "label", "string")?;
    for c in g.node_columns {
        key(
            &mut w,
            &format!("n_{}", c.id),
            "node",
            c.id,
            graphml_type(c.ty),
        )?;
    }
    key(&mut w, "timeset", "node", "timeset", "string")?;
    for k in ["r", "g", "b"] {
        key(&mut w, k, "node", k, "int")?;
    }
    key(&mut w, "size", "node", "size", "double")?;
    key(&mut w, "edgelabel", "edge", "label", "string")?;
    key(&mut w, "kind", "edge", "kind", "string")?;
    key(&mut w, "weight", "edge", "weight", "double")?;
    for c in g.edge_columns {
        key(
            &mut w,
            &format!("e_{}", c.id),
            "edge",
            c.id,
            graphml_type(c.ty),
        )?;
    }
    key(&mut w, "edgetimeset", "edge", "timeset", "string")?;
    writeln!(
        w,
        "  <graph id=\"{}\" edgedefault=\"directed\">",
        g.view.as_str()
    )?;
    for n in &g.nodes {
        write!(w, "    <node id=\"{}\">", escape(&n.id))?;
        data(&mut w, "label", &n.label)?;
        for (c, v) in g.node_columns.iter().zip(&n.values) {
            if let Some(v) = v {
                data(&mut w, &format!("n_{}", c.id), &v.to_text())?;
            }
        }
        if !n.times.is_empty() {
            data(&mut w, "timeset", &timeset(&n.times))?;
        }
        let (r, gr, b) = color(n.kind);
        write!(
            w,
            "<data key=\"r\">{r}</data><data key=\"g\">{gr}</data><data key=\"b\">{b}</data>"
        )?;
        writeln!(w, "<data key=\"size\">{:.1}</data></node>", n.size())?;
    }
    for e in &g.edges {
        write!(
            w,
            "    <edge id=\"{}\" source=\"{}\" target=\"{}\">",
            escape(&e.id),
            escape(&e.source),
            escape(&e.target)
        )?;
        data(&mut w, "edgelabel", &e.label)?;
        data(&mut w, "kind", &e.kind)?;
        data(&mut w, "weight", &format!("{:.1}", f64::from(e.weight)))?;
        for (c, v) in g.edge_columns.iter().zip(&e.values) {
            if let Some(v) = v {
                data(&mut w, &format!("e_{}", c.id), &v.to_text())?;
            }
        }
        if !e.times.is_empty() {
            data(&mut w, "edgetimeset", &timeset(&e.times))?;
        }
        writeln!(w, "</edge>")?;
    }
    writeln!(w, "  </graph>")?;
    writeln!(w, "</graphml>")?;
    Ok(w)
}
