//! `newskg merge`: digests of shards → one graph → every export format.

use newskg::pipeline;
use newskg::report::Report;

use crate::cli::MergeArgs;
use crate::cmd::extract::{export, summary};

pub fn run(args: &MergeArgs) -> anyhow::Result<()> {
    let mut digests = Vec::new();
    for path in &args.digests {
        digests.extend(pipeline::read_digests(path)?);
    }
    let mut report = Report {
        articles: digests.len(),
        ..Report::default()
    };
    let kg = pipeline::merge(digests);
    report.distinct_articles = kg.counts().of(newskg::graph::NodeKind::Article);
    let written = export(kg, &report, &args.out, args.view, &args.formats)?;
    if !args.quiet {
        summary(&report, &written, &args.out)?;
    }
    Ok(())
}
