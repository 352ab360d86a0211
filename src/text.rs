//! Small text helpers shared by every stage: spans, slugs, stable hashes and offsets.

use serde::{Deserialize, Serialize};

/// A byte range into a document's text. Stages create spans and never rewrite them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    #[must_use]
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    #[must_use]
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    #[must_use]
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The span with leading and trailing whitespace (and the given extra characters) removed.
    #[must_use]
    pub fn trim(self, text: &str, extra: &[char]) -> Span {
        let s = self.slice(text);
        let lead = s.len()
            - s.trim_start_matches(|c: char| c.is_whitespace() || extra.contains(&c))
                .len();
        let rest = &s[lead..];
        let kept = rest
            .trim_end_matches(|c: char| c.is_whitespace() || extra.contains(&c))
            .len();
        Span::new(self.start + lead, self.start + lead + kept)
    }
}

/// Code-point offsets `[start, end)` of a byte span, as exported (NIF/Web Annotation convention).
#[must_use]
pub fn char_offsets(text: &str, span: Span) -> (usize, usize) {
    let start = text.get(..span.start).map_or(0, |s| s.chars().count());
    let len = span.slice(text).chars().count();
    (start, start + len)
}

/// Byte → code-point offsets in O(1) amortised per query: identity for ASCII text, else a
/// checkpoint every [`CharIndex::BLOCK`] bytes and a count inside the block. Any number of
/// spans of one long document cost one pass over it, not one pass each.
#[derive(Debug, Clone)]
pub struct CharIndex<'t> {
    text: &'t str,
    /// Code points before each block; empty for ASCII text.
    blocks: Vec<usize>,
}

impl<'t> CharIndex<'t> {
    pub const BLOCK: usize = 256;

    #[must_use]
    pub fn new(text: &'t str) -> Self {
        if text.is_ascii() {
            return Self {
                text,
                blocks: Vec::new(),
            };
        }
        let bytes = text.as_bytes();
        let mut blocks = Vec::with_capacity(bytes.len() / Self::BLOCK + 1);
        let mut count = 0;
        for chunk in bytes.chunks(Self::BLOCK) {
            blocks.push(count);
            count += chunk.iter().filter(|&&b| (b as i8) >= -0x40).count();
        }
        // The end of the text, so an offset at a block boundary past the last block resolves.
        blocks.push(count);
        Self { text, blocks }
    }

    /// The code-point offset of byte offset `b` (clamped to the text).
    #[must_use]
    pub fn offset(&self, b: usize) -> usize {
        let b = b.min(self.text.len());
        if self.blocks.is_empty() {
            return b;
        }
        let k = b / Self::BLOCK;
        let from = k * Self::BLOCK;
        self.blocks[k]
            + self.text.as_bytes()[from..b]
                .iter()
                .filter(|&&x| (x as i8) >= -0x40)
                .count()
    }

    /// Code-point offsets of a byte span.
    #[must_use]
    pub fn span(&self, span: Span) -> (usize, usize) {
        (self.offset(span.start), self.offset(span.end))
    }
}

/// 64-bit FNV-1a: a stable, platform-independent hash for identifiers.
#[must_use]
pub fn stable_hash(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            h ^= 0x1f;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        for b in p.as_bytes() {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// Sixteen lowercase hex digits of [`stable_hash`].
#[must_use]
pub fn hash_hex(parts: &[&str]) -> String {
    format!("{:016x}", stable_hash(parts))
}

/// Fold common Latin letters with diacritics to ASCII (for keys only; labels keep the original).
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' | 'ḍ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' | 'ǧ' => "g",
        'ḩ' | 'ḥ' | 'ḫ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' | 'ǐ' => "i",
        'ł' | 'ľ' | 'ĺ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'ŏ' | 'ǒ' => "o",
        'ŕ' | 'ř' => "r",
        'ś' | 'š' | 'ş' | 'ș' | 'ṣ' => "s",
        'ť' | 'ţ' | 'ț' | 'ṭ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ŭ' | 'ǔ' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' | 'ẓ' => "z",
        'ß' => "ss",
        'æ' => "ae",
        'þ' => "th",
        'œ' => "oe",
        _ => return None,
    })
}

/// Lowercase, fold diacritics (`é` → `e`, `ß` → `ss`), keep letters and digits, and turn every
/// run of anything else into one `sep` (none at either end).
fn fold_words(chars: impl Iterator<Item = char>, sep: char) -> String {
    let mut out = String::new();
    let mut gap = false;
    for c in chars.flat_map(char::to_lowercase) {
        if ('\u{300}'..='\u{36f}').contains(&c) {
            // a combining mark: part of the letter before it ("İ" lowercases to "i" + U+0307)
            continue;
        }
        if let Some(f) = fold(c) {
            out.push_str(f);
            gap = false;
        } else if c.is_alphanumeric() {
            out.push(c);
            gap = false;
        } else if !gap && !out.is_empty() {
            out.push(sep);
            gap = true;
        }
    }
    while out.ends_with(sep) {
        out.pop();
    }
    out
}

