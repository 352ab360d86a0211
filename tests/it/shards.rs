//! Beyond one machine: shards extracted apart (`extract --digests`) and merged (`merge`) give
//! exactly the output of one run over all their inputs.

use std::process::Command;

use crate::util::{seeds, tree};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newskg"))
}

#[test]
fn two_shards_merged_equal_one_run_on_the_whole() {
    let mut files: Vec<_> = std::fs::read_dir(seeds())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let work = tempfile::tempdir().unwrap();
    let (a, b) = files.split_at(2);
    let mut digests = Vec::new();
    for (name, shard) in [("a", a), ("b", b)] {
        let digest = work.path().join(format!("{name}.jsonl"));
        let run = bin()
            .arg("extract")
            .args(shard)
            .arg("--out")
            .arg(work.path().join(format!("out-{name}")))
            .arg("--digests")
            .arg(&digest)
            .arg("--quiet")
            .output()
            .unwrap();
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        digests.push(digest);
    }
    // Merge in the other order, to show order does not matter.
    digests.reverse();
    let merged = work.path().join("merged");
    let run = bin()
        .arg("merge")
        .args(&digests)
        .arg("--out")
        .arg(&merged)
        .arg("--quiet")
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let whole = work.path().join("whole");
    let run = bin()
        .arg("extract")
        .arg(seeds())
        .arg("--out")
        .arg(&whole)
        .arg("--quiet")
        .output()
        .unwrap();
    assert!(run.status.success());
    let (m, w) = (tree(&merged), tree(&whole));
    assert_eq!(m.keys().collect::<Vec<_>>(), w.keys().collect::<Vec<_>>());
    for (name, bytes) in &w {
        if name != "report.json" {
            assert!(
                &m[name] == bytes,
                "{name} differs between the merged shards and one run"
            );
        }
    }
    // And the separate shard exports share IRIs with the whole: every subject IRI of a shard's
    // N-Quads is a subject of the whole run's.
    let whole_nq = String::from_utf8(w["graph.nq"].clone()).unwrap();
    let subjects = |nq: &str| -> std::collections::BTreeSet<String> {
        nq.lines()
            .filter_map(|l| l.split(' ').next().map(str::to_string))
            .collect()
    };
    let all = subjects(&whole_nq);
    for name in ["a", "b"] {
        let nq = std::fs::read_to_string(work.path().join(format!("out-{name}/graph.nq"))).unwrap();
        let shard = subjects(&nq);
        let missing: Vec<_> = shard.difference(&all).collect();
        assert!(
            missing.len() * 20 < shard.len(),
            "shard {name}: {} of {} subjects unknown to the whole run: {missing:?}",
            missing.len(),
            shard.len()
        );
    }
}

#[test]
fn a_bad_digest_file_is_a_named_error() {
    let work = tempfile::tempdir().unwrap();
    let bad = work.path().join("bad.jsonl");
    std::fs::write(&bad, "{\"not\": \"a digest\"}\n").unwrap();
    let run = bin()
        .arg("merge")
        .arg(&bad)
        .arg("--out")
        .arg(work.path().join("out"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("bad.jsonl") && stderr.contains("line 1"),
        "{stderr}"
    );
}
