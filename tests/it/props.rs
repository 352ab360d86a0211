//! Property tests: any text extracts without panicking, every span is in bounds, and the RDF and
//! CSV written from it parse back.

use newskg::graph::GraphBuilder;
use newskg::ingest::{Document, Encoding};
use proptest::prelude::*;

fn news_like() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "Putin",
        "said",
        "that",
        "\"",
        "“",
        "”",
        "On",
        "8",
        "October",
        ",",
        ".",
        "the",
        "Kremlin",
        "Kim",
        "Seon-ho",
        "South",
        "Korea's",
        "Ministry",
        "of",
        "Defence",
        "(NIS)",
        "could",
        "not",
        "confirm",
        "\\",
        "<a&b>",
        "\t",
        "\n",
        "Source:",
        "Quote:",
        "Background:",
        "•",
        "émoji🙂",
        "\u{200f}",
        "’s",
        "According",
        "to",
        "He",
        "added",
    ]);
    prop::collection::vec(words, 0..60).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn any_text_extracts_and_exports(text in prop_oneof![news_like(), any::<String>()]) {
        let doc = Document::from_text("p.txt", text.clone(), Encoding::Utf8);
        let x = newskg::extract(doc);
        for m in &x.mentions {
            prop_assert!(text.get(m.span.start..m.span.end).is_some());
        }
        for s in &x.statements {
            prop_assert!(text.get(s.content.start..s.content.end).is_some());
            prop_assert!(text.get(s.evidence.start..s.evidence.end).is_some());
        }
        let mut b = GraphBuilder::new();
        b.add(&x);
        let kg = b.finish();
        let quads = newskg::export::rdf::quads(&kg);
        for format in [oxrdfio::RdfFormat::NTriples, oxrdfio::RdfFormat::Turtle, oxrdfio::RdfFormat::TriG] {
            let bytes = newskg::export::rdf::write(&quads, format, Vec::new()).unwrap();
            let back = oxrdfio::RdfParser::from_format(format).for_slice(&bytes).collect::<Result<Vec<_>, _>>();
            prop_assert!(back.is_ok(), "{:?}", back.err());
        }
        // Every file of the export: CSVs (Gephi, Neo4j, Ladybug) have consistent columns, XML
        // files (GEXF, GraphML, SVG) are well formed.
        let prepared = newskg::export::Prepared::new(&kg, newskg::export::Options::default());
        for f in prepared.files() {
            let mut bytes = Vec::new();
            f.write_to(&mut bytes).unwrap();
            if f.path.ends_with(".csv") {
                let mut r = csv::Reader::from_reader(bytes.as_slice());
                let width = r.headers().unwrap().len();
                for rec in r.records() {
                    prop_assert!(rec.as_ref().is_ok_and(|x| x.len() == width), "{}", f.path);
                }
            } else if f.path.ends_with(".gexf") || f.path.ends_with(".graphml") || f.path.ends_with(".svg") {
                let text = String::from_utf8(bytes).unwrap();
                prop_assert!(roxmltree::Document::parse(&text).is_ok(), "{}", f.path);
            }
        }
        for view in [newskg::export::View::Full, newskg::export::View::Entities] {
            let g = newskg::export::view::project(&kg, view);
            for bytes in [
                newskg::export::gephi_csv::write_nodes(&g, Vec::new()).unwrap(),
                newskg::export::gephi_csv::write_edges(&g, Vec::new()).unwrap(),
            ] {
                let mut r = csv::Reader::from_reader(bytes.as_slice());
                let width = r.headers().unwrap().len();
                for rec in r.records() {
                    prop_assert!(rec.as_ref().is_ok_and(|x| x.len() == width));
                }
            }
            for bytes in [
                newskg::export::gexf::write(&g, Vec::new()).unwrap(),
                newskg::export::graphml::write(&g, Vec::new()).unwrap(),
            ] {
                let text = String::from_utf8(bytes).unwrap();
                prop_assert!(roxmltree::Document::parse(&text).is_ok(), "{:?}", roxmltree::Document::parse(&text).err());
            }
        }
    }
}

/// What XML 1.0 can carry of a string: the writers drop the characters it forbids.
fn xml_visible(s: &str) -> String {
    s.chars()
        .filter(|&c| matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any label and attribute text survives GEXF and GraphML byte for byte (less what XML
    /// forbids), including quotes, `<>&`, tabs, newlines, emoji and right-to-left marks.
    #[test]
    fn any_string_round_trips_through_the_xml_writers(label in any::<String>(), text in "[\"'<>&\\\\\t\n\r\u{200F}\u{1F600}a-z ,\\[\\]]{0,40}") {
        use newskg::export::view::{GraphView, VNode, Value, View, project};
        let no_graph = newskg::KnowledgeGraph::default();
        let empty = project(&no_graph, View::Full);
        let mut values = vec![None; empty.node_columns.len()];
        values[0] = Some(Value::Str(text.clone()));
        values[1] = Some(Value::List(vec![text.clone(), "b".to_string()]));
        let g = GraphView::from_rows(
            View::Full,
            empty.node_columns,
            empty.edge_columns,
            vec![VNode {
                id: label.clone(),
                label: label.clone(),
                kind: newskg::graph::NodeKind::Person,
                values,
                times: Default::default(),
                count: 1,
            }],
            Vec::new(),
        );
        let gexf = String::from_utf8(newskg::export::gexf::write(&g, Vec::new()).unwrap()).unwrap();
        let doc = roxmltree::Document::parse(&gexf).unwrap();
        let node = doc.descendants().find(|n| n.has_tag_name("node")).unwrap();
        prop_assert_eq!(node.attribute("label").unwrap(), xml_visible(&label));
        let first = doc.descendants().find(|n| n.has_tag_name("attvalue")).unwrap();
        prop_assert_eq!(first.attribute("value").unwrap(), xml_visible(&text));
        let graphml = String::from_utf8(newskg::export::graphml::write(&g, Vec::new()).unwrap()).unwrap();
        let doc = roxmltree::Document::parse(&graphml).unwrap();
        let label_data = doc.descendants().find(|n| n.has_tag_name("data") && n.attribute("key") == Some("label")).unwrap();
        prop_assert_eq!(label_data.text().unwrap_or(""), xml_visible(&label));
    }
}
