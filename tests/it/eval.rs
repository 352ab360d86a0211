//! `newskg eval`: the scorer on a small GUM-format folder, and (when the corpus is present) the
//! figures in docs/QUALITY.md.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use crate::util::newskg_ok;

fn write_fixture(dir: &Path) {
    let text = "Acme hires Mary Smith\ndate 2020-05-04\n\nAcme Corporation hired Mary Smith in Paris. Smith said she was glad.\n";
    std::fs::create_dir_all(dir.join("articles/news")).unwrap();
    std::fs::create_dir_all(dir.join("annotations/conllu")).unwrap();
    std::fs::write(dir.join("articles/news/doc_a.txt"), text).unwrap();
    let rows = [
        "# newdoc id = doc_a",
        "# text = Acme Corporation hired Mary Smith in Paris.",
        "1\tAcme\tAcme\tPROPN\tNNP\t_\t2\tcompound\t_\tEntity=(1-organization-new-sssss-cf1-1-coref-Acme",
        "2\tCorporation\tCorporation\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=1)",
        "3\thired\thire\tVERB\tVBD\t_\t0\troot\t_\t_",
        "4\tMary\tMary\tPROPN\tNNP\t_\t3\tobj\t_\tEntity=(2-person-new-sssss-cf1-1-coref",
        "5\tSmith\tSmith\tPROPN\tNNP\t_\t4\tflat\t_\tEntity=2)",
        "6\tin\tin\tADP\tIN\t_\t7\tcase\t_\t_",
        "7\tParis\tParis\tPROPN\tNNP\t_\t3\tobl\t_\tEntity=(3-place-new-sssss-cf1-1-sgl-Paris)|SpaceAfter=No",
        "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_",
        "",
        "# text = Smith said she was glad.",
        "1\tSmith\tSmith\tPROPN\tNNP\t_\t2\tnsubj\t_\tEntity=(2-person-giv-sssss-cf1-1-coref)",
        "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_",
        "3\tshe\tshe\tPRON\tPRP\t_\t5\tnsubj\t_\tEntity=(2-person-giv-sssss-cf1-1-coref)",
        "4\twas\tbe\tAUX\tVBD\t_\t5\tcop\t_\t_",
        "5\tglad\tglad\tADJ\tJJ\t_\t2\tccomp\t_\tSpaceAfter=No",
        "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_",
        "",
    ];
    std::fs::write(dir.join("annotations/conllu/doc_a.conllu"), rows.join("\n")).unwrap();
}

#[test]
fn eval_scores_a_gum_folder() {
    let dir = tempfile::tempdir().unwrap();
    write_fixture(dir.path());
    let out = newskg_ok([
        OsStr::new("eval"),
        OsStr::new("--json"),
        dir.path().as_os_str(),
    ]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let total = &v[0]["total"];
    assert_eq!(v[0]["system"], "newskg");
    assert_eq!(total["gold"], 3);
    // Acme Corporation, Mary Smith (+ "Smith" joined to her) and Paris: one node each.
    assert_eq!(total["hits"], 3, "{v:#}");
    assert_eq!(total["typed_hits"], 3, "{v:#}");
    assert_eq!(total["duplicates"], 0);
    assert_eq!(total["spurious"], 0);
}

#[test]
fn eval_names_the_file_it_cannot_align() {
    let dir = tempfile::tempdir().unwrap();
    write_fixture(dir.path());
    std::fs::write(
        dir.path().join("articles/news/doc_a.txt"),
        "Something else entirely.\n",
    )
    .unwrap();
    let err = crate::util::newskg_exits([std::ffi::OsStr::new("eval"), dir.path().as_os_str()], 2);
    assert!(
        err.contains("doc_a.conllu:2") && err.contains("sentence not found"),
        "{err}"
    );
}

fn gum_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("NEWSKG_GUM").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/gum-wikinews"),
        PathBuf::from,
    );
    dir.join("annotations/conllu").is_dir().then_some(dir)
}

/// The newskg row of docs/QUALITY.md is what `newskg eval` prints on the GUM corpus now.
#[test]
fn quality_doc_is_current() {
    let Some(gum) = gum_dir() else {
        eprintln!("GUM corpus not found (set NEWSKG_GUM): skipped");
        return;
    };
    let out = newskg_ok([OsStr::new("eval"), gum.as_os_str()]);
    let table = String::from_utf8(out.stdout).unwrap();
    let row = table
        .lines()
        .find(|l| l.starts_with("newskg "))
        .unwrap()
        .to_string();
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/QUALITY.md"))
            .unwrap();
    assert!(
        doc.contains(&row),
        "docs/QUALITY.md is stale; `newskg eval` now prints:\n{table}"
    );
}
