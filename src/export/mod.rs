//! Exporters: one format per file, each writing to any `io::Write`. [`write_all`] writes every
//! format (or the [`Formats`] chosen) into an output folder atomically (temporary files renamed
//! into place at the end).
//!
//! | file | format | for |
//! |---|---|---|
//! | `graph.ttl`, `graph.nt`, `graph.trig`, `graph.nq`, `graph.jsonld`, `graph.rdf` | RDF | Oxigraph, GraphDB, Jena, rdflib |
//! | `nodes.csv`, `edges.csv` | Gephi spreadsheet | Gephi |
//! | `graph.gexf` | GEXF 1.3 | Gephi |
//! | `graph.graphml` | GraphML | yEd, Cytoscape, networkx |
//! | `neo4j/` | `neo4j-admin import` CSVs, `import.sh`, `load.cypher` | Neo4j |
//! | `ladybug/` | CSVs + `load.cypher` | Kùzu, Ladybug |
//! | `graph.svg` | picture of the entities view | people |

pub mod gephi_csv;
pub mod gexf;
pub mod graphml;
pub mod ladybug;
pub mod neo4j;
pub mod property_graph;
pub mod rdf;
mod sink;
pub mod svg;
pub mod view;
mod xml;

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use oxrdfio::RdfFormat;

pub use view::View;

use crate::error::ExportError;
use crate::graph::{Counts, KnowledgeGraph};

/// Options of [`write_all`].
#[derive(Debug, Clone, Copy, Default)]
pub struct Options<'a> {
    /// The view written to the Gephi CSVs, GEXF and GraphML.
    pub view: View,
    /// The run's report, written as `report.json` beside the graph when given.
    pub report: Option<&'a crate::report::Report>,
    /// The formats to write (default: all of them).
    pub formats: Formats,
}

/// One export format, as named on the command line (`--formats nq,neo4j`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Turtle,
    NTriples,
    TriG,
    NQuads,
    JsonLd,
    RdfXml,
    /// `nodes.csv` and `edges.csv`.
    Gephi,
    Gexf,
    GraphMl,
    Svg,
    /// The `neo4j/` folder.
    Neo4j,
    /// The `ladybug/` folder.
    Ladybug,
}

impl Format {
    pub const ALL: [Self; 12] = [
        Self::Turtle,
        Self::NTriples,
        Self::TriG,
        Self::NQuads,
        Self::JsonLd,
        Self::RdfXml,
        Self::Gephi,
        Self::Gexf,
        Self::GraphMl,
        Self::Svg,
        Self::Neo4j,
        Self::Ladybug,
    ];

    /// The name used on the command line.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Turtle => "ttl",
            Self::NTriples => "nt",
            Self::TriG => "trig",
            Self::NQuads => "nq",
            Self::JsonLd => "jsonld",
            Self::RdfXml => "rdf",
            Self::Gephi => "gephi",
            Self::Gexf => "gexf",
            Self::GraphMl => "graphml",
            Self::Svg => "svg",
            Self::Neo4j => "neo4j",
            Self::Ladybug => "ladybug",
        }
    }

    /// The format named `name` ([`Self::name`]).
    #[must_use]
    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The files of a format written under fixed names (none for the two folders).
    const fn fixed_files(self) -> &'static [&'static str] {
        match self {
            Self::Turtle => &["graph.ttl"],
            Self::NTriples => &["graph.nt"],
            Self::TriG => &["graph.trig"],
            Self::NQuads => &["graph.nq"],
            Self::JsonLd => &["graph.jsonld"],
            Self::RdfXml => &["graph.rdf"],
            Self::Gephi => &["nodes.csv", "edges.csv"],
            Self::Gexf => &["graph.gexf"],
            Self::GraphMl => &["graph.graphml"],
            Self::Svg => &["graph.svg"],
            Self::Neo4j | Self::Ladybug => &[],
        }
    }

    /// The format an output file (path relative to the output folder) belongs to.
    fn of_file(path: &str) -> Option<Self> {
        match path.split_once('/') {
            Some(("neo4j", _)) => Some(Self::Neo4j),
            Some(("ladybug", _)) => Some(Self::Ladybug),
            _ => Self::ALL
                .into_iter()
                .find(|f| f.fixed_files().contains(&path)),
        }
    }

    const fn is_rdf(self) -> bool {
        matches!(
            self,
            Self::Turtle | Self::NTriples | Self::TriG | Self::NQuads | Self::JsonLd | Self::RdfXml
        )
    }

    /// Written from the union of the graphs (the RDF syntaxes without graphs).
    const fn is_triples(self) -> bool {
        matches!(self, Self::Turtle | Self::NTriples | Self::RdfXml)
    }

    const fn bit(self) -> u16 {
        1 << self as u16
    }
}

