//! Every export parses back, CSVs are consistent, offsets slice, output is deterministic and the
//! committed `out/` is current.

use std::collections::BTreeSet;
use std::path::Path;

use newskg::export::{Options, write_all, write_all_owned};
use oxrdfio::{RdfFormat, RdfParser};

use crate::util::{SAMPLES, newskg_ok, seeds, tree};

fn parse(path: &Path, format: RdfFormat) -> Vec<oxrdf::Quad> {
    let data = std::fs::read(path).unwrap();
    RdfParser::from_format(format)
        .for_slice(&data)
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_rdf_file_parses_back_with_the_same_triples() {
    let dir = tempfile::tempdir().unwrap();
    let w = write_all(&SAMPLES, dir.path(), Options::default()).unwrap();
    let nt = parse(&dir.path().join("graph.nt"), RdfFormat::NTriples);
    let ttl = parse(&dir.path().join("graph.ttl"), RdfFormat::Turtle);
    let trig = parse(&dir.path().join("graph.trig"), RdfFormat::TriG);
    assert_eq!(Some(nt.len()), w.triples);
    assert_eq!(Some(ttl.len()), w.triples);
    assert_eq!(trig.len(), w.quads);
    let as_set = |v: &[oxrdf::Quad]| {
        v.iter()
            .map(|q| oxrdf::Triple::from(q.clone()).to_string())
            .collect::<BTreeSet<_>>()
    };
    assert_eq!(as_set(&nt), as_set(&ttl));
    assert_eq!(as_set(&nt), as_set(&trig));
    let graphs: BTreeSet<String> = trig.iter().map(|q| q.graph_name.to_string()).collect();
    assert_eq!(graphs.len(), 6, "default graph + one per article");
}

#[test]
fn every_term_is_declared_in_the_ontology() {
    let onto = parse(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/ontology/newskg.ttl")),
        RdfFormat::Turtle,
    );
    let declared: BTreeSet<String> = onto.iter().map(|q| q.subject.to_string()).collect();
    let quads = newskg::export::rdf::quads(&SAMPLES);
    let rdf_type = oxrdf::vocab::rdf::TYPE.to_string();
    for q in &quads {
        assert!(
            declared.contains(&q.predicate.to_string()),
            "undeclared property {}",
            q.predicate
        );
        let p = q.predicate.to_string();
        if p == rdf_type
            || p.contains("ontology#speechAct")
            || p.contains("ontology#mode")
            || p.contains("ontology#dateBasis")
        {
            assert!(
                declared.contains(&q.object.to_string()),
                "undeclared class or individual {}",
                q.object
            );
        }
    }
    for act in newskg::lexicon::SpeechAct::ALL {
        assert!(declared.contains(&format!(
            "<https://w3id.org/newskg/ontology#{}>",
            act.local_name()
        )));
    }
}

#[test]
fn statements_carry_a_statement_class_and_a_speaker_or_unknown() {
    let quads = newskg::export::rdf::quads(&SAMPLES);
    let statements: BTreeSet<String> = quads
        .iter()
        .filter(|q| q.object.to_string() == "<https://w3id.org/newskg/ontology#Statement>")
        .map(|q| q.subject.to_string())
        .collect();
    assert!(statements.len() > 20);
    for s in &statements {
        let has = |p: &str| {
            quads
                .iter()
                .any(|q| q.subject.to_string() == *s && q.predicate.as_str().ends_with(p))
        };
        assert!(has("#speaker") || has("#unknownSpeaker"), "{s}");
        assert!(has("/text"), "{s}");
    }
}

#[test]
fn edges_csv_points_at_nodes_csv() {
    let dir = tempfile::tempdir().unwrap();
    write_all(&SAMPLES, dir.path(), Options::default()).unwrap();
    let mut nodes = csv::Reader::from_path(dir.path().join("nodes.csv")).unwrap();
    assert_eq!(
        &nodes.headers().unwrap().iter().take(3).collect::<Vec<_>>(),
        &["Id", "Label", "type"]
    );
    let ids: BTreeSet<String> = nodes.records().map(|r| r.unwrap()[0].to_string()).collect();
    let mut edges = csv::Reader::from_path(dir.path().join("edges.csv")).unwrap();
    assert_eq!(
        &edges.headers().unwrap().iter().take(7).collect::<Vec<_>>(),
        &["Source", "Target", "Type", "Kind", "Id", "Label", "Weight"]
    );
    let mut edge_ids = BTreeSet::new();
    for r in edges.records() {
        let r = r.unwrap();
        assert!(ids.contains(&r[0]), "unknown source {}", &r[0]);
        assert!(ids.contains(&r[1]), "unknown target {}", &r[1]);
        assert!(
            edge_ids.insert(r[4].to_string()),
            "duplicate edge id {}",
            &r[4]
        );
        assert!(r[6].parse::<f64>().unwrap() >= 1.0);
    }
}

#[test]
fn every_offset_slices_to_the_stored_text() {
    let files = newskg::ingest::discover(&[seeds()]).unwrap();
    let docs: Vec<newskg::Document> = files
        .iter()
        .map(|f| newskg::ingest::read_file(f).unwrap())
        .collect();
    let mut checked = 0;
    for n in SAMPLES.nodes() {
        for ev in &n.evidence {
            let doc = docs
                .iter()
                .find(|d| format!("article/{}", d.id) == *ev.article)
                .unwrap();
            let slice: String = doc
                .text
                .chars()
                .skip(ev.start)
                .take(ev.end - ev.start)
                .collect();
            assert_eq!(slice, ev.exact, "{} at {}..{}", n.key, ev.start, ev.end);
            checked += 1;
        }
    }
    assert!(checked > 200);
}

#[test]
fn same_input_same_bytes_in_any_order() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    write_all(&SAMPLES, a.path(), Options::default()).unwrap();
    let mut files = newskg::ingest::discover(&[seeds()]).unwrap();
    files.reverse();
    let (kg, _) = newskg::pipeline::build(&files).unwrap();
    write_all(&kg, b.path(), Options::default()).unwrap();
    let (x, y) = (tree(a.path()), tree(b.path()));
    assert!(x.len() > 30, "{} files", x.len());
    assert_eq!(x.keys().collect::<Vec<_>>(), y.keys().collect::<Vec<_>>());
    for (name, bytes) in &x {
        assert!(bytes == &y[name], "{name} differs between runs");
    }
}

