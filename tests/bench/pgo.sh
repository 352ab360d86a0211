#!/usr/bin/env bash
# A profile-guided (PGO) release build of newskg, for large archives:
#
#     tests/bench/pgo.sh [--check]     # prints the binary's path: target/pgo/<host>/release/newskg
#
# 1. builds newskg instrumented (-Cprofile-generate), in target/pgo-gen;
# 2. runs it on training texts that are NOT the benchmark corpus: the GUM Wikinews articles of
#    ../shared/corpora/gum-wikinews (when present) and seeds/, through extraction and every export;
# 3. merges the profile with llvm-profdata (rustup component llvm-tools, installed if missing);
# 4. builds newskg again with -Cprofile-use, in target/pgo.
# The compiler then lays out and inlines code for the branches news text takes. Same source, same
# output: with --check the script also compares the PGO binary's export of seeds/ with the plain
# release binary's, byte for byte. Measured in docs/BENCHMARKS.md (run.py --binary).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
check=0
[ "${1:-}" = "--check" ] && check=1
host="$(rustc -vV | sed -n 's/^host: //p')"
profdata="$(rustc --print sysroot)/lib/rustlib/$host/bin/llvm-profdata"
if [ ! -x "$profdata" ]; then
  echo "llvm-profdata not found: rustup component add llvm-tools" >&2
  rustup component add llvm-tools >&2 || { echo "cannot install llvm-tools" >&2; exit 2; }
fi
data="$root/target/pgo-data"
rm -rf "$data"
mkdir -p "$data"
# (--target: the flags then apply to newskg and its dependencies, not to build scripts and
# procedural macros, which would write profiles of their own while compiling)
RUSTFLAGS="-Cprofile-generate=$data" cargo build --release --locked -q \
  --manifest-path "$root/Cargo.toml" --target "$host" --target-dir "$root/target/pgo-gen"
train=("$root/seeds")
gum="$root/../shared/corpora/gum-wikinews/articles"
[ -d "$gum" ] && train+=("$gum")
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
"$root/target/pgo-gen/$host/release/newskg" extract "${train[@]}" --out "$scratch/train" --quiet
"$profdata" merge -o "$data/merged.profdata" "$data"
RUSTFLAGS="-Cprofile-use=$data/merged.profdata" cargo build --release --locked -q \
  --manifest-path "$root/Cargo.toml" --target "$host" --target-dir "$root/target/pgo"
bin="$root/target/pgo/$host/release/newskg"
if [ "$check" = 1 ]; then
  cargo build --release --locked -q --manifest-path "$root/Cargo.toml"
  "$root/target/release/newskg" extract "$root/seeds" --out "$scratch/plain" --quiet
  "$bin" extract "$root/seeds" --out "$scratch/pgo" --quiet
  diff -r "$scratch/plain" "$scratch/pgo" >&2 || { echo "PGO build writes other bytes" >&2; exit 1; }
  echo "PGO build: the same export of seeds/ as the release build" >&2
fi
echo "$bin"
