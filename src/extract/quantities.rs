//! Stage: quantities — numbers with what they count ("approximately 11,000 North Korean infantry
//! troops" → 11000, troops, approximate), so that figures claimed by different sources line up.

use serde::{Deserialize, Serialize};

use crate::ingest::segment::{Token, TokenKind};
use crate::text::Span;

/// A number a statement claims, with the noun it counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The whole phrase ("approximately 11,000 North Korean infantry troops").
    pub span: Span,
    pub value: f64,
    /// The head noun counted, lowercase ("troops"), or "percent".
    pub unit: String,
    /// Hedged: about, approximately, more than, up to…
    pub approximate: bool,
    /// The hedge as written, lowercase ("approximately", "more than").
    pub qualifier: Option<String>,
}

/// Words before a number that make it approximate (single words; "more than" etc. below).
const HEDGES: &[&str] = &[
    "about",
    "approximately",
    "around",
    "nearly",
    "almost",
    "roughly",
    "some",
    "estimated",
    "over",
    "under",
];
const HEDGE_PAIRS: &[(&str, &str)] = &[
    ("more", "than"),
    ("less", "than"),
    ("fewer", "than"),
    ("up", "to"),
    ("at", "least"),
    ("as", "many"),
    ("as", "much"),
];
const MULTIPLIERS: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
];
/// Plural nouns that do not end in "s".
const IRREGULAR_PLURALS: &[&str] = &[
    "people",
    "infantry",
    "personnel",
    "children",
    "men",
    "women",
    "police",
    "staff",
    "cattle",
    "livestock",
    "military",
    "crew",
    "militia",
    "troops",
    "feet",
    "teeth",
    "mice",
    "geese",
    "sheep",
    "fish",
    "deer",
    "aircraft",
    "clergy",
];
/// Words that end the counted noun phrase.
const STOPS: &[&str] = &[
    "are", "is", "were", "was", "be", "been", "have", "has", "had", "will", "would", "could",
    "can", "may", "might", "should", "to", "from", "in", "on", "at", "of", "for", "with", "by",
    "and", "or", "but", "that", "which", "who", "as", "into", "than", "per", "since", "during",
    "after", "before", "while", "because", "if", "when", "where", "this", "these", "those", "its",
    "their",
];

fn parse_number(w: &str) -> Option<f64> {
    let digits: String = w.chars().filter(|c| *c != ',').collect();
    if digits.is_empty() || !digits.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// Quantities in the token range `toks` of `text`. Numbers inside `skip` spans (dates, in text
/// order, not overlapping) are not quantities.
#[must_use]
pub fn find(
    text: &str,
    tokens: &[Token],
    toks: std::ops::Range<usize>,
    skip: &[Span],
) -> Vec<Quantity> {
    let w = |i: usize| tokens[i].span.slice(text);
    let lw = |i: usize| w(i).to_lowercase();
    let mut out = Vec::new();
    let mut i = toks.start;
    while i < toks.end {
        let t = tokens[i];
        // `skip` is in text order: the one date that may hold this token starts at or before it
        let k = skip.partition_point(|s| s.start <= t.span.start);
        let in_date = k > 0 && skip[k - 1].contains(t.span);
        if t.kind != TokenKind::Number || in_date {
            i += 1;
            continue;
        }
        let Some(mut value) = parse_number(w(i)) else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        // "3.5 million", "10 thousand"
        if let Some(&(_, m)) = (j < toks.end)
            .then(|| lw(j))
            .and_then(|x| MULTIPLIERS.iter().find(|(k, _)| *k == x))
        {
            value *= m;
            j += 1;
        }
        // A bare year ("in 2012") counts nothing.
        if w(i).len() == 4 && !w(i).contains(',') && (1800.0..2200.0).contains(&value) {
            i = j;
            continue;
        }
        // the counted noun phrase: up to four words; its head is the last plural noun
        // (without a tagger, a plural is the best sign of a counted noun: "20 met" is a verb)
        let plural =
            |x: &str| x.ends_with('s') || x.ends_with("men") || IRREGULAR_PLURALS.contains(&x);
        let mut head = None;
        if j < toks.end && matches!(w(j), "%") {
            head = Some((j, "percent".to_string()));
        } else {
            let mut k = j;
            while k < toks.end && k < j + 4 {
                let x = lw(k);
                if tokens[k].kind != TokenKind::Word || STOPS.contains(&x.as_str()) {
                    break;
                }
                let common = w(k).chars().next().is_some_and(char::is_lowercase)
                    && x.chars().all(|c| c.is_alphabetic() || c == '-');
                if common && (plural(&x) || x == "percent" || value == 1.0) {
                    head = Some((k, x));
                }
                k += 1;
            }
        }
        let Some((h, unit)) = head else {
            i = j;
            continue;
        };
        let mut start = i;
        let mut qualifier = None;
        if i > toks.start && HEDGES.contains(&lw(i - 1).as_str()) {
            start = i - 1;
            qualifier = Some(lw(i - 1));
        } else if i >= toks.start + 2 {
            let pair = (lw(i - 2), lw(i - 1));
            if HEDGE_PAIRS
                .iter()
                .any(|(a, b)| *a == pair.0 && *b == pair.1)
            {
                start = i - 2;
                qualifier = Some(format!("{} {}", pair.0, pair.1));
            }
        }
        out.push(Quantity {
            span: Span::new(tokens[start].span.start, tokens[h].span.end),
            value,
            unit,
            approximate: qualifier.is_some(),
            qualifier,
        });
        i = h + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::segment::tokenize;

    fn q(s: &str) -> Vec<(f64, String, bool)> {
        let toks = tokenize(s, Span::new(0, s.len()));
        find(s, &toks, 0..toks.len(), &[])
            .into_iter()
            .map(|q| (q.value, q.unit, q.approximate))
            .collect()
    }

    #[test]
    fn counts_with_their_nouns() {
        assert_eq!(
            q("approximately 11,000 North Korean infantry troops are being trained"),
            vec![(11000.0, "troops".into(), true)]
        );
        assert_eq!(
            q("North Korea had sent 1,500 special forces troops to help"),
            vec![(1500.0, "troops".into(), false)]
        );
        assert_eq!(
            q("more than 3.5 million people fled, and 70 percent of homes"),
            vec![
                (3_500_000.0, "people".into(), true),
                (70.0, "percent".into(), false)
            ]
        );
        assert_eq!(
            q("up to 12 % of the vote"),
            vec![(12.0, "percent".into(), true)]
        );
    }

    #[test]
    fn years_dates_and_names_are_not_quantities() {
        assert!(q("in 2012 the Group of 20 met").is_empty());
        let s = "On 8 October 300 soldiers left";
        let toks = tokenize(s, Span::new(0, s.len()));
        let found = find(s, &toks, 0..toks.len(), &[Span::new(3, 12)]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].value, 300.0);
    }
}
