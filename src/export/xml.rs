//! XML text helpers shared by the XML-based writers (GEXF, GraphML, SVG, RDF/XML).

use std::borrow::Cow;

/// Whether XML 1.0 allows this character at all.
#[cfg(test)]
const fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Per byte: may it start something [`escape`] changes? The markup characters, every C0
/// control (tab, newline and carriage return become character references, the others are
/// dropped) and 0xEF, the first byte of U+FFFE and U+FFFF (dropped) and of many allowed
/// characters. Every other byte is copied: the text is read a byte at a time, never decoded.
const SPECIAL: [bool; 256] = super::sink::controls_and(b"&<>\"'\xEF");

/// What [`escape`] writes for the special byte at `b[i]`, and how many bytes it stands for;
/// `None` for an 0xEF that starts an allowed character (copied).
fn replacement(b: &[u8], i: usize) -> Option<(&'static str, usize)> {
    Some(match b[i] {
        b'&' => ("&amp;", 1),
        b'<' => ("&lt;", 1),
        b'>' => ("&gt;", 1),
        b'"' => ("&quot;", 1),
        b'\'' => ("&apos;", 1),
        b'\t' => ("&#9;", 1),
        b'\n' => ("&#10;", 1),
        b'\r' => ("&#13;", 1),
        // U+FFFE and U+FFFF are EF BF BE and EF BF BF in UTF-8.
        0xEF => {
            if b.get(i + 1) == Some(&0xBF) && matches!(b.get(i + 2), Some(0xBE | 0xBF)) {
                ("", 3)
            } else {
                return None;
            }
        }
        // (the other C0 controls)
        _ => ("", 1),
    })
}

/// The first byte at or after `from` that [`escape`] changes, with its replacement.
fn next_change(b: &[u8], mut from: usize) -> Option<(usize, &'static str, usize)> {
    while let Some(k) = b[from..].iter().position(|&c| SPECIAL[usize::from(c)]) {
        let i = from + k;
        if let Some((rep, len)) = replacement(b, i) {
            return Some((i, rep, len));
        }
        from = i + 1;
    }
    None
}

/// Escape text for an attribute value or element content. Characters XML 1.0 forbids (most C0
/// controls, U+FFFE, U+FFFF) are dropped; tab, newline and carriage return are written as
/// character references so attribute-value normalisation keeps them.
#[must_use]
pub fn escape(s: &str) -> Cow<'_, str> {
    let b = s.as_bytes();
    let Some(first) = next_change(b, 0) else {
        return Cow::Borrowed(s);
    };
    let mut out = Vec::with_capacity(s.len() + 16);
    push_from(b, first, &mut out);
    // (only whole characters were copied and ASCII written)
    Cow::Owned(String::from_utf8(out).unwrap_or_default())
}

/// Append `s` escaped as [`escape`] does to `out`.
pub fn escape_into(s: &str, out: &mut Vec<u8>) {
    let b = s.as_bytes();
    match next_change(b, 0) {
        None => out.extend_from_slice(b),
        Some(first) => push_from(b, first, out),
    }
}

/// Append `b` escaped to `out`, given the first change in it.
fn push_from(b: &[u8], first: (usize, &'static str, usize), out: &mut Vec<u8>) {
    let (mut i, mut rep, mut len) = first;
    let mut copied = 0;
    loop {
        // Changes are at ASCII bytes or at the first byte of a character: the copied stretches
        // are whole characters.
        out.extend_from_slice(&b[copied..i]);
        out.extend_from_slice(rep.as_bytes());
        copied = i + len;
        match next_change(b, copied) {
            Some(next) => (i, rep, len) = next,
            None => break,
        }
    }
    out.extend_from_slice(&b[copied..]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The definition: character by character.
    fn escape_by_chars(s: &str) -> String {
        let mut out = String::new();
        for c in s.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                '\'' => out.push_str("&apos;"),
                '\t' => out.push_str("&#9;"),
                '\n' => out.push_str("&#10;"),
                '\r' => out.push_str("&#13;"),
                c if is_xml_char(c) => out.push(c),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn escapes_markup_and_drops_forbidden_characters() {
        assert_eq!(escape("plain"), "plain");
        assert!(matches!(
            escape("plain ünïcode ﻿ \u{FFFD}"),
            Cow::Borrowed(_)
        ));
        assert_eq!(escape("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&apos;");
        assert_eq!(escape("x\u{0}\u{1}y\u{FFFF}"), "xy");
        assert_eq!(
            escape("\u{FFFE}\u{FFFD}\u{FFFF}\u{FEFF}"),
            "\u{FFFD}\u{FEFF}"
        );
        assert_eq!(escape("a\nb\tc"), "a&#10;b&#9;c");
        assert_eq!(escape("emoji 🎉 and \u{200F}"), "emoji 🎉 and \u{200F}");
    }

    proptest! {
        /// The byte scan escapes exactly as the character-by-character definition, on text
        /// dense in what it looks at (markup, controls, characters starting with 0xEF).
        #[test]
        fn byte_scan_equals_the_definition(
            s in proptest::collection::vec(
                prop_oneof![
                    proptest::sample::select(vec![
                        '&', '<', '>', '"', '\'', '\t', '\n', '\r', '\u{0}', '\u{1f}', '\u{7f}',
                        '\u{FFFE}', '\u{FFFF}', '\u{FFFD}', '\u{FEFF}', '\u{F000}', '\u{EFFF}',
                        '\u{E000}', '\u{D7FF}', 'a', ' ', 'é', '🎉',
                    ]),
                    any::<char>(),
                ],
                0..40,
            ).prop_map(|v| v.into_iter().collect::<String>())
        ) {
            let want = escape_by_chars(&s);
            let got = escape(&s);
            prop_assert_eq!(got.as_ref(), want.as_str());
            let mut out = b"x".to_vec();
            escape_into(&s, &mut out);
            prop_assert_eq!(&out[1..], want.as_bytes());
        }
    }
}
