//! GraphML for yEd, Cytoscape, networkx and Gephi. Keys are declared with `attr.name` and
//! `attr.type`; lists are joined with ` | ` (GraphML has no list type). Nodes carry `label`,
//! `r`/`g`/`b` and `size`, and edges `label` and `weight`, the key names Gephi's importer maps.

use std::borrow::Cow;
use std::io::{self, Write};

use super::sink::{Sink, SizeText};
use super::view::{AttrType, GraphView, Value, color, timeset};

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

/// `<data key="…">value</data>`, the value escaped (a list joined with ` | `).
fn data<W: Write>(out: &mut Sink<W>, key_prefix: &str, key: &str, value: &Value) {
    out.put("<data key=\"").put(key_prefix).put(key).put("\">");
    out.xml_value(value, ["", " | ", ""], |s| Cow::Borrowed(s));
    out.put("</data>");
}

/// `<data key="…">text</data>`, the text escaped.
fn text<W: Write>(out: &mut Sink<W>, key: &str, text: &str) {
    out.put("<data key=\"")
        .put(key)
        .put("\">")
        .xml(text)
        .put("</data>");
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
    let mut out = Sink::new(w);
    let mut sizes = SizeText::new();
    for n in g.nodes() {
        out.put("    <node").attrs(&[("id", &n.id)]).put(">");
        text(&mut out, "label", &n.label);
        for (c, v) in g.node_columns.iter().zip(&n.values) {
            if let Some(v) = v {
                data(&mut out, "n_", c.id, v);
            }
        }
        if !n.times.is_empty() {
            text(&mut out, "timeset", &timeset(&n.times));
        }
        let (r, gr, b) = color(n.kind);
        out.put("<data key=\"r\">")
            .int(r)
            .put("</data><data key=\"g\">")
            .int(gr)
            .put("</data><data key=\"b\">")
            .int(b)
            .put("</data><data key=\"size\">")
            .put(sizes.get(n.count, n.size()))
            .put("</data></node>\n");
        out.end()?;
    }
    for e in g.edges() {
        out.put("    <edge")
            .attrs(&[("id", &e.id), ("source", &e.source), ("target", &e.target)])
            .put(">");
        text(&mut out, "edgelabel", &e.label);
        text(&mut out, "kind", &e.kind);
        // (a weight is a count: `{:.1}` of it is the count and ".0")
        out.put("<data key=\"weight\">")
            .int(e.weight)
            .put(".0</data>");
        for (c, v) in g.edge_columns.iter().zip(&e.values) {
            if let Some(v) = v {
                data(&mut out, "e_", c.id, v);
            }
        }
        if !e.times.is_empty() {
            text(&mut out, "edgetimeset", &timeset(&e.times));
        }
        out.put("</edge>\n");
        out.end()?;
    }
    out.put("  </graph>\n</graphml>\n");
    out.finish()
}
