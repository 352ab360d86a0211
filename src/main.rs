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

/// mimalloc's `purge_delay` option (its index in mimalloc 3's `mi_option_t`, which the
/// `libmimalloc-sys` bindings leave out; a test checks it is the option with the default 1000).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Milliseconds mimalloc keeps memory freed in whole pages before returning it to the system.
/// mimalloc 3 keeps it 1000 ms (mimalloc 2 kept it 10): freed memory that is not taken up again
/// at once stays resident a second, long enough to stack the graph's freed building material
/// under the RDF export's peak. At 10 ms the peak of 100 MB of distinct articles with
/// `--formats nq` fell by about 170 MB, with no change in time (docs/BENCHMARKS.md, twelfth
/// round).
const PURGE_DELAY_MS: std::ffi::c_long = 10;

/// Set the allocator's purge delay, unless the user chose one (`MIMALLOC_PURGE_DELAY`).
#[allow(unsafe_code)]
fn tune_allocator() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets an integer option of the allocator, which mimalloc allows at any time
        // and from any thread; no pointer is passed.
        unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS) };
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

#[allow(clippy::print_stderr)]
fn main() -> ExitCode {
    tune_allocator();
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

#[cfg(test)]
mod tests {
    /// The option index is mimalloc's `purge_delay`: the one option whose default is 1000 ms
    /// (its neighbours `eager_commit_delay` and `use_numa_nodes` default to 1 and 0).
    #[test]
    #[allow(unsafe_code)]
    fn the_purge_delay_index_is_mimallocs() {
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_some() {
            return;
        }
        // SAFETY: reads integer options of the allocator; no pointer is passed.
        let (before, at, after) = unsafe {
            (
                libmimalloc_sys::mi_option_get(super::MI_OPTION_PURGE_DELAY - 1),
                libmimalloc_sys::mi_option_get(super::MI_OPTION_PURGE_DELAY),
                libmimalloc_sys::mi_option_get(super::MI_OPTION_PURGE_DELAY + 1),
            )
        };
        assert_eq!((before, at, after), (1, 1000, 0));
    }
}
