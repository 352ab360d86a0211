//! GEXF 1.3 for Gephi: typed attributes, `viz:color` (r/g/b by node type), `viz:size` (by
//! mentions), parallel edges told apart by `kind`, and `timestamps` (ISO dates) so Gephi's
//! timeline plays the story day by day. Valid against the GEXF 1.3 RelaxNG schema.

use std::borrow::Cow;
use std::io::{self, Write};

use super::sink::{Sink, SizeText};
use super::view::{AttrType, Column, GraphView, Value, color, timeset};

const fn gexf_type(t: AttrType) -> &'static str {
    match t {
        AttrType::String => "string",
        AttrType::Integer => "integer",
        AttrType::Boolean => "boolean",
        AttrType::ListString => "liststring",
    }
}

/// A list item in GEXF `liststring` syntax: quoted when it holds a separator or a quote.
fn list_item(s: &str) -> Cow<'_, str> {
    if s.contains([',', '[', ']', '"', '\'', '\\']) || s.trim() != s {
        Cow::Owned(format!(
            "\"{}\"",
            s.replace('\\', "\\\\").replace('"', "\\\"")
        ))
    } else {
        Cow::Borrowed(s)
    }
}

/// The text of a value in GEXF syntax (lists as `[a, "b, c"]`), escaped for XML.
fn put_value<W: Write>(out: &mut Sink<W>, v: &Value) {
    out.xml_value(v, ["[", ", ", "]"], list_item);
}

/// A value as [`put_value`] writes it (escaped), as a string.
#[cfg(test)]
fn value_text(v: &Value) -> String {
    let mut out = Sink::new(Vec::new());
    put_value(&mut out, v);
    String::from_utf8(out.finish().unwrap_or_default()).unwrap_or_default()
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

fn attvalues<W: Write>(out: &mut Sink<W>, cols: &[Column], values: &[Option<Value>]) {
    if values.iter().all(Option::is_none) {
        return;
    }
    out.put("<attvalues>");
    for (c, v) in cols.iter().zip(values) {
        if let Some(v) = v {
            out.put("<attvalue for=\"").put(c.id).put("\" value=\"");
            put_value(out, v);
            out.put("\"/>");
        }
    }
    out.put("</attvalues>");
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
    let mut out = Sink::new(w);
    let mut sizes = SizeText::new();
    for n in g.nodes() {
        out.put("      <node")
            .attrs(&[("id", &n.id), ("label", &n.label)]);
        if !n.times.is_empty() {
            out.attrs(&[("timestamps", &timeset(&n.times))]);
        }
        out.put(">");
        attvalues(&mut out, g.node_columns, &n.values);
        let (r, gr, b) = color(n.kind);
        out.put("<viz:color r=\"")
            .int(r)
            .put("\" g=\"")
            .int(gr)
            .put("\" b=\"")
            .int(b)
            .put("\"/><viz:size value=\"")
            .put(sizes.get(n.count, n.size()))
            .put("\"/></node>\n");
        out.end()?;
    }
    out.put("    </nodes>\n    <edges>\n");
    for e in g.edges() {
        // (a weight is a count: `{:.1}` of it is the count and ".0")
        out.put("      <edge")
            .attrs(&[
                ("id", &e.id),
                ("source", &e.source),
                ("target", &e.target),
                ("kind", &e.kind),
                ("label", &e.label),
            ])
            .put(" weight=\"")
            .int(e.weight)
            .put(".0\"");
        if !e.times.is_empty() {
            out.attrs(&[("timestamps", &timeset(&e.times))]);
        }
        out.put(">");
        attvalues(&mut out, g.edge_columns, &e.values);
        out.put("<viz:thickness value=\"")
            .int(e.weight)
            .put(".0\"/></edge>\n");
        out.end()?;
    }
    out.put("    </edges>\n  </graph>\n</gexf>\n");
    out.finish()
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
            "[a, &quot;b,c&quot;]"
        );
    }
}
