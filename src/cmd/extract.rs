//! `newskg extract`: articles → graph → every export format in the output folder.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use newskg::export::{Formats, Options, View, write_all_owned};
use newskg::graph::GraphBuilder;
use newskg::graph::NodeKind;
use newskg::pipeline::{self, Progress};

use crate::cli::{ExtractArgs, ViewArg};

/// The outcome: whether some inputs were skipped.
pub struct Outcome {
    pub skipped: usize,
}

/// A progress bar on stderr (articles, MB/s, ETA), only when stderr is a terminal.
fn progress_bar(quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr_with_hz(10));
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta}  {msg}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

fn secs(d: Duration) -> f64 {
    d.as_secs_f64()
}

/// Peak resident memory so far in MB (Linux; 0 elsewhere).
fn peak_mb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<u64>().ok())
        })
        .map_or(0, |kb| kb / 1024)
}

#[allow(clippy::print_stderr)]
pub fn run(args: &ExtractArgs) -> anyhow::Result<Outcome> {
    // One pool for extraction and export; 0 = one thread per core.
    let _ = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads)
        .build_global();
    let bar = progress_bar(args.quiet);
    let on_progress = |p: Progress| {
        // Called once per article from the workers: no formatting when nothing is drawn.
        if bar.is_hidden() {
            return;
        }
        if bar.length() != Some(p.bytes_total) {
            bar.set_length(p.bytes_total);
        }
        bar.set_position(p.bytes_done);
        bar.set_message(format!("{}/{} articles", p.done, p.total));
    };
    let t0 = Instant::now();
    // (inputs are sized first only for a bar that shows bytes and an ETA)
    let options = pipeline::Options {
        sizes: !bar.is_hidden(),
        ..pipeline::Options::default()
    };
    // Each digest is merged into the graph as it comes, while the workers go on; with
    // --digests they are kept too, and merged after they are written.
    let (builder, report) = match &args.digests {
        None => {
            let mut builder = GraphBuilder::new();
            let report = pipeline::digest_each(&args.paths, options, &on_progress, |d| {
                builder.push(d);
            })
            .context("reading inputs")?;
            (builder, report)
        }
        Some(path) => {
            let (digests, report) = pipeline::digest_with(&args.paths, options, &on_progress)
                .context("reading inputs")?;
            write_digests_file(&digests, path)?;
            let mut builder = GraphBuilder::new();
            for d in digests {
                builder.push(d);
            }
            (builder, report)
        }
    };
    bar.finish_and_clear();
    let t_digest = t0.elapsed();
    let kg = builder.finish();
    let t_extract = t0.elapsed();
    let peak_extract = peak_mb();
    for e in &report.skipped {
        eprintln!("newskg: skipped {e}");
    }
    for w in &report.warnings {
        eprintln!("newskg: warning: {w}");
    }
    let t1 = Instant::now();
    let written = export(kg, &report, &args.out, args.view, &args.formats)?;
    let t_write = t1.elapsed();
    if args.timings {
        #[allow(clippy::cast_precision_loss)]
        let mb = report.bytes as f64 / 1e6;
        let total = t0.elapsed();
        eprintln!(
            "timings: read+extract+merge {:.3} s ({:.1} MB/s), export {:.3} s, total {:.3} s ({:.1} MB/s) for {:.1} MB in {} articles ({} distinct, {} extracted)",
            secs(t_extract),
            mb / secs(t_extract),
            secs(t_write),
            secs(total),
            mb / secs(total),
            mb,
            report.articles,
            report.distinct_articles,
            report.extracted
        );
        eprintln!(
            "  read+extract+merge {:.3} s (in parallel), finish {:.3} s",
            secs(t_digest),
            secs(t_extract.saturating_sub(t_digest))
        );
        eprintln!(
            "  peak memory: {} MB after extract+merge, {} MB at the end",
            peak_extract,
            peak_mb()
        );
        eprintln!("  export: prepare {:.3} s", secs(written.prepare_time));
        let mut slow = written.file_times.clone();
        slow.sort_by_key(|t| std::cmp::Reverse(t.1));
        for (f, d) in slow.iter().take(8) {
            eprintln!("  export: {f} {:.3} s", secs(*d));
        }
    }
    if !args.quiet {
        summary(&report, &written, &args.out)?;
    }
    Ok(Outcome {
        skipped: report.skipped.len(),
    })
}

/// Write the digests file atomically (temporary name, then rename).
fn write_digests_file(
    digests: &[newskg::graph::Digest],
    path: &std::path::Path,
) -> anyhow::Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.tmp"));
    let result = (|| -> std::io::Result<()> {
        let file = std::fs::File::create(&tmp)?;
        let mut w = pipeline::write_digests(digests, std::io::BufWriter::new(file))?;
        w.flush()?;
        w.into_inner()
            .map_err(std::io::IntoInnerError::into_error)?
            .sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.with_context(|| format!("writing {}", path.display()))
}

/// Write every export of `kg` into `out` (the graph is freed as soon as the exports no longer
/// need it).
pub fn export(
    kg: newskg::KnowledgeGraph,
    report: &newskg::report::Report,
    out: &std::path::Path,
    view: ViewArg,
    formats: &[newskg::export::Format],
) -> anyhow::Result<newskg::export::Written> {
    let options = Options {
        view: match view {
            ViewArg::Full => View::Full,
            ViewArg::Entities => View::Entities,
        },
        report: Some(report),
        // none named: all of them
        formats: if formats.is_empty() {
            Formats::ALL
        } else {
            formats.iter().copied().collect()
        },
    };
    write_all_owned(kg, out, options).with_context(|| format!("writing {}", out.display()))
}

/// The summary on stdout (writeln!, so a closed pipe is an error main turns into a quiet exit).
pub fn summary(
    report: &newskg::report::Report,
    written: &newskg::export::Written,
    dir: &std::path::Path,
) -> anyhow::Result<()> {
    {
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        let n = |k| written.counts.of(k);
        writeln!(
            out,
            "articles: {}  people: {}  organisations: {}  places: {}  statements: {}  triples: {}",
            report.distinct_articles,
            n(NodeKind::Person),
            n(NodeKind::Organization),
            n(NodeKind::Place),
            n(NodeKind::Statement),
            written.triples.map_or_else(
                || "not counted (no RDF format)".to_string(),
                |t| t.to_string()
            )
        )?;
        if !report.skipped.is_empty() {
            writeln!(
                out,
                "skipped: {} (see {})",
                report.skipped.len(),
                dir.join("report.json").display()
            )?;
        }
        writeln!(
            out,
            "wrote {} files to {}",
            written.files.len(),
            dir.display()
        )?;
        out.flush()?;
    }
    Ok(())
}
