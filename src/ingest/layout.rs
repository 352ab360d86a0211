//! The layout of a news page as plain text: headline, dateline, byline, `Source:` line,
//! captions, labelled blocks (`Quote:`, `Details:`, `Background:`), bullets and boilerplate.

use std::sync::LazyLock;

use regex::Regex;

use crate::date::{Date, Published, month_number};
use crate::lexicon::LEXICON;
use crate::text::{Span, is_capitalised, title_case};

/// What a block of text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Headline,
    /// Running text (including `Details:` paragraphs).
    Body,
    /// A `Quote:` block: a direct quotation attributed through the `Source:` line or the lead.
    Quote,
    /// `Background:` paragraphs and bullets: earlier events, usually restated from older articles.
    Background,
    /// A photo caption (the credit is left out).
    Caption,
    /// The `Source:` line.
    Source,
}

/// A span of the document with its role on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Block {
    pub kind: BlockKind,
    pub span: Span,
}

/// The parsed page.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Layout {
    pub headline: Option<Span>,
    pub published: Option<Published>,
    /// The byline as printed and the author's name as it should be labelled.
    pub byline: Option<(Span, String)>,
    /// A publisher named on the page (e.g. in the footer).
    pub publisher: Option<Span>,
    pub blocks: Vec<Block>,
    /// Lines recognised as boilerplate (never extracted from).
    pub boilerplate: Vec<Span>,
}

impl Layout {
    /// Blocks of one kind.
    pub fn blocks_of(&self, kind: BlockKind) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(move |b| b.kind == kind)
    }
}

const WEEKDAY: &str = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
const MONTH: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?";

static ISO_DATE_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:date)?\s*(\d{4}-\d{2}-\d{2})(?:[T ](\d{1,2}):(\d{2})(?::\d{2})?)?\s*(.*)$")
        .unwrap_or_else(|_| unreachable_regex())
});
/// What a dateline has after its year: a time, a time zone (and anything after it), the end.
const TIME_ZONES: [&str; 14] = [
    "UTC", "GMT", "EET", "EEST", "CET", "CEST", "KST", "MSK", "ET", "EST", "EDT", "PT", "PST",
    "PDT",
];
const DATELINE_TAIL: &str = r"(?:,?\s*(?:at\s+)?(?P<h>\d{1,2}):(?P<min>\d{2}))?\s*(?:(?:UTC|GMT|EET|EEST|CET|CEST|KST|MSK|ET|EST|EDT|PT|PST|PDT)\b.*)?$";
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?P<by>.*?)(?:(?:{WEEKDAY}),?\s*)?(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{MONTH})|(?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}}),)\s*(?P<y>\d{{4}}){DATELINE_TAIL}"
    ))
    .unwrap_or_else(|_| unreachable_regex())
});
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i)(photo|stock photo|image|source|sources|quote|details|background|update|updated|context)\s*:\s*(.*)$")
        .unwrap_or_else(|_| unreachable_regex())
});
static CAPTION_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\bstock photo:|\bphoto:|\bphoto by\b|\bphoto credit:|\bimage:|\bscreenshot from\b|\bcredit:|\bsource photo:|\(photo:)")
        .unwrap_or_else(|_| unreachable_regex())
});
const BULLETS: &[char] = &['•', '●', '▪', '◦', '‣', '-', '–', '—', '*', '·'];

#[allow(clippy::panic)]
fn unreachable_regex() -> Regex {
    // Every pattern in this file is a literal checked by the unit tests.
    panic!("invalid built-in regex")
}

fn parse_time(h: Option<regex::Match<'_>>, m: Option<regex::Match<'_>>) -> Option<(u8, u8)> {
    let h: u8 = h?.as_str().parse().ok()?;
    let m: u8 = m?.as_str().parse().ok()?;
    (h < 24 && m < 60).then_some((h, m))
}

/// Parse a dateline such as `Monday, 21 October 2024, 12:11`, possibly with a byline glued in
/// front (`STANISLAV POHORILOVMonday, …`). Returns the byline part and the timestamp.
#[must_use]
pub fn parse_dateline(line: &str) -> Option<(&str, Published)> {
    if !may_be_dateline(line) {
        return None;
    }
    parse_dateline_line(line)
}

