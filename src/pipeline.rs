//! The whole job as a library call: paths in, a [`KnowledgeGraph`] and a [`Report`] out.
//!
//! Articles are read and extracted in parallel (rayon), each reduced at once to a [`Digest`]
//! (its text is dropped) and merged into the graph on a thread of its own as it comes, while the
//! workers go on. The merge does not depend on the order digests come in ([`GraphBuilder`]), so
//! the graph — and every byte written from it — is the same for any number of threads and any
//! input order. Memory grows with the graph, not with the input: no article's text or digest
//! is kept once merged, and a copy read after the copy that is kept is not extracted at all.

use rustc_hash::FxHashMap as HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicUsize, Ordering};
use std::sync::mpsc::SyncSender;

use crate::error::IngestError;
use crate::extract::extract;
use crate::graph::{Digest, GraphBuilder, KnowledgeGraph};
use crate::ingest::{self, Document, Encoding};

/// How to run.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Worker threads; 0 = the current rayon pool (one thread per core by default).
    pub threads: usize,
    /// Size every input before the run, so [`Progress::bytes_total`] is known (for a progress
    /// bar by bytes, with an ETA). Off, nothing is asked of the file system before the workers
    /// start (52,644 files took 0.1 s of one core), `bytes_total` is 0 and `bytes_done` counts
    /// the text of the articles read.
    pub sizes: bool,
}

/// Progress of a run, reported after each input.
#[derive(Debug, Clone, Copy)]
pub struct Progress {
    /// Inputs done (read or skipped) and in all.
    pub done: usize,
    pub total: usize,
    /// Bytes of input done and in all (from file sizes, when [`Options::sizes`]; stdin counts 0
    /// in `total`).
    pub bytes_done: u64,
    pub bytes_total: u64,
}

pub use crate::report::Report;

/// Run `f` (the extraction of the article at `path`), turning a panic into an error for that
/// article: one article that trips a bug must not end a run over a whole archive.
fn guarded<T>(path: &Path, f: impl FnOnce() -> T) -> Result<T, IngestError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".to_string());
        IngestError::Extraction {
            path: path.to_path_buf(),
            message,
        }
    })
}

fn read_one(path: &Path) -> Result<Document, IngestError> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|source| IngestError::Io {
                path: path.to_path_buf(),
                source,
            })?;
        return Document::from_bytes(Path::new("-"), &bytes);
    }
    ingest::read_file(path)
}

/// Threads that read inputs ahead of the workers, and how far ahead: on a cold page cache the
/// workers then find their files in memory instead of waiting for the disk (several requests in
/// flight, overlapping with extraction). On a warm cache this costs one extra copy per file.
const PREFETCH_THREADS: usize = 4;
const PREFETCH_AHEAD: usize = 256;

/// Whether the inputs are coming from the page cache, judged from the last 32 timed prefetch
/// reads (one bit each, set when slow), shared by the prefetch threads. A single read says little:
/// on two busy cores a cached read is now and then descheduled past the threshold (about 8 % of
/// them on the project's VM, under load), while reads from the disk are nearly all slow. So the
/// inputs count as cached while at most a quarter of the window was slow. Reads from the cache
/// took 4–16 µs there and reads from the disk 20 µs and more, hence the threshold.
struct CacheSense(AtomicU32);

impl CacheSense {
    const SLOW: std::time::Duration = std::time::Duration::from_micros(20);
    const MAX_SLOW: u32 = 8;

    /// No read timed yet: as if every read were slow, so prefetching starts in full.
    fn new() -> Self {
        Self(AtomicU32::new(u32::MAX))
    }

    fn record(&self, took: std::time::Duration) {
        let slow = u32::from(took >= Self::SLOW);
        // (`fetch_update` with a closure that always succeeds cannot fail)
        let _ = self
            .0
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |h| {
                Some(h << 1 | slow)
            });
    }

    fn cached(&self) -> bool {
        self.0.load(Ordering::Relaxed).count_ones() <= Self::MAX_SLOW
    }
}

/// The end of the prefetch threads: a flag, and a way to wake them from their naps when it is
/// set (so the run does not wait out a nap at the end).
struct Stop {
    flag: AtomicBool,
    lock: Mutex<()>,
    wake: std::sync::Condvar,
}

