//! Exporters: one format per file, each writing to any `io::Write`. [`write_all`] writes every
//! format into an output folder atomically (temporary files renamed into place at the end).

pub mod gephi_csv;
pub mod rdf;

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use oxrdfio::RdfFormat;

use crate::error::ExportError;
use crate::graph::KnowledgeGraph;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ExportFormat {
    Turtle,
    NTriples,
    TriG,
    GephiNodes,
    GephiEdges,
}

impl ExportFormat {
    /// Every format, in the order files are written.
    pub const ALL: [ExportFormat; 5] = [
        Self::Turtle,
        Self::NTriples,
        Self::TriG,
        Self::GephiNodes,
        Self::GephiEdges,
    ];

    /// The file name inside the output folder.
    #[must_use]
    pub const fn file_name(self) -> &'static str {
        match self {
            Self::Turtle => "graph.ttl",
            Self::NTriples => "graph.nt",
            Self::TriG => "graph.trig",
            Self::GephiNodes => "nodes.csv",
            Self::GephiEdges => "edges.csv",
        }
    }
}

/// What [`write_all`] wrote.
#[derive(Debug, Clone, Default)]
pub struct Written {
    pub files: Vec<PathBuf>,
    /// Distinct triples (union of all graphs).
    pub triples: usize,
    /// Quads including the named graph of each article.
    pub quads: usize,
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> ExportError + '_ {
    move |source| ExportError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Write one format to `w`.
///
/// # Errors
/// When writing fails.
pub fn write_format<W: Write>(
    kg: &KnowledgeGraph,
    quads: &[oxrdf::Quad],
    format: ExportFormat,
    w: W,
) -> std::io::Result<W> {
    match format {
        ExportFormat::Turtle => rdf::write(quads, RdfFormat::Turtle, w),
        ExportFormat::NTriples => rdf::write(quads, RdfFormat::NTriples, w),
        ExportFormat::TriG => rdf::write(quads, RdfFormat::TriG, w),
        ExportFormat::GephiNodes => gephi_csv::write_nodes(kg, w).map_err(std::io::Error::other),
        ExportFormat::GephiEdges => gephi_csv::write_edges(kg, w).map_err(std::io::Error::other),
    }
}

/// Write every format into `dir` (created if needed). Each file is written under a temporary
/// name and renamed into place only after all of them were written, so a failed run leaves the
/// previous output untouched.
///
/// # Errors
/// When the folder cannot be created or a file cannot be written.
pub fn write_all(kg: &KnowledgeGraph, dir: &Path) -> Result<Written, ExportError> {
    std::fs::create_dir_all(dir).map_err(io_err(dir))?;
    let quads = rdf::quads(kg);
    let mut temps = Vec::new();
    let result = (|| {
        for f in ExportFormat::ALL {
            let tmp = dir.join(format!(".{}.tmp", f.file_name()));
            temps.push((tmp.clone(), dir.join(f.file_name())));
            let file = File::create(&tmp).map_err(io_err(&tmp))?;
            let mut w = write_format(kg, &quads, f, BufWriter::new(file)).map_err(io_err(&tmp))?;
            w.flush().map_err(io_err(&tmp))?;
            w.into_inner()
                .map_err(|e| ExportError::Io {
                    path: tmp.clone(),
                    source: e.into_error(),
                })?
                .sync_all()
                .map_err(io_err(&tmp))?;
        }
        Ok(())
    })();
    if let Err(e) = result {
        for (tmp, _) in &temps {
            let _ = std::fs::remove_file(tmp);
        }
        return Err(e);
    }
    let mut files = Vec::new();
    for (tmp, fin) in temps {
        std::fs::rename(&tmp, &fin).map_err(io_err(&fin))?;
        files.push(fin);
    }
    let mut triples: Vec<oxrdf::Triple> = quads
        .iter()
        .map(|q| oxrdf::Triple::from(q.clone()))
        .collect();
    triples.sort_by_cached_key(ToString::to_string);
    triples.dedup();
    Ok(Written {
        files,
        triples: triples.len(),
        quads: quads.len(),
    })
}
