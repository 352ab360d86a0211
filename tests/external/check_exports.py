#!/usr/bin/env python3
"""Load every export of out/ with the independent tools users use, and check they agree.

Run by .ci/run after `cargo run --release`:
    python tests/external/check_exports.py out

Needs: networkx, rdflib, pyshacl, ladybug==0.22.0 (see .ci/run). Exits non-zero on any failure.
"""
import csv
import os
import sys
import tempfile

import networkx as nx
import rdflib
from pyshacl import validate

OUT = sys.argv[1] if len(sys.argv) > 1 else "out"
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
failures = []


def check(cond, msg):
    print(("ok   " if cond else "FAIL ") + msg)
    if not cond:
        failures.append(msg)


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


# --- Gephi CSV, GEXF, GraphML agree -------------------------------------------------------
nodes = rows(os.path.join(OUT, "nodes.csv"))
edges = rows(os.path.join(OUT, "edges.csv"))
g = nx.read_gexf(os.path.join(OUT, "graph.gexf"))
check(g.number_of_nodes() == len(nodes), f"networkx reads graph.gexf: {g.number_of_nodes()} nodes = nodes.csv")
check(g.number_of_edges() == len(edges), f"networkx reads graph.gexf: {g.number_of_edges()} edges = edges.csv")
check(all("viz" in d and "color" in d["viz"] for _, d in g.nodes(data=True)), "every GEXF node has viz:color")
h = nx.read_graphml(os.path.join(OUT, "graph.graphml"))
check(h.number_of_nodes() == len(nodes), f"networkx reads graph.graphml: {h.number_of_nodes()} nodes")
check(h.number_of_edges() == len(edges), f"networkx reads graph.graphml: {h.number_of_edges()} edges")
labels = {n["Id"]: n["Label"] for n in nodes}
check(all(h.nodes[k].get("label") == v for k, v in labels.items()), "GraphML labels = nodes.csv labels")
check(all(g.nodes[k].get("label") == v for k, v in labels.items()), "GEXF labels = nodes.csv labels")

# --- RDF: every serialisation holds the same triples ----------------------------------------
formats = {"graph.ttl": "turtle", "graph.nt": "nt", "graph.trig": "trig", "graph.nq": "nquads",
           "graph.jsonld": "json-ld", "graph.rdf": "xml"}
sets = {}
for name, fmt in formats.items():
    ds = rdflib.Dataset()
    ds.parse(os.path.join(OUT, name), format=fmt)
    sets[name] = {(s, p, o) for s, p, o, _ in ds.quads((None, None, None, None))}
    check(len(sets[name]) > 0, f"rdflib parses {name}: {len(sets[name])} triples")
ref = sets["graph.nt"]
for name, s in sets.items():
    check(s == ref, f"{name} has the same triples as graph.nt")

# --- SHACL ---------------------------------------------------------------------------------
shapes = os.path.join(ROOT, "ontology", "shapes.ttl")
data = rdflib.Graph().parse(os.path.join(OUT, "graph.ttl"), format="turtle")
conforms, _, report = validate(data, shacl_graph=shapes, shacl_graph_format="turtle")
check(conforms, "pyshacl: out/graph.ttl conforms to ontology/shapes.ttl" + ("" if conforms else "\n" + report))
# The shapes are not vacuous: a statement without text, and a date that is not xsd:date, fail.
SCHEMA = rdflib.Namespace("http://schema.org/")
NKG = rdflib.Namespace("https://w3id.org/newskg/ontology#")
broken = rdflib.Graph()
for t in data:
    broken.add(t)
st = next(broken.subjects(rdflib.RDF.type, NKG.Statement))
broken.remove((st, SCHEMA.text, None))
bad, _, _ = validate(broken, shacl_graph=shapes, shacl_graph_format="turtle")
check(not bad, "pyshacl rejects a statement without text")
broken = rdflib.Graph()
for t in data:
    broken.add(t)
s, o = next((s, o) for s, o in broken.subject_objects(NKG.saidOn))
broken.remove((s, NKG.saidOn, o))
broken.add((s, NKG.saidOn, rdflib.Literal(str(o))))
bad, _, _ = validate(broken, shacl_graph=shapes, shacl_graph_format="turtle")
check(not bad, "pyshacl rejects a saidOn that is not an xsd:date")

# --- Ladybug: run load.cypher in a fresh on-disk database, then ask it questions -------------
import ladybug as lb  # noqa: E402

lbdir = os.path.join(OUT, "ladybug")
here = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    db = lb.Database(os.path.join(tmp, "kg.lbug"))
    conn = lb.Connection(db)
    os.chdir(lbdir)
    try:
        script = open("load.cypher", encoding="utf-8").read()
        n = 0
        for stmt in script.split(";\n"):
            if stmt.strip():
                conn.execute(stmt)
                n += 1
        check(n > 10, f"ladybug ran {n} statements of ladybug/load.cypher")
    finally:
        os.chdir(here)

    def query(q):
        r = conn.execute(q)
        out = []
        while r.has_next():
            out.append(r.get_next())
        return out

    for table in ["Person", "Organization", "Place", "Article", "Statement"]:
        got = query(f"MATCH (n:{table}) RETURN count(*)")[0][0]
        want = len(rows(os.path.join(lbdir, table.lower() + ".csv")))
        check(got == want, f"ladybug {table}: {got} rows = CSV")
    # Who made statements dated 2024-10-18, by Cypher and by reading the CSVs directly.
    got = {r[0] for r in query(
        "MATCH (p)-[:SAID]->(s:Statement) WHERE s.saidOn = date('2024-10-18') RETURN DISTINCT p.name")}
    dated = {r["id"] for r in rows(os.path.join(lbdir, "statement.csv")) if r["saidOn"] == "2024-10-18"}
    names = {}
    for t in ["person", "organization", "place"]:
        names.update({r["id"]: r["name"] for r in rows(os.path.join(lbdir, t + ".csv"))})
    want = set()
    for f in os.listdir(lbdir):
        if f.startswith("said_"):
            want |= {names[r["from"]] for r in rows(os.path.join(lbdir, f)) if r["to"] in dated}
    check(got == want and len(got) > 0, f"ladybug: speakers on 2024-10-18 = {sorted(got)}")
    check("Kyrylo Budanov" in got, "ladybug: Kyrylo Budanov spoke on 2024-10-18 (sample fact)")
    lists = query("MATCH (p:Person) WHERE size(p.evidence) > 0 RETURN count(*)")[0][0]
    check(lists > 0, f"ladybug reads STRING[] columns ({lists} people with evidence lists)")
    dates = query("MATCH (a:Article) WHERE a.published IS NOT NULL RETURN count(*)")[0][0]
    check(dates > 0, f"ladybug reads DATE columns ({dates} dated articles)")

if failures:
    print(f"\n{len(failures)} check(s) failed", file=sys.stderr)
    sys.exit(1)
print("\nall export checks passed")