/// A set of formats; the default is every format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Formats(u16);

impl Default for Formats {
    fn default() -> Self {
        Self::ALL
    }
}

impl Formats {
    pub const ALL: Self = Self((1 << Format::ALL.len()) - 1);

    #[must_use]
    pub const fn contains(self, f: Format) -> bool {
        self.0 & f.bit() != 0
    }

    fn any(self, pred: fn(Format) -> bool) -> bool {
        Format::ALL.into_iter().any(|f| self.contains(f) && pred(f))
    }

    /// Is the output file `path` (relative to the output folder) in one of these formats?
    /// `report.json` always is.
    fn keeps(self, path: &str) -> bool {
        Format::of_file(path).is_none_or(|f| self.contains(f))
    }
}

impl FromIterator<Format> for Formats {
    fn from_iter<I: IntoIterator<Item = Format>>(iter: I) -> Self {
        Self(iter.into_iter().fold(0, |bits, f| bits | f.bit()))
    }
}

/// What [`write_all`] wrote.
#[derive(Debug, Clone, Default)]
pub struct Written {
    pub files: Vec<PathBuf>,
    /// The graph's counts (what `report.json` says of it).
    pub counts: Counts,
    /// Distinct triples (union of all graphs), when an RDF format was written.
    pub triples: Option<usize>,
    /// Quads including the named graph of each article (0 when no RDF format was written).
    pub quads: usize,
    /// Time spent preparing (quads, views, tables) and writing each file (in parallel).
    pub prepare_time: std::time::Duration,
    pub file_times: Vec<(String, std::time::Duration)>,
}

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> ExportError + '_ {
    move |source| ExportError::Io {
        path: path.to_path_buf(),
        source,
    }
}

type WriteFn<'a> = Box<dyn Fn(&mut dyn Write) -> io::Result<()> + Send + Sync + 'a>;

/// One output file: its path relative to the output folder and how to write it.
pub struct OutputFile<'a> {
    pub path: String,
    write: WriteFn<'a>,
}

impl OutputFile<'_> {
    /// Write the file's content to `w`.
    ///
    /// # Errors
    /// When writing fails.
    pub fn write_to(&self, w: &mut dyn Write) -> io::Result<()> {
        (self.write)(w)
    }
}

/// What the property-graph, Gephi and picture writers share: the views and the node and
/// relationship tables.
/// Each is made for the formats chosen only (an empty one otherwise), and reads the graph's
/// nodes and edges where they are: the rows of the full view and of the tables are made as
/// each file is written.
pub struct Tables<'a> {
    pub view: view::GraphView<'a>,
    pub entities: view::GraphView<'a>,
    pub tables: Vec<property_graph::NodeTable<'a>>,
    pub rels: Vec<property_graph::Rel<'a>>,
}