impl Stop {
    fn new() -> Self {
        Self {
            flag: AtomicBool::new(false),
            lock: Mutex::new(()),
            wake: std::sync::Condvar::new(),
        }
    }

    fn is_set(&self) -> bool {
        self.flag.load(Ordering::Relaxed)
    }

    fn set(&self) {
        let _held = self
            .lock
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        self.flag.store(true, Ordering::Relaxed);
        self.wake.notify_all();
    }

    /// Sleep for `d` or until [`Self::set`]; true when set.
    fn nap(&self, d: std::time::Duration) -> bool {
        let held = self
            .lock
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        // (checked while holding the lock: `set` cannot come between the test and the wait)
        if self.is_set() {
            return true;
        }
        let _ = self.wake.wait_timeout(held, d);
        self.is_set()
    }
}

/// Read files (into a scratch buffer, dropped) ahead of the workers' position `next`, so the
/// operating system has them cached when a worker reads them. Stdin is never read here. While
/// the files come from the cache anyway ([`CacheSense`]), only one in `PREFETCH_SAMPLE` is read,
/// to notice when they stop doing so.
fn prefetch(
    files: &[PathBuf],
    next: &AtomicUsize,
    ahead: &AtomicUsize,
    stop: &Stop,
    sense: &CacheSense,
) {
    const PREFETCH_SAMPLE: usize = 32;
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let i = ahead.fetch_add(1, Ordering::Relaxed);
        let Some(f) = files.get(i) else { return };
        while i >= next.load(Ordering::Relaxed) + PREFETCH_AHEAD {
            // (while the files come from the cache, the workers need no reads ahead: waking
            // up less often leaves the cores to them)
            let nap = if sense.cached() { 20 } else { 1 };
            if stop.nap(std::time::Duration::from_millis(nap)) {
                return;
            }
        }
        if stop.is_set() {
            return;
        }
        if i < next.load(Ordering::Relaxed) || f.as_os_str() == "-" {
            continue; // a worker has it already, or it is stdin
        }
        if sense.cached() && !i.is_multiple_of(PREFETCH_SAMPLE) {
            continue;
        }
        let t = std::time::Instant::now();
        if let Ok(mut fh) = std::fs::File::open(f) {
            while matches!(fh.read(&mut buf), Ok(n) if n > 0) {}
        }
        sense.record(t.elapsed());
    }
}

/// Read, extract and merge every article under `paths` on one core per thread. One bad article
/// never stops the run: it is listed in the report.
///
/// # Errors
/// Only when a given path does not exist or a folder cannot be listed.
pub fn build(paths: &[PathBuf]) -> Result<(KnowledgeGraph, Report), IngestError> {
    build_with(paths, Options::default(), &|_| {})
}

/// What one input gave.
enum Outcome {
    Read {
        /// None for a copy of an article whose digest is kept already (from a copy that wins
        /// the tie-break below): it is not extracted again.
        digest: Option<Box<Digest>>,
        bytes: u64,
        warning: Option<String>,
    },
    Skipped(IngestError),
}

/// [`build`] with options and a progress callback (called from worker threads). Each article's
/// digest is merged into the graph as it is made, while the next articles are extracted.
///
/// # Errors
/// Only when a given path does not exist or a folder cannot be listed.
pub fn build_with(
    paths: &[PathBuf],
    options: Options,
    progress: &(dyn Fn(Progress) + Sync),
) -> Result<(KnowledgeGraph, Report), IngestError> {
    let mut builder = GraphBuilder::new();
    let report = digest_each(paths, options, progress, |d| builder.push(d))?;
    Ok((builder.finish(), report))
}

/// The map step of [`build_with`], kept: one [`Digest`] per distinct article (of its copies,
/// the one read from the file with the smallest name), in article-key order. Digests from
/// several shards (machines, runs) merged with [`merge`] give the graph of one run on all of
/// their inputs.
///
/// # Errors
/// Only when a given path does not exist or a folder cannot be listed.
pub fn digest_with(
    paths: &[PathBuf],
    options: Options,
    progress: &(dyn Fn(Progress) + Sync),
) -> Result<(Vec<Digest>, Report), IngestError> {
    let mut kept: HashMap<String, Digest> = HashMap::default();
    let report = digest_each(paths, options, progress, |d| match kept.get(d.key()) {
        Some(k) if k.file_name() <= d.file_name() => {}
        _ => {
            kept.insert(d.key().to_string(), d);
        }
    })?;
    let mut digests: Vec<Digest> = kept.into_values().collect();
    digests.sort_by(|a, b| a.key().cmp(b.key()));
    Ok((digests, report))
}

