//! A byte buffer in front of an output file, shared by the writers that build their text
//! themselves: pieces are appended without `std::fmt` (whose per-call machinery was the largest
//! cost of writing GEXF and GraphML), and handed to the writer in pieces of about the size of
//! the file's `BufWriter`, which then passes them through without copying.

use std::borrow::Cow;
use std::io::{self, Write};

use super::view::Value;
use super::xml::escape_into;

/// When the buffer reaches this size, it goes to the writer (at the end of a record).
pub(crate) const FLUSH_AT: usize = super::WRITE_BUFFER;

pub(crate) struct Sink<W: Write> {
    buf: Vec<u8>,
    w: W,
}

impl<W: Write> Sink<W> {
    pub(crate) fn new(w: W) -> Self {
        Self {
            buf: Vec::with_capacity(FLUSH_AT + (1 << 16)),
            w,
        }
    }

    /// Append text as it is.
    pub(crate) fn put(&mut self, s: &str) -> &mut Self {
        self.buf.extend_from_slice(s.as_bytes());
        self
    }

    /// Append text escaped for XML ([`super::xml::escape`]).
    pub(crate) fn xml(&mut self, s: &str) -> &mut Self {
        escape_into(s, &mut self.buf);
        self
    }

    /// Append a value's text escaped for XML: a list as `list[0]`, its items (each through
    /// `item` first) joined by `list[1]`, then `list[2]`.
    pub(crate) fn xml_value(
        &mut self,
        v: &Value,
        list: [&str; 3],
        item: impl Fn(&str) -> Cow<'_, str>,
    ) -> &mut Self {
        match v {
            Value::Str(s) => self.xml(s),
            Value::Int(i) => self.int(*i),
            Value::Bool(b) => self.put(if *b { "true" } else { "false" }),
            Value::List(items) => {
                self.put(list[0]);
                for (k, it) in items.iter().enumerate() {
                    if k > 0 {
                        self.put(list[1]);
                    }
                    self.xml(&item(it));
                }
                self.put(list[2])
            }
        }
    }

    /// Append XML attributes: ` name="value"` for each pair, the values escaped.
    pub(crate) fn attrs(&mut self, pairs: &[(&str, &str)]) -> &mut Self {
        for (name, value) in pairs {
            self.put(" ").put(name).put("=\"").xml(value).put("\"");
        }
        self
    }

    /// Append an integer in decimal.
    pub(crate) fn int(&mut self, v: impl itoa::Integer) -> &mut Self {
        self.buf
            .extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
        self
    }

    /// End a record: hand the buffer to the writer once it is large.
    pub(crate) fn end(&mut self) -> io::Result<()> {
        if self.buf.len() >= FLUSH_AT {
            self.w.write_all(&self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }

    /// Write what is left and give the writer back.
    pub(crate) fn finish(mut self) -> io::Result<W> {
        self.w.write_all(&self.buf)?;
        Ok(self.w)
    }
}

impl<W: Write> Sink<W> {
    /// Start a CSV record ([`CsvRecord`]).
    pub(crate) fn record(&mut self) -> CsvRecord<'_, W> {
        CsvRecord {
            start: self.buf.len(),
            fields: 0,
            sink: self,
        }
    }
}

/// One CSV record, written as the `csv` crate writes by default (a property test checks): RFC
/// 4180 — a field holding `,`, `"`, CR or LF in double quotes with `"` doubled, the others as
/// they are — a record with no bytes at all (one empty field) as `""`, and LF after each
/// record. Fields are appended straight from the caller's strings, with no copy per cell.
pub(crate) struct CsvRecord<'s, W: Write> {
    sink: &'s mut Sink<W>,
    /// Where the record starts in the buffer (the buffer is handed over only between records).
    start: usize,
    fields: usize,
}