impl<'a> Tables<'a> {
    #[must_use]
    pub fn new(kg: &'a KnowledgeGraph, options: Options<'_>) -> Self {
        kg.sort_order();
        let formats = options.formats;
        let empty = || view::GraphView::from_rows(View::Full, &[], &[], Vec::new(), Vec::new());
        let ((view, entities), (tables, rels)) = rayon::join(
            || {
                let full = [Format::Gephi, Format::Gexf, Format::GraphMl];
                (
                    if full.into_iter().any(|f| formats.contains(f)) {
                        view::project(kg, options.view)
                    } else {
                        empty()
                    },
                    if formats.contains(Format::Svg) {
                        view::project(kg, View::Entities)
                    } else {
                        empty()
                    },
                )
            },
            || {
                if formats.contains(Format::Neo4j) || formats.contains(Format::Ladybug) {
                    (property_graph::node_tables(kg), property_graph::rels(kg))
                } else {
                    (Vec::new(), Vec::new())
                }
            },
        );
        Self {
            view,
            entities,
            tables,
            rels,
        }
    }

    /// The files written from these tables, in the order they are listed.
    #[must_use]
    pub fn files(&self) -> Vec<OutputFile<'_>> {
        let mut v = vec![
            file("nodes.csv", |w| {
                gephi_csv::write_nodes(&self.view, w).map(drop)
            }),
            file("edges.csv", |w| {
                gephi_csv::write_edges(&self.view, w).map(drop)
            }),
            file("graph.gexf", |w| gexf::write(&self.view, w).map(drop)),
            file("graph.graphml", |w| graphml::write(&self.view, w).map(drop)),
            file("graph.svg", |w| svg::write(&self.entities, w).map(drop)),
        ];
        for t in &self.tables {
            v.push(file(format!("neo4j/{}", neo4j::node_file(t)), move |w| {
                neo4j::write_nodes(t, w).map(drop)
            }));
        }
        v.push(file(format!("neo4j/{}", neo4j::RELS_FILE), |w| {
            neo4j::write_rels(&self.rels, w).map(drop)
        }));
        v.push(file("neo4j/import.sh", |w| {
            neo4j::write_import_sh(&self.tables, w).map(drop)
        }));
        v.push(file("neo4j/load.cypher", |w| {
            neo4j::write_load_cypher(&self.tables, &self.rels, w).map(drop)
        }));
        for t in &self.tables {
            v.push(file(
                format!("ladybug/{}", ladybug::node_file(t)),
                move |w| ladybug::write_nodes(t, w).map(drop),
            ));
        }
        for ((ty, from, to), group) in ladybug::rel_groups(&self.rels) {
            v.push(file(
                format!("ladybug/{}", ladybug::rel_file(ty, from, to)),
                move |w| ladybug::write_rels(&group, w).map(drop),
            ));
        }
        v.push(file("ladybug/load.cypher", |w| {
            ladybug::write_load_cypher(&self.tables, &self.rels, w).map(drop)
        }));
        v
    }
}

fn file<'b>(
    path: impl Into<String>,
    f: impl Fn(&mut dyn Write) -> io::Result<()> + Send + Sync + 'b,
) -> OutputFile<'b> {
    OutputFile {
        path: path.into(),
        write: Box::new(f),
    }
}

/// The RDF files of a dataset.
fn rdf_files(rdf: &rdf::Dataset) -> Vec<OutputFile<'_>> {
    let rdf_file =
        |name: &'static str, format: RdfFormat| file(name, move |w| rdf.write(format, w).map(drop));
    vec![
        rdf_file("graph.ttl", RdfFormat::Turtle),
        rdf_file("graph.nt", RdfFormat::NTriples),
        rdf_file("graph.trig", RdfFormat::TriG),
        rdf_file("graph.nq", RdfFormat::NQuads),
        file("graph.jsonld", |w| rdf.write_jsonld(w).map(drop)),
        rdf_file("graph.rdf", RdfFormat::RdfXml),
    ]
}

/// Everything the writers share, computed once.
pub struct Prepared<'a> {
    pub kg: &'a KnowledgeGraph,
    pub rdf: rdf::Dataset,
    pub tables: Tables<'a>,
}

impl<'a> Prepared<'a> {
    #[must_use]
    pub fn new(kg: &'a KnowledgeGraph, options: Options<'_>) -> Self {
        // The independent parts on separate threads (when there are several).
        kg.sort_order();
        let (rdf, tables) = rayon::join(|| rdf::Dataset::new(kg), || Tables::new(kg, options));
        Self { kg, rdf, tables }
    }

