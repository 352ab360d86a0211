//! Bad input, hostile text and failed runs: the exit-code contract, report.json, atomic output.
//! The bad inputs are generated here (never committed as binaries).

use std::path::Path;
use std::process::Command;

use crate::util::{seeds, tree};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newskg"))
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).unwrap();
}

const ARTICLE: &str = "Port official denies closure\n\nLAGOS, 3 March 2025 — \"The port will stay open,\" said Adaeze Okafor, the port authority's spokeswoman, on Monday. She said that shipping would continue.\n";

fn utf16(s: &str, le: bool) -> Vec<u8> {
    let mut out = if le {
        vec![0xFF, 0xFE]
    } else {
        vec![0xFE, 0xFF]
    };
    for u in s.encode_utf16() {
        out.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
    }
    out
}

/// A folder with one good article in every encoding and layout we accept, plus files to skip.
fn bad_corpus(dir: &Path) {
    write(dir, "utf8.txt", ARTICLE.as_bytes());
    write(
        dir,
        "bom.txt",
        &[b"\xEF\xBB\xBF".as_slice(), ARTICLE.as_bytes()].concat(),
    );
    write(dir, "utf16le.txt", &utf16(ARTICLE, true));
    write(
        dir,
        "utf16be.txt",
        &utf16(&ARTICLE.replace("Adaeze", "Chioma"), false),
    );
    write(
        dir,
        "crlf.txt",
        ARTICLE
            .replace("Lagos", "Abuja")
            .replace('\n', "\r\n")
            .as_bytes(),
    );
    // Windows-1252: curly quotes and an é as single bytes.
    let mut cp =
        b"Caf\xe9 owner speaks\n\nPARIS \x97 \x93We are closed,\x94 said Jean Dupont, the owner.\n"
            .to_vec();
    cp.extend_from_slice(b"He said that the caf\xe9 would reopen.\n");
    write(dir, "cp1252.txt", &cp);
    write(dir, "empty.txt", b"");
    write(dir, "blank.txt", b"  \n\n \t\n");
    write(dir, "binary.txt", &[0x89, b'P', b'N', b'G', 0, 0, 1, 2, 3]);
    // Hostile text: quotes inside quotes, backslashes, markup, tabs and newlines inside quotes,
    // control characters, emoji, right-to-left marks, unbalanced quotes.
    write(
        dir,
        "hostile.txt",
        "Hostile <b>&amp;</b> \\ headline \u{1F600}\n\n\
         \"He said \\\"no\\\" and 'maybe'\t<tag attr=\"x\">\" said Mary O'Neil \\ \u{202E}evil\u{202C}, the mayor.\n\
         \"Unbalanced quote said John Smith.\n\u{7}\u{1b}[31mred\u{1b}[0m \u{FEFF} \u{200F}\u{0645}\u{0631}\u{062D}\u{0628}\u{0627} said Ali Hassan.\n\
         \"Line one\nline two\" said Jane Doe.\r\n"
            .as_bytes(),
    );
}

