pub mod eval;
pub mod extract;
pub mod merge;
pub mod query;
