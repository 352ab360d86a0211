//! Tokens and sentences over a span of a document. Offsets are bytes into the document text.

use crate::text::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    /// `'s` / `’s` after a name.
    Possessive,
    /// A double quotation mark; `open` tells which side for curly quotes and guillemets.
    Quote {
        curly_open: Option<bool>,
    },
    Punct,
}

/// One token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// Every byte an ASCII letter or digit ("Seoul", "2024"; not "Seon-ho", "U.S.", "Mr.",
    /// "café"): such a token is one word to the byte scans after it (dates).
    pub plain: bool,
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "adm", "sgt", "sen", "rep",
    "gov", "st", "jr", "sr", "no", "vs", "etc", "inc", "corp", "ltd", "co", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "dept",
    "univ", "ft", "mt", "pres", "rev", "hon", "cpl", "pvt", "det", "supt", "insp", "cmdr", "brig",
    "msgr",
];

/// A known abbreviation ("Mr", "Gen"), in any case.
fn is_abbreviation(word: &str) -> bool {
    if word.is_ascii() {
        ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
    } else {
        ABBREVIATIONS.contains(&word.to_lowercase().as_str())
    }
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// The characters of a span by index, and their byte offsets.
trait Chars {
    fn at(&self, k: usize) -> Option<char>;
    /// Byte offset of character `k` (the span's length past the end).
    fn pos(&self, k: usize) -> usize;
    /// The index of the first character from `k` on that is not a word character.
    fn skip_word_chars(&self, mut k: usize) -> usize {
        while self.at(k).is_some_and(is_word_char) {
            k += 1;
        }
        k
    }
}

/// ASCII text: character `k` is byte `k` (the reference for [`tokens_ascii`] in tests).
#[cfg(test)]
struct AsciiChars<'a>(&'a [u8]);

#[cfg(test)]
impl Chars for AsciiChars<'_> {
    fn at(&self, k: usize) -> Option<char> {
        self.0.get(k).map(|&b| char::from(b))
    }
    fn pos(&self, k: usize) -> usize {
        k.min(self.0.len())
    }
    fn skip_word_chars(&self, k: usize) -> usize {
        let rest = self.0.get(k..).unwrap_or_default();
        k + rest
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .unwrap_or(rest.len())
    }
}

/// Any text, decoded once.
struct DecodedChars {
    chars: Vec<(usize, char)>,
    end: usize,
}

impl Chars for DecodedChars {
    fn at(&self, k: usize) -> Option<char> {
        self.chars.get(k).map(|&(_, c)| c)
    }
    fn pos(&self, k: usize) -> usize {
        self.chars.get(k).map_or(self.end, |&(b, _)| b)
    }
}

/// Split `span` of `text` into tokens.
#[must_use]
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let mut out = Vec::with_capacity((span.end - span.start) / 4);
    tokenize_into(text, span, &mut out);
    out
}

/// [`tokenize`], appending to `out` (the tokens of a document's blocks in one vector).
pub fn tokenize_into(text: &str, span: Span, out: &mut Vec<Token>) {
    let s = span.slice(text);
    if s.is_ascii() {
        tokens_ascii(s.as_bytes(), span.start, out);
    } else {
        let chars = DecodedChars {
            chars: s.char_indices().collect(),
            end: s.len(),
        };
        tokens(&chars, s, span.start, out);
    }
}

