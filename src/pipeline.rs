//! The whole job as a library call: paths in, a [`KnowledgeGraph`] and a [`Report`] out.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::IngestError;
use crate::extract::extract;
use crate::graph::{GraphBuilder, KnowledgeGraph};
use crate::ingest::{self, Document, Encoding};

/// What happened to the inputs.
#[derive(Debug, Default)]
pub struct Report {
    /// Articles extracted.
    pub articles: usize,
    /// Inputs skipped, with the reason.
    pub skipped: Vec<IngestError>,
    /// Non-fatal notes (e.g. a file decoded as Windows-1252).
    pub warnings: Vec<String>,
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

/// Read, extract and merge every article under `paths`. One bad article never stops the run:
/// it is listed in the report.
///
/// # Errors
/// Only when a given path does not exist or a folder cannot be listed.
pub fn build(paths: &[PathBuf]) -> Result<(KnowledgeGraph, Report), IngestError> {
    let files = ingest::discover(paths)?;
    let mut report = Report::default();
    let mut builder = GraphBuilder::new();
    for f in files {
        match read_one(&f) {
            Ok(doc) => {
                if doc.encoding == Encoding::Windows1252 {
                    report.warnings.push(format!(
                        "{}: not valid UTF-8, decoded as Windows-1252",
                        f.display()
                    ));
                }
                let x = extract(doc);
                builder.add(&x);
                report.articles += 1;
            }
            Err(e) => report.skipped.push(e),
        }
    }
    Ok((builder.finish(), report))
}
