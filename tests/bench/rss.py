#!/usr/bin/env python3
"""Resident memory of a run over time: where in a run the peak is.

    python3 tests/bench/rss.py [--every MS] [--points N] -- COMMAND [ARG...]

Runs COMMAND, reads its VmRSS from /proc every MS milliseconds (default 50), and prints on
stderr about N (default 80) of the readings as `seconds:MB` and the peak with its time. Line
them up with `--timings` (read+extract+merge, prepare, each file) to tell the stages apart, e.g.

    python3 tests/bench/rss.py -- target/release/newskg extract /tmp/newskg-bench/corpus_100MB_distinct \\
        --out /dev/shm/od --timings -q --threads 2 --formats nq
"""
import argparse
import subprocess
import sys
import time


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--every", type=float, default=50, help="milliseconds between readings")
    ap.add_argument("--points", type=int, default=80, help="readings printed (about)")
    ap.add_argument("command", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        ap.error("no command")
    proc = subprocess.Popen(command)
    t0 = time.time()
    samples: list[tuple[float, int]] = []
    while proc.poll() is None:
        try:
            with open(f"/proc/{proc.pid}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        samples.append((time.time() - t0, int(line.split()[1]) // 1024))
        except (FileNotFoundError, ProcessLookupError):
            break
        time.sleep(args.every / 1000)
    elapsed = time.time() - t0
    if samples:
        step = max(1, len(samples) // args.points)
        print(" ".join(f"{t:.1f}:{mb}" for t, mb in samples[::step]), file=sys.stderr)
        at, peak = max(samples, key=lambda s: s[1])
        print(f"peak {peak} MB at {at:.1f} s of {elapsed:.1f} s", file=sys.stderr)
    return proc.returncode or 0


if __name__ == "__main__":
    sys.exit(main())
