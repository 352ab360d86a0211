//! Reading inputs: files, folders and stdin become [`Document`]s with a parsed [`Layout`].

pub mod decode;
pub mod layout;
pub mod segment;

use std::path::{Path, PathBuf};

use crate::error::IngestError;
use crate::text::hash_hex;
pub use decode::Encoding;
pub use layout::{Block, BlockKind, Layout};

/// One article: its decoded text and where its parts are.
#[derive(Debug, Clone)]
pub struct Document {
    /// Stable id: a hash of the text, so the same article read twice is one article.
    pub id: String,
    /// File name as given (no directories), or `-` for stdin.
    pub name: String,
    /// The decoded text. Every span in later stages indexes this string.
    pub text: String,
    pub encoding: Encoding,
    pub layout: Layout,
}

impl Document {
    /// Build a document from text already decoded.
    #[must_use]
    pub fn from_text(name: impl Into<String>, text: String, encoding: Encoding) -> Self {
        let layout = layout::parse(&text);
        Self {
            id: hash_hex(&[&text]),
            name: name.into(),
            text,
            encoding,
            layout,
        }
    }

    /// Decode raw bytes (see [`decode::decode`]) into a document.
    ///
    /// # Errors
    /// When the bytes are empty or binary.
    pub fn from_bytes(path: &Path, bytes: &[u8]) -> Result<Self, IngestError> {
        let (text, encoding) = decode::decode(path, bytes)?;
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        Ok(Self::from_text(name, text, encoding))
    }
}

/// Read one article file.
///
/// # Errors
/// When the file cannot be read or is not text.
pub fn read_file(path: &Path) -> Result<Document, IngestError> {
    let bytes = std::fs::read(path).map_err(|source| IngestError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    Document::from_bytes(path, &bytes)
}

/// Expand the given paths into the article files to read, in a deterministic order: a file is
/// taken as is, a directory is walked recursively for `*.txt`, `-` means stdin.
///
/// # Errors
/// When a path does not exist or a directory cannot be listed.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<PathBuf>, IngestError> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" || p.is_file() {
            out.push(p.clone());
        } else if p.is_dir() {
            let mut found = Vec::new();
            walk(p, &mut found)?;
            found.sort();
            out.extend(found);
        } else {
            return Err(IngestError::Missing { path: p.clone() });
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), IngestError> {
    let rd = std::fs::read_dir(dir).map_err(|source| IngestError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    for entry in rd {
        let entry = entry.map_err(|source| IngestError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        let path = entry.path();
        let ft = entry.file_type().map_err(|source| IngestError::Io {
            path: path.clone(),
            source,
        })?;
        if ft.is_dir() {
            walk(&path, out)?;
        } else if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("txt"))
        {
            out.push(path);
        }
    }
    Ok(())
}