/// A dateline has a year — four ASCII digits in a row (other digits would not parse in
/// [`parse_dateline_line`]) — followed by what [`DATELINE_TAIL`] allows. Most lines have no
/// such year (a paragraph that mentions one goes on after it), and this test is much cheaper
/// than the whole pattern, which scans the line from every position for a byline's end.
fn may_be_dateline(line: &str) -> bool {
    // Four bytes in a row include one at an index 3 mod 4, so only those are tested first (most
    // lines have no four digits in a row).
    let b = line.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    (3..b.len()).step_by(4).any(|i| {
        if !digit(i) {
            return false;
        }
        let mut start = i;
        while start > 0 && digit(start - 1) {
            start -= 1;
        }
        let mut end = i + 1;
        while digit(end) {
            end += 1;
        }
        // every year the run holds (a longer run holds several), each followed by what follows
        (start + 4..=end).any(|y| may_end_dateline(&b[y..]))
    })
}

/// Can `rest`, what follows a year, match [`DATELINE_TAIL`]? Answered from ASCII bytes; at a
/// byte that is not ASCII (a Unicode space, digit or letter the pattern might accept) the
/// answer is yes.
fn may_end_dateline(rest: &[u8]) -> bool {
    // `\s` of the pattern, on ASCII bytes
    let space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
    let at = |i: usize| rest.get(i).copied();
    // the part after an optional time: `\s*` then a time zone (then anything) or the end
    let ends_at = |mut i: usize| loop {
        match at(i) {
            None => return true,
            Some(c) if !c.is_ascii() => return true,
            Some(c) if space(c) => i += 1,
            Some(_) => {
                return TIME_ZONES.iter().any(|z| {
                    rest[i..].starts_with(z.as_bytes())
                        && at(i + z.len()).is_none_or(|c| !(c.is_ascii_alphanumeric() || c == b'_'))
                });
            }
        }
    };
    // A byte that is not ASCII before the first one a time cannot have (a Unicode space or
    // digit the pattern might take as part of the time): yes.
    let time_part = rest
        .iter()
        .position(|&c| c.is_ascii() && !(space(c) || b",at:0123456789".contains(&c)))
        .unwrap_or(rest.len());
    if !rest[..time_part].is_ascii() {
        return true;
    }
    // the optional time: `,?\s*(?:at\s+)?\d{1,2}:\d{2}`
    let after_time = || {
        let mut i = usize::from(at(0) == Some(b','));
        while at(i).is_some_and(space) {
            i += 1;
        }
        if rest[i..].starts_with(b"at") && at(i + 2).is_some_and(space) {
            i += 2;
            while at(i).is_some_and(space) {
                i += 1;
            }
        }
        let digit = |k: usize| at(k).is_some_and(|c| c.is_ascii_digit());
        let minutes = |k: usize| at(k) == Some(b':') && digit(k + 1) && digit(k + 2);
        if digit(i) && digit(i + 1) && minutes(i + 2) {
            Some(i + 5)
        } else if digit(i) && minutes(i + 1) {
            Some(i + 4)
        } else {
            None
        }
    };
    after_time().is_some_and(ends_at) || ends_at(0)
}

fn parse_dateline_line(line: &str) -> Option<(&str, Published)> {
    let c = DATELINE.captures(line)?;
    let day: u8 = c
        .name("d1")
        .or_else(|| c.name("d2"))?
        .as_str()
        .parse()
        .ok()?;
    let month = month_number(c.name("m1").or_else(|| c.name("m2"))?.as_str())?;
    let year: i32 = c.name("y")?.as_str().parse().ok()?;
    let date = Date::new(year, month, day)?;
    let by = c
        .name("by")
        .map_or("", |m| m.as_str())
        .trim()
        .trim_end_matches([',', '|', '-', '–', '—'])
        .trim();
    // A dateline has at most a short byline in front; a sentence with a date in it is not one.
    if by.split_whitespace().count() > 6 || by.ends_with('.') {
        return None;
    }
    Some((
        by,
        Published {
            date,
            time: parse_time(c.name("h"), c.name("min")),
        },
    ))
}

