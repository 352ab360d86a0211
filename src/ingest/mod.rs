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
    let io = |source| IngestError::Io {
        path: path.to_path_buf(),
        source,
    };
    // Not `std::fs::read` nor `File::read_to_end`: they ask the file's size first (one more
    // system call per article). Most articles fit the first buffer; a longer one grows it.
    // (`take` reads through the generic path, which has no size hint to ask for.)
    let mut bytes = Vec::with_capacity(READ_BUFFER);
    std::fs::File::open(path)
        .and_then(|f| std::io::Read::read_to_end(&mut std::io::Read::take(f, u64::MAX), &mut bytes))
        .map_err(io)?;
    Document::from_bytes(path, &bytes)
}

/// The first read buffer of [`read_file`]: news articles are a few kilobytes.
const READ_BUFFER: usize = 16 * 1024;

/// Expand the given paths into the article files to read, in a deterministic order: a file is
/// taken as is, a directory is walked recursively for `*.txt`, `-` means stdin.
///
/// # Errors
/// When a path does not exist or a directory cannot be listed.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<PathBuf>, IngestError> {
    Ok(find(paths, false)?.into_iter().map(|(p, _)| p).collect())
}

/// [`discover`], with each file's size in bytes (0 for stdin or when it cannot be read; sizes
/// only drive the progress bar). A directory's files are found and sized in one pass, each stat
/// relative to the open directory, so a large archive is listed at the cost of its directories,
/// not of a path lookup per file.
///
/// # Errors
/// When a path does not exist or a directory cannot be listed.
pub fn discover_sized(paths: &[PathBuf]) -> Result<Vec<(PathBuf, u64)>, IngestError> {
    find(paths, true)
}

fn find(paths: &[PathBuf], sized: bool) -> Result<Vec<(PathBuf, u64)>, IngestError> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push((p.clone(), 0));
        } else if p.is_file() {
            out.push((p.clone(), if sized { size_of(p) } else { 0 }));
        } else if p.is_dir() {
            walk(p, &mut out, sized)?;
        } else {
            return Err(IngestError::Missing { path: p.clone() });
        }
    }
    Ok(out)
}

fn size_of(path: &Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}

/// The `*.txt` files under `dir` in the order of their paths (component by component, as
/// `Path` compares them): each directory's entries sorted by name, subdirectories walked where
/// their name sorts, which is that order without comparing whole paths.
fn walk(dir: &Path, out: &mut Vec<(PathBuf, u64)>, sized: bool) -> Result<(), IngestError> {
    let rd = std::fs::read_dir(dir).map_err(|source| IngestError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    // (name, path, a directory?, size)
    let mut entries = Vec::new();
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
            entries.push((entry.file_name(), path, true, 0));
        } else if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("txt"))
        {
            // (a symbolic link is sized by what it points to, as `std::fs::metadata` does)
            let size = if !sized {
                0
            } else if ft.is_symlink() {
                size_of(&path)
            } else {
                entry.metadata().map_or(0, |m| m.len())
            };
            entries.push((entry.file_name(), path, false, size));
        }
    }
    // (names in one directory are distinct)
    entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    for (_, path, is_dir, size) in entries {
        if is_dir {
            walk(&path, out, sized)?;
        } else {
            out.push((path, size));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The order before: every file found, then all paths sorted as `Path` compares them.
    fn reference(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                reference(&p, out);
            } else if p.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt")) {
                out.push(p);
            }
        }
    }

    #[test]
    fn files_longer_than_the_first_buffer_are_read_whole() {
        let tmp = tempfile::tempdir().unwrap();
        for n in [
            READ_BUFFER - 1,
            READ_BUFFER,
            READ_BUFFER + 1,
            5 * READ_BUFFER + 7,
        ] {
            let p = tmp.path().join(format!("a{n}.txt"));
            let text: String = "Headline\n\nBody text here. "
                .chars()
                .cycle()
                .take(n)
                .collect();
            std::fs::write(&p, &text).unwrap();
            assert_eq!(read_file(&p).unwrap().text, text, "{n} bytes");
        }
        let missing = tmp.path().join("missing.txt");
        assert_eq!(read_file(&missing).unwrap_err().path(), missing);
    }

    #[test]
    fn discovery_order_is_path_order_and_sizes_are_file_sizes() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        // names whose byte order differs from path order ('-' and '.' sort before '/')
        for (i, f) in [
            "a/b.txt",
            "a-c.txt",
            "a.txt",
            "a/a/z.txt",
            "a/a.txt",
            "B.txt",
            "b.TXT",
            "b.md",
            "r002/x.txt",
            "r001/y.txt",
            "r001/sub/x.txt",
            "é.txt",
            "e.txt",
        ]
        .iter()
        .enumerate()
        {
            let p = root.join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(&p, "x".repeat(i + 1)).unwrap();
        }
        let mut want = Vec::new();
        reference(root, &mut want);
        want.sort();
        let got = discover_sized(&[root.to_path_buf()]).unwrap();
        let paths: Vec<PathBuf> = got.iter().map(|(p, _)| p.clone()).collect();
        assert_eq!(paths, want);
        for (p, size) in &got {
            assert_eq!(
                *size,
                std::fs::metadata(p).unwrap().len(),
                "{}",
                p.display()
            );
        }
        assert_eq!(discover(&[root.to_path_buf()]).unwrap(), want);
    }
}
