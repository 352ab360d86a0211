//! XML text helpers shared by the XML-based writers (GEXF, GraphML, SVG).

use std::borrow::Cow;

/// Whether XML 1.0 allows this character at all.
const fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Escape text for an attribute value or element content. Characters XML 1.0 forbids (most C0
/// controls, U+FFFE, U+FFFF) are dropped; tab, newline and carriage return are written as
/// character references so attribute-value normalisation keeps them.
#[must_use]
pub fn escape(s: &str) -> Cow<'_, str> {
    if !s
        .chars()
        .any(|c| matches!(c, '&' | '<' | '>' | '"' | '\'' | '\t' | '\n' | '\r') || !is_xml_char(c))
    {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
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
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_forbidden_characters() {
        assert_eq!(escape("plain"), "plain");
        assert_eq!(escape("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&apos;");
        assert_eq!(escape("x\u{0}\u{1}y\u{FFFF}"), "xy");
        assert_eq!(escape("a\nb\tc"), "a&#10;b&#9;c");
        assert_eq!(escape("emoji 🎉 and \u{200F}"), "emoji 🎉 and \u{200F}");
    }
}
