//! GEXF 1.3 for Gephi: typed attributes, `viz:color` (r/g/b by node type), `viz:size` (by
//! mentions), parallel edges told apart by `kind`, and `timestamps` (ISO dates) so Gephi's
//! timeline plays the story day by day. Valid against the GEXF 1.3 RelaxNG schema.

use std::io::{self, Write};

use super::view::{AttrType, Column, GraphView, Value, color, timeset};
use super::xml::escape;

const fn gexf_type(t: AttrType) -> &'static str {
    match t {
        AttrType::String => "string",
        AttrType::Integer => "integer",
        AttrType::Boolean => "boolean",
        AttrType::ListString => "liststring",
    }
}

/// A list item in GEXF `liststring` syntax: quoted when it holds a separator or a quote.
fn list_item(s: &str) -> String {
    if s.contains([',', '[', ']', '"', '\'', '\\']) || s.trim() != s {
        format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
    } else {
        s.to_string()
    }
}

fn value_text(v: &Value) -> String {
    match v {
        Value::List(items) => {
            let v: Vec<String> = items.iter().map(|i| list_item(i)).collect();
            format!("[{}]", v.join(", "))
        }
        other => other.to_text(),
    }
}

fn attributes<W: Write>(w: &mut W, class: &str, cols: &[Column]) -> io::Result<()> {
    writeln!(w, "    <attributes class=\"{class}\" mode=\"static\">")?;
    for c in cols {
        writeln!(
            w,
            "      <attribute id=\"{0}\" title=\"{0}\" type=\"{1}\"/>",
            c.id,
            gexf_type(c.ty)
        )?;
    }
    writeln!(w, "    </attributes>")
}

fn attvalues<W: Write>(w: &mut W, cols: &[Column], values: &[Option<Value>]) -> io::Result<()> {
    if values.iter().all(Option::is_none) {
        return Ok(());
    }
    write!(w, "<attvalues>")?;
    for (c, v) in cols.iter().zip(values) {
        if let Some(v) = v {
            write!(
                w,
                "<attvalue for=\"{}\" value=\"{}\"/>",
                c.id,
                escape(&value_text(v))
            )?;
        }
    }
    write!(w, "</attvalues>")
}

/// Write the view as GEXF 1.3.
///
/// # Errors
/// When writing fails.
pub fn write<W: Write>(g: &GraphView, mut w: W) -> io::Result<W> {
    writeln!(w, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        w,
        r#"<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">"#
    )?;
    writeln!(w, "  <meta>")?;
    writeln!(
        w,
        "    <creator>newskg {}</creator>",
        env!("CARGO_PKG_VERSION")
    )?;
    writeln!(
        w,
        "    <description>News knowledge graph, {} view</description>",
        g.view.as_str()
    )?;
    writeln!(w, "  </meta>")?;
    writeln!(
        w,
        r#"  <graph defaultedgetype="directed" mode="dynamic" timeformat="date" timerepresentation="timestamp">"#
    )?;
    attributes(&mut w, "node", g.node_columns)?;
    attributes(&mut w, "edge", g.edge_columns)?;
    writeln!(w, "    <nodes>")?;
    for n in &g.nodes {
        write!(
            w,
            "      <node id=\"{}\" label=\"{}\"",
            escape(&n.id),
            escape(&n.label)
        )?;
        if !n.times.is_empty() {
            write!(w, " timestamps=\"{}\"", escape(&timeset(&n.times)))?;
        }
        write!(w, ">")?;
        attvalues(&mut w, g.node_columns, &n.values)?;
        let (r, gr, b) = color(n.kind);
        writeln!(
            w,
            "<viz:color r=\"{r}\" g=\"{gr}\" b=\"{b}\"/><viz:size value=\"{:.1}\"/></node>",
            n.size()
        )?;
    }
    writeln!(w, "    </nodes>")?;
    writeln!(w, "    <edges>")?;
    for e in &g.edges {
        write!(
            w,
            "      <edge id=\"{}\" source=\"{}\" target=\"{}\" kind=\"{}\" label=\"{}\" weight=\"{:.1}\"",
            escape(&e.id),
            escape(&e.source),
            escape(&e.target),
            escape(&e.kind),
            escape(&e.label),
            f64::from(e.weight)
        )?;
        if !e.times.is_empty() {
            write!(w, " timestamps=\"{}\"", escape(&timeset(&e.times)))?;
        }
        write!(w, ">")?;
        attvalues(&mut w, g.edge_columns, &e.values)?;
        writeln!(
            w,
            "<viz:thickness value=\"{:.1}\"/></edge>",
            f64::from(e.weight)
        )?;
    }
    writeln!(w, "    </edges>")?;
    writeln!(w, "  </graph>")?;
    writeln!(w, "</gexf>")?;
    Ok(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_items_with_separators_are_quoted() {
        assert_eq!(list_item("Kim"), "Kim");
        assert_eq!(list_item("Washington, D.C."), "\"Washington, D.C.\"");
        assert_eq!(
            value_text(&Value::List(vec!["a".into(), "b,c".into()])),
            "[a, \"b,c\"]"
        );
    }
}
