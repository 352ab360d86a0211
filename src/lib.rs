//! newskg: news articles → knowledge graph.
pub mod date;
pub mod error;
pub mod eval;
pub mod export;
pub mod extract;
pub mod graph;
pub mod ingest;
pub mod lexicon;
pub mod pipeline;
pub mod query;
pub mod report;
pub mod text;
mod word_table;

pub use extract::{Extraction, extract};
pub use graph::{GraphBuilder, KnowledgeGraph};
pub use ingest::Document;
