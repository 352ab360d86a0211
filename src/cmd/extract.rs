//! `newskg extract`: articles → graph → every export format in the output folder.

use anyhow::Context;
use newskg::export::write_all;
use newskg::graph::NodeKind;
use newskg::pipeline::build;

use crate::cli::ExtractArgs;

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
    let written =
        write_all(&kg, &args.out).with_context(|| format!("writing {}", args.out.display()))?;
    if !args.quiet {
        let c = kg.counts();
        let n = |k| c.get(&k).copied().unwrap_or(0);
        println!(
            "articles: {}  people: {}  organisations: {}  places: {}  statements: {}  triples: {}",
            report.articles,
            n(NodeKind::Person),
            n(NodeKind::Organization),
            n(NodeKind::Place),
            n(NodeKind::Statement),
            written.triples
        );
        if !report.skipped.is_empty() {
            println!("skipped: {}", report.skipped.len());
        }
        println!("wrote:");
        for f in &written.files {
            println!("  {}", f.display());
        }
    }
    Ok(Outcome {
        skipped: report.skipped.len(),
    })
}