fn author_name(byline: &str) -> Option<String> {
    let b = byline
        .trim()
        .trim_start_matches("By ")
        .trim_start_matches("by ")
        .trim();
    if b.is_empty() || b.split_whitespace().count() > 5 || !b.chars().any(char::is_alphabetic) {
        return None;
    }
    Some(
        if b.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
        {
            title_case(b)
        } else {
            b.to_string()
        },
    )
}

/// A first line that is a sentence of running text, not a headline: it ends with a full stop
/// (before any closing quotation mark) and has eight words or more. News headlines carry no
/// full stop; a page whose headline was lost starts with its first paragraph.
fn reads_as_body(line: &str) -> bool {
    let end = line.trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')']);
    end.ends_with('.') && line.split_whitespace().nth(7).is_some()
}

/// Image alt text scraped as a line: no capital letter and no sentence punctuation.
fn is_alt_text(line: &str) -> bool {
    // (cheapest test first: most lines have a capital early on)
    !line.chars().any(char::is_uppercase)
        && line.split_whitespace().count() >= 4
        && !line.contains(['.', '!', '?', '"', '“', ':'])
}

fn is_boilerplate(line: &str) -> Option<bool> {
    // the first pattern that matches, in file order
    let first = LEXICON.boilerplate_set.matches(line).iter().next()?;
    LEXICON.boilerplate.get(first).map(|b| b.footer)
}

/// A short capitalised line in a page footer naming a media organisation.
fn is_publisher_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words.iter().all(|w| is_capitalised(w))
        && words.last().is_some_and(|w| LEXICON.is_org_head(w))
}

/// A cheap test before [`ISO_DATE_PREFIX`]: after an optional "date" and spaces, a digit.
fn may_start_with_iso_date(line: &str) -> bool {
    let rest = match line.get(..4) {
        Some(p) if p.eq_ignore_ascii_case("date") => &line[4..],
        _ => line,
    };
    rest.trim_start().starts_with(|c: char| c.is_ascii_digit())
}