/// The binary gives its graph to the export, which frees it once the formats' data are made;
/// the files are those of a graph lent.
#[test]
fn a_graph_given_to_the_export_writes_what_a_lent_one_does() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (kg, report) = newskg::pipeline::build(&[seeds()]).unwrap();
    let options = Options {
        report: Some(&report),
        ..Options::default()
    };
    let counts = kg.counts();
    let lent = write_all(&kg, a.path(), options).unwrap();
    let given = write_all_owned(kg, b.path(), options).unwrap();
    assert_eq!(lent.counts, counts);
    assert_eq!(given.counts, counts);
    assert_eq!(counts.of(newskg::graph::NodeKind::Article), 5);
    assert_eq!(lent.triples, given.triples);
    let (x, y) = (tree(a.path()), tree(b.path()));
    assert!(x.contains_key("report.json") && x.len() > 30);
    assert_eq!(x, y);
}

/// Each format's data are made only when it is chosen (the views and tables of the picture and
/// property-graph formats read the graph as their files are written): each format written alone
/// is, byte for byte, what the full export writes of it.
#[test]
fn each_format_written_alone_is_what_the_full_export_writes() {
    use newskg::export::{Format, Formats};
    let full = &crate::util::SAMPLE_OUT.1;
    for f in Format::ALL {
        let dir = tempfile::tempdir().unwrap();
        let options = Options {
            formats: [f].into_iter().collect::<Formats>(),
            ..Options::default()
        };
        write_all(&SAMPLES, dir.path(), options).unwrap();
        let got = tree(dir.path());
        assert!(!got.is_empty(), "{}: nothing written", f.name());
        for (name, bytes) in &got {
            assert!(
                full.get(name) == Some(bytes),
                "{name} written with --formats {} differs from the full export's",
                f.name()
            );
        }
    }
}

/// `out/` is committed so users can take the files without building; it must match a fresh run.
#[test]
fn committed_out_is_current() {
    let dir = tempfile::tempdir().unwrap();
    let (kg, report) = newskg::pipeline::build(&[seeds()]).unwrap();
    let options = Options {
        report: Some(&report),
        ..Options::default()
    };
    write_all(&kg, dir.path(), options).unwrap();
    let fresh = tree(dir.path());
    let committed = tree(&Path::new(env!("CARGO_MANIFEST_DIR")).join("out"));
    for (name, bytes) in &fresh {
        assert!(
            committed.get(name) == Some(bytes),
            "out/{name} is stale: run `cargo run --release` and commit out/"
        );
    }
    for name in committed.keys() {
        assert!(
            fresh.contains_key(name),
            "out/{name} is no longer written: remove it"
        );
    }
}