/// Digests waiting to be taken in [`digest_each`] (each a few kilobytes): enough to keep the
/// workers going while a slow one is merged.
const DIGESTS_IN_FLIGHT: usize = 1024;

/// Digests a worker hands over at once in [`digest_each`]. The taker merges an article in a
/// fraction of the time a worker takes to extract one, so it waits for most of them; handed
/// one at a time, each would wake it (a futex call and a context switch on both sides, dear on
/// a VM). In batches it wakes once per batch.
const DIGEST_BATCH: usize = 16;

/// Read and extract every article under `paths` on the pool's threads, and hand each digest
/// to `take`, on a thread of its own, as it is made — while the workers go on with the next
/// articles. An article read again from another file (the same text) is handed over again only
/// when that file's name is smaller than those of the copies handed over before, and is not
/// extracted at all otherwise. Returns the run's report.
///
/// (The calling thread joins the pool's work, as before this streamed: called from one of the
/// pool's own threads, it then takes its share instead of waiting for threads that may all be
/// waiting like it.)
///
/// # Errors
/// Only when a given path does not exist or a folder cannot be listed.
pub fn digest_each(
    paths: &[PathBuf],
    options: Options,
    progress: &(dyn Fn(Progress) + Sync),
    mut take: impl FnMut(Digest) + Send,
) -> Result<Report, IngestError> {
    let (files, sizes): (Vec<PathBuf>, Vec<u64>) = if options.sizes {
        ingest::discover_sized(paths)?.into_iter().unzip()
    } else {
        ingest::discover(paths)?.into_iter().map(|f| (f, 0)).unzip()
    };
    let bytes_total = sizes.iter().sum();
    let total = files.len();
    // Per distinct article, the (file name, path) of the copy handed over that wins the
    // tie-break (the smallest), so the result depends neither on input order, nor on which
    // thread read which copy first, nor on how inputs are split into shards (see `merge`).
    let kept: Mutex<HashMap<String, (String, &Path)>> = Mutex::new(HashMap::default());
    let wins = |key: &str, name: &str, path: &Path| {
        kept.lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(key)
            .is_none_or(|(n, p)| (name, path) < (n.as_str(), *p))
    };
    let done = std::sync::atomic::AtomicUsize::new(0);
    let bytes_done = std::sync::atomic::AtomicU64::new(0);
    // Workers take the inputs in order (one shared counter), so the prefetch threads below can
    // read ahead of them.
    let next = AtomicUsize::new(0);
    let process = |i: usize, batch: &mut Vec<Digest>| {
        let f = &files[i];
        let outcome = match read_one(f) {
            Ok(doc) => {
                let warning = (doc.encoding == Encoding::Windows1252)
                    .then(|| format!("{}: not valid UTF-8, decoded as Windows-1252", f.display()));
                let bytes = doc.text.len() as u64;
                let key = Digest::article_key(&doc.id);
                // A copy of an article handed over already from a file that wins the tie-break
                // would be extracted only to be dropped: the same text gives the same
                // extraction. So it is not extracted.
                if wins(&key, &doc.name, f) {
                    match guarded(f, || Box::new(Digest::from_extraction(extract(doc)))) {
                        Ok(digest) => Outcome::Read {
                            digest: Some(digest),
                            bytes,
                            warning,
                        },
                        Err(e) => Outcome::Skipped(e),
                    }
                } else {
                    Outcome::Read {
                        digest: None,
                        bytes,
                        warning,
                    }
                }
            }
            Err(e) => Outcome::Skipped(e),
        };
        let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        let size = if options.sizes {
            sizes[i]
        } else {
            match &outcome {
                Outcome::Read { bytes, .. } => *bytes,
                Outcome::Skipped(_) => 0,
            }
        };
        let b = bytes_done.fetch_add(size, std::sync::atomic::Ordering::Relaxed) + size;
        progress(Progress {
            done: n,
            total,
            bytes_done: b,
            bytes_total,
        });
        match outcome {
            Outcome::Read {
                digest,
                bytes,
                warning,
            } => {
                let extracted = digest.is_some();
                if let Some(digest) = digest {
                    // (checked again: another thread may have handed over a better copy
                    // while this one was extracted)
                    let mut kept = kept
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner);
                    let best = kept
                        .get(digest.key())
                        .is_none_or(|(n, p)| (digest.file_name(), f.as_path()) < (n.as_str(), *p));
                    if best {
                        kept.insert(
                            digest.key().to_string(),
                            (digest.file_name().to_string(), f.as_path()),
                        );
                        drop(kept);
                        batch.push(*digest);
                    }
                }
                (i, warning, None, bytes, extracted)
            }
            Outcome::Skipped(e) => (i, None, Some(e), 0, false),
        }
    };
    let work = |out: &SyncSender<Vec<Digest>>| {
        rayon::broadcast(|_| {
            let mut mine = Vec::new();
            let mut batch = Vec::with_capacity(DIGEST_BATCH);
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if !batch.is_empty() && (i >= files.len() || batch.len() >= DIGEST_BATCH) {
                    // (a closed channel: the taker is gone, and so is the run's result)
                    let _ = out.send(std::mem::replace(
                        &mut batch,
                        Vec::with_capacity(DIGEST_BATCH),
                    ));
                }
                if i >= files.len() {
                    break mine;
                }
                mine.push(process(i, &mut batch));
            }
        })
        .into_iter()
        .flatten()
        .collect::<Vec<(usize, Option<String>, Option<IngestError>, u64, bool)>>()
    };
    // 0 threads: the current rayon pool (the global one unless the caller installed another).
    let pool = match options.threads {
        0 => None,
        n => Some(
            rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map_err(|e| IngestError::Io {
                    path: PathBuf::from("(thread pool)"),
                    source: std::io::Error::other(e),
                })?,
        ),
    };
    let (stop, ahead) = (Stop::new(), AtomicUsize::new(0));
    let sense = CacheSense::new();
    let (out, digests) =
        std::sync::mpsc::sync_channel::<Vec<Digest>>(DIGESTS_IN_FLIGHT / DIGEST_BATCH);
    let outcomes = std::thread::scope(|scope| {
        for _ in 0..PREFETCH_THREADS {
            scope.spawn(|| prefetch(&files, &next, &ahead, &stop, &sense));
        }
        let taker = scope.spawn(move || {
            for d in digests.into_iter().flatten() {
                take(d);
            }
        });
        let outcomes = match &pool {
            Some(p) => p.install(|| work(&out)),
            None => work(&out),
        };
        stop.set();
        // (the taker's loop ends once it has taken every digest and `out` is gone)
        drop(out);
        taker
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e));
        outcomes
    });
    let mut report = Report::default();
    for (_, warning, skipped, bytes, extracted) in outcomes {
        match skipped {
            Some(e) => report.skipped.push(e),
            None => {
                report.articles += 1;
                report.bytes += bytes;
                report.extracted += usize::from(extracted);
            }
        }
        report.warnings.extend(warning);
    }
    // Input order must not show: skipped inputs and warnings by path.
    report.skipped.sort_by(|a, b| a.path().cmp(b.path()));
    report.warnings.sort();
    report.distinct_articles = kept
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .len();
    Ok(report)
}

