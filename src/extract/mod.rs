//! Extraction: a [`Document`] becomes an [`Extraction`] — entities with their mentions and
//! roles, and attributed, dated statements. One stage per file:
//! [`entities`] → [`dates`] → [`statements`]. Stages never fail: bad text yields fewer facts.

pub mod dates;
pub mod entities;
pub mod quantities;
pub mod statements;

use std::collections::BTreeSet;
use std::ops::Range;

use serde::Serialize;

use crate::date::Date;
use crate::ingest::segment::{Token, TokenKind, sentences, tokenize_into};
use crate::ingest::{BlockKind, Document};
use crate::lexicon::SpeechAct;
use crate::text::Span;

/// The type of an entity node.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
pub enum EntityKind {
    Person,
    Organization,
    Place,
}

impl EntityKind {
    #[must_use]
    pub const fn key_prefix(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Organization => "org",
            Self::Place => "place",
        }
    }
}

/// One real-world thing named in an article.
#[derive(Debug, Clone, Serialize)]
pub struct Entity {
    pub kind: EntityKind,
    /// Canonical label (the fullest name seen).
    pub name: String,
    /// Canonical key: `person/vladimir-putin`, `org/south-korea-ministry-of-defense`, …
    pub key: String,
    pub aliases: BTreeSet<String>,
    /// Titles and roles as written ("press secretary", "Head of Defence Intelligence of Ukraine").
    pub roles: BTreeSet<String>,
    /// Keys of organisations, places or people a role ties this entity to.
    pub affiliations: BTreeSet<String>,
    /// Key of the country an organisation belongs to.
    pub country: Option<String>,
    /// An unnamed person described by role ("North Korea's representative to the UN").
    pub descriptive: bool,
}

/// A stretch of text that names an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Mention {
    pub span: Span,
    pub entity: usize,
    /// Index of the sentence the mention is in.
    pub sentence: usize,
}

/// How the words of a statement are given.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// The exact words, in quotation marks.
    Direct,
    /// Reported speech ("X said that …").
    Indirect,
    /// Reported speech with quoted fragments.
    PartialQuote,
    /// "According to X, …".
    AccordingTo,
}

impl Mode {
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Direct => "direct",
            Self::Indirect => "indirect",
            Self::PartialQuote => "partial_quote",
            Self::AccordingTo => "according_to",
        }
    }
}

/// Where a statement's date comes from.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum DateBasis {
    /// A date expression in the statement's sentence.
    Explicit,
    /// No date in the sentence: the article's publication date (the statement was reported then).
    Publication,
}

/// A statement: who said what, how, when.
#[derive(Debug, Clone, Serialize)]
pub struct Statement {
    /// Entity index of the speaker; `None` = unknown speaker (we abstain rather than guess).
    pub speaker: Option<usize>,
    /// The words naming the speaker in this sentence (a name, pronoun or description).
    pub speaker_span: Option<Span>,
    /// The cue verb phrase ("could not confirm"), if any.
    pub cue: Option<Span>,
    pub cue_lemma: Option<String>,
    pub act: SpeechAct,
    /// The act itself is negated ("did not confirm"), as opposed to negation inside the content.
    pub act_negated: bool,
    pub cameo: Option<String>,
    pub mode: Mode,
    /// What was said (inside the quotation marks for direct quotes).
    pub content: Span,
    /// The sentence the statement comes from.
    pub evidence: Span,
    pub said_on: Option<Date>,
    /// When said, as a period ("last week" → that Monday to Sunday), first and last day.
    pub said_period: Option<(Date, Date)>,
    pub date_basis: Option<DateBasis>,
    /// The date expression used, or an unresolved one ("last week").
    pub date_expr: Option<Span>,
    /// Entity indices of agencies or outlets that relayed it (the `Source:` line).
    pub reported_via: Vec<usize>,
    /// Entity indices mentioned in the content.
    pub about: Vec<usize>,
    /// Numbers the content claims.
    pub quantities: Vec<quantities::Quantity>,
    pub block: BlockKind,
}

/// Article-level facts.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ArticleFacts {
    /// Entity index of the author (from the byline).
    pub author: Option<usize>,
    /// Entity index of the publisher.
    pub publisher: Option<usize>,
    /// Entity indices of agencies named in the `Source:` line.
    pub relayed_by: Vec<usize>,
    /// Entity index of a speaker the `Source:` line cites ("citing a statement by …").
    pub cited: Option<usize>,
}

/// Everything extracted from one document.
#[derive(Debug, Clone, Serialize)]
pub struct Extraction {
    #[serde(skip)]
    pub doc: Document,
    pub entities: Vec<Entity>,
    pub mentions: Vec<Mention>,
    pub statements: Vec<Statement>,
    pub article: ArticleFacts,
}

/// A sentence: a range of tokens inside one block.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub tokens: Range<usize>,
    pub block: usize,
    pub span: Span,
}

/// A document split into tokens and sentences (blocks that are extracted from only).
#[derive(Debug)]
pub struct Segmented<'d> {
    pub doc: &'d Document,
    pub tokens: Vec<Token>,
    /// Every token lowercased, computed once, in one buffer: the whole text with ASCII letters
    /// lowercased (an ASCII token's span indexes it), then the lowercase forms of the tokens with
    /// other characters. For an ASCII document `lower_at` is empty; else token `i` is
    /// `lower_at[i]`.
    lower_text: String,
    lower_at: Vec<Range<usize>>,
    pub sentences: Vec<Sentence>,
    /// Per token: a word starting with a capital letter (asked of every token many times).
    capitalised: Vec<bool>,
}

