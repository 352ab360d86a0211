//! `newskg extract`: articles → graph → every export format in the output folder.

use std::io::Write;

use anyhow::Context;
use newskg::export::{Options, View, write_all};
use newskg::graph::NodeKind;
use newskg::pipeline::build;

use crate::cli::{ExtractArgs, ViewArg};

/// The outcome: whether some inputs were skipped.
pub struct Outcome {
    pub skipped: usize,
}

#[allow(clippy::print_stdout, clippy::print_stderr)]
pub fn run(args: &ExtractArgs) -> anyhow::Result<Outcome> {
    let (kg, report) = build(&args.paths).context("reading inputs")?;
    for e in &report.skipped {
        eprintln!("newskg: skipped {e}");
    }
    for w in &report.warnings {
        eprintln!("newskg: warning: {w}");
    }
    let options = Options {
        view: match args.view {
            ViewArg::Full => View::Full,
            ViewArg::Entities => View::Entities,
        },
    };
    let written = write_all(&kg, &args.out, options)
        .with_context(|| format!("writing {}", args.out.display()))?;
    if !args.quiet {
        // writeln! (not println!) so a closed pipe is an error main turns into a quiet exit.
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        let c = kg.counts();
        let n = |k| c.get(&k).copied().unwrap_or(0);
        writeln!(
            out,
            "articles: {}  people: {}  organisations: {}  places: {}  statements: {}  triples: {}",
            report.articles,
            n(NodeKind::Person),
            n(NodeKind::Organization),
            n(NodeKind::Place),
            n(NodeKind::Statement),
            written.triples
        )?;
        if !report.skipped.is_empty() {
            writeln!(out, "skipped: {}", report.skipped.len())?;
        }
        writeln!(out, "wrote:")?;
        for f in &written.files {
            writeln!(out, "  {}", f.display())?;
        }
        out.flush()?;
    }
    Ok(Outcome {
        skipped: report.skipped.len(),
    })
}