#[test]
fn the_binary_runs_the_main_job_and_names_missing_paths() {
    let dir = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_newskg");
    let ok = std::process::Command::new(bin)
        .arg("extract")
        .arg(seeds())
        .arg("--out")
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let stdout = String::from_utf8_lossy(&ok.stdout);
    assert!(stdout.contains("articles: 5"), "{stdout}");
    assert!(dir.path().join("graph.ttl").exists());
    let missing = std::process::Command::new(bin)
        .args(["extract", "no/such/dir", "--out"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no/such/dir"));
}

#[test]
fn a_bad_file_is_skipped_and_the_rest_is_written() {
    let input = tempfile::tempdir().unwrap();
    std::fs::write(
        input.path().join("a.txt"),
        "Headline\n\nDmitry Peskov said that it was fine.\n",
    )
    .unwrap();
    std::fs::write(input.path().join("b.txt"), b"\x00\x01binary").unwrap();
    std::fs::write(input.path().join("c.txt"), "").unwrap();
    let out = tempfile::tempdir().unwrap();
    let r = std::process::Command::new(env!("CARGO_BIN_EXE_newskg"))
        .arg("extract")
        .arg(input.path())
        .arg("--out")
        .arg(out.path())
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(1));
    let err = String::from_utf8_lossy(&r.stderr);
    assert!(err.contains("b.txt") && err.contains("c.txt"), "{err}");
    assert!(
        std::fs::read_to_string(out.path().join("nodes.csv"))
            .unwrap()
            .contains("person/dmitry-peskov")
    );
}

#[test]
fn stdin_is_an_article_and_dates_anchor_on_the_text() {
    use std::io::Write as _;
    let out = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_newskg"))
        .args(["extract", "-", "--quiet", "--out"])
        .arg(out.path())
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Test headline\n\nOn 3 May 2023, Jane Doe, the mayor of Springfield, said that the bridge would reopen.\n")
        .unwrap();
    assert!(child.wait().unwrap().success());
    let nodes = std::fs::read_to_string(out.path().join("nodes.csv")).unwrap();
    assert!(
        nodes.contains("person/jane-doe,Jane Doe,Person,,the mayor of Springfield"),
        "{nodes}"
    );
    assert!(
        nodes.contains("the bridge would reopen,assert,false,indirect,said,2023-05-03,explicit"),
        "{nodes}"
    );
}

/// Regression: `newskg | head -1` used to panic in `println!` once the reader went away.
#[test]
fn a_closed_stdout_exits_quietly() {
    use std::process::{Command, Stdio};
    let dir = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_newskg");
    for args in [
        vec![
            "extract".to_string(),
            seeds().display().to_string(),
            "--out".to_string(),
            dir.path().display().to_string(),
        ],
        vec![
            "query".to_string(),
            "--data".to_string(),
            dir.path().join("graph.nt").display().to_string(),
            "SELECT * WHERE { ?s ?p ?o }".to_string(),
        ],
    ] {
        let mut child = Command::new(bin)
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take()); // the reader is gone before anything is written
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
    }
}

#[test]
fn formats_chosen_are_written_alone_and_stale_files_of_the_others_go() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let seeds = seeds();
    let seeds = seeds.to_str().unwrap();
    newskg_ok(["extract", seeds, "--out", d, "-q"]);
    // Files that are not the tool's stay.
    std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();
    std::fs::write(dir.path().join("ladybug/README.md"), "mine").unwrap();
    newskg_ok(["extract", seeds, "--out", d, "-q", "--formats", "nq,neo4j"]);
    let files = crate::util::tree(dir.path());
    let full = &crate::util::SAMPLE_OUT.1;
    let expected: BTreeSet<String> = full
        .keys()
        .filter(|k| *k == "graph.nq" || k.starts_with("neo4j/"))
        .cloned()
        .chain(["report.json", "notes.txt", "ladybug/README.md"].map(String::from))
        .collect();
    assert_eq!(files.keys().cloned().collect::<BTreeSet<_>>(), expected);
    for (name, bytes) in &files {
        if name == "graph.nq" || name.starts_with("neo4j/") {
            assert!(
                bytes == &full[name],
                "{name} differs from the full export's"
            );
        }
    }
    let report: serde_json::Value = serde_json::from_slice(&files["report.json"]).unwrap();
    assert!(report["graph"]["triples"].as_u64().unwrap() > 1000);
    assert_eq!(
        report["outputs"].as_array().unwrap().len(),
        files.len() - 2,
        "every written file but the user's two"
    );
    // No RDF format: no triple count rather than a made-up one.
    newskg_ok(["extract", seeds, "--out", d, "-q", "--formats", "gephi"]);
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("report.json")).unwrap()).unwrap();
    assert!(report["graph"]["triples"].is_null());
    assert!(!dir.path().join("graph.nq").exists());
    assert!(!dir.path().join("neo4j").exists());
    assert!(dir.path().join("nodes.csv").exists());
    // An unknown name is a usage error naming the valid ones.
    let err = crate::util::newskg_exits(["extract", seeds, "--out", d, "--formats", "nq,owl"], 2);
    assert!(
        err.contains("unknown format 'owl'") && err.contains("jsonld"),
        "{err}"
    );
}
