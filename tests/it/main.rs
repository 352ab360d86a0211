//! The one integration-test binary.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod exports;
mod props;
mod samples;
mod util;
