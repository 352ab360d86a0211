#!/usr/bin/env bash
# Instructions spent in extraction, and in decoding and page layout, per 300 articles, for A/B of a change (deterministic, unlike
# wall-clock time on a shared VM):
#
#     tests/bench/instructions.sh [BINARY]        # default: target/quick/newskg
#
# Runs `valgrind --tool=callgrind` twice per stage, counting only inside `newskg::extract::extract`
# (then `newskg::ingest::Document::from_bytes`): once on
# one warm-up article, once on the warm-up article plus the first 300 articles of
# ../shared/corpora/wikinews-cd2000. The difference is the marginal cost of the 300 articles,
# without the one-time work the first article pays for (regex compilation, lazy DFA states).
# The folders are made under a temporary directory, never in the repository.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
bin="${1:-$root/target/quick/newskg}"
src="$root/../shared/corpora/wikinews-cd2000/articles"
work="${TMPDIR:-/tmp}/newskg-instructions"
command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 2; }
[ -x "$bin" ] || { echo "no binary at $bin (cargo build --profile quick)" >&2; exit 2; }
if [ ! -f "$work/.complete" ]; then
  rm -rf "$work"
  mkdir -p "$work/w0" "$work/w300"
  # (sed, not head: head would stop reading and, under pipefail, fail the pipe on SIGPIPE)
  first=$(ls "$src" | sort | sed -n 1p)
  cp "$src/$first" "$work/w0/000-warmup.txt"
  cp "$src/$first" "$work/w300/000-warmup.txt"
  ls "$src" | sort | sed -n 1,300p | while read -r f; do cp "$src/$f" "$work/w300/"; done
  touch "$work/.complete"
fi
count() {
  valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.$1" \
    --toggle-collect="$2" \
    "$bin" extract "$work/$1" --out "$work/out.$1" --quiet --threads 1 2>&1 |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
a=$(count w0 'newskg::extract::extract')
b=$(count w300 'newskg::extract::extract')
echo "extract, 300 articles: $((b - a)) instructions (warm-up article $a, both $b)"
a=$(count w0 'newskg::ingest::Document::from_bytes')
b=$(count w300 'newskg::ingest::Document::from_bytes')
echo "decode and page layout, 300 articles: $((b - a)) instructions (warm-up article $a, both $b)"
