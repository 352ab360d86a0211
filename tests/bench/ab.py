#!/usr/bin/env python3
"""Alternating whole runs of two or more newskg binaries on one corpus: the A/B behind every
claim in docs/BENCHMARKS.md that one build is faster than another.

    python3 tests/bench/ab.py --corpus DIR [--rounds 7] [--threads 2] [--formats FORMATS] BINARY...

Each round runs every binary once, in turn (`BINARY extract DIR --out OUT --timings --quiet
--threads N`), so slow spells of a shared machine hit all of them alike; single runs on the
project's VM differ by ±10-20 %, medians of alternating runs by about ±3 %. Prints, per binary,
the median and minimum of the read+extract+merge and total seconds from `--timings`, MB/s at the
median total, and checks that every binary wrote the same bytes (the outputs of the last round
are compared file by file). Corpora: see tests/bench/run.py (e.g. /tmp/newskg-bench/corpus_100MB).
For a change to extraction, use a corpus of distinct articles (run.py --distinct makes
/tmp/newskg-bench/corpus_100MB_distinct; add --formats nq unless the export is the point): the
replicated corpus extracts only its first copy of each article.
"""
import argparse
import filecmp
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

TIMINGS = re.compile(r"read\+extract\+merge ([\d.]+) s .*total ([\d.]+) s .* for ([\d.]+) MB")


def same_tree(a: Path, b: Path) -> bool:
    cmp = filecmp.dircmp(a, b)
    if cmp.left_only or cmp.right_only or cmp.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(a, b, cmp.common_files, shallow=False)
    return not mismatch and not errors and all(same_tree(a / d, b / d) for d in cmp.common_dirs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--formats", default=None, help="passed to --formats (default: every format)")
    ap.add_argument("binaries", nargs="+")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="newskg-ab-"))
    # (the outputs are removed however the run ends: with every format, each binary's output
    # of 100 MB of distinct articles is 7.7 GB)
    try:
        run(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(args: argparse.Namespace, work: Path) -> None:
    runs: dict[str, list[tuple[float, float]]] = {b: [] for b in args.binaries}
    mb = 0.0
    for r in range(args.rounds):
        for i, b in enumerate(args.binaries):
            cmd = [b, "extract", args.corpus, "--out", str(work / f"out{i}"), "--timings", "--quiet",
                   "--threads", str(args.threads)]
            if args.formats:
                cmd += ["--formats", args.formats]
            p = subprocess.run(cmd, capture_output=True, text=True)
            m = TIMINGS.search(p.stderr)
            if p.returncode not in (0, 1) or not m:
                sys.exit(f"{b} failed ({p.returncode}):\n{p.stderr}")
            runs[b].append((float(m.group(1)), float(m.group(2))))
            mb = float(m.group(3))
        print(f"round {r + 1}/{args.rounds}", file=sys.stderr)
    print(f"{mb:.1f} MB, {args.threads} thread(s), {args.rounds} alternating rounds")
    print("| binary | read+extract+merge median (min) s | total median (min) s | MB/s at median total |")
    print("|---|---|---|---|")
    for b in args.binaries:
        ext = [e for e, _ in runs[b]]
        tot = [t for _, t in runs[b]]
        print(f"| {b} | {statistics.median(ext):.3f} ({min(ext):.3f}) | "
              f"{statistics.median(tot):.3f} ({min(tot):.3f}) | {mb / statistics.median(tot):.1f} |")
    same = all(same_tree(work / "out0", work / f"out{i}") for i in range(1, len(args.binaries)))
    print("outputs: " + ("byte-identical" if same else "DIFFERENT"))
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
