//! Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

use std::path::Path;

use crate::error::IngestError;

/// How a file was decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    /// Not valid UTF-8: decoded as Windows-1252 (a superset of printable Latin-1).
    Windows1252,
}

const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// Decode `bytes` read from `path`.
///
/// # Errors
/// [`IngestError::Empty`] for empty (or whitespace-only) input, [`IngestError::Binary`] when a
/// NUL byte shows the file is not text.
pub fn decode(path: &Path, bytes: &[u8]) -> Result<(String, Encoding), IngestError> {
    let (text, enc) = if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        (utf16(rest, u16::from_le_bytes), Encoding::Utf16Le)
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        (utf16(rest, u16::from_be_bytes), Encoding::Utf16Be)
    } else {
        let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
        if let Some(offset) = body.iter().position(|&b| b == 0) {
            return Err(IngestError::Binary {
                path: path.to_path_buf(),
                offset,
            });
        }
        match std::str::from_utf8(body) {
            Ok(s) => (s.to_string(), Encoding::Utf8),
            Err(_) => (
                body.iter()
                    .map(|&b| {
                        if (0x80..0xA0).contains(&b) {
                            CP1252_HIGH[usize::from(b - 0x80)]
                        } else {
                            char::from(b)
                        }
                    })
                    .collect(),
                Encoding::Windows1252,
            ),
        }
    };
    if let Some(offset) = text.find('\0') {
        return Err(IngestError::Binary {
            path: path.to_path_buf(),
            offset,
        });
    }
    if text.trim().is_empty() {
        return Err(IngestError::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok((text, enc))
}

fn utf16(bytes: &[u8], f: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|c| f([c[0], c[1]]));
    char::decode_utf16(units)
        .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(b: &[u8]) -> Result<(String, Encoding), IngestError> {
        decode(Path::new("x.txt"), b)
    }

    #[test]
    fn utf8_bom_is_dropped() {
        let (t, e) = d("\u{feff}Hi".as_bytes()).unwrap_or_default_for_test();
        assert_eq!((t.as_str(), e), ("Hi", Encoding::Utf8));
    }

    #[test]
    fn utf16_le_and_cp1252() {
        let mut b = vec![0xFF, 0xFE];
        for u in "Zoë".encode_utf16() {
            b.extend(u.to_le_bytes());
        }
        assert_eq!(d(&b).map(|x| x.0).ok().as_deref(), Some("Zoë"));
        assert_eq!(
            d(&[0x93, b'h', b'i', 0x94]).map(|x| x.0).ok().as_deref(),
            Some("“hi”")
        );
    }

    #[test]
    fn binary_and_empty_are_errors() {
        assert!(matches!(
            d(b"ab\0cd"),
            Err(IngestError::Binary { offset: 2, .. })
        ));
        assert!(matches!(d(b"  \n"), Err(IngestError::Empty { .. })));
    }

    trait OrDefault {
        fn unwrap_or_default_for_test(self) -> (String, Encoding);
    }
    impl OrDefault for Result<(String, Encoding), IngestError> {
        fn unwrap_or_default_for_test(self) -> (String, Encoding) {
            self.unwrap_or((String::new(), Encoding::Windows1252))
        }
    }
}