/// Parse the layout of `text`.
#[must_use]
pub fn parse(text: &str) -> Layout {
    let mut lay = Layout::default();
    let mut headline_text: Option<&str> = None;
    // (a line of the body came before: no headline after it)
    let mut seen_text = false;
    let mut in_background = false;
    let mut in_footer = false;
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let line_span = Span::new(offset, offset + raw.len());
        offset += raw.len();
        let span = line_span.trim(text, &[]);
        let line = span.slice(text);
        if line.is_empty() {
            continue;
        }
        if in_footer {
            if lay.publisher.is_none() && is_publisher_line(line) {
                lay.publisher = Some(span);
            }
            lay.boilerplate.push(span);
            continue;
        }
        if let Some(footer) = is_boilerplate(line) {
            in_footer |= footer;
            lay.boilerplate.push(span);
            continue;
        }
        if is_alt_text(line) {
            lay.boilerplate.push(span);
            continue;
        }
        if may_start_with_iso_date(line)
            && let Some(c) = ISO_DATE_PREFIX.captures(line)
        {
            let date = c.get(1).and_then(|m| Date::parse_iso(m.as_str()));
            if let Some(date) = date {
                if lay.published.is_none() {
                    lay.published = Some(Published {
                        date,
                        time: parse_time(c.get(2), c.get(3)),
                    });
                }
                if let Some(rest) = c.get(4).filter(|m| !m.as_str().trim().is_empty()) {
                    let rs = Span::new(span.start + rest.start(), span.start + rest.end())
                        .trim(text, &[]);
                    if lay.headline.is_none() && !seen_text && !reads_as_body(rs.slice(text)) {
                        lay.headline = Some(rs);
                        headline_text = Some(rs.slice(text));
                        lay.blocks.push(Block {
                            kind: BlockKind::Headline,
                            span: rs,
                        });
                    } else {
                        seen_text = true;
                        lay.blocks.push(Block {
                            kind: BlockKind::Body,
                            span: rs,
                        });
                    }
                }
                continue;
            }
        }
        if lay.published.is_none()
            && let Some((by, published)) = parse_dateline(line)
        {
            lay.published = Some(published);
            if let Some(name) = author_name(by) {
                let start = span.start + line.find(by).unwrap_or(0);
                lay.byline = Some((Span::new(start, start + by.len()), name));
            }
            continue;
        }
        if lay.headline.is_none() && !seen_text && !reads_as_body(line) {
            lay.headline = Some(span);
            headline_text = Some(line);
            lay.blocks.push(Block {
                kind: BlockKind::Headline,
                span,
            });
            continue;
        }
        seen_text = true;
        if headline_text == Some(line) {
            continue; // the headline printed again
        }
        // Strip a bullet marker.
        let mut span = span;
        if let Some(c) = line.chars().next()
            && BULLETS.contains(&c)
            && line[c.len_utf8()..].starts_with(char::is_whitespace)
        {
            span = Span::new(span.start + c.len_utf8(), span.end).trim(text, &[]);
        }
        let line = span.slice(text);
        if line.contains(':')
            && let Some(c) = LABEL.captures(line)
        {
            let label = c.get(1).map_or("", |m| m.as_str()).to_lowercase();
            let rest = c.get(2).map_or(Span::new(span.end, span.end), |m| {
                Span::new(span.start + m.start(), span.start + m.end())
            });
            let kind = match label.as_str() {
                "photo" | "stock photo" | "image" => {
                    lay.blocks.push(Block {
                        kind: BlockKind::Caption,
                        span: rest,
                    });
                    continue;
                }
                "source" | "sources" => BlockKind::Source,
                "quote" => {
                    in_background = false;
                    BlockKind::Quote
                }
                "background" | "context" => {
                    in_background = true;
                    BlockKind::Background
                }
                _ => {
                    in_background = false;
                    BlockKind::Body
                }
            };
            if !rest.is_empty() {
                lay.blocks.push(Block { kind, span: rest });
            }
            continue;
        }
        if let Some(m) = CAPTION_CREDIT.find(line) {
            let cap = Span::new(span.start, span.start + m.start()).trim(text, &[]);
            if !cap.is_empty() {
                lay.blocks.push(Block {
                    kind: BlockKind::Caption,
                    span: cap,
                });
            }
            continue;
        }
        let kind = if in_background {
            BlockKind::Background
        } else {
            BlockKind::Body
        };
        lay.blocks.push(Block { kind, span });
    }
    lay
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dateline_with_glued_byline() {
        let (by, p) = parse_dateline("STANISLAV POHORILOVMonday, 21 October 2024, 12:11")
            .unwrap_or((
                "x",
                Published {
                    date: Date {
                        year: 1,
                        month: 1,
                        day: 1,
                    },
                    time: None,
                },
            ));
        assert_eq!(by, "STANISLAV POHORILOV");
        assert_eq!(p.date.to_string(), "2024-10-21");
        assert_eq!(p.time, Some((12, 11)));
        assert_eq!(author_name(by).as_deref(), Some("Stanislav Pohorilov"));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// The pre-test rejects only lines the whole dateline pattern does not parse.
        #[test]
        fn dateline_pre_test_loses_no_dateline(
            before in proptest::collection::vec(proptest::sample::select(PIECES.to_vec()), 0..5),
            weekday in proptest::sample::select(vec!["", "Monday, ", "Friday ", "Sunday,"]),
            day in proptest::sample::select(vec!["21", "8", "", "123", "٢"]),
            month in proptest::sample::select(vec!["October", "Oct.", "Sept", "May", "Mayo"]),
            us_order in proptest::bool::ANY,
            sep in proptest::sample::select(vec![" ", "  ", "", ", ", "\t"]),
            year in proptest::sample::select(vec!["2024", "1999", "20245", "٢٠٢٤", "024"]),
            after in proptest::collection::vec(proptest::sample::select(PIECES.to_vec()), 0..6),
        ) {
            let date = if us_order {
                format!("{month} {day},{sep}{year}")
            } else {
                format!("{day} {month}{sep}{year}")
            };
            let line = format!("{}{weekday}{date}{}", before.concat(), after.concat());
            proptest::prop_assert_eq!(parse_dateline(&line), parse_dateline_line(&line), "{:?}", line);
        }
    }

    /// Pieces of lines around a date: times, time zones, bylines, sentence words.
    const PIECES: &[&str] = &[
        "12:11",
        "9:05",
        "1:2",
        "at",
        "at ",
        "UTC",
        "EEST",
        "ET",
        "PTX",
        "KST.",
        "By",
        "STANISLAV",
        "said",
        "the",
        "in",
        ",",
        ", ",
        ".",
        "|",
        "-",
        ":",
        " ",
        " ",
        " ",
        "  ",
        "\t",
        "",
        "é",
        "2024",
        "7",
        "\u{a0}",
        "at\u{a0}",
        "١",
        "\u{b}",
        "_",
        "1٢:30",
    ];

    #[test]
    fn dateline_with_time_zone_and_more_after_it() {
        let p = parse_dateline("Monday, 21 October 2024 at 9:05 EEST (updated)");
        assert_eq!(p.map(|(by, p)| (by, p.time)), Some(("", Some((9, 5)))));
        assert!(parse_dateline("21 October 2024 was a Monday").is_none());
    }

    #[test]
    fn dateline_plain_and_us_style() {
        assert!(parse_dateline("Friday, 18 October 2024, 13:35").is_some());
        assert_eq!(
            parse_dateline("October 18, 2024")
                .map(|p| p.1.date.to_string())
                .as_deref(),
            Some("2024-10-18")
        );
        assert!(parse_dateline("On 8 October 2024, the ministry said it would act.").is_none());
    }

    #[test]
    fn iso_date_prefix_with_headline() {
        let t = " date 2024-10-22 North Korea calls it rumours\nBody text here.\n";
        let l = parse(t);
        assert_eq!(
            l.published.map(|p| p.date.to_string()).as_deref(),
            Some("2024-10-22")
        );
        assert_eq!(
            l.headline.map(|s| s.slice(t)),
            Some("North Korea calls it rumours")
        );
        assert_eq!(l.blocks_of(BlockKind::Body).count(), 1);
    }

    /// Regression: a page without its headline (cd2000's line 1 is empty) had its first
    /// paragraph read as the headline, so its full names were never learned ("Ejup Gani" was
    /// "Gani" in the rest of the article) and "United States" held the verb "states".
    #[test]
    fn a_first_paragraph_is_no_headline() {
        let t = "\nRobert Gates, the Secretary of Defense, has announced wide-ranging cuts in \
                 military programs.\n\nGates said more.\n";
        let l = parse(t);
        assert!(l.headline.is_none());
        assert_eq!(l.blocks_of(BlockKind::Body).count(), 2);
        let t = " date 2024-10-24 For the first time, Putin has commented on reports.\n\nMore.\n";
        let l = parse(t);
        assert!(l.headline.is_none() && l.published.is_some());
        assert_eq!(l.blocks_of(BlockKind::Body).count(), 2);
        // (a headline keeps a short sentence's full stop, and a later line is never one)
        for (t, h) in [
            (
                "Obama visits the U.S.\n\nBody.\n",
                Some("Obama visits the U.S."),
            ),
            (
                "Putin doesn't deny deployment of North Korean troops\n\nBody.\n",
                Some("Putin doesn't deny deployment of North Korean troops"),
            ),
        ] {
            assert_eq!(parse(t).headline.map(|s| s.slice(t)), h);
        }
    }

    #[test]
    fn labels_bullets_captions_and_boilerplate() {
        let t = "Support Us\n\nHeadline here\n\nHeadline here\nKremlin ruler Vladimir Putin (left). Stock photo: Getty Images\n\nSource: Interfax\n\nQuote: \"We see.\"\n\nAdvertisement:\n\nBackground:\n\n  • On 8 October, X said Y.\n- Z said W.\n\nRelated Posts\nAcme News\nMore text.\n";
        let l = parse(t);
        assert_eq!(l.headline.map(|s| s.slice(t)), Some("Headline here"));
        assert!(l.published.is_none());
        let kinds: Vec<(BlockKind, &str)> =
            l.blocks.iter().map(|b| (b.kind, b.span.slice(t))).collect();
        assert_eq!(
            kinds,
            vec![
                (BlockKind::Headline, "Headline here"),
                (BlockKind::Caption, "Kremlin ruler Vladimir Putin (left)."),
                (BlockKind::Source, "Interfax"),
                (BlockKind::Quote, "\"We see.\""),
                (BlockKind::Background, "On 8 October, X said Y."),
                (BlockKind::Background, "Z said W."),
            ]
        );
        assert_eq!(l.publisher.map(|s| s.slice(t)), Some("Acme News"));
        assert_eq!(l.boilerplate.len(), 5);
    }
}
