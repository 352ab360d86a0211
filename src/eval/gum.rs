//! Gold entities from GUM's CoNLL-U files (CorefUD `Entity=` annotations), aligned to the plain
//! article text: every gold mention becomes a byte span into that text.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::EvalError;
use crate::text::Span;

/// The entity types the graph has nodes for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GoldKind {
    Person,
    Organization,
    Place,
}

impl GoldKind {
    fn parse(etype: &str) -> Option<Self> {
        match etype {
            "person" => Some(Self::Person),
            "organization" => Some(Self::Organization),
            "place" => Some(Self::Place),
            _ => None,
        }
    }
}

/// One gold mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GoldMention {
    pub span: Span,
    /// What a span must cover to stand for this mention: the syntactic head word (whose head
    /// lies outside the mention), or the name after a head noun ("creator Mark Zuckerberg",
    /// where GUM's trees make "creator" the head and the name `flat` under it).
    pub head: Span,
    /// A proper noun heads the mention or names it after its head: a name, not a description
    /// or pronoun.
    pub named: bool,
}

/// One gold entity of a document (a coreference chain).
#[derive(Debug, Clone)]
pub struct GoldEntity {
    /// GUM's entity number within the document.
    pub id: String,
    pub kind: GoldKind,
    /// Wikipedia identity, when GUM links one (`North_Korea`).
    pub identity: Option<String>,
    pub mentions: Vec<GoldMention>,
}

impl GoldEntity {
    /// A named entity: linked to Wikipedia or named by a proper noun at least once. These are the
    /// entities a knowledge graph should have a node for.
    #[must_use]
    pub fn is_named(&self) -> bool {
        self.identity.is_some() || self.mentions.iter().any(|m| m.named)
    }

    /// The first named mention's text, for reports.
    #[must_use]
    pub fn label<'t>(&self, text: &'t str) -> &'t str {
        self.mentions
            .iter()
            .find(|m| m.named)
            .or(self.mentions.first())
            .map_or("", |m| m.span.slice(text))
    }
}

/// A gold document: the article text and its person/organisation/place entities.
#[derive(Debug, Clone)]
pub struct GoldDoc {
    pub id: String,
    pub article: PathBuf,
    pub text: String,
    pub entities: Vec<GoldEntity>,
}

struct Word {
    span: Span,
    head: usize,
    propn: bool,
    /// Attached as part of a name (`flat`, `appos`, `compound`).
    flat: bool,
}

struct Open {
    id: String,
    kind: Option<GoldKind>,
    identity: Option<String>,
    start: usize,
}

fn format_err(path: &Path, line: usize, message: impl Into<String>) -> EvalError {
    EvalError::Format {
        path: path.to_path_buf(),
        line,
        message: message.into(),
    }
}

/// Split an `Entity=` value into its brackets: `(ID-etype-…-identity` opens (and closes when
/// followed by `)`), `ID)` closes.
fn entity_marks(v: &str) -> Vec<(bool, &str, bool)> {
    let mut out = Vec::new();
    let b = v.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'(' {
            let end = v[i + 1..].find(['(', ')']).map_or(v.len(), |k| i + 1 + k);
            let closes = end < v.len() && b[end] == b')';
            out.push((true, &v[i + 1..end], closes));
            i = if closes { end + 1 } else { end };
        } else {
            let end = v[i..].find(')').map_or(v.len(), |k| i + k);
            out.push((false, &v[i..end], true));
            i = end + 1;
        }
    }
    out
}

