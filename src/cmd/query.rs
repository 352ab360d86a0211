//! `newskg query`: SPARQL over exported RDF files, in memory.

use std::io::Write;

use anyhow::Context;
use newskg::query::{ResultFormat, load, run as run_query};

use crate::cli::{QueryArgs, ResultFormatArg};

pub fn run(args: &QueryArgs) -> anyhow::Result<()> {
    let sparql = match args.sparql.strip_prefix('@') {
        Some(path) => std::fs::read_to_string(path).with_context(|| format!("reading {path}"))?,
        None => args.sparql.clone(),
    };
    let store = load(&args.data)?;
    let format = match args.format {
        ResultFormatArg::Table => ResultFormat::Table,
        ResultFormatArg::Csv => ResultFormat::Csv,
        ResultFormatArg::Json => ResultFormat::Json,
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    run_query(&store, &sparql, format, &mut out)?;
    out.flush().context("writing results")?;
    Ok(())
}