/// [`fold_words`] of ASCII text, byte by byte (`push` receives the output): the common case, and
/// several times faster. With `drop_marks`, apostrophes and dots are skipped first (as in
/// [`norm`]).
fn fold_ascii(s: &[u8], drop_marks: bool, sep: u8, mut push: impl FnMut(u8)) {
    let (mut any, mut gap) = (false, false);
    for &c in s {
        if drop_marks && (c == b'\'' || c == b'.') {
            continue;
        }
        if c.is_ascii_alphanumeric() {
            if gap {
                push(sep);
                gap = false;
            }
            push(c.to_ascii_lowercase());
            any = true;
        } else if any {
            gap = true;
        }
    }
}

/// A lowercase slug: letters and digits kept (diacritics folded), everything else becomes one `-`.
#[must_use]
pub fn slug(s: &str) -> String {
    slug_key("", s)
}

/// `prefix` followed by [`slug`]`(s)`, in one allocation: node keys ("person/kim-jong-un") are
/// made for every name mention.
#[must_use]
pub fn slug_key(prefix: &str, s: &str) -> String {
    if s.is_ascii() {
        let mut out = String::with_capacity(prefix.len() + s.len());
        out.push_str(prefix);
        fold_ascii(s.as_bytes(), false, b'-', |b| out.push(char::from(b)));
        return out;
    }
    let mut out = String::from(prefix);
    out.push_str(&fold_words(s.chars(), '-'));
    out
}

/// Call `f` with [`slug_key`]`(prefix, s)`, on the stack when short and ASCII (for lookups).
pub fn with_slug_key<R>(prefix: &str, s: &str, f: impl FnOnce(&str) -> R) -> R {
    with_folded(prefix, s, false, b'-', || slug_key(prefix, s), f)
}

/// Call `f` with `prefix` and [`fold_ascii`] of `s` written into a buffer on the stack, or with
/// `general()` when they do not fit or are not ASCII.
#[inline]
fn with_folded<R>(
    prefix: &str,
    s: &str,
    drop_marks: bool,
    sep: u8,
    general: impl FnOnce() -> String,
    f: impl FnOnce(&str) -> R,
) -> R {
    let b = s.as_bytes();
    if prefix.len() + b.len() > 96 || !b.is_ascii() || !prefix.is_ascii() {
        return f(&general());
    }
    let mut buf = [0u8; 96];
    buf[..prefix.len()].copy_from_slice(prefix.as_bytes());
    let mut n = prefix.len();
    // (the output is never longer than the input)
    fold_ascii(b, drop_marks, sep, |c| {
        buf[n] = c;
        n += 1;
    });
    // Only ASCII bytes were written.
    f(std::str::from_utf8(&buf[..n]).unwrap_or_default())
}

/// Normalised comparison form of a name: lowercase, ASCII-folded, apostrophes and dots removed,
/// hyphens and other separators as single spaces.
#[must_use]
pub fn norm(s: &str) -> String {
    if s.is_ascii() {
        let mut out = String::with_capacity(s.len());
        fold_ascii(s.as_bytes(), true, b' ', |b| out.push(char::from(b)));
        return out;
    }
    // The same as `slug` of the text without apostrophes and dots, with dashes read as spaces.
    fold_words(s.chars().filter(|c| !matches!(c, '\'' | '’' | '.')), ' ')
}

/// Call `f` with [`norm`]`(s)`. ASCII text up to 96 bytes is normalised on the stack: lexicon
/// lookups run this for many tokens of every article, so they must not allocate.
pub fn with_norm<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    with_folded("", s, true, b' ', || norm(s), f)
}

/// `s` lowercased, borrowed when it has no uppercase letter (the common case in lookups).
#[must_use]
pub fn lower(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(s.to_lowercase())
    }
}

/// The name after a lowercase Arabic article: `al-Gaddafi` → `Gaddafi`, `el-Baradei` →
/// `Baradei` (`None` unless a capital follows the hyphen).
#[must_use]
pub fn arabic_article_name(s: &str) -> Option<&str> {
    ["al-", "el-", "al‑", "el‑"]
        .iter()
        .find_map(|p| s.strip_prefix(p))
        .filter(|rest| is_capitalised(rest))
}