    /// Every output file, in the order they are written.
    #[must_use]
    pub fn files(&self) -> Vec<OutputFile<'_>> {
        let mut v = rdf_files(&self.rdf);
        v.extend(self.tables.files());
        v
    }

    /// Distinct triples over all graphs.
    #[must_use]
    pub fn triple_count(&self) -> usize {
        self.rdf.triple_count()
    }
}

/// The write buffer of each output file: outputs are tens of megabytes, and the default 8 KiB
/// buffer made one system call per 8 KiB.
pub(crate) const WRITE_BUFFER: usize = 256 * 1024;

/// Write one file and flush it to the operating system; [`write_batch`] then syncs it to disk.
fn write_file(f: &OutputFile<'_>, tmp: &Path) -> Result<File, ExportError> {
    let file = File::create(tmp).map_err(io_err(tmp))?;
    let mut w = BufWriter::with_capacity(WRITE_BUFFER, file);
    f.write_to(&mut w).map_err(io_err(tmp))?;
    w.flush().map_err(io_err(tmp))?;
    w.into_inner().map_err(|e| ExportError::Io {
        path: tmp.to_path_buf(),
        source: e.into_error(),
    })
}

/// Write the chosen formats (`options.formats`, all by default) into `dir` (created if needed).
/// Each file is written under a temporary name and renamed into place only after all of them
/// were written, so a failed run leaves the previous output untouched; then the files an
/// earlier run wrote in the formats not chosen are removed.
///
/// # Errors
/// When the folder cannot be created or a file cannot be written.
pub fn write_all(
    kg: &KnowledgeGraph,
    dir: &Path,
    options: Options<'_>,
) -> Result<Written, ExportError> {
    write_held(Held::Borrowed(kg), dir, options)
}

/// [`write_all`] of a graph the caller has no more use for: it is freed as soon as the export
/// no longer reads it. The RDF files are written from a dataset made first, so with RDF formats
/// only the graph is freed before any file is written and is not in memory beside the largest
/// output buffers (the printed terms of every RDF syntax). The views and tables of the other
/// formats read the graph as their files are written (rows made as they are written, never a
/// second copy of the graph's strings), so with any of them the graph is freed once their files
/// are written.
///
/// # Errors
/// As [`write_all`].
pub fn write_all_owned(
    kg: KnowledgeGraph,
    dir: &Path,
    options: Options<'_>,
) -> Result<Written, ExportError> {
    write_held(Held::Given(std::sync::Arc::new(kg)), dir, options)
}

/// The graph an export reads: the caller's, or given to the export and shared by its two halves,
/// the last of which to be done with it frees it.
#[derive(Clone)]
enum Held<'a> {
    Borrowed(&'a KnowledgeGraph),
    Given(std::sync::Arc<KnowledgeGraph>),
}

impl Held<'_> {
    /// Let the graph go while `work` runs: a given graph's last share is freed on this thread
    /// while another of the pool's, if one is free, starts `work` (freeing an archive's graph
    /// takes seconds: 2.2 s of one core for 1 GB of distinct articles).
    fn release_while<T: Send>(self, work: impl FnOnce() -> T + Send) -> T {
        rayon::join(move || drop(self), work).1
    }
}

impl std::ops::Deref for Held<'_> {
    type Target = KnowledgeGraph;

    fn deref(&self) -> &KnowledgeGraph {
        match self {
            Self::Borrowed(kg) => kg,
            Self::Given(kg) => kg,
        }
    }
}

/// The largest graph, in edges, whose two export halves run side by side (see [`write_held`]).
/// cd2000 has 45,191 edges, 100 MB of its distinct editions 882,105.
const SIDE_BY_SIDE_MAX_EDGES: usize = 250_000;

