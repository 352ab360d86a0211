//! Stage: date expressions, resolved against the article's publication date (never the clock).

use std::sync::LazyLock;

use regex::Regex;

use crate::date::{Date, month_number, weekday_number};
use crate::text::Span;

/// A date expression found in the text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DateExpr {
    pub span: Span,
    /// The calendar date it denotes, when it can be resolved.
    pub date: Option<Date>,
    /// The period it denotes when it is not one day ("last week" → that Monday to Sunday),
    /// first and last day inclusive.
    pub period: Option<(Date, Date)>,
}

fn month_end(year: i32, month: u8) -> Option<Date> {
    (28..=31).rev().find_map(|d| Date::new(year, month, d))
}

/// The period a relative expression names, anchored on the publication date `a`. Seasons are
/// the northern-hemisphere meteorological ones; a season not yet reached this year ("this
/// winter" in March) is left unresolved rather than guessed.
fn period(expr: &str, a: Date) -> Option<(Date, Date)> {
    let monday = a.add_days(-i64::from(a.weekday()));
    let (prev_y, prev_m) = if a.month == 1 {
        (a.year - 1, 12)
    } else {
        (a.year, a.month - 1)
    };
    let season = |name: &str, year: i32| -> Option<(Date, Date)> {
        let (m1, m2) = match name {
            "spring" => (3, 5),
            "summer" => (6, 8),
            "autumn" | "fall" => (9, 11),
            _ => return None,
        };
        Some((Date::new(year, m1, 1)?, month_end(year, m2)?))
    };
    match expr {
        "last week" => Some((monday.add_days(-7), monday.add_days(-1))),
        "this week" | "earlier this week" => Some((monday, a)),
        "last weekend" => {
            let sat = a.previous_weekday(5, false);
            let sat = if sat.add_days(1) >= a {
                sat.add_days(-7)
            } else {
                sat
            };
            Some((sat, sat.add_days(1)))
        }
        "last month" => Some((Date::new(prev_y, prev_m, 1)?, month_end(prev_y, prev_m)?)),
        "this month" | "earlier this month" => Some((Date::new(a.year, a.month, 1)?, a)),
        "last year" => Some((Date::new(a.year - 1, 1, 1)?, Date::new(a.year - 1, 12, 31)?)),
        "this year" | "earlier this year" => Some((Date::new(a.year, 1, 1)?, a)),
        _ => {
            let (which, name) = expr.split_once(' ')?;
            let this = season(name, a.year)?;
            match which {
                "this" if this.0 <= a => Some((this.0, this.1.min(a))),
                "last" if this.1 < a => Some(this),
                "last" => season(name, a.year - 1),
                _ => None,
            }
        }
    }
}

const MONTH: &str = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";

static DATE_RE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{MONTH})(?:,?\s+(?P<y1>\d{{4}}))?|(?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(?:,?\s+(?P<y2>\d{{4}}))?|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})|(?P<rel>(?:last|this|next)\s+(?:(?P<wd2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|week|month|year|summer|spring|autumn|fall|winter|weekend)|yesterday|today|earlier this (?:week|month|year))|(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?-u:\b)"
    ))
    .ok()
});

/// How far (in days) a year-less date may lie after the publication date before it is taken to
/// be in the previous year.
const FUTURE_WINDOW: i64 = 180;

fn with_year(month: u8, day: u8, year: Option<i32>, anchor: Option<Date>) -> Option<Date> {
    if let Some(y) = year {
        return Date::new(y, month, day);
    }
    let a = anchor?;
    let d = Date::new(a.year, month, day)?;
    if d.to_days() - a.to_days() > FUTURE_WINDOW {
        Date::new(a.year - 1, month, day)
    } else {
        Some(d)
    }
}