/// Read one CoNLL-U file and align it to `text` (the article it was made from).
///
/// # Errors
/// When the file cannot be read, a line is malformed or a sentence is not found in `text`.
pub fn read_conllu(path: &Path, article: &Path, text: String) -> Result<GoldDoc, EvalError> {
    let src = std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let mut id = String::new();
    let mut entities: BTreeMap<String, GoldEntity> = BTreeMap::new();
    let mut cursor = 0usize;
    let mut sentence: Option<(Span, usize)> = None; // (span in text, byte cursor inside it)
    let mut words: Vec<Word> = Vec::new();
    let mut marks: Vec<(usize, String)> = Vec::new(); // (word index, Entity= value)
    // A multi-word token ("Korea's" = "Korea" + "'s"): (last word id, surface span, cursor).
    let mut mwt: Option<(usize, Span, usize)> = None;
    let flush = |words: &mut Vec<Word>,
                 marks: &mut Vec<(usize, String)>,
                 entities: &mut BTreeMap<String, GoldEntity>,
                 line: usize|
     -> Result<(), EvalError> {
        let mut open: Vec<Open> = Vec::new();
        let mut closed: Vec<(String, Span)> = Vec::new(); // mentions of this sentence, any type
        for (w, value) in marks.drain(..) {
            for (opens, spec, closes) in entity_marks(&value) {
                if opens {
                    let f: Vec<&str> = spec.splitn(8, '-').collect();
                    open.push(Open {
                        id: f[0].to_string(),
                        kind: f.get(1).and_then(|t| GoldKind::parse(t)),
                        identity: f.get(7).filter(|s| !s.is_empty()).map(|s| (*s).to_string()),
                        start: w,
                    });
                }
                if closes {
                    let eid = if opens {
                        spec.split('-').next().unwrap_or("")
                    } else {
                        spec
                    };
                    let Some(k) = open.iter().rposition(|o| o.id == eid) else {
                        return Err(format_err(
                            path,
                            line,
                            format!("entity {eid} closes unopened"),
                        ));
                    };
                    let o = open.remove(k);
                    let (a, b) = (o.start, w + 1);
                    let whole = Span::new(words[a].span.start, words[b - 1].span.end);
                    closed.push((o.id.clone(), whole));
                    let Some(kind) = o.kind else { continue };
                    let head = (a..b)
                        .find(|&i| {
                            let h = words[i].head;
                            h == 0 || h - 1 < a || h > b
                        })
                        .unwrap_or(a);
                    let e = entities.entry(o.id.clone()).or_insert_with(|| GoldEntity {
                        id: o.id.clone(),
                        kind,
                        identity: None,
                        mentions: Vec::new(),
                    });
                    if e.identity.is_none() {
                        e.identity = o.identity;
                    }
                    // The name of a mention headed by a common noun: the proper nouns right
                    // after the head ("creator Mark Zuckerberg"), else the last ones before it
                    // ("Yonhap news agency").
                    let is_name = |i: usize| words[i].propn && words[i].flat;
                    let after = head + 1..(head + 1..b).find(|&i| !is_name(i)).unwrap_or(b);
                    // (not when those name an entity of their own: "a Google engineer")
                    let nested = |r: &std::ops::Range<usize>| {
                        let sp = Span::new(words[r.start].span.start, words[r.end - 1].span.end);
                        closed
                            .iter()
                            .any(|(id, m)| *id != o.id && m.start <= sp.start && sp.end <= m.end)
                    };
                    let before = (a..head)
                        .rev()
                        .find(|&i| is_name(i))
                        .map(|end| {
                            let start = (a..=end).rev().find(|&i| !is_name(i)).map_or(a, |i| i + 1);
                            start..end + 1
                        })
                        .filter(|r| !nested(r));
                    let name = if after.is_empty() {
                        before
                    } else {
                        Some(after)
                    };
                    let (key, named) = if let Some(n) = name.filter(|_| !words[head].propn) {
                        let (first, last) = (words[n.start].span, words[n.end - 1].span);
                        (Span::new(first.start, last.end), true)
                    } else {
                        (words[head].span, words[head].propn)
                    };
                    e.mentions.push(GoldMention {
                        span: Span::new(words[a].span.start, words[b - 1].span.end),
                        head: key,
                        named,
                    });
                }
            }
        }
        words.clear();
        Ok(())
    };
    for (n, line) in src.lines().enumerate() {
        let lineno = n + 1;
        if let Some(v) = line.strip_prefix("# newdoc id = ") {
            id = v.trim().to_string();
        } else if let Some(s) = line.strip_prefix("# text = ") {
            let s = s.trim_end();
            let at = text[cursor..].find(s).map(|k| cursor + k).ok_or_else(|| {
                format_err(
                    path,
                    lineno,
                    format!("sentence not found in {}: {s:?}", article.display()),
                )
            })?;
            cursor = at + s.len();
            sentence = Some((Span::new(at, at + s.len()), at));
        } else if line.is_empty() {
            flush(&mut words, &mut marks, &mut entities, lineno)?;
            mwt = None;
        } else if !line.starts_with('#') {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 10 {
                return Err(format_err(
                    path,
                    lineno,
                    "expected 10 tab-separated columns",
                ));
            }
            let Some((sspan, pos)) = sentence.as_mut() else {
                return Err(format_err(path, lineno, "token before any `# text =` line"));
            };
            let mut locate = |form: &str| -> Result<Span, EvalError> {
                let hay = &text[*pos..sspan.end];
                let k = hay.find(form).ok_or_else(|| {
                    format_err(
                        path,
                        lineno,
                        format!("token {form:?} not found in its sentence"),
                    )
                })?;
                let span = Span::new(*pos + k, *pos + k + form.len());
                *pos = span.end;
                Ok(span)
            };
            if let Some((a, b)) = cols[0].split_once('-') {
                let last: usize = b.parse().map_err(|_| format_err(path, lineno, "bad id"))?;
                let _: usize = a.parse().map_err(|_| format_err(path, lineno, "bad id"))?;
                let span = locate(cols[1])?;
                mwt = Some((last, span, span.start));
                continue;
            }
            if cols[0].contains('.') {
                continue; // empty nodes carry no surface text
            }
            let wid: usize = cols[0]
                .parse()
                .map_err(|_| format_err(path, lineno, "bad word id"))?;
            let span = match mwt.as_mut() {
                // each word where its form occurs inside the surface token, else the whole token
                Some((last, span, at)) if wid <= *last => match text[*at..span.end].find(cols[1]) {
                    Some(k) => {
                        let w = Span::new(*at + k, *at + k + cols[1].len());
                        *at = w.end;
                        w
                    }
                    None => *span,
                },
                _ => locate(cols[1])?,
            };
            let head = cols[6].parse().unwrap_or(0);
            words.push(Word {
                span,
                head,
                propn: cols[3] == "PROPN",
                flat: ["flat", "appos", "compound"]
                    .iter()
                    .any(|d| cols[7].starts_with(d)),
            });
            if let Some(v) = cols[9].split('|').find_map(|f| f.strip_prefix("Entity=")) {
                marks.push((words.len() - 1, v.to_string()));
            }
        }
    }
    flush(&mut words, &mut marks, &mut entities, src.lines().count())?;
    let mut chains: Vec<GoldEntity> = entities.into_values().collect();
    chains.sort_by_key(|e| e.id.parse::<u64>().unwrap_or(u64::MAX));
    // Chains GUM links to the same Wikipedia identity are one real entity (the annotation
    // sometimes leaves a repeated name as a separate singleton).
    let mut entities: Vec<GoldEntity> = Vec::new();
    let mut by_identity: BTreeMap<String, usize> = BTreeMap::new();
    for e in chains {
        match e.identity.as_ref().and_then(|i| by_identity.get(i)) {
            Some(&k) => entities[k].mentions.extend(e.mentions),
            None => {
                if let Some(i) = &e.identity {
                    by_identity.insert(i.clone(), entities.len());
                }
                entities.push(e);
            }
        }
    }
    Ok(GoldDoc {
        id,
        article: article.to_path_buf(),
        text,
        entities,
    })
}

