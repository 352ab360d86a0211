//! GEXF, GraphML, Gephi views, Neo4j and Ladybug exports: structure that the real tools rely on.
//! (CI also loads them with xmllint, networkx and Ladybug: `tests/external/check_exports.py`.)

use std::collections::{BTreeMap, BTreeSet};

use newskg::export::view::{View, project};
use newskg::export::{Options, gexf, graphml, write_all};
use newskg::graph::NodeKind;

use crate::util::{SAMPLES, sample_file};

fn xml(name: &str) -> String {
    let text = sample_file(name);
    roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    text
}

#[test]
fn gexf_is_gexf_1_3_with_types_colours_and_time() {
    let text = xml("graph.gexf");
    let doc = roxmltree::Document::parse(&text).unwrap();
    let root = doc.root_element();
    assert_eq!(root.tag_name().namespace(), Some("http://gexf.net/1.3"));
    assert_eq!(root.attribute("version"), Some("1.3"));
    let graph = root.children().find(|n| n.has_tag_name("graph")).unwrap();
    assert_eq!(graph.attribute("timeformat"), Some("date"));
    let nodes: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("node"))
        .collect();
    assert_eq!(nodes.len(), SAMPLES.node_count());
    for n in &nodes {
        let color = n
            .children()
            .find(|c| c.tag_name().name() == "color")
            .expect("viz:color");
        assert_eq!(
            color.tag_name().namespace(),
            Some("http://gexf.net/1.3/viz")
        );
        assert!(color.attribute("r").is_some() && color.attribute("hex").is_none());
    }
    // Statements dated 2024-10-18 are alive on that day of the timeline.
    assert!(nodes.iter().any(|n| {
        n.attribute("timestamps")
            .is_some_and(|t| t.starts_with("<[") && t.contains("2024-10-18"))
    }));
    let edges: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("edge"))
        .collect();
    assert_eq!(edges.len(), SAMPLES.edge_count());
    let ids: BTreeSet<&str> = nodes.iter().filter_map(|n| n.attribute("id")).collect();
    for e in &edges {
        assert!(ids.contains(e.attribute("source").unwrap()));
        assert!(ids.contains(e.attribute("target").unwrap()));
        assert!(e.attribute("kind").is_some());
    }
}

#[test]
fn graphml_declares_every_key_it_uses() {
    let text = xml("graph.graphml");
    let doc = roxmltree::Document::parse(&text).unwrap();
    let keys: BTreeSet<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("key"))
        .filter_map(|n| n.attribute("id"))
        .collect();
    let mut used = 0;
    for d in doc.descendants().filter(|n| n.has_tag_name("data")) {
        assert!(keys.contains(d.attribute("key").unwrap()));
        used += 1;
    }
    assert!(used > 500);
    assert_eq!(
        doc.descendants().filter(|n| n.has_tag_name("node")).count(),
        SAMPLES.node_count()
    );
}

#[test]
fn entities_view_collapses_statements_into_speech_act_edges() {
    let g = project(&SAMPLES, View::Entities);
    let nodes: Vec<_> = g.nodes().collect();
    let edges: Vec<_> = g.edges().collect();
    assert!(nodes.iter().all(|n| matches!(
        n.kind,
        NodeKind::Person | NodeKind::Organization | NodeKind::Place
    )));
    let ids: BTreeSet<&str> = nodes.iter().map(|n| n.id.as_str()).collect();
    let acts: BTreeSet<&str> = edges.iter().map(|e| e.kind.as_str()).collect();
    assert!(acts.contains("assert"), "{acts:?}");
    assert!(acts.contains("affiliatedWith"), "{acts:?}");
    for e in &edges {
        assert!(ids.contains(e.source.as_str()) && ids.contains(e.target.as_str()));
        assert!(e.weight >= 1);
    }
    // The weight of a speech-act edge is its number of statements.
    let heavy = edges.iter().filter(|e| e.weight > 1).count();
    assert!(heavy > 0);
    // Both XML writers accept the view.
    let gx = gexf::write(&g, Vec::new()).unwrap();
    roxmltree::Document::parse(std::str::from_utf8(&gx).unwrap()).unwrap();
    let gm = graphml::write(&g, Vec::new()).unwrap();
    roxmltree::Document::parse(std::str::from_utf8(&gm).unwrap()).unwrap();
}

