//! Command-line arguments (clap derive only; no library code here).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Turn English news articles into a knowledge graph (RDF, Gephi CSV).
///
/// With no command, runs the main job: `newskg extract seeds --out out`.
#[derive(Debug, Parser)]
#[command(name = "newskg", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract articles into a knowledge graph and write every export format.
    Extract(ExtractArgs),
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Article files, folders (searched recursively for *.txt) or `-` for stdin.
    #[arg(default_value = "seeds")]
    pub paths: Vec<PathBuf>,
    /// Output folder.
    #[arg(long, short, default_value = "out")]
    pub out: PathBuf,
    /// Print nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
}

impl Default for ExtractArgs {
    fn default() -> Self {
        Self {
            paths: vec![PathBuf::from("seeds")],
            out: PathBuf::from("out"),
            quiet: false,
        }
    }
}
