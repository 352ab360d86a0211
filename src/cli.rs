//! Command-line arguments (clap derive only; no library code here).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Turn English news articles into a knowledge graph (RDF, Gephi, GraphML, Neo4j, Ladybug).
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
    /// Answer a SPARQL query over exported RDF files (in memory).
    Query(QueryArgs),
    /// Merge article digests written by `extract --digests` (e.g. one per shard) and write
    /// every export format, exactly as one `extract` run over all their inputs would.
    Merge(MergeArgs),
    /// Score the entity nodes against gold annotations (GUM's CoNLL-U entities and coreference).
    Eval(EvalArgs),
}

/// An export format name (`nq`, `neo4j`, …) for `--formats`.
fn format_name(s: &str) -> Result<newskg::export::Format, String> {
    newskg::export::Format::parse(s).ok_or_else(|| {
        let names: Vec<&str> = newskg::export::Format::ALL
            .iter()
            .map(|f| f.name())
            .collect();
        format!("unknown format '{s}' (formats: {})", names.join(", "))
    })
}

/// Which view the Gephi CSVs, GEXF and GraphML show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ViewArg {
    /// Entities, statements and articles.
    #[default]
    Full,
    /// Entities only: speaker → mentioned entity edges labelled by speech act.
    Entities,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Article files, folders (searched recursively for *.txt) or `-` for stdin.
    #[arg(default_value = "seeds")]
    pub paths: Vec<PathBuf>,
    /// Output folder.
    #[arg(long, short, default_value = "out")]
    pub out: PathBuf,
    /// View written to nodes.csv/edges.csv, graph.gexf and graph.graphml.
    #[arg(long, value_enum, default_value_t = ViewArg::Full)]
    pub view: ViewArg,
    /// Write only these formats, comma-separated (default: all): ttl, nt, trig, nq, jsonld,
    /// rdf, gephi (nodes.csv + edges.csv), gexf, graphml, svg, neo4j, ladybug. Files an earlier
    /// run wrote in the other formats are removed from the output folder.
    #[arg(long, value_delimiter = ',', value_parser = format_name, value_name = "LIST")]
    pub formats: Vec<newskg::export::Format>,
    /// Worker threads (default: one per core). Output is the same for any number.
    #[arg(long, short = 'j', default_value_t = 0)]
    pub threads: usize,
    /// Print nothing but errors (no summary, no progress bar).
    #[arg(long, short)]
    pub quiet: bool,
    /// Print how long each stage took, on stderr.
    #[arg(long)]
    pub timings: bool,
    /// Also write the article digests (JSON Lines) to this file, for `newskg merge`.
    #[arg(long, value_name = "FILE")]
    pub digests: Option<PathBuf>,
}

impl Default for ExtractArgs {
    fn default() -> Self {
        Self {
            paths: vec![PathBuf::from("seeds")],
            out: PathBuf::from("out"),
            view: ViewArg::Full,
            formats: Vec::new(),
            threads: 0,
            quiet: false,
            timings: false,
            digests: None,
        }
    }
}

/// How query results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ResultFormatArg {
    /// Aligned text with prefixed names.
    Table,
    /// SPARQL CSV results.
    Csv,
    /// SPARQL JSON results.
    Json,
}

#[derive(Debug, Args)]
pub struct QueryArgs {
    /// The SPARQL query, or `@FILE` to read it from a file.
    pub sparql: String,
    /// RDF files to load (.ttl, .nt, .nq, .trig, .jsonld, .rdf); repeatable.
    #[arg(long = "data", short, default_value = "out/graph.trig")]
    pub data: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = ResultFormatArg::Table)]
    pub format: ResultFormatArg,
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// Digest files written by `newskg extract --digests`.
    #[arg(required = true)]
    pub digests: Vec<PathBuf>,
    /// Output folder.
    #[arg(long, short, default_value = "out")]
    pub out: PathBuf,
    /// View written to nodes.csv/edges.csv, graph.gexf and graph.graphml.
    #[arg(long, value_enum, default_value_t = ViewArg::Full)]
    pub view: ViewArg,
    /// Write only these formats, comma-separated (default: all): ttl, nt, trig, nq, jsonld,
    /// rdf, gephi (nodes.csv + edges.csv), gexf, graphml, svg, neo4j, ladybug. Files an earlier
    /// run wrote in the other formats are removed from the output folder.
    #[arg(long, value_delimiter = ',', value_parser = format_name, value_name = "LIST")]
    pub formats: Vec<newskg::export::Format>,
    /// Print nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// A GUM folder: `annotations/conllu/*.conllu` and `articles/<genre>/*.txt`
    /// (e.g. ../shared/corpora/gum-wikinews).
    pub gold: PathBuf,
    /// Also score a peer: the folder of JSON files `bench/spacy_baseline/run.py` wrote for the
    /// same articles.
    #[arg(long, value_name = "DIR")]
    pub spacy: Option<PathBuf>,
    /// List every missed, spurious, duplicate and mistyped entity per document.
    #[arg(long)]
    pub errors: bool,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
}