/// Read a GUM folder as distributed in `corpora/gum-wikinews`: `annotations/conllu/<id>.conllu`
/// with the article text in `articles/<genre>/<id>.txt`. Documents in id order.
///
/// # Errors
/// When a file is missing, unreadable or does not align with its article.
pub fn read_dir(dir: &Path) -> Result<Vec<GoldDoc>, EvalError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| EvalError::Io { path, source }
    };
    let conllu = dir.join("annotations").join("conllu");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&conllu)
        .map_err(io(&conllu))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "conllu"))
        .collect();
    files.sort();
    let articles = dir.join("articles");
    let mut by_stem = BTreeMap::new();
    for genre in std::fs::read_dir(&articles).map_err(io(&articles))? {
        let genre = genre.map_err(io(&articles))?.path();
        if !genre.is_dir() {
            continue;
        }
        for f in std::fs::read_dir(&genre).map_err(io(&genre))? {
            let p = f.map_err(io(&genre))?.path();
            if let Some(stem) = p.file_stem() {
                by_stem.insert(stem.to_string_lossy().into_owned(), p);
            }
        }
    }
    files
        .iter()
        .map(|f| {
            let stem = f.file_stem().map(|s| s.to_string_lossy().into_owned());
            let article = stem
                .and_then(|s| by_stem.get(&s).cloned())
                .ok_or_else(|| format_err(f, 0, "no article text for this document"))?;
            let text = std::fs::read_to_string(&article).map_err(io(&article))?;
            read_conllu(f, &article, text)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_open_close_and_nest() {
        let m = entity_marks("(18-person-new-nsnnn-cf3-1,3-coref(1-person-giv-sssss-cf1*-1-coref)");
        assert_eq!(m.len(), 2);
        assert!(m[0].0 && !m[0].2);
        assert!(m[1].0 && m[1].2);
        let m = entity_marks("(11-place-new-nnnnn-cf6-1-sgl-Helsinki)10)");
        assert_eq!(m[0], (true, "11-place-new-nnnnn-cf6-1-sgl-Helsinki", true));
        assert_eq!(m[1], (false, "10", true));
    }

    #[test]
    fn aligns_mentions_to_the_article_text() {
        let dir = tempfile::tempdir().unwrap();
        let conllu = dir.path().join("d.conllu");
        let text = "Kim Jong-un visits\ndate 2020-01-01\n\nNorth Korea's leader Kim Jong-un spoke. He left.\n";
        std::fs::write(
            &conllu,
            "# newdoc id = d\n# text = North Korea's leader Kim Jong-un spoke.\n\
             1\tNorth\tNorth\tPROPN\tNNP\t_\t2\tcompound\t_\tEntity=(2-place-new-sssss-cf1-1-coref-North_Korea\n\
             2-3\tKorea's\t_\t_\t_\t_\t_\t_\t_\t_\n\
             2\tKorea\tKorea\tPROPN\tNNP\t_\t5\tnmod\t_\tEntity=2)\n\
             3\t's\t's\tPART\tPOS\t_\t2\tcase\t_\t_\n\
             4\tleader\tleader\tNOUN\tNN\t_\t5\tcompound\t_\tEntity=(1-person-new-sssss-cf1-1-coref-Kim_Jong-un\n\
             5\tKim\tKim\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n\
             6\tJong-un\tJong-un\tPROPN\tNNP\t_\t0\troot\t_\tEntity=1)\n\
             7\tspoke\tspeak\tVERB\tVBD\t_\t0\troot\t_\t_\n\
             8\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_\n\n\
             # text = He left.\n\
             1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv-sssss-cf1-1-coref)\n\
             2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n\
             3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n",
        )
        .unwrap();
        let d = read_conllu(&conllu, Path::new("d.txt"), text.to_string()).unwrap();
        assert_eq!(d.entities.len(), 2);
        let kim = &d.entities[0];
        assert_eq!(kim.identity.as_deref(), Some("Kim_Jong-un"));
        assert_eq!(kim.mentions.len(), 2);
        assert_eq!(kim.mentions[0].span.slice(text), "leader Kim Jong-un");
        assert_eq!(kim.mentions[0].head.slice(text), "Jong-un");
        assert!(kim.mentions[0].named && !kim.mentions[1].named);
        assert_eq!(kim.mentions[1].span.slice(text), "He");
        assert_eq!(d.entities[1].mentions[0].span.slice(text), "North Korea");
        assert!(kim.is_named());
    }
}
