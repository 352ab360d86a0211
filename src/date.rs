//! Calendar dates without time zones: what news articles state ("21 October 2024").

use serde::Serialize;

/// A proleptic Gregorian calendar date.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Month number (1–12) of a month name or its common abbreviation.
#[must_use]
pub fn month_number(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| {
            *m == w || (w.len() >= 3 && m.starts_with(&w) && (w.len() == 3 || w == "sept"))
        })
        .and_then(|i| u8::try_from(i + 1).ok())
}

/// Weekday index (0 = Monday) of a weekday name.
#[must_use]
pub fn weekday_number(word: &str) -> Option<u8> {
    let w = word.to_lowercase();
    WEEKDAYS
        .iter()
        .position(|d| *d == w)
        .and_then(|i| u8::try_from(i).ok())
}

impl Date {
    /// A valid date, or `None`.
    #[must_use]
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        (1..=12).contains(&month).then_some(())?;
        (day >= 1 && day <= days_in_month(year, month)).then_some(Self { year, month, day })
    }

    /// Parse `YYYY-MM-DD`.
    #[must_use]
    pub fn parse_iso(s: &str) -> Option<Self> {
        let mut it = s.splitn(3, '-');
        let y = it.next()?.parse().ok()?;
        let m = it.next()?.parse().ok()?;
        let d = it.next()?.parse().ok()?;
        Self::new(y, m, d)
    }

    /// Days since 1970-01-01 (negative before).
    #[must_use]
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days from 1970-01-01.
    #[must_use]
    pub fn from_days(days: i64) -> Self {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Self {
            year: i32::try_from(y).unwrap_or(i32::MAX),
            month: u8::try_from(m).unwrap_or(1),
            day: u8::try_from(d).unwrap_or(1),
        }
    }

    /// Weekday index, 0 = Monday.
    #[must_use]
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (index 3).
        u8::try_from((self.to_days() + 3).rem_euclid(7)).unwrap_or(0)
    }

    #[must_use]
    pub fn add_days(self, n: i64) -> Self {
        Self::from_days(self.to_days() + n)
    }

    /// The most recent date on or before `self` that falls on `weekday` (news uses past tense;
    /// "on Monday" in a Tuesday article is the day before). Same day counts when `inclusive`.
    #[must_use]
    pub fn previous_weekday(self, weekday: u8, inclusive: bool) -> Self {
        let mut back = (i64::from(self.weekday()) - i64::from(weekday)).rem_euclid(7);
        if back == 0 && !inclusive {
            back = 7;
        }
        self.add_days(-back)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

const fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

const fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A publication timestamp as printed on the page: a date and, where given, a local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Published {
    pub date: Date,
    /// Hours and minutes, as printed (no time zone is stated, so none is assumed).
    pub time: Option<(u8, u8)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip() {
        for d in [
            Date::new(2024, 10, 22),
            Date::new(1969, 12, 31),
            Date::new(2000, 2, 29),
        ]
        .into_iter()
        .flatten()
        {
            assert_eq!(Date::from_days(d.to_days()), d);
        }
    }

    #[test]
    fn weekday_of_known_dates() {
        assert_eq!(Date::new(2024, 10, 21).map(Date::weekday), Some(0)); // Monday
        assert_eq!(Date::new(2024, 10, 18).map(Date::weekday), Some(4)); // Friday
    }

    #[test]
    fn on_monday_in_a_tuesday_article() {
        let tue = Date::new(2024, 10, 22).unwrap_or(Date {
            year: 0,
            month: 1,
            day: 1,
        });
        assert_eq!(tue.previous_weekday(0, true).to_string(), "2024-10-21");
        assert_eq!(tue.previous_weekday(1, false).to_string(), "2024-10-15");
    }

    #[test]
    fn month_names() {
        assert_eq!(month_number("October"), Some(10));
        assert_eq!(month_number("Oct."), Some(10));
        assert_eq!(month_number("Sept"), Some(9));
        assert_eq!(month_number("Ma"), None);
        assert_eq!(month_number("Mayor"), None);
        assert!(Date::new(2023, 2, 29).is_none());
    }
}
