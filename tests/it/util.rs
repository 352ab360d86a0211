use std::path::PathBuf;
use std::sync::LazyLock;

use newskg::KnowledgeGraph;
use newskg::graph::{EdgeKind, Node, NodeKind};

pub fn seeds() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// The graph of the five sample articles, built once.
pub static SAMPLES: LazyLock<KnowledgeGraph> = LazyLock::new(|| {
    let (kg, report) = newskg::pipeline::build(&[seeds()]).unwrap();
    assert_eq!(report.articles, 5);
    assert!(report.skipped.is_empty());
    kg
});

pub fn persons_named(kg: &KnowledgeGraph, needle: &str) -> Vec<String> {
    kg.nodes()
        .into_iter()
        .filter(|n| {
            n.kind == NodeKind::Person
                && (n.label.contains(needle) || n.aliases.iter().any(|a| a.contains(needle)))
        })
        .map(|n| n.key.clone())
        .collect()
}

/// Statements whose text contains `needle`, with their speakers' keys.
pub fn statements_with<'a>(kg: &'a KnowledgeGraph, needle: &str) -> Vec<(&'a Node, Vec<String>)> {
    kg.nodes()
        .into_iter()
        .filter(|n| {
            n.kind == NodeKind::Statement
                && n.statement
                    .as_ref()
                    .is_some_and(|s| s.text.contains(needle))
        })
        .map(|n| {
            (
                n,
                kg.sources(&n.key, EdgeKind::Said)
                    .iter()
                    .map(|s| s.key.clone())
                    .collect(),
            )
        })
        .collect()
}
