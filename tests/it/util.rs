use std::path::PathBuf;
use std::sync::LazyLock;

use newskg::KnowledgeGraph;
use newskg::graph::{EdgeKind, Node, NodeKind};

/// Run the `newskg` binary with `args`; the test fails (showing its stderr) unless it succeeds.
pub fn newskg_ok<S: AsRef<std::ffi::OsStr>>(
    args: impl IntoIterator<Item = S>,
) -> std::process::Output {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_newskg"))
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Run the `newskg` binary with `args`; the test fails unless it exits with `code`. Returns
/// its stderr.
pub fn newskg_exits<S: AsRef<std::ffi::OsStr>>(
    args: impl IntoIterator<Item = S>,
    code: i32,
) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_newskg"))
        .args(args)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(code), "{stderr}");
    stderr
}

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

/// Every file under `dir` (recursively), by path relative to `dir` with `/` separators.
pub fn tree(dir: &std::path::Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    fn walk(
        root: &std::path::Path,
        d: &std::path::Path,
        out: &mut std::collections::BTreeMap<String, Vec<u8>>,
    ) {
        let Ok(entries) = std::fs::read_dir(d) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let rel = p
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    let mut out = std::collections::BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// The samples exported into a temporary folder once (full view).
pub static SAMPLE_OUT: LazyLock<(
    tempfile::TempDir,
    std::collections::BTreeMap<String, Vec<u8>>,
)> = LazyLock::new(|| {
    let dir = tempfile::tempdir().unwrap();
    newskg::export::write_all(&SAMPLES, dir.path(), newskg::export::Options::default()).unwrap();
    let files = tree(dir.path());
    (dir, files)
});

/// One exported file of the samples, as text.
pub fn sample_file(name: &str) -> String {
    String::from_utf8(
        SAMPLE_OUT
            .1
            .get(name)
            .unwrap_or_else(|| panic!("{name} not written"))
            .clone(),
    )
    .unwrap()
}