impl<'d> Segmented<'d> {
    /// Tokenise and sentence-split every block of `doc`.
    #[must_use]
    pub fn new(doc: &'d Document) -> Self {
        // (about one token per five bytes of news text)
        let mut tokens = Vec::with_capacity(doc.text.len() / 5);
        let mut out = Vec::new();
        for (bi, b) in doc.layout.blocks.iter().enumerate() {
            let base = tokens.len();
            tokenize_into(&doc.text, b.span, &mut tokens);
            let toks = &tokens[base..];
            for r in sentences(&doc.text, toks) {
                if r.is_empty() {
                    continue;
                }
                let span = Span::new(toks[r.start].span.start, toks[r.end - 1].span.end);
                out.push(Sentence {
                    tokens: base + r.start..base + r.end,
                    block: bi,
                    span,
                });
            }
        }
        let capitalised = tokens
            .iter()
            .map(|t| {
                t.kind == TokenKind::Word
                    && match doc.text.as_bytes().get(t.span.start) {
                        // (an ASCII first letter decides without decoding a character)
                        Some(&b) if b.is_ascii_uppercase() => true,
                        // ("al-Gaddafi", "el-Baradei": an Arabic article before a name)
                        Some(&b)
                            if (b == b'a' || b == b'e')
                                && doc.text.as_bytes().get(t.span.start + 1) == Some(&b'l') =>
                        {
                            crate::text::arabic_article_name(t.span.slice(&doc.text)).is_some()
                        }
                        Some(&b) if b.is_ascii() => false,
                        _ => crate::text::is_capitalised(t.span.slice(&doc.text)),
                    }
            })
            .collect();
        // The text with ASCII letters lowercased keeps every offset, so an ASCII token's
        // lowercase form is read in place; a token with other characters is lowercased on its
        // own (its length may change) and appended after the text.
        let mut lower_text = doc.text.to_ascii_lowercase();
        let lower_at = if doc.text.is_ascii() {
            Vec::new()
        } else {
            tokens
                .iter()
                .map(|t| {
                    let w = t.span.slice(&doc.text);
                    if w.is_ascii() {
                        t.span.start..t.span.end
                    } else {
                        let start = lower_text.len();
                        lower_text.push_str(&w.to_lowercase());
                        start..lower_text.len()
                    }
                })
                .collect()
        };
        Self {
            doc,
            tokens,
            lower_text,
            lower_at,
            sentences: out,
            capitalised,
        }
    }

    /// Is token `i` a word starting with a capital letter?
    #[must_use]
    pub fn is_cap_word(&self, i: usize) -> bool {
        self.capitalised.get(i).copied().unwrap_or(false)
    }

    /// The lowercased text of token `i`.
    #[must_use]
    pub fn lower(&self, i: usize) -> &str {
        self.lower_range(i)
            .and_then(|r| self.lower_text.get(r))
            .unwrap_or("")
    }

    fn lower_range(&self, i: usize) -> Option<Range<usize>> {
        if self.lower_at.is_empty() {
            self.tokens.get(i).map(|t| t.span.start..t.span.end)
        } else {
            self.lower_at.get(i).cloned()
        }
    }

    /// Is the lowercased text of token `i` exactly `w`? (Its length is compared first, without
    /// reading the text: most tokens are answered by that.)
    #[must_use]
    pub fn lower_is(&self, i: usize, w: &str) -> bool {
        self.lower_range(i)
            .map_or(w.is_empty(), |r| r.len() == w.len())
            && self.lower(i) == w
    }

    /// The text of token `i`.
    #[must_use]
    pub fn word(&self, i: usize) -> &'d str {
        self.tokens
            .get(i)
            .map_or("", |t| t.span.slice(&self.doc.text))
    }

    /// The kind of block sentence `s` is in.
    #[must_use]
    pub fn block_kind(&self, s: usize) -> BlockKind {
        self.doc.layout.blocks[self.sentences[s].block].kind
    }

    /// The span covering tokens `a..b`.
    #[must_use]
    pub fn span(&self, r: Range<usize>) -> Span {
        if r.is_empty() {
            let at = self.tokens.get(r.start).map_or(0, |t| t.span.start);
            return Span::new(at, at);
        }
        Span::new(
            self.tokens[r.start].span.start,
            self.tokens[r.end - 1].span.end,
        )
    }
}

/// Run every stage on `doc`.
#[must_use]
pub fn extract(doc: Document) -> Extraction {
    let seg = Segmented::new(&doc);
    let anchor = doc.layout.published.map(|p| p.date);
    let mut ents = entities::run(&seg);
    let dates = dates::find_in_sentences(
        &doc.text,
        seg.sentences
            .iter()
            .map(|s| (s.span, &seg.tokens[s.tokens.clone()])),
        anchor,
    );
    let statements = statements::run(&seg, &mut ents, &dates);
    let entities::Entities {
        entities,
        mentions,
        article,
        ..
    } = ents;
    drop(seg);
    Extraction {
        doc,
        entities,
        mentions,
        statements,
        article,
    }
}
