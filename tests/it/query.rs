//! `newskg query`: SPARQL over the exported files.

use newskg::error::QueryError;
use newskg::query::{ResultFormat, load, run};

use crate::util::SAMPLE_OUT;

const PREFIXES: &str =
    "PREFIX nkg: <https://w3id.org/newskg/ontology#>\nPREFIX schema: <http://schema.org/>\n";

fn ask(sparql: &str, format: ResultFormat) -> (usize, String) {
    let store = load(&[SAMPLE_OUT.0.path().join("graph.trig")]).unwrap();
    let mut out = Vec::new();
    let n = run(&store, &format!("{PREFIXES}{sparql}"), format, &mut out).unwrap();
    (n, String::from_utf8(out).unwrap())
}

#[test]
fn the_default_graph_is_the_union_of_the_article_graphs() {
    // `reportedIn` lives in the article graphs; no GRAPH clause is needed to reach it.
    let (n, _) = ask(
        "SELECT ?s ?a WHERE { ?s nkg:reportedIn ?a }",
        ResultFormat::Table,
    );
    assert!(n >= 52, "{n}");
    let (n, text) = ask(
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
        ResultFormat::Csv,
    );
    assert_eq!(n, 5, "{text}");
}

#[test]
fn who_spoke_on_a_given_day() {
    let (n, text) = ask(
        "SELECT DISTINCT ?name WHERE { ?s nkg:saidOn \"2024-10-18\"^^<http://www.w3.org/2001/XMLSchema#date> ; nkg:speaker ?p . ?p schema:name ?name } ORDER BY ?name",
        ResultFormat::Table,
    );
    assert!(n >= 1, "{text}");
    assert!(text.contains("Kyrylo Budanov"), "{text}");
    assert!(text.lines().nth(1).unwrap().starts_with("----"));
}

#[test]
fn csv_and_json_results_follow_the_sparql_formats() {
    let q = "SELECT ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name";
    let (n, csv_text) = ask(q, ResultFormat::Csv);
    let mut r = csv::Reader::from_reader(csv_text.as_bytes());
    assert_eq!(r.headers().unwrap().iter().collect::<Vec<_>>(), ["name"]);
    assert_eq!(r.records().count(), n);
    let (_, json) = ask(q, ResultFormat::Json);
    assert!(
        json.starts_with("{\"head\":{\"vars\":[\"name\"]}"),
        "{json}"
    );
    let (_, yes) = ask("ASK { ?p a schema:Person }", ResultFormat::Table);
    assert_eq!(yes.trim(), "true");
}

#[test]
fn bad_queries_and_files_are_named_errors() {
    let store = load(&[SAMPLE_OUT.0.path().join("graph.ttl")]).unwrap();
    assert!(matches!(
        run(&store, "SELEC x", ResultFormat::Table, Vec::new()),
        Err(QueryError::Syntax(_))
    ));
    let Err(e) = load(&[SAMPLE_OUT.0.path().join("nodes.csv")]) else {
        panic!("a CSV is not RDF")
    };
    assert!(e.to_string().contains("nodes.csv"), "{e}");
    let Err(e) = load(&[std::path::Path::new("/nonexistent/graph.ttl")]) else {
        panic!("missing file loaded")
    };
    assert!(e.to_string().contains("/nonexistent/graph.ttl"), "{e}");
    // Every RDF file of the export loads with the same number of triples.
    let dir = SAMPLE_OUT.0.path();
    let count = |f: &str| {
        let s = load(&[dir.join(f)]).unwrap();
        let mut out = Vec::new();
        run(
            &s,
            "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }",
            ResultFormat::Csv,
            &mut out,
        )
        .unwrap()
    };
    let n = count("graph.nt");
    for f in [
        "graph.ttl",
        "graph.trig",
        "graph.nq",
        "graph.jsonld",
        "graph.rdf",
    ] {
        assert_eq!(count(f), n, "{f}");
    }
}

/// The README shows five analyst questions (`docs/queries/*.rq`) with their answers on the
/// samples; they must be what the query returns now.
#[test]
fn readme_answers_are_current() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let store = load(&[SAMPLE_OUT.0.path().join("graph.trig")]).unwrap();
    let mut names: Vec<_> = std::fs::read_dir(root.join("docs/queries"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "rq"))
        .collect();
    names.sort();
    assert_eq!(names.len(), 5);
    for path in names {
        let q = std::fs::read_to_string(&path).unwrap();
        let mut out = Vec::new();
        run(&store, &q, ResultFormat::Table, &mut out).unwrap();
        let shown: Vec<String> = String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| {
                if l.chars().count() <= 150 {
                    l.to_string()
                } else {
                    format!("{}...", l.chars().take(147).collect::<String>())
                }
            })
            .collect();
        let block = format!("```\n{}\n```", shown.join("\n"));
        assert!(
            readme.contains(&block),
            "README answer of {} is stale; it is now:\n{block}",
            path.display()
        );
    }
}