fn tokens(chars: &impl Chars, s: &str, base: usize, out: &mut Vec<Token>) {
    // (a possessive needs a token before it in this span)
    let first = out.len();
    let mut i = 0;
    let at = |k: usize| chars.at(k);
    let pos = |k: usize| chars.pos(k);
    while let Some(c) = at(i) {
        if c.is_whitespace() || c.is_control() || c == '\u{200b}' || c == '\u{feff}' {
            i += 1;
            continue;
        }
        let start = i;
        if is_word_char(c) {
            let numeric = c.is_ascii_digit();
            i += 1;
            loop {
                i = chars.skip_word_chars(i);
                match at(i) {
                    // internal joiners: Seon-ho, 11,000, 1.5, 12:11, AT&T
                    Some('-' | '‐') if at(i + 1).is_some_and(is_word_char) => i += 2,
                    Some('&') if c.is_uppercase() && at(i + 1).is_some_and(char::is_uppercase) => {
                        i += 2
                    }
                    Some(',' | '.' | ':')
                        if numeric && at(i + 1).is_some_and(|x| x.is_ascii_digit()) =>
                    {
                        i += 2
                    }
                    // apostrophe inside a word: O'Neil, don't — but not the possessive 's
                    Some('\'' | '’')
                        if at(i + 1).is_some_and(char::is_alphabetic)
                            && (!matches!(at(i + 1), Some('s' | 'S'))
                                || at(i + 2).is_some_and(char::is_alphanumeric)) =>
                    {
                        i += 2;
                    }
                    // initialisms: U.S., U.K. (single letters separated by dots)
                    Some('.')
                        if i - start == 1
                            && c.is_uppercase()
                            && at(i + 1).is_some_and(char::is_uppercase)
                            && at(i + 2) == Some('.') =>
                    {
                        i += 3;
                        while at(i).is_some_and(char::is_uppercase) && at(i + 1) == Some('.') {
                            i += 2;
                        }
                        break;
                    }
                    _ => break,
                }
            }
            // keep the dot of a known abbreviation ("Mr.", "Gen.") and of a middle initial
            // before a name ("Jonathan M. Stan")
            let word = &s[pos(start)..pos(i)];
            let initial = i - start == 1
                && c.is_uppercase()
                && at(i + 1).is_some_and(char::is_whitespace)
                && at(i + 2).is_some_and(char::is_uppercase)
                && (start == 0 || at(start - 1).is_some_and(char::is_whitespace))
                && (start > 1 && at(start - 2).is_some_and(char::is_alphabetic)
                    // (the first of two initials, also opening a paragraph: "A. J.
                    // Allmendinger")
                    || at(i + 3) == Some('.')
                        && at(i + 4).is_some_and(char::is_whitespace)
                        && at(i + 5).is_some_and(char::is_uppercase)
                    // (after another initial: "A. J. Allmendinger")
                    || start > 2
                        && at(start - 2) == Some('.')
                        && at(start - 3).is_some_and(char::is_uppercase)
                        && (start == 3 || at(start - 4).is_some_and(char::is_whitespace))
                    // (after an abbreviation: "Rev. F. Lombardi")
                    || start > 1 && at(start - 2) == Some('.') && {
                        let mut k = start - 2;
                        while k > 0 && at(k - 1).is_some_and(char::is_alphabetic) {
                            k -= 1;
                        }
                        is_abbreviation(&s[pos(k)..pos(start - 2)])
                    });
            // ("No. 4", but not "said no. Then")
            let number_after = at(i + 1).is_some_and(|x| x.is_ascii_digit())
                || at(i + 1).is_some_and(char::is_whitespace)
                    && at(i + 2).is_some_and(|x| x.is_ascii_digit());
            if at(i) == Some('.')
                && (initial
                    || is_abbreviation(word) && (number_after || !word.eq_ignore_ascii_case("no")))
            {
                i += 1;
            }
            let kind = if numeric {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            let span = Span::new(base + pos(start), base + pos(i));
            out.push(Token {
                span,
                kind,
                plain: s[pos(start)..pos(i)]
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric()),
            });
            continue;
        }
        if (c == '\'' || c == '’')
            && matches!(at(i + 1), Some('s' | 'S'))
            && !at(i + 2).is_some_and(char::is_alphanumeric)
            && out.len() > first
            && i > 0
            && !at(i - 1).is_some_and(char::is_whitespace)
        {
            i += 2;
            out.push(Token {
                span: Span::new(base + pos(start), base + pos(i)),
                kind: TokenKind::Possessive,
                plain: false,
            });
            continue;
        }
        i += 1;
        let kind = match c {
            '"' | '＂' => TokenKind::Quote { curly_open: None },
            '“' | '«' | '„' => TokenKind::Quote {
                curly_open: Some(true),
            },
            '”' | '»' => TokenKind::Quote {
                curly_open: Some(false),
            },
            _ => TokenKind::Punct,
        };
        out.push(Token {
            span: Span::new(base + pos(start), base + pos(i)),
            kind,
            plain: false,
        });
    }
}

