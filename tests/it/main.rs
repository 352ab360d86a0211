//! The one integration-test binary.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod eval;
mod exports;
mod graphdb;
mod props;
mod query;
mod reliability;
mod samples;
mod shards;
mod util;
