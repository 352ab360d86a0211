//! Exporters: one format per file, each writing to any `io::Write`. [`write_all`] writes every
//! format into an output folder atomically (temporary files renamed into place at the end).
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
pub mod svg;
pub mod view;
mod xml;

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use oxrdfio::RdfFormat;
use rayon::prelude::*;

pub use view::View;

use crate::error::ExportError;
use crate::graph::KnowledgeGraph;

/// Options of [`write_all`].
#[derive(Debug, Clone, Copy, Default)]
pub struct Options<'a> {
    /// The view written to the Gephi CSVs, GEXF and GraphML.
    pub view: View,
    /// The run's report, written as `report.json` beside the graph when given.
    pub report: Option<&'a crate::report::Report>,
}

/// What [`write_all`] wrote.
#[derive(Debug, Clone, Default)]
pub struct Written {
    pub files: Vec<PathBuf>,
    /// Distinct triples (union of all graphs).
    pub triples: usize,
    /// Quads including the named graph of each article.
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

/// Everything the writers share, computed once.
pub struct Prepared<'a> {
    pub kg: &'a KnowledgeGraph,
    pub rdf: rdf::Dataset,
    pub view: view::GraphView,
    pub entities: view::GraphView,
    pub tables: Vec<property_graph::NodeTable>,
    pub rels: Vec<property_graph::Rel>,
}

impl<'a> Prepared<'a> {
    #[must_use]
    pub fn new(kg: &'a KnowledgeGraph, options: Options<'_>) -> Self {
        // The independent parts on separate threads (when there are several).
        let (rdf, ((view, entities), (tables, rels))) = rayon::join(
            || rdf::Dataset::new(kg),
            || {
                rayon::join(
                    || {
                        (
                            view::project(kg, options.view),
                            view::project(kg, View::Entities),
                        )
                    },
                    || (property_graph::node_tables(kg), property_graph::rels(kg)),
                )
            },
        );
        Self {
            kg,
            rdf,
            view,
            entities,
            tables,
            rels,
        }
    }

    /// Every output file, in the order they are written.
    #[must_use]
    pub fn files(&self) -> Vec<OutputFile<'_>> {
        fn file<'b>(
            path: impl Into<String>,
            f: impl Fn(&mut dyn Write) -> io::Result<()> + Send + Sync + 'b,
        ) -> OutputFile<'b> {
            OutputFile {
                path: path.into(),
                write: Box::new(f),
            }
        }
        let rdf_file = |name: &'static str, format: RdfFormat| {
            file(name, move |w| self.rdf.write(format, w).map(drop))
        };
        let mut v = vec![
            rdf_file("graph.ttl", RdfFormat::Turtle),
            rdf_file("graph.nt", RdfFormat::NTriples),
            rdf_file("graph.trig", RdfFormat::TriG),
            rdf_file("graph.nq", RdfFormat::NQuads),
            file("graph.jsonld", |w| self.rdf.write_jsonld(w).map(drop)),
            rdf_file("graph.rdf", RdfFormat::RdfXml),
            file("nodes.csv", |w| {
                gephi_csv::write_nodes(&self.view, w)
                    .map(drop)
                    .map_err(io::Error::other)
            }),
            file("edges.csv", |w| {
                gephi_csv::write_edges(&self.view, w)
                    .map(drop)
                    .map_err(io::Error::other)
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

    /// Distinct triples over all graphs.
    #[must_use]
    pub fn triple_count(&self) -> usize {
        self.rdf.triple_count()
    }
}

fn write_file(f: &OutputFile<'_>, tmp: &Path) -> Result<(), ExportError> {
    let file = File::create(tmp).map_err(io_err(tmp))?;
    let mut w = BufWriter::new(file);
    f.write_to(&mut w).map_err(io_err(tmp))?;
    w.flush().map_err(io_err(tmp))?;
    w.into_inner()
        .map_err(|e| ExportError::Io {
            path: tmp.to_path_buf(),
            source: e.into_error(),
        })?
        .sync_all()
        .map_err(io_err(tmp))
}

/// Write every format into `dir` (created if needed). Each file is written under a temporary
/// name and renamed into place only after all of them were written, so a failed run leaves the
/// previous output untouched.
///
/// # Errors
/// When the folder cannot be created or a file cannot be written.
pub fn write_all(
    kg: &KnowledgeGraph,
    dir: &Path,
    options: Options<'_>,
) -> Result<Written, ExportError> {
    let t0 = std::time::Instant::now();
    let prepared = Prepared::new(kg, options);
    let prepare_time = t0.elapsed();
    let mut files = prepared.files();
    if let Some(report) = options.report {
        let mut names: Vec<String> = files.iter().map(|f| f.path.clone()).collect();
        names.push("report.json".to_string());
        let json = report.to_json(kg, prepared.triple_count(), &names);
        files.push(OutputFile {
            path: "report.json".to_string(),
            write: Box::new(move |w| w.write_all(json.as_bytes())),
        });
    }
    let mut temps: Vec<(PathBuf, PathBuf)> = Vec::new();
    for f in &files {
        let fin = dir.join(&f.path);
        let parent = fin.parent().unwrap_or(dir).to_path_buf();
        let name = fin
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        temps.push((parent.join(format!(".{name}.tmp")), fin));
    }
    let result = (|| {
        for (_, fin) in &temps {
            let parent = fin.parent().unwrap_or(dir);
            std::fs::create_dir_all(parent).map_err(io_err(parent))?;
        }
        // Files are independent: write them in parallel, then rename them all.
        files
            .par_iter()
            .zip(temps.par_iter())
            .map(|(f, (tmp, _))| {
                let t = std::time::Instant::now();
                write_file(f, tmp).map(|()| (f.path.clone(), t.elapsed()))
            })
            .collect::<Result<Vec<_>, ExportError>>()
    })();
    let file_times = match result {
        Ok(t) => t,
        Err(e) => {
            for (tmp, _) in &temps {
                let _ = std::fs::remove_file(tmp);
            }
            return Err(e);
        }
    };
    let mut written = Vec::new();
    for (tmp, fin) in temps {
        std::fs::rename(&tmp, &fin).map_err(io_err(&fin))?;
        written.push(fin);
    }
    Ok(Written {
        files: written,
        triples: prepared.triple_count(),
        quads: prepared.rdf.len(),
        prepare_time,
        file_times,
    })
}