/// A known abbreviation, for ASCII bytes (as [`is_abbreviation`]).
fn is_abbreviation_ascii(word: &[u8]) -> bool {
    // (every abbreviation is at most six letters: most words ending a sentence are longer)
    word.len() <= ABBREVIATION_MAX_LEN
        && ABBREVIATIONS
            .iter()
            .any(|a| a.as_bytes().eq_ignore_ascii_case(word))
}

const ABBREVIATION_MAX_LEN: usize = 6;

/// `u8::is_ascii_alphanumeric` as a table: one load per byte in the tokenizer's word loop.
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        t[c] = (c as u8).is_ascii_alphanumeric();
        c += 1;
    }
    t
};

/// The end of the run of ASCII letters and digits from `i` on. Eight bytes at a time, with no
/// branch per byte: the byte loop's exit was a mispredicted branch at the end of almost every
/// word, and most words now end inside the first eight bytes read.
#[inline]
fn alnum_end(b: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = b.get(i..i + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
        let x = u64::from_le_bytes(chunk);
        // Each byte's low seven bits, then per byte (no carries: all sums stay below 0x100) a
        // high bit for "at least": y >= '0' and not y >= ':' is a digit; with the case bit
        // set, z >= 'a' and not z >= '{' is a letter. Bytes with the high bit set are not
        // ASCII.
        let y = x & !HIGH;
        let digit = y.wrapping_add(ONES * 0x50) & !y.wrapping_add(ONES * 0x46);
        let z = y | (ONES * 0x20);
        let letter = z.wrapping_add(ONES * 0x1F) & !z.wrapping_add(ONES * 0x05);
        let stop = !((digit | letter) & !x) & HIGH;
        if stop != 0 {
            return i + (stop.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && ASCII_ALNUM[usize::from(b[i])] {
        i += 1;
    }
    i
}

/// [`tokens`] of ASCII text, written over bytes: the same rules (a property test checks they
/// give the same tokens), without decoding characters. Almost all news text takes this path.
fn tokens_ascii(b: &[u8], base: usize, out: &mut Vec<Token>) {
    let n = b.len();
    let first = out.len();
    let at = |k: usize| b.get(k).copied();
    let alnum = |k: usize| at(k).is_some_and(|x| x.is_ascii_alphanumeric());
    let upper = |k: usize| at(k).is_some_and(|x| x.is_ascii_uppercase());
    // `char::is_whitespace` of an ASCII character (it counts the vertical tab)
    let space = |k: usize| at(k).is_some_and(|x| x == b' ' || (9..=13).contains(&x));
    let mut i = 0;
    while i < n {
        let c = b[i];
        // whitespace and control characters
        if c <= b' ' || c == 0x7f {
            i += 1;
            continue;
        }
        let start = i;
        if c.is_ascii_alphanumeric() {
            let numeric = c.is_ascii_digit();
            i += 1;
            // (letters and digits only until a joiner or a kept dot is taken in)
            let mut plain = true;
            loop {
                i = alnum_end(b, i);
                let before = i;
                match at(i) {
                    Some(b'-') if alnum(i + 1) => i += 2,
                    Some(b'&') if c.is_ascii_uppercase() && upper(i + 1) => i += 2,
                    Some(b',' | b'.' | b':')
                        if numeric && at(i + 1).is_some_and(|x| x.is_ascii_digit()) =>
                    {
                        i += 2;
                    }
                    Some(b'\'')
                        if at(i + 1).is_some_and(|x| x.is_ascii_alphabetic())
                            && (!matches!(at(i + 1), Some(b's' | b'S')) || alnum(i + 2)) =>
                    {
                        i += 2;
                    }
                    Some(b'.')
                        if i - start == 1
                            && c.is_ascii_uppercase()
                            && upper(i + 1)
                            && at(i + 2) == Some(b'.') =>
                    {
                        i += 3;
                        while upper(i) && at(i + 1) == Some(b'.') {
                            i += 2;
                        }
                        plain = false;
                        break;
                    }
                    _ => break,
                }
                plain &= i == before;
            }
            if at(i) == Some(b'.') {
                let initial = i - start == 1
                    && c.is_ascii_uppercase()
                    && space(i + 1)
                    && upper(i + 2)
                    && (start == 0 || space(start - 1))
                    && (start > 1 && at(start - 2).is_some_and(|x| x.is_ascii_alphabetic())
                        // (the first of two initials, also opening a paragraph: "A. J.
                        // Allmendinger")
                        || at(i + 3) == Some(b'.') && space(i + 4) && upper(i + 5)
                        // (after another initial: "A. J. Allmendinger")
                        || start > 2
                            && at(start - 2) == Some(b'.')
                            && upper(start - 3)
                            && (start == 3 || space(start - 4))
                        // (after an abbreviation: "Rev. F. Lombardi")
                        || start > 1 && at(start - 2) == Some(b'.') && {
                            let mut k = start - 2;
                            while k > 0 && b[k - 1].is_ascii_alphabetic() {
                                k -= 1;
                            }
                            is_abbreviation_ascii(&b[k..start - 2])
                        });
                // ("No. 4", but not "said no. Then")
                let number_after = at(i + 1).is_some_and(|x| x.is_ascii_digit())
                    || space(i + 1) && at(i + 2).is_some_and(|x| x.is_ascii_digit());
                let word = &b[start..i];
                if initial
                    || is_abbreviation_ascii(word)
                        && (number_after || !word.eq_ignore_ascii_case(b"no"))
                {
                    i += 1;
                    plain = false;
                }
            }
            let kind = if numeric {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            out.push(Token {
                span: Span::new(base + start, base + i),
                kind,
                plain,
            });
            continue;
        }
        if c == b'\''
            && matches!(at(i + 1), Some(b's' | b'S'))
            && !alnum(i + 2)
            && out.len() > first
            && i > 0
            && !space(i - 1)
        {
            i += 2;
            out.push(Token {
                span: Span::new(base + start, base + i),
                kind: TokenKind::Possessive,
                plain: false,
            });
            continue;
        }
        i += 1;
        let kind = if c == b'"' {
            TokenKind::Quote { curly_open: None }
        } else {
            TokenKind::Punct
        };
        out.push(Token {
            span: Span::new(base + start, base + i),
            kind,
            plain: false,
        });
    }
}

/// Pair double quotation marks. Returns `(open, close)` token indices. Straight quotes alternate;
/// an unpaired mark is ignored.
#[must_use]
pub fn pair_quotes(tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut open: Option<usize> = None;
    for (i, t) in tokens.iter().enumerate() {
        if let TokenKind::Quote { curly_open } = t.kind {
            match (open, curly_open) {
                (None, None | Some(true)) => open = Some(i),
                (Some(o), None | Some(false)) => {
                    pairs.push((o, i));
                    open = None;
                }
                (Some(_), Some(true)) => open = Some(i), // a new opening mark: the old one was unbalanced
                (None, Some(false)) => {}
            }
        }
    }
    pairs
}

fn is_terminal(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "…")
}

/// Split tokens into sentences: token index ranges. Sentence ends inside a quotation are only
/// used when the quotation closes the sentence, so `"A. B," X said.` stays one sentence.
#[must_use]
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<std::ops::Range<usize>> {
    let quotes = pair_quotes(tokens);
    // Per token, from the quote pairs in one pass (not a scan of every pair per token):
    // strictly inside a quotation; closing one; the earliest opening of a pair closing here.
    let n = tokens.len();
    let mut depth = vec![0i64; n + 1];
    let mut is_close = vec![false; n + 1];
    let mut open_of_close = vec![usize::MAX; n + 1];
    for &(o, c) in &quotes {
        if o + 1 < c && c <= n {
            depth[o + 1] += 1;
            depth[c] -= 1;
        }
        if c <= n {
            is_close[c] = true;
            open_of_close[c] = open_of_close[c].min(o);
        }
    }
    let mut inside_v = vec![false; n];
    let mut d = 0;
    for (i, v) in inside_v.iter_mut().enumerate() {
        d += depth[i];
        *v = d > 0;
    }
    let inside = |i: usize| inside_v.get(i).copied().unwrap_or(false);
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        if t.kind != TokenKind::Punct {
            i += 1;
            continue;
        }
        // a terminal inside a quotation counts when the quotation closes right after it
        let closes_quote = || open_of_close.get(i + 1).is_some_and(|&o| o < i);
        if is_terminal(t.span.slice(text)) && (!inside(i) || closes_quote()) {
            let mut end = i + 1;
            while end < tokens.len()
                && (matches!(
                    tokens[end].kind,
                    TokenKind::Quote {
                        curly_open: None | Some(false)
                    }
                ) && is_close.get(end).copied().unwrap_or(false)
                    || matches!(tokens[end].span.slice(text), ")" | "]" | "." | "!" | "?"))
            {
                end += 1;
            }
            let next_ok = tokens.get(end).is_none_or(|n| {
                let ns = n.span.slice(text);
                ns.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                    || matches!(n.kind, TokenKind::Quote { .. })
                    || ns == "["
            });
            let prev_initial = i > 0 && {
                let p = tokens[i - 1].span.slice(text);
                p.chars().count() == 1
                    && p.chars().all(char::is_uppercase)
                    && tokens[i - 1].span.end == t.span.start
            };
            if next_ok && !prev_initial {
                out.push(start..end);
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_abbreviation_is_longer_than_the_bound() {
        assert!(
            ABBREVIATIONS
                .iter()
                .all(|a| a.len() <= ABBREVIATION_MAX_LEN)
        );
        assert!(is_abbreviation_ascii(b"Approx") && !is_abbreviation_ascii(b"Approxi"));
    }

    proptest::proptest! {
        /// Eight bytes at a time, the run of letters and digits ends where the byte loop ends
        /// it, for any bytes (every value, long runs, any start).
        #[test]
        fn alnum_end_equals_the_byte_loop(
            b in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(b"09azAZ@[`{/:\x7f\x80\xc3\xff ".to_vec()),
                    proptest::prelude::any::<u8>(),
                    proptest::sample::select(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".to_vec()),
                    proptest::sample::select(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".to_vec()),
                ],
                0..40,
            ),
            start in 0..41_usize,
        ) {
            let start = start.min(b.len());
            let mut want = start;
            while want < b.len() && b[want].is_ascii_alphanumeric() {
                want += 1;
            }
            proptest::prop_assert_eq!(alnum_end(&b, start), want);
        }
    }

    proptest::proptest! {
        /// The ASCII fast path (bytes) and the general one (decoded characters) are one set of
        /// rules: the same tokens for any ASCII text.
        #[test]
        fn ascii_and_decoded_paths_agree(s in "[ -~\t\n]{0,200}", any in "[\\x00-\\x7f]{0,100}", news in "(Mr\\. |U\\.S\\. |11,000 |1\\.5 |AT&T |O'Neil's |Seon-ho |J\\. Smith |\"|, |\\. |[A-Za-z]{1,8} ){0,30}") {
            for text in [s.as_str(), news.as_str(), any.as_str()] {
                let decoded = DecodedChars {
                    chars: text.char_indices().collect(),
                    end: text.len(),
                };
                let run = |f: &dyn Fn(&mut Vec<Token>)| {
                    let mut v = Vec::new();
                    f(&mut v);
                    v
                };
                let reference = run(&|v| tokens(&decoded, text, 3, v));
                for t in &reference {
                    let bytes = t.span.slice(&format!("...{text}")).as_bytes().to_vec();
                    proptest::prop_assert_eq!(t.plain, bytes.iter().all(u8::is_ascii_alphanumeric), "{:?}", t);
                }
                proptest::prop_assert_eq!(&run(&|v| tokens(&AsciiChars(text.as_bytes()), text, 3, v)), &reference);
                proptest::prop_assert_eq!(&run(&|v| tokens_ascii(text.as_bytes(), 3, v)), &reference);
                // Appended after other tokens (an earlier block's), the same tokens follow them.
                let earlier = Token { span: Span::new(0, 1), kind: TokenKind::Word, plain: true };
                let mut after_ascii = vec![earlier];
                tokens_ascii(text.as_bytes(), 3, &mut after_ascii);
                proptest::prop_assert_eq!(&after_ascii[1..], &reference[..]);
                let mut after_general = vec![earlier];
                tokens(&decoded, text, 3, &mut after_general);
                proptest::prop_assert_eq!(&after_general[1..], &reference[..]);
            }
        }
    }

    #[test]
    fn a_possessive_needs_a_token_of_its_own_span() {
        // (a control character is skipped without a token and is not a space)
        for text in ["\u{1}'s", "\u{1}’s é"] {
            let alone = tokenize(text, Span::new(0, text.len()));
            let mut v = vec![Token {
                span: Span::new(0, 0),
                kind: TokenKind::Word,
                plain: false,
            }];
            tokenize_into(text, Span::new(0, text.len()), &mut v);
            assert_eq!(&v[1..], &alone[..], "{text:?}");
            assert!(
                alone.iter().all(|t| t.kind != TokenKind::Possessive),
                "{alone:?}"
            );
        }
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, Span::new(0, text.len()))
            .iter()
            .map(|t| t.span.slice(text))
            .collect()
    }

    #[test]
    fn tokens_keep_names_and_numbers_whole() {
        assert_eq!(
            words("Kim Seon-ho said 11,000 troops."),
            ["Kim", "Seon-ho", "said", "11,000", "troops", "."]
        );
        assert_eq!(words("South Korea's NIS"), ["South", "Korea", "'s", "NIS"]);
        assert_eq!(words("Russia’s east"), ["Russia", "’s", "east"]);
        assert_eq!(words("the U.S. said"), ["the", "U.S.", "said"]);
        assert_eq!(words("Mr. Smith doesn't"), ["Mr.", "Smith", "doesn't"]);
    }

    /// Regression: "no." ending a sentence kept its dot as an abbreviation's ("said no. Then"
    /// was one sentence) and "Rev." was no abbreviation, so "the Rev. F. Lombardi" was cut
    /// after "Rev" and "F" lost its dot; two initials opening a paragraph ("A. J.
    /// Allmendinger") lost the first; the same in the byte path and the character path.
    #[test]
    fn no_is_an_abbreviation_only_before_a_number_and_rev_is_one() {
        for (t, want) in [
            (
                "He said no. Then he left.",
                vec!["He", "said", "no", ".", "Then", "he", "left", "."],
            ),
            (
                "Ranked No. 4 and No.5.",
                vec!["Ranked", "No.", "4", "and", "No.", "5", "."],
            ),
            (
                "the Rev. F. Lombardi",
                vec!["the", "Rev.", "F.", "Lombardi"],
            ),
            (
                "A. J. Allmendinger won",
                vec!["A.", "J.", "Allmendinger", "won"],
            ),
            ("C. R. Hagen café", vec!["C.", "R.", "Hagen", "café"]),
            (
                "café Rev. F. Lombardi said no. Then",
                vec!["café", "Rev.", "F.", "Lombardi", "said", "no", ".", "Then"],
            ),
        ] {
            assert_eq!(words(t), want, "{t}");
            let toks = tokenize(t, Span::new(0, t.len()));
            let n = sentences(t, &toks).len();
            assert_eq!(n, 1 + usize::from(t.contains("no. Then")), "{t}");
        }
    }

    #[test]
    fn quoted_sentences_stay_with_their_attribution() {
        let t = "\"This is fine. We will go,\" Peskov said. Next one.";
        let toks = tokenize(t, Span::new(0, t.len()));
        let s = sentences(t, &toks);
        assert_eq!(s.len(), 2);
        let first = Span::new(toks[s[0].start].span.start, toks[s[0].end - 1].span.end).slice(t);
        assert_eq!(first, "\"This is fine. We will go,\" Peskov said.");
    }

    #[test]
    fn sentence_ending_in_quote() {
        let t = "He called it \"contradictory.\" Then he left.";
        let toks = tokenize(t, Span::new(0, t.len()));
        assert_eq!(sentences(t, &toks).len(), 2);
    }

    #[test]
    fn pairs_curly_and_straight() {
        let t = "“A” and \"B\" and \"C";
        let toks = tokenize(t, Span::new(0, t.len()));
        assert_eq!(pair_quotes(&toks).len(), 2);
    }
}
