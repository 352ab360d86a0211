//! newskg: news articles → knowledge graph.
pub mod date;
pub mod error;
pub mod extract;
pub mod ingest;
pub mod lexicon;
pub mod text;
