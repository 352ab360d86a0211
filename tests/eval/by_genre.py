#!/usr/bin/env python3
"""Scores by GUM genre (news / interview) from `newskg eval --json` on stdin.

    newskg eval ../shared/corpora/gum-wikinews --spacy /tmp/gumspacy --json | python3 tests/eval/by_genre.py
"""
import json
import sys


def prf(hits, nodes, gold):
    p = hits / nodes if nodes else 0.0
    r = hits / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


print("| system | genre | gold | nodes | P | R | F1 | typed F1 |")
print("|---|---|---:|---:|---:|---:|---:|---:|")
for system in json.load(sys.stdin):
    for genre in ("news", "interview"):
        c = {k: 0 for k in ("gold", "nodes", "hits", "typed_hits")}
        for d in system["docs"]:
            if d["doc"].startswith(f"GUM_{genre}_"):
                for k in c:
                    c[k] += d["counts"][k]
        p, r, f = prf(c["hits"], c["nodes"], c["gold"])
        tf = prf(c["typed_hits"], c["nodes"], c["gold"])[2]
        print(f"| {system['system']} | {genre} | {c['gold']} | {c['nodes']} | {p:.3f} | {r:.3f} | {f:.3f} | {tf:.3f} |")
