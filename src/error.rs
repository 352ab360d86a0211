//! Library errors. Each carries the path it concerns; the binary adds context with anyhow.

use std::path::PathBuf;

/// Why one input could not be read as an article.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum IngestError {
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: empty file", path.display())]
    Empty { path: PathBuf },
    #[error("{}: looks binary (NUL byte at offset {offset}), skipped", path.display())]
    Binary { path: PathBuf, offset: usize },
    #[error("{}: not a file or directory", path.display())]
    Missing { path: PathBuf },
    /// Extraction failed on this article (a bug in newskg): the article is skipped and the run
    /// goes on.
    #[error("{}: internal error while extracting ({message}), skipped", path.display())]
    Extraction { path: PathBuf, message: String },
}

impl IngestError {
    /// The input this error is about.
    #[must_use]
    pub fn path(&self) -> &std::path::Path {
        match self {
            Self::Io { path, .. }
            | Self::Empty { path }
            | Self::Binary { path, .. }
            | Self::Missing { path }
            | Self::Extraction { path, .. } => path,
        }
    }

    /// The reason, without the path.
    #[must_use]
    pub fn reason(&self) -> String {
        match self {
            Self::Io { source, .. } => format!("cannot read: {source}"),
            Self::Empty { .. } => "empty file".to_string(),
            Self::Binary { offset, .. } => format!("looks binary (NUL byte at offset {offset})"),
            Self::Missing { .. } => "not a file or directory".to_string(),
            Self::Extraction { message, .. } => {
                format!("internal error while extracting ({message})")
            }
        }
    }
}

/// Why an export could not be written.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("invalid IRI {iri:?}: {source}")]
    Iri {
        iri: String,
        #[source]
        source: oxrdf::IriParseError,
    },
}

/// Why a SPARQL query could not be answered.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum QueryError {
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: unknown RDF format (use .ttl, .nt, .nq, .trig, .jsonld or .rdf)", path.display())]
    Format { path: PathBuf },
    #[error("{}: cannot load: {message}", path.display())]
    Load { path: PathBuf, message: String },
    #[error("invalid SPARQL: {0}")]
    Syntax(String),
    #[error("query failed: {0}")]
    Evaluation(String),
    #[error("cannot write results: {0}")]
    Write(#[source] std::io::Error),
}

/// Why an evaluation could not be run.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EvalError {
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}:{line}: {message}", path.display())]
    Format {
        path: PathBuf,
        line: usize,
        message: String,
    },
}

/// Crate-level error.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error(transparent)]
    Ingest(#[from] IngestError),
    #[error(transparent)]
    Export(#[from] ExportError),
    #[error(transparent)]
    Query(#[from] QueryError),
    #[error(transparent)]
    Eval(#[from] EvalError),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