/// `(a(), b())`: side by side on the pool, or `b` then `a` on this thread (each still uses the
/// pool inside).
fn join_or_in_turn<A: Send, B: Send>(
    side_by_side: bool,
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
    if side_by_side {
        rayon::join(a, b)
    } else {
        let b = b();
        (a(), b)
    }
}

fn write_held(kg: Held<'_>, dir: &Path, options: Options<'_>) -> Result<Written, ExportError> {
    let formats = options.formats;
    fn chosen(files: Vec<OutputFile<'_>>, formats: Formats) -> Vec<OutputFile<'_>> {
        files
            .into_iter()
            .filter(|f| formats.keeps(&f.path))
            .collect()
    }
    // Two halves, each preparing its data and then writing its files in parallel. For a small
    // graph the halves run side by side: the Gephi, GraphML and property-graph files are written
    // while the RDF dataset is still being built (the threads help each other once their own
    // half is done). For a large one they run one after the other, tables first, so the RDF
    // dataset and the tables' rows are never held together: with every format, 100 MB of
    // distinct articles peaked at 0.87-0.95 GB side by side and 0.73-0.74 GB in turn, for an
    // export 0-0.8 s longer (of 7-9 s); cd2000's export took 0.08 s longer in turn, so small
    // graphs keep the overlap (docs/BENCHMARKS.md, seventeenth round). A half with no chosen
    // format is not prepared at all.
    // Each half returns the names of its files (and the RDF half its counts) and frees its data
    // itself.
    // (the graph's order, which both halves ask for, once and before them)
    kg.sort_order();
    let counts = kg.counts();
    // Each half lets the graph go once it no longer reads it: the RDF half once its dataset is
    // made, the other once its files are written (a given graph is freed by the second to do
    // so).
    let (for_rdf, for_tables) = (kg.clone(), kg);
    let side_by_side = counts.edges <= SIDE_BY_SIDE_MAX_EDGES;
    let ((rdf_names, rdf_counts, rdf_time, rdf_result), (tab_names, tab_time, tab_result)) =
        join_or_in_turn(
            side_by_side,
            move || {
                if !formats.any(Format::is_rdf) {
                    return (Vec::new(), None, Duration::ZERO, Ok(Vec::new()));
                }
                let t = std::time::Instant::now();
                let d = rdf::Dataset::new(&for_rdf);
                let prepared = t.elapsed();
                let files = chosen(rdf_files(&d), formats);
                // The triples are counted from the union once a triple syntax's writer has made
                // it, else beside the writing.
                let (result, counted) = for_rdf.release_while(|| {
                    if formats.any(Format::is_triples) {
                        (write_batch(&files, dir), None)
                    } else {
                        rayon::join(|| write_batch(&files, dir), || Some(d.triple_count()))
                    }
                });
                let triples = counted.unwrap_or_else(|| d.triple_count());
                let names: Vec<String> = files.into_iter().map(|f| f.path).collect();
                (names, Some((triples, d.len())), prepared, result)
            },
            move || {
                if !formats.any(|f| !f.is_rdf()) {
                    return (Vec::new(), Duration::ZERO, Ok(Vec::new()));
                }
                // (these files read the graph as they are written: it is let go after them)
                let t = std::time::Instant::now();
                let d = Tables::new(&for_tables, options);
                let prepared = t.elapsed();
                let files = chosen(d.files(), formats);
                let result = write_batch(&files, dir);
                let names: Vec<String> = files.into_iter().map(|f| f.path).collect();
                drop(d);
                drop(for_tables);
                (names, prepared, result)
            },
        );
    let mut names = rdf_names;
    names.extend(tab_names);
    let triples = rdf_counts.map(|(t, _)| t);
    let mut result = rdf_result.and_then(|mut a| {
        a.extend(tab_result?);
        Ok(a)
    });
    if let (Ok(times), Some(report)) = (&mut result, options.report) {
        names.push("report.json".to_string());
        let json = report.to_json(&counts, triples, &names);
        let f = file("report.json", move |w| w.write_all(json.as_bytes()));
        match write_batch(std::slice::from_ref(&f), dir) {
            Ok(t) => times.extend(t),
            Err(e) => result = Err(e),
        }
    }
    let file_times = match result {
        Ok(t) => t,
        Err(e) => {
            for name in &names {
                let _ = std::fs::remove_file(tmp_path(dir, name).0);
            }
            return Err(e);
        }
    };
    let mut written = Vec::new();
    for name in &names {
        let (tmp, fin) = tmp_path(dir, name);
        std::fs::rename(&tmp, &fin).map_err(io_err(&fin))?;
        written.push(fin);
    }
    remove_unchosen(dir, formats)?;
    Ok(Written {
        files: written,
        counts,
        triples,
        quads: rdf_counts.map_or(0, |(_, q)| q),
        prepare_time: rdf_time.max(tab_time),
        file_times,
    })
}

/// Remove what an earlier run wrote in the formats not chosen now, so the folder never mixes
/// two runs' graphs: the single files of those formats, and the CSV, Cypher and shell files of
/// the `neo4j/` and `ladybug/` folders (the folder too, once empty). Other files are left alone.
fn remove_unchosen(dir: &Path, formats: Formats) -> Result<(), ExportError> {
    let remove = |p: &Path| match std::fs::remove_file(p) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(io_err(p)(e)),
        _ => Ok(()),
    };
    for f in Format::ALL.into_iter().filter(|&f| !formats.contains(f)) {
        for name in f.fixed_files() {
            remove(&dir.join(name))?;
        }
    }
    for folder in ["neo4j", "ladybug"] {
        let sub = dir.join(folder);
        if formats.keeps(&format!("{folder}/")) || !sub.is_dir() {
            continue;
        }
        let entries = std::fs::read_dir(&sub).map_err(io_err(&sub))?;
        for entry in entries {
            let p = entry.map_err(io_err(&sub))?.path();
            let ours = p
                .extension()
                .is_some_and(|e| e == "csv" || e == "cypher" || e == "sh");
            if ours && p.is_file() {
                remove(&p)?;
            }
        }
        // (left in place when something else is in it)
        let _ = std::fs::remove_dir(&sub);
    }
    Ok(())
}