#[test]
fn bad_inputs_are_skipped_with_reasons_and_the_rest_is_exported() {
    let input = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    bad_corpus(input.path());
    let run = bin()
        .arg("extract")
        .arg(input.path())
        .arg("--out")
        .arg(out.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    for skipped in ["empty.txt", "blank.txt", "binary.txt"] {
        assert!(
            stderr
                .lines()
                .any(|l| l.contains("skipped") && l.contains(skipped)),
            "{skipped} not named: {stderr}"
        );
    }
    assert!(
        stderr.contains("cp1252.txt: not valid UTF-8, decoded as Windows-1252"),
        "{stderr}"
    );
    let report = std::fs::read_to_string(out.path().join("report.json")).unwrap();
    assert!(report.contains("\"status\": 1"), "{report}");
    assert!(
        report.contains("binary.txt") && report.contains("NUL byte"),
        "{report}"
    );
    assert!(report.contains("\"read\": 7"), "{report}");
    // The decoded articles were extracted, whatever their encoding.
    let nodes = std::fs::read_to_string(out.path().join("nodes.csv")).unwrap();
    for name in [
        "Adaeze Okafor",
        "Chioma Okafor",
        "Jean Dupont",
        "Café owner speaks",
    ] {
        assert!(nodes.contains(name), "{name} missing");
    }
    // Every writer produced parseable output from the hostile text.
    for (file, format) in [
        ("graph.ttl", oxrdfio::RdfFormat::Turtle),
        ("graph.nt", oxrdfio::RdfFormat::NTriples),
        ("graph.trig", oxrdfio::RdfFormat::TriG),
        ("graph.nq", oxrdfio::RdfFormat::NQuads),
        ("graph.rdf", oxrdfio::RdfFormat::RdfXml),
    ] {
        let bytes = std::fs::read(out.path().join(file)).unwrap();
        let quads: Result<Vec<_>, _> = oxrdfio::RdfParser::from_format(format)
            .for_slice(&bytes)
            .collect();
        assert!(quads.is_ok_and(|q| !q.is_empty()), "{file}");
    }
    for (name, bytes) in tree(out.path()) {
        if name.ends_with(".csv") {
            let mut r = csv::Reader::from_reader(bytes.as_slice());
            let width = r.headers().unwrap().len();
            for rec in r.records() {
                assert_eq!(rec.unwrap().len(), width, "{name}");
            }
        } else if name.ends_with(".gexf") || name.ends_with(".graphml") || name.ends_with(".svg") {
            let text = String::from_utf8(bytes).unwrap();
            roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }
}

#[test]
fn a_long_line_and_a_large_file_are_handled() {
    let input = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    // ~4 MB on one line (no newline at all: 40,000 sentences, statements and quotations in one
    // article), and ~2 MB of many paragraphs.
    let sentence = "Officials said that the bridge, which Maria Lopez of the Transport Ministry called \"unsafe\", would reopen. ";
    write(input.path(), "line.txt", sentence.repeat(40_000).as_bytes());
    let para = format!("{sentence}\n\n");
    write(
        input.path(),
        "large.txt",
        format!("Bridge news\n\n{}", para.repeat(20_000)).as_bytes(),
    );
    let t = std::time::Instant::now();
    let run = bin()
        .arg("extract")
        .arg(input.path())
        .arg("--out")
        .arg(out.path())
        .arg("--quiet")
        .output()
        .unwrap();
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    // Linear, not quadratic: even an unoptimised build takes seconds, not minutes. (Regression:
    // the statements stage compared each statement with every one before it, each quotation
    // with every statement, and each statement's words with every mention: 2 MB of this line
    // took 30 s unoptimised, 2 s optimised, and 21 MB took 254 s.)
    assert!(t.elapsed().as_secs() < 60, "{:?}", t.elapsed());
    let nodes = std::fs::read_to_string(out.path().join("nodes.csv")).unwrap();
    assert!(nodes.contains("Maria Lopez"));
}

#[test]
fn a_failed_write_leaves_the_previous_output_untouched() {
    let out = tempfile::tempdir().unwrap();
    let first = bin()
        .arg("extract")
        .arg(seeds())
        .arg("--out")
        .arg(out.path())
        .arg("--quiet")
        .output()
        .unwrap();
    assert!(first.status.success());
    let before = tree(out.path());
    // Make one temporary file impossible to create: a folder stands where it would go.
    std::fs::create_dir(out.path().join(".graph.gexf.tmp")).unwrap();
    let input = tempfile::tempdir().unwrap();
    write(input.path(), "a.txt", ARTICLE.as_bytes());
    let second = bin()
        .arg("extract")
        .arg(input.path())
        .arg("--out")
        .arg(out.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert_eq!(second.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(".graph.gexf.tmp"),
        "the message names the path: {stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    std::fs::remove_dir(out.path().join(".graph.gexf.tmp")).unwrap();
    let after = tree(out.path());
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>(),
        "no temporary file is left behind"
    );
    assert!(before == after, "the previous output is untouched");
}

#[test]
fn fatal_errors_exit_2_with_one_line_naming_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-folder");
    std::fs::write(&file, b"x").unwrap();
    let run = bin()
        .arg("extract")
        .arg(seeds())
        .arg("--out")
        .arg(&file)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("not-a-folder"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    let bad = bin().args(["extract", "--no-such-flag"]).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
    let bad = bin()
        .args(["query", "--format", "xml", "ASK {}"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn output_is_identical_for_any_thread_count_and_input_order() {
    let input = tempfile::tempdir().unwrap();
    bad_corpus(input.path());
    for f in std::fs::read_dir(seeds()).unwrap() {
        let f = f.unwrap().path();
        std::fs::copy(&f, input.path().join(f.file_name().unwrap())).unwrap();
    }
    // The same article under a second name is one article, whichever copy is read first.
    write(input.path(), "zz-copy.txt", ARTICLE.as_bytes());
    let mut trees = Vec::new();
    for threads in ["1", "2", "3"] {
        let out = tempfile::tempdir().unwrap();
        bin()
            .arg("extract")
            .arg(input.path())
            .arg("--out")
            .arg(out.path())
            .args(["--quiet", "--threads", threads])
            .output()
            .unwrap();
        trees.push(tree(out.path()));
    }
    // Input order: the files given one by one, in reverse.
    let mut files: Vec<_> = std::fs::read_dir(input.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files.reverse();
    let out = tempfile::tempdir().unwrap();
    bin()
        .arg("extract")
        .args(&files)
        .arg("--out")
        .arg(out.path())
        .arg("--quiet")
        .output()
        .unwrap();
    let reversed = tree(out.path());
    assert!(trees[0].len() > 30);
    for t in trees.iter().skip(1).chain([&reversed]) {
        assert_eq!(
            t.keys().collect::<Vec<_>>(),
            trees[0].keys().collect::<Vec<_>>()
        );
        for (name, bytes) in t {
            assert!(bytes == &trees[0][name], "{name} differs");
        }
    }
}

/// Inputs the fuzzer (`fuzz/`) found crashing, kept as regression tests: each must go through
/// the whole pipeline and every writer, with offsets that slice to the stored text.
#[test]
fn fuzz_regressions_stay_fixed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let mut n = 0;
    for f in std::fs::read_dir(&dir).unwrap() {
        let path = f.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let Ok(doc) = newskg::ingest::Document::from_bytes(&path, &bytes) else {
            continue;
        };
        let chars: Vec<char> = doc.text.chars().collect();
        let x = newskg::extract(doc);
        let mut b = newskg::GraphBuilder::new();
        b.add(&x);
        let kg = b.finish();
        for node in kg.nodes() {
            for ev in &node.evidence {
                let slice: String = chars[ev.start..ev.end].iter().collect();
                assert_eq!(slice, ev.exact, "{}", path.display());
            }
        }
        let prepared = newskg::export::Prepared::new(&kg, newskg::export::Options::default());
        for file in prepared.files() {
            let mut sink = Vec::new();
            file.write_to(&mut sink).unwrap();
        }
        n += 1;
    }
    assert!(n >= 1);
}
