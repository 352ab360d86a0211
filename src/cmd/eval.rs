//! `newskg eval`: entity precision/recall/F1 against GUM gold annotations, beside a peer.

use std::io::Write;

use anyhow::Context;
use newskg::eval::{Evaluation, gum, newskg_nodes, spacy_nodes};

use crate::cli::EvalArgs;

fn row(out: &mut impl Write, e: &Evaluation) -> std::io::Result<()> {
    let c = &e.total;
    let (s, t) = (c.scores(), c.typed());
    writeln!(
        out,
        "{:<22} {:>5} {:>6} {:>5} {:>5} {:>8} {:>6.3} {:>6.3} {:>6.3} {:>8.3}",
        e.system,
        c.gold,
        c.nodes,
        c.hits,
        c.duplicates,
        c.spurious,
        s.precision,
        s.recall,
        s.f1,
        t.f1
    )
}

fn errors(out: &mut impl Write, e: &Evaluation) -> std::io::Result<()> {
    writeln!(out, "\n## {}", e.system)?;
    for d in &e.docs {
        let s = d.counts.scores();
        writeln!(
            out,
            "\n{} (P {:.2} R {:.2} F1 {:.2})",
            d.doc, s.precision, s.recall, s.f1
        )?;
        for m in &d.missed {
            writeln!(out, "  missed     {m}")?;
        }
        for m in &d.spurious {
            writeln!(out, "  spurious   {m}")?;
        }
        for (n, g) in &d.duplicates {
            writeln!(out, "  duplicate  {n}  (of {g})")?;
        }
        for (n, k, g) in &d.mistyped {
            writeln!(out, "  mistyped   {n}  ({k}, gold {g})")?;
        }
    }
    Ok(())
}

pub fn run(args: &EvalArgs) -> anyhow::Result<()> {
    let gold = gum::read_dir(&args.gold)
        .with_context(|| format!("reading gold annotations in {}", args.gold.display()))?;
    let mut systems = vec![Evaluation::run("newskg", &gold, newskg_nodes)?];
    if let Some(dir) = &args.spacy {
        systems.push(Evaluation::run("spaCy en_core_web_sm", &gold, |g| {
            spacy_nodes(dir, g)
        })?);
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.json {
        serde_json::to_writer_pretty(&mut out, &systems).context("writing JSON")?;
        writeln!(out)?;
    } else {
        writeln!(
            out,
            "{} documents; untyped P/R/F1 and typed F1 over named persons, organisations, places\n",
            gold.len()
        )?;
        writeln!(
            out,
            "{:<22} {:>5} {:>6} {:>5} {:>5} {:>8} {:>6} {:>6} {:>6} {:>8}",
            "system", "gold", "nodes", "hits", "dup", "spurious", "P", "R", "F1", "typed F1"
        )?;
        for s in &systems {
            row(&mut out, s)?;
        }
        if args.errors {
            for s in &systems {
                errors(&mut out, s)?;
            }
        }
    }
    out.flush().context("writing results")?;
    Ok(())
}