/// The temporary path a file is written to, and its final path.
fn tmp_path(dir: &Path, name: &str) -> (PathBuf, PathBuf) {
    let fin = dir.join(name);
    let parent = fin.parent().unwrap_or(dir).to_path_buf();
    let base = fin
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    (parent.join(format!(".{base}.tmp")), fin)
}

/// How long writing a file takes, relative to the others (measured on a graph of 2,000 articles:
/// the N-Triples, JSON-LD and N-Quads files are the largest, the CSVs of the graph-database
/// folders the smallest). Only the order the files are started in depends on it. N-Triples
/// goes before N-Quads and Turtle before TriG: the first of each pair prints the terms both
/// copy, and the second would wait for it if the two were started together.
fn write_weight(path: &str) -> u32 {
    match path.rsplit('.').next() {
        Some("nt") => 9,
        Some("jsonld") => 8,
        Some("rdf" | "gexf" | "graphml") => 7,
        Some("ttl") => 6,
        Some("nq") => 5,
        Some("trig") => 4,
        _ if path == "edges.csv" || path == "nodes.csv" => 2,
        _ => 1,
    }
}

/// Write `files` under their temporary names in `dir`, in parallel: the threads take the files
/// longest first (by [`write_weight`]), so the run does not end with one thread writing a large
/// file the others could have started earlier. Each file is synced to disk as soon as it is
/// written, on a thread of its own: a sync mostly waits for the disk, so the syncs of the
/// first files overlap the writing of the others, and the batch ends when the last file is
/// written and synced, not after every file's sync in turn. The writing times are returned in
/// the order of `files`.
fn write_batch(
    files: &[OutputFile<'_>],
    dir: &Path,
) -> Result<Vec<(String, std::time::Duration)>, ExportError> {
    for f in files {
        let (_, fin) = tmp_path(dir, &f.path);
        let parent = fin.parent().unwrap_or(dir);
        std::fs::create_dir_all(parent).map_err(io_err(parent))?;
    }
    let mut order: Vec<usize> = (0..files.len()).collect();
    // (stable: equal weights keep their listed order)
    order.sort_by_key(|&i| std::cmp::Reverse(write_weight(&files[i].path)));
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, Result<std::time::Duration, ExportError>)> =
        std::thread::scope(|scope| {
            let written: Vec<_> = rayon::broadcast(|_| {
                let mut mine = Vec::new();
                while let Some(&i) = order.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let f = &files[i];
                    let t = std::time::Instant::now();
                    let tmp = tmp_path(dir, &f.path).0;
                    let r = write_file(f, &tmp).map(|file| {
                        let took = t.elapsed();
                        let sync = scope.spawn(move || file.sync_all().map_err(io_err(&tmp)));
                        (took, sync)
                    });
                    mine.push((i, r));
                }
                mine
            })
            .into_iter()
            .flatten()
            .collect();
            written
                .into_iter()
                .map(|(i, r)| {
                    let r = r.and_then(|(took, sync)| {
                        sync.join().unwrap_or_else(|_| {
                            Err(ExportError::Io {
                                path: dir.to_path_buf(),
                                source: std::io::Error::other("a sync thread panicked"),
                            })
                        })?;
                        Ok(took)
                    });
                    (i, r)
                })
                .collect()
        });
    done.sort_by_key(|(i, _)| *i);
    done.into_iter()
        .map(|(i, r)| Ok((files[i].path.clone(), r?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{EdgeKind, Node, NodeKind};

    /// In turn, the tables' half (`b`) runs before the RDF half (`a`), so the RDF dataset is
    /// never made while the tables are held; either way the results come back as `(a, b)`.
    #[test]
    fn halves_in_turn_run_the_tables_first_and_answer_in_order() {
        for side_by_side in [false, true] {
            let order = std::sync::Mutex::new(Vec::new());
            let (a, b) = join_or_in_turn(
                side_by_side,
                || {
                    order.lock().unwrap().push('a');
                    1
                },
                || {
                    order.lock().unwrap().push('b');
                    2
                },
            );
            assert_eq!((a, b), (1, 2));
            let order = order.into_inner().unwrap();
            assert_eq!(order.len(), 2);
            if !side_by_side {
                assert_eq!(order, ['b', 'a']);
            }
        }
    }

    fn graph() -> KnowledgeGraph {
        let mut kg = KnowledgeGraph::default();
        for (key, kind) in [
            ("person/a", NodeKind::Person),
            ("organization/b", NodeKind::Organization),
        ] {
            kg.upsert_node(Node::new(key.to_string(), kind, key.to_string()));
        }
        kg.add_edge(
            "person/a",
            EdgeKind::AffiliatedWith,
            "organization/b",
            1,
            None,
        );
        kg
    }

    /// Only the chosen formats' views and tables are made (a large graph's every-format export
    /// held all of them at once).
    #[test]
    fn only_the_views_and_tables_of_the_chosen_formats_are_made() {
        let kg = graph();
        let made = |formats: &[Format]| {
            let t = Tables::new(
                &kg,
                Options {
                    formats: formats.iter().copied().collect(),
                    ..Options::default()
                },
            );
            (
                t.view.node_count(),
                t.entities.node_count(),
                t.tables
                    .iter()
                    .map(property_graph::NodeTable::len)
                    .sum::<usize>(),
                t.rels.len(),
            )
        };
        assert_eq!(made(&[Format::NQuads]), (0, 0, 0, 0));
        assert_eq!(made(&[Format::Gexf]), (2, 0, 0, 0));
        assert_eq!(made(&[Format::Svg]), (0, 2, 0, 0));
        assert_eq!(made(&[Format::Ladybug]), (0, 0, 2, 1));
        assert_eq!(made(&Format::ALL), (2, 2, 2, 1));
    }
}
