//! Per-stage benchmarks (divan): `cargo bench --bench stages`.
//!
//! Input: the Wikinews articles of `NEWSKG_BENCH_CORPUS` (default
//! `../shared/corpora/wikinews-cd2000/articles`, the first 400 files), else the sample articles
//! in `seeds/`. Each stage is measured alone on the output of the previous one; bytes/s is
//! reported against the article text.

use std::path::PathBuf;
use std::sync::LazyLock;

use divan::counter::BytesCount;
use divan::{Bencher, black_box};
use newskg::export::{Options, Prepared, View};
use newskg::graph::{Digest, GraphBuilder};
use newskg::ingest::Document;

fn main() {
    divan::main();
}

fn corpus_dir() -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let default = root.join("../shared/corpora/wikinews-cd2000/articles");
    match std::env::var_os("NEWSKG_BENCH_CORPUS") {
        Some(p) => PathBuf::from(p),
        None if default.is_dir() => default,
        None => root.join("seeds"),
    }
}

/// Raw file bytes.
static FILES: LazyLock<Vec<(PathBuf, Vec<u8>)>> = LazyLock::new(|| {
    let mut files = newskg::ingest::discover(&[corpus_dir()]).unwrap();
    files.truncate(400);
    files
        .into_iter()
        .map(|f| {
            let b = std::fs::read(&f).unwrap();
            (f, b)
        })
        .collect()
});
static DOCS: LazyLock<Vec<Document>> = LazyLock::new(|| {
    FILES
        .iter()
        .filter_map(|(p, b)| Document::from_bytes(p, b).ok())
        .collect()
});
static BYTES: LazyLock<usize> = LazyLock::new(|| DOCS.iter().map(|d| d.text.len()).sum());
static DIGESTS: LazyLock<Vec<Digest>> = LazyLock::new(|| {
    DOCS.iter()
        .map(|d| Digest::of(&newskg::extract(d.clone())))
        .collect()
});
static GRAPH: LazyLock<newskg::KnowledgeGraph> =
    LazyLock::new(|| newskg::pipeline::merge(DIGESTS.clone()));

#[divan::bench]
fn decode_and_layout(b: Bencher) {
    b.counter(BytesCount::new(*BYTES)).bench(|| {
        for (p, bytes) in FILES.iter() {
            black_box(Document::from_bytes(p, bytes).ok());
        }
    });
}

#[divan::bench]
fn segment(b: Bencher) {
    b.counter(BytesCount::new(*BYTES)).bench(|| {
        for d in DOCS.iter() {
            black_box(newskg::extract::Segmented::new(d));
        }
    });
}

#[divan::bench]
fn extract(b: Bencher) {
    b.counter(BytesCount::new(*BYTES))
        .with_inputs(|| DOCS.clone())
        .bench_values(|docs| {
            for d in docs {
                black_box(newskg::extract(d));
            }
        });
}

#[divan::bench]
fn digest(b: Bencher) {
    let xs: Vec<_> = DOCS.iter().map(|d| newskg::extract(d.clone())).collect();
    b.counter(BytesCount::new(*BYTES)).bench(|| {
        for x in &xs {
            black_box(Digest::of(x));
        }
    });
}

#[divan::bench]
fn merge(b: Bencher) {
    b.counter(BytesCount::new(*BYTES))
        .with_inputs(|| DIGESTS.clone())
        .bench_values(|d| {
            let mut builder = GraphBuilder::new();
            for x in d {
                builder.push(x);
            }
            black_box(builder.finish())
        });
}

#[divan::bench]
fn prepare_exports(b: Bencher) {
    b.counter(BytesCount::new(*BYTES)).bench(|| {
        black_box(Prepared::new(
            &GRAPH,
            Options {
                view: View::Full,
                ..Options::default()
            },
        ))
    });
}

#[divan::bench(args = ["graph.ttl", "graph.nt", "graph.trig", "graph.nq", "graph.jsonld", "graph.rdf", "nodes.csv", "edges.csv", "graph.gexf", "graph.graphml", "graph.svg", "neo4j/statement.csv", "ladybug/statement.csv"])]
fn write(b: Bencher, file: &str) {
    let prepared = Prepared::new(&GRAPH, Options::default());
    let files = prepared.files();
    let f = files.iter().find(|f| f.path == file).unwrap();
    b.counter(BytesCount::new(*BYTES)).bench(|| {
        let mut sink = Vec::with_capacity(1 << 20);
        f.write_to(&mut sink).unwrap();
        black_box(sink.len())
    });
}
