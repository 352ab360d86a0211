//! The `newskg` binary: parse arguments, run one subcommand, turn the outcome into an exit code.
//! 0 = everything processed, 1 = finished but some inputs were skipped, 2 = fatal error.

mod cli;
mod cmd;

use std::process::ExitCode;

use clap::Parser;

/// mimalloc: the extractor allocates many short-lived strings; the system allocator spent about a
/// fifth of extraction time in malloc/free (see docs/BENCHMARKS.md). Built without transparent
/// huge pages (feature `no_thp`): with them, `perf` put about a tenth of extraction time in the
/// kernel zeroing 2 MB pages each time mimalloc touched fresh memory.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

#[allow(clippy::print_stderr)]
fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let outcome = match cli.command {
        Some(cli::Command::Extract(a)) => cmd::extract::run(&a).map(|o| o.skipped > 0),
        Some(cli::Command::Query(q)) => cmd::query::run(&q).map(|()| false),
        Some(cli::Command::Merge(m)) => cmd::merge::run(&m).map(|()| false),
        Some(cli::Command::Eval(e)) => cmd::eval::run(&e).map(|()| false),
        None => cmd::extract::run(&cli::ExtractArgs::default()).map(|o| o.skipped > 0),
    };
    match outcome {
        Ok(true) => ExitCode::from(1),
        Ok(false) => ExitCode::SUCCESS,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newskg: error: {e:#}");
            ExitCode::from(2)
        }
    }
}
