#!/usr/bin/env bash
# Byte-identical output of two newskg builds: the check behind every "outputs byte-identical"
# in docs/BENCHMARKS.md.
#
#   tests/bench/same.sh OLD_BINARY NEW_BINARY [distinct]
#
# Runs both on seeds/, ../shared/corpora/wikinews-cd2000 and ../shared/corpora/gum-wikinews
# (every format, `diff -r` of the output folders), and with `distinct` also on the distinct
# 100 MB corpus of tests/bench/run.py (--formats nq, graph.nq and report.json compared, written to
# /dev/shm). Exit status 1 when anything differs.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
old=$1 new=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rc=0
for corpus in "$root/seeds" "$root/../shared/corpora/wikinews-cd2000/articles" "$root/../shared/corpora/gum-wikinews/articles"; do
  "$old" extract "$corpus" --out "$work/a" -q >/dev/null 2>&1
  "$new" extract "$corpus" --out "$work/b" -q >/dev/null 2>&1
  if diff -r "$work/a" "$work/b" >/dev/null; then echo "same: $corpus"; else echo "DIFFER: $corpus"; rc=1; fi
  rm -rf "$work/a" "$work/b"
done
if [ "${3:-}" = distinct ]; then
  corpus=/tmp/newskg-bench/corpus_100MB_distinct
  shm=$(mktemp -d -p /dev/shm)
  "$old" extract "$corpus" --out "$shm/a" -q --formats nq >/dev/null 2>&1
  "$new" extract "$corpus" --out "$shm/b" -q --formats nq >/dev/null 2>&1
  if cmp -s "$shm/a/graph.nq" "$shm/b/graph.nq" && cmp -s "$shm/a/report.json" "$shm/b/report.json"; then
    echo "same: $corpus (nq)"
  else
    echo "DIFFER: $corpus (nq)"; rc=1
  fi
  rm -rf "$shm"
fi
exit $rc