/// Find date expressions in `span` of `text`; `anchor` is the publication date.
#[must_use]
pub fn find(text: &str, span: Span, anchor: Option<Date>) -> Vec<DateExpr> {
    let Some(re) = DATE_RE.as_ref() else {
        return Vec::new();
    };
    let s = span.slice(text);
    let mut out = Vec::new();
    for c in re.captures_iter(s) {
        let Some(m) = c.get(0) else { continue };
        let num = |n: &str| c.name(n).and_then(|x| x.as_str().parse::<i32>().ok());
        let mut range = None;
        let date = if let (Some(d), Some(mo)) = (
            num("d1").or_else(|| num("d2")),
            c.name("m1").or_else(|| c.name("m2")),
        ) {
            month_number(mo.as_str()).and_then(|mo| {
                with_year(
                    mo,
                    u8::try_from(d).unwrap_or(0),
                    num("y1").or_else(|| num("y2")),
                    anchor,
                )
            })
        } else if let Some(iso) = c.name("iso") {
            Date::parse_iso(iso.as_str())
        } else if let Some(rel) = c.name("rel") {
            let r = rel.as_str().to_lowercase();
            match (r.as_str(), anchor) {
                ("today", Some(a)) => Some(a),
                ("yesterday", Some(a)) => Some(a.add_days(-1)),
                (_, Some(a)) if r.starts_with("last ") && c.name("wd2").is_some() => c
                    .name("wd2")
                    .and_then(|w| weekday_number(w.as_str()))
                    .map(|w| a.previous_weekday(w, false)),
                (_, Some(a)) => {
                    // "last week", "this summer": a period, not a day
                    range = period(&r.split_whitespace().collect::<Vec<_>>().join(" "), a);
                    None
                }
                _ => None,
            }
        } else if let (Some(w), Some(a)) = (c.name("wd"), anchor) {
            weekday_number(w.as_str()).map(|w| a.previous_weekday(w, true))
        } else {
            None
        };
        out.push(DateExpr {
            span: Span::new(span.start + m.start(), span.start + m.end()),
            date,
            period: range,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str, anchor: Option<Date>) -> Option<String> {
        find(s, Span::new(0, s.len()), anchor)
            .first()
            .and_then(|d| d.date)
            .map(|d| d.to_string())
    }

    #[test]
    fn day_month_anchored_on_article_year() {
        let a = Date::new(2024, 10, 21);
        assert_eq!(
            one("On 8 October, the ministry said", a).as_deref(),
            Some("2024-10-08")
        );
        assert_eq!(
            one("on October 23 it arrived", a).as_deref(),
            Some("2024-10-23")
        );
        assert_eq!(one("by 1 November", a).as_deref(), Some("2024-11-01"));
        assert_eq!(
            one("On 28 December", Date::new(2025, 1, 5)).as_deref(),
            Some("2024-12-28")
        );
    }

    #[test]
    fn weekdays_look_back() {
        assert_eq!(
            one("On Monday, the Kremlin refused", Date::new(2024, 10, 22)).as_deref(),
            Some("2024-10-21")
        );
        assert_eq!(
            one("last Friday", Date::new(2024, 10, 22)).as_deref(),
            Some("2024-10-18")
        );
    }

    #[test]
    fn undated_articles_leave_dates_unresolved() {
        let f = find("on 8 October", Span::new(0, 12), None);
        assert_eq!(f.len(), 1);
        assert!(f[0].date.is_none());
        let g = find(
            "reported last week that",
            Span::new(0, 23),
            Date::new(2024, 10, 22),
        );
        assert_eq!(g.len(), 1);
        assert!(g[0].date.is_none());
    }

    fn span_of(s: &str, anchor: Option<Date>) -> Option<String> {
        find(s, Span::new(0, s.len()), anchor)
            .first()
            .and_then(|d| d.period)
            .map(|(a, b)| format!("{a}/{b}"))
    }

    #[test]
    fn relative_periods_are_intervals() {
        // Tuesday 22 October 2024
        let a = Date::new(2024, 10, 22);
        assert_eq!(
            span_of("reported last week that", a).as_deref(),
            Some("2024-10-14/2024-10-20")
        );
        assert_eq!(
            span_of("signed this summer", a).as_deref(),
            Some("2024-06-01/2024-08-31")
        );
        assert_eq!(
            span_of("last month", a).as_deref(),
            Some("2024-09-01/2024-09-30")
        );
        assert_eq!(
            span_of("earlier this year", a).as_deref(),
            Some("2024-01-01/2024-10-22")
        );
        assert_eq!(
            span_of("last weekend", a).as_deref(),
            Some("2024-10-19/2024-10-20")
        );
        assert_eq!(
            span_of("last summer", Date::new(2025, 3, 1)).as_deref(),
            Some("2024-06-01/2024-08-31")
        );
        // not reached yet: unresolved rather than guessed
        assert_eq!(span_of("this summer", Date::new(2025, 3, 1)), None);
        assert_eq!(span_of("last week", None), None);
    }
}