/// The reduce step: the graph of a set of digests, whatever their order or origin. The same
/// article in several digests is one article (read from the file with the smallest name; they
/// differ at most in the file name).
#[must_use]
pub fn merge(digests: impl IntoIterator<Item = Digest>) -> KnowledgeGraph {
    let mut builder = GraphBuilder::new();
    for d in digests {
        builder.push(d);
    }
    builder.finish()
}

/// Write digests as JSON Lines, one article per line, sorted by article key.
///
/// # Errors
/// When writing fails.
pub fn write_digests<W: std::io::Write>(digests: &[Digest], mut w: W) -> std::io::Result<W> {
    let mut order: Vec<&Digest> = digests.iter().collect();
    order.sort_by(|a, b| (a.key(), a.file_name()).cmp(&(b.key(), b.file_name())));
    for d in order {
        serde_json::to_writer(&mut w, d).map_err(std::io::Error::other)?;
        w.write_all(b"\n")?;
    }
    Ok(w)
}

/// Read a digests file written by [`write_digests`].
///
/// # Errors
/// When the file cannot be read or a line is not a digest (the error names the file and line).
pub fn read_digests(path: &Path) -> Result<Vec<Digest>, IngestError> {
    let text = std::fs::read_to_string(path).map_err(|source| IngestError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| IngestError::Io {
                path: path.to_path_buf(),
                source: std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    format!("line {}: not a newskg digest: {e}", i + 1),
                ),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Regression test for the memory of large graphs: the key of an article is allocated once,
    /// and every piece of evidence and every edge read from the article shares it.
    #[test]
    fn an_articles_evidence_and_edges_share_one_key() {
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let (kg, _) = build(&[seeds]).unwrap();
        let nodes = kg.nodes();
        let edges = kg.edges();
        let keys: Vec<&crate::graph::ArticleKey> = nodes
            .iter()
            .flat_map(|n| n.evidence.iter().map(|e| &e.article))
            .chain(edges.iter().flat_map(|(_, e, _)| e.articles.iter()))
            .collect();
        let mut first: HashMap<&str, &crate::graph::ArticleKey> = HashMap::default();
        for &a in &keys {
            let f = first.entry(&**a).or_insert(a);
            assert!(std::sync::Arc::ptr_eq(f, a), "{a} allocated twice");
        }
        let checked = keys.len();
        assert!(checked > 100, "{checked}");
    }

    /// Regression: a run started on one of the pool's own threads (a caller inside a parallel
    /// loop) finishes. When the calling thread only took digests and left the extraction to
    /// another thread, the pool waited for it to take its share of the work, and it waited for
    /// the pool: neither ever returned.
    #[test]
    fn a_run_started_on_a_pool_thread_finishes() {
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let (done, finished) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let (kg, report) = rayon::join(|| build(&[seeds]).unwrap(), || ()).0;
            let _ = done.send((kg.counts().nodes, report.distinct_articles));
        });
        let (nodes, articles) = finished
            .recv_timeout(std::time::Duration::from_secs(120))
            .expect("the run never finished");
        assert_eq!(articles, 5);
        assert!(nodes > 50, "{nodes}");
    }

    #[test]
    fn setting_stop_wakes_a_napping_thread() {
        use std::time::{Duration, Instant};
        let stop = Stop::new();
        assert!(
            !stop.nap(Duration::from_millis(1)),
            "a nap without stop ends unset"
        );
        let t = Instant::now();
        std::thread::scope(|s| {
            let napper = s.spawn(|| stop.nap(Duration::from_secs(30)));
            std::thread::sleep(Duration::from_millis(50));
            stop.set();
            assert!(napper.join().unwrap_or(false), "woken by set");
        });
        assert!(t.elapsed() < Duration::from_secs(10), "{:?}", t.elapsed());
        assert!(
            stop.nap(Duration::from_secs(30)),
            "set before the nap: no wait"
        );
    }

    #[test]
    fn cache_sense_tolerates_a_few_slow_reads_and_not_a_disk() {
        use std::time::Duration;
        let (fast, slow) = (Duration::from_micros(5), Duration::from_micros(90));
        let sense = CacheSense::new();
        assert!(!sense.cached(), "nothing timed yet: prefetch in full");
        for _ in 0..23 {
            sense.record(fast);
        }
        assert!(
            !sense.cached(),
            "nine of the last 32 reads not timed fast yet"
        );
        sense.record(fast);
        assert!(sense.cached());
        // One read in five descheduled past the threshold: still the cache.
        for k in 0..200 {
            sense.record(if k % 5 == 0 { slow } else { fast });
            assert!(sense.cached(), "read {k}");
        }
        // The disk: a few slow reads in a row are noise, nine within the window are not.
        for _ in 0..32 {
            sense.record(fast);
        }
        for k in 0..9 {
            assert!(sense.cached(), "slow read {k}");
            sense.record(slow);
        }
        assert!(!sense.cached());
    }

    #[test]
    fn progress_counts_file_sizes_only_when_asked_to_size_inputs() {
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let sizes: u64 = ingest::discover(std::slice::from_ref(&seeds))
            .unwrap()
            .iter()
            .map(|f| std::fs::metadata(f).unwrap().len())
            .sum();
        for sized in [true, false] {
            let last = Mutex::new((0, 0, 0));
            let options = Options {
                threads: 1,
                sizes: sized,
            };
            let (_, report) = digest_with(std::slice::from_ref(&seeds), options, &|p| {
                let mut l = last.lock().unwrap();
                if p.done > l.0 {
                    *l = (p.done, p.bytes_done, p.bytes_total);
                }
            })
            .unwrap();
            let (done, bytes_done, bytes_total) = *last.lock().unwrap();
            assert_eq!(done, 5);
            if sized {
                assert_eq!((bytes_done, bytes_total), (sizes, sizes));
            } else {
                assert_eq!((bytes_done, bytes_total), (report.bytes, 0));
            }
        }
    }

    #[test]
    fn every_digest_is_handed_over_once_in_full_and_partial_batches() {
        let dir = tempfile::tempdir().unwrap();
        // Two full batches and a part of one on one thread; on two, any split of them.
        let n = 2 * DIGEST_BATCH + 3;
        for k in 0..n {
            std::fs::write(
                dir.path().join(format!("{k:03}.txt")),
                format!("Article {k}. Mary Smith said the bridge would open in {k} days."),
            )
            .unwrap();
        }
        for threads in [1, 2] {
            let mut taken = Vec::new();
            let options = Options {
                threads,
                sizes: false,
            };
            let report = digest_each(&[dir.path().to_path_buf()], options, &|_| {}, |d| {
                taken.push(d.file_name().to_string());
            })
            .unwrap();
            taken.sort();
            let want: Vec<String> = (0..n).map(|k| format!("{k:03}.txt")).collect();
            assert_eq!(taken, want, "{threads} thread(s)");
            assert_eq!((report.articles, report.extracted), (n, n));
        }
    }

    #[test]
    fn a_panicking_extraction_skips_its_article_with_the_reason() {
        let p = Path::new("corpus/bad.txt");
        assert_eq!(guarded(p, || 7).unwrap(), 7);
        let e = guarded(p, || -> u8 { panic!("index out of range") }).unwrap_err();
        assert_eq!(e.path(), p);
        assert_eq!(
            e.to_string(),
            "corpus/bad.txt: internal error while extracting (index out of range), skipped"
        );
        let e = guarded(p, || -> u8 { panic!("{} tokens", 3) }).unwrap_err();
        assert_eq!(e.reason(), "internal error while extracting (3 tokens)");
    }

    #[test]
    fn a_copy_read_after_the_kept_copy_is_not_extracted_again() {
        let dir = tempfile::tempdir().unwrap();
        let text = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/000_707003ac1102c211.txt"),
        )
        .unwrap();
        let (a, b, c) = (
            dir.path().join("a.txt"),
            dir.path().join("b.txt"),
            dir.path().join("c.txt"),
        );
        for p in [&a, &b] {
            std::fs::write(p, &text).unwrap();
        }
        std::fs::write(&c, "Another article entirely, said Mary Smith.").unwrap();
        let one = Options {
            threads: 1,
            sizes: false,
        };
        let run = |paths: &[&PathBuf]| {
            let paths: Vec<PathBuf> = paths.iter().map(|p| (*p).clone()).collect();
            digest_with(&paths, one, &|_| {}).unwrap()
        };
        // One thread reads in the given order: b's copy after a's is beaten by a's file name.
        let (kept, report) = run(&[&a, &b, &c]);
        assert_eq!(
            (report.articles, report.distinct_articles, report.extracted),
            (3, 2, 2)
        );
        // Read first, b's copy is extracted; then a's wins the tie-break and is extracted too.
        let (kept_rev, report) = run(&[&b, &c, &a]);
        assert_eq!(
            (report.articles, report.distinct_articles, report.extracted),
            (3, 2, 3)
        );
        let names = |ds: &[Digest]| {
            let mut n: Vec<String> = ds.iter().map(|d| d.file_name().to_string()).collect();
            n.sort();
            n
        };
        assert_eq!(names(&kept), ["a.txt", "c.txt"]);
        assert_eq!(names(&kept_rev), ["a.txt", "c.txt"]);
        let json =
            |ds: Vec<Digest>| String::from_utf8(write_digests(&ds, Vec::new()).unwrap()).unwrap();
        assert_eq!(json(kept), json(kept_rev));
    }
}
