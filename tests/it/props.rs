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
        let nodes = newskg::export::gephi_csv::write_nodes(&kg, Vec::new()).unwrap();
        let mut r = csv::Reader::from_reader(nodes.as_slice());
        for rec in r.records() {
            prop_assert!(rec.is_ok());
        }
    }
}