/// True if the first character is uppercase.
#[must_use]
pub fn is_capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Title-case an all-caps word sequence (`STANISLAV POHORILOV` → `Stanislav Pohorilov`).
#[must_use]
pub fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic() && c != '\'';
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Awkward inputs for the normalising functions: spacing, dots, apostrophes, dashes, digits.
    const FOLD_SAMPLES: &[&str] = &[
        "South  Korean",
        "U.S.",
        "Côte d'Ivoire",
        "  -- x --",
        "",
        "...",
        "Kim Jong-un's",
        "A.B. c",
        "x\t\ny",
        "Ends with space ",
        "'",
        "Ab.-Cd",
        "don't",
        "1,500 troops",
        "--a--b--",
    ];

    #[test]
    fn ascii_fast_paths_equal_the_general_fold() {
        for &s in FOLD_SAMPLES {
            assert_eq!(slug(s), fold_words(s.chars(), '-'), "{s:?}");
            assert_eq!(
                norm(s),
                fold_words(s.chars().filter(|c| !matches!(c, '\'' | '’' | '.')), ' '),
                "{s:?}"
            );
        }
    }

    #[test]
    fn with_norm_is_norm() {
        for &s in FOLD_SAMPLES {
            assert_eq!(with_norm(s, str::to_string), norm(s), "{s:?}");
        }
        let long = "word ".repeat(40);
        assert_eq!(with_norm(&long, str::to_string), norm(&long));
    }

    #[test]
    fn slug_folds_and_dashes() {
        assert_eq!(slug("Kim Seon-ho"), "kim-seon-ho");
        assert_eq!(slug("  Zelenskyy's  office!"), "zelenskyy-s-office");
        assert_eq!(slug("Élysée"), "elysee");
        assert_eq!(slug_key("person/", "Kim Seon-ho"), "person/kim-seon-ho");
        assert_eq!(slug_key("org/", "Élysée Palace"), "org/elysee-palace");
        assert_eq!(slug_key("place/", " "), "place/");
        // Polish, Turkish and transliterated Arabic letters fold too; a combining mark is part
        // of its letter ("İ" lowercases to "i" and U+0307), not a word break.
        assert_eq!(slug("Wałęsa"), "walesa");
        assert_eq!(slug("İzmir"), "izmir");
        assert_eq!(norm("Diyarbakır"), "diyarbakir");
        assert_eq!(norm("Ḩamāh"), "hamah");
        assert_eq!(norm("Erdoğan"), "erdogan");
        let long = "Word ".repeat(30);
        for s in ["Kim Seon-ho", "Élysée Palace", "", " - ", long.as_str()] {
            assert_eq!(
                with_slug_key("person/", s, str::to_string),
                slug_key("person/", s)
            );
        }
    }

    #[test]
    fn norm_merges_spellings() {
        assert_eq!(norm("Kim Jong-un"), norm("Kim Jong Un"));
        assert_eq!(norm("U.S."), "us");
    }

    proptest::proptest! {
        /// The block index gives the same offsets as counting from the start.
        #[test]
        fn char_index_counts_like_chars(text in ".{0,600}", a in 0usize..700, b in 0usize..700) {
            let (a, b) = (a.min(b).min(text.len()), a.max(b).min(text.len()));
            if text.is_char_boundary(a) && text.is_char_boundary(b) {
                let idx = CharIndex::new(&text);
                proptest::prop_assert_eq!(idx.span(Span::new(a, b)), char_offsets(&text, Span::new(a, b)));
            }
        }

        /// The one-pass `norm` is the old three-step definition, for any text.
        #[test]
        fn norm_is_slug_without_apostrophes_and_dots(s in ".{0,40}") {
            let reference = slug(&s.replace(['\'', '’', '.'], "")).replace('-', " ");
            proptest::prop_assert_eq!(norm(&s), reference);
        }

        #[test]
        fn lower_is_to_lowercase(s in ".{0,20}") {
            proptest::prop_assert_eq!(lower(&s).into_owned(), s.to_lowercase());
        }
    }

    /// Regression: an offset at the very end of a non-ASCII text whose length is a multiple of
    /// the block size indexed past the checkpoints (found by the property test above).
    #[test]
    fn char_index_at_the_end_of_a_whole_number_of_blocks() {
        let text = "é".repeat(CharIndex::BLOCK / 2);
        assert_eq!(text.len(), CharIndex::BLOCK);
        let idx = CharIndex::new(&text);
        assert_eq!(idx.offset(text.len()), CharIndex::BLOCK / 2);
        assert_eq!(
            idx.span(Span::new(2, text.len())),
            (1, CharIndex::BLOCK / 2)
        );
    }

    #[test]
    fn char_offsets_count_code_points() {
        let t = "Putin’s “war” — ok";
        let b = t.find("war").unwrap_or(0);
        let (s, e) = char_offsets(t, Span::new(b, b + 3));
        assert_eq!(t.chars().skip(s).take(e - s).collect::<String>(), "war");
    }

    #[test]
    fn hash_is_stable() {
        assert_eq!(hash_hex(&["a", "b"]), hash_hex(&["a", "b"]));
        assert_ne!(hash_hex(&["ab"]), hash_hex(&["a", "b"]));
    }

    #[test]
    fn title_case_bylines() {
        assert_eq!(title_case("STANISLAV POHORILOV"), "Stanislav Pohorilov");
    }
}