impl<W: Write> CsvRecord<'_, W> {
    /// Append a field.
    pub(crate) fn field(&mut self, s: &str) -> &mut Self {
        let buf = &mut self.sink.buf;
        if self.fields > 0 {
            buf.push(b',');
        }
        self.fields += 1;
        let b = s.as_bytes();
        if b.iter().any(|&c| matches!(c, b',' | b'"' | b'\r' | b'\n')) {
            buf.push(b'"');
            for part in b.split_inclusive(|&c| c == b'"') {
                buf.extend_from_slice(part);
                if part.last() == Some(&b'"') {
                    buf.push(b'"');
                }
            }
            buf.push(b'"');
        } else {
            buf.extend_from_slice(b);
        }
        self
    }

    /// Append an integer field.
    pub(crate) fn int(&mut self, v: impl itoa::Integer) -> &mut Self {
        self.field(itoa::Buffer::new().format(v))
    }

    /// End the record.
    pub(crate) fn end(self) -> io::Result<()> {
        if self.sink.buf.len() == self.start {
            self.sink.buf.extend_from_slice(b"\"\"");
        }
        self.sink.buf.push(b'\n');
        self.sink.end()
    }
}

/// A byte table marking the C0 controls (0x00–0x1F) and the bytes of `extra`: what an
/// escaping writer looks for before it copies a stretch of text as it is.
pub(crate) const fn controls_and(extra: &[u8]) -> [bool; 256] {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = true;
        b += 1;
    }
    let mut k = 0;
    while k < extra.len() {
        t[extra[k] as usize] = true;
        k += 1;
    }
    t
}

/// A node's display size (`{:.1}` of [`super::view::VNode::size`]) by its count, formatted once
/// per count: the float formatting machinery cost more than the rest of a node's line.
pub(crate) struct SizeText(Vec<Option<String>>);

impl SizeText {
    pub(crate) fn new() -> Self {
        Self(vec![None; 256])
    }

    pub(crate) fn get(&mut self, count: usize, size: f64) -> &str {
        if count >= self.0.len() {
            self.0.resize(count + 1, None);
        }
        self.0[count].get_or_insert_with(|| format!("{size:.1}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_arrive_in_order_and_large_buffers_are_handed_over() {
        let mut s = Sink::new(Vec::new());
        s.put("<a x=\"")
            .xml("1 < 2 & \"3\"")
            .put("\">")
            .int(-42_i64)
            .int(7_u32);
        s.end().unwrap();
        assert!(s.w.is_empty(), "a small buffer stays");
        let big = "y".repeat(FLUSH_AT);
        s.put(&big);
        s.end().unwrap();
        let head = "<a x=\"1 &lt; 2 &amp; &quot;3&quot;\">-427";
        assert_eq!(s.w.len(), head.len() + FLUSH_AT);
        assert!(s.buf.is_empty());
        s.put("z");
        let out = s.finish().unwrap();
        assert!(out.starts_with(head.as_bytes()) && out[head.len()..].starts_with(b"yy"));
        assert!(out.ends_with(b"yz"));
    }

    proptest::proptest! {
        /// Records are written byte for byte as the `csv` crate writes them.
        #[test]
        fn csv_records_are_written_as_the_csv_crate_writes_them(
            records in proptest::collection::vec(
                proptest::collection::vec(
                    proptest::collection::vec(
                        proptest::prop_oneof![
                            proptest::sample::select(vec!['a', ',', '"', '\r', '\n', ' ', '\\', 'é', '\'']),
                            proptest::prelude::any::<char>(),
                        ],
                        0..6,
                    ),
                    0..4,
                ),
                0..6,
            ),
        ) {
            let records: Vec<Vec<String>> = records
                .into_iter()
                .map(|r| r.into_iter().map(|f| f.into_iter().collect()).collect())
                .collect();
            let mut ours = Sink::new(Vec::new());
            let mut theirs = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
            for r in &records {
                let mut rec = ours.record();
                for f in r {
                    rec.field(f);
                }
                rec.end().unwrap();
                theirs.write_record(r).unwrap();
            }
            let theirs = theirs.into_inner().unwrap();
            proptest::prop_assert_eq!(
                String::from_utf8(ours.finish().unwrap()).unwrap(),
                String::from_utf8(theirs).unwrap()
            );
        }
    }

    #[test]
    fn sizes_are_formatted_like_the_float() {
        let mut t = SizeText::new();
        for count in [0, 1, 2, 3, 47, 255, 256, 1000] {
            let n = super::super::view::VNode {
                id: String::new(),
                label: String::new(),
                kind: crate::graph::NodeKind::Person,
                values: Vec::new(),
                times: std::collections::BTreeSet::new(),
                count,
            };
            assert_eq!(t.get(count, n.size()), format!("{:.1}", n.size()));
        }
    }
}