#[test]
fn the_view_option_changes_the_gephi_files_only() {
    let dir = tempfile::tempdir().unwrap();
    write_all(
        &SAMPLES,
        dir.path(),
        Options {
            view: View::Entities,
            ..Options::default()
        },
    )
    .unwrap();
    let nodes = std::fs::read_to_string(dir.path().join("nodes.csv")).unwrap();
    assert!(!nodes.contains(",Statement,"));
    assert!(nodes.lines().next().unwrap().ends_with(",timeset"));
    assert_eq!(
        std::fs::read(dir.path().join("graph.ttl")).unwrap(),
        sample_file("graph.ttl").into_bytes()
    );
}

fn read_csv(name: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let text = sample_file(name);
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows = r
        .records()
        .map(|x| x.unwrap().iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}

#[test]
fn neo4j_import_files_follow_the_admin_import_header_format() {
    let script = sample_file("neo4j/import.sh");
    let mut ids = BTreeSet::new();
    for t in ["person", "organization", "place", "article", "statement"] {
        let file = format!("{t}.csv");
        assert!(script.contains(&format!("--nodes=\"$DIR/{file}\"")));
        let (header, rows) = read_csv(&format!("neo4j/{file}"));
        assert_eq!(header[0], "id:ID(Node)");
        assert_eq!(header[1], ":LABEL");
        for h in &header[2..] {
            let ty = h.split_once(':').map_or("string", |(_, t)| t);
            assert!(
                ["string", "long", "boolean", "date", "string[]"].contains(&ty),
                "{file}: {h}"
            );
        }
        for r in rows {
            assert_eq!(r.len(), header.len());
            assert!(r[1].split(';').any(|l| l.eq_ignore_ascii_case(t)));
            for (h, v) in header.iter().zip(&r) {
                if h.ends_with(":date") && !v.is_empty() {
                    assert!(newskg::date::Date::parse_iso(v).is_some(), "{v}");
                }
                if h.ends_with(":boolean") {
                    assert!(v == "true" || v == "false", "{h}={v}");
                }
            }
            assert!(ids.insert(r[0].clone()), "duplicate id {}", r[0]);
        }
    }
    let (header, rows) = read_csv("neo4j/relationships.csv");
    assert_eq!(&header[..3], [":START_ID(Node)", ":END_ID(Node)", ":TYPE"]);
    assert_eq!(rows.len(), SAMPLES.edge_count());
    for r in rows {
        assert!(ids.contains(&r[0]) && ids.contains(&r[1]), "{r:?}");
        assert!(r[2].chars().all(|c| c.is_ascii_uppercase() || c == '_'));
    }
    let cypher = sample_file("neo4j/load.cypher");
    assert!(cypher.contains("LOAD CSV WITH HEADERS FROM 'file:///relationships.csv'"));
}

#[test]
fn ladybug_copy_statements_match_the_schema_and_files() {
    let cypher = sample_file("ladybug/load.cypher");
    let mut tables: BTreeMap<String, usize> = BTreeMap::new();
    for stmt in cypher.split(";\n").map(str::trim) {
        let stmt: String = stmt
            .lines()
            .filter(|l| !l.starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        if let Some(rest) = stmt.strip_prefix("CREATE NODE TABLE ") {
            let (name, cols) = rest.split_once('(').unwrap();
            tables.insert(name.to_string(), cols.split(", ").count());
        } else if let Some(rest) = stmt.strip_prefix("COPY ") {
            let (table, rest) = rest.split_once(" FROM '").unwrap();
            let (file, opts) = rest.split_once('\'').unwrap();
            assert!(opts.contains("HEADER=true") && opts.contains("PARALLEL=false"));
            let (header, rows) = read_csv(&format!("ladybug/{file}"));
            if let Some(n) = tables.get(table) {
                assert_eq!(header.len(), *n, "{file} columns vs {table}");
                assert_eq!(header[0], "id");
            } else {
                assert_eq!(&header[..2], ["from", "to"], "{file}");
            }
            assert!(rows.iter().all(|r| r.len() == header.len()));
        }
    }
    assert_eq!(tables.len(), 5);
}

#[test]
fn svg_is_xml_and_names_the_main_speakers() {
    let text = xml("graph.svg");
    assert!(text.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    let people = SAMPLES
        .nodes()
        .into_iter()
        .filter(|n| n.kind == NodeKind::Person)
        .count();
    assert!(people > 0);
    assert!(text.matches("<circle").count() >= 3);
}
