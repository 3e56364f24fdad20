#!/usr/bin/env python3
"""Writes the graph engine's reference values, computed by networkx, to src/core/graph/fixtures/.

Regenerate (from the repository root; needs python3 with networkx 3.5 or later, whose `k=` rescaling
of sampled betweenness the engine follows; Debian 12's python3-networkx 2.8 is too old):

    python3 scripts/graph-fixtures.py

It then formats the files with `npx prettier --write` (as `npm run lint` checks them); if npx is not
at hand it says so and the files are left as written. The tests in src/core/graph/*.test.ts read
these files and must agree with them to 1e-9 for every node.

Each fixture holds: nodeCount, the edges as [from, to] pairs (nodes are 0…n-1), weights (or null),
and networkx's values per node, in node order: betweenness (nx.betweenness_centrality, normalized,
endpoints excluded), constraint and effectiveSize (weight=None; unweighted effective size is
Borgatti's n - 2t/n), for the weighted graph also weightedConstraint and weightedEffectiveSize
(weight="weight"), and hop distances between all pairs (nx.all_pairs_shortest_path_length) as a
matrix. Karate and gnp-60 also hold a sampled betweenness (nx.betweenness_centrality(G, k=10,
seed=42)) with the pivots networkx drew for it. NaN (the constraint of an isolated node) and
"unreachable" are written as null. The graphs are fixed or seeded, so the output only changes when
networkx does.
"""

import json
import math
import random
import struct
import subprocess
import sys
from pathlib import Path

import networkx as nx

OUT = Path(__file__).resolve().parent.parent / "src" / "core" / "graph" / "fixtures"


def float32(x):
    """The nearest float32, so the engine's Float32Array weights are exactly networkx's."""
    return struct.unpack("f", struct.pack("f", x))[0]


def numbers(values, n):
    return [None if math.isnan(values[v]) else values[v] for v in range(n)]


def sampled_betweenness(G, k, seed):
    """networkx's estimate from k pivots, and the pivots: an int seed makes networkx draw them with
    random.Random(seed).sample(list(G), k), which this repeats."""
    pivots = random.Random(seed).sample(list(G.nodes()), k)
    values = nx.betweenness_centrality(G, k=k, seed=seed)
    return {"k": k, "seed": seed, "pivots": sorted(pivots), "values": numbers(values, G.number_of_nodes())}


def fixture(name, description, G, weighted=False, sampled=False):
    n = G.number_of_nodes()
    assert sorted(G.nodes()) == list(range(n)), "nodes must be 0…n-1"
    edges = [[u, v] for u, v in G.edges()]
    lengths = dict(nx.all_pairs_shortest_path_length(G))
    # Structural holes node by node: with nodes=None and scipy present, networkx 3.x takes a sparse
    # matrix path whose weighted effective size divides by the wrong node's strongest tie (its
    # row-max broadcasts across columns; networkx PR #8906), disagreeing with its own per-node
    # formula, with UCINET and with igraph. The per-node path is the documented definition.
    nodes = list(range(n))
    data = {
        "name": name,
        "description": description,
        "networkx": nx.__version__,
        "nodeCount": n,
        "edges": edges,
        "weights": [G[u][v]["weight"] for u, v in G.edges()] if weighted else None,
        "betweenness": numbers(nx.betweenness_centrality(G), n),
        "constraint": numbers(nx.constraint(G, nodes=nodes), n),
        "effectiveSize": numbers(nx.effective_size(G, nodes=nodes), n),
    }
    if weighted:
        data["weightedConstraint"] = numbers(nx.constraint(G, nodes=nodes, weight="weight"), n)
        data["weightedEffectiveSize"] = numbers(nx.effective_size(G, nodes=nodes, weight="weight"), n)
    if sampled:
        data["sampledBetweenness"] = sampled_betweenness(G, 10, 42)
    data["distances"] = [[lengths[s].get(t) for t in range(n)] for s in range(n)]
    path = OUT / f"{name}.json"
    path.write_text(json.dumps(data, allow_nan=False) + "\n")
    return path


def karate():
    # Only the ties: networkx 3 adds interaction counts as weights, which this fixture ignores.
    G = nx.Graph()
    G.add_nodes_from(range(34))
    G.add_edges_from(nx.karate_club_graph().edges())
    return G


def random_gnp():
    G = nx.gnp_random_graph(60, 0.08, seed=7)
    return G


def components():
    """Several components, isolated nodes between them, a 4-cycle and a K4 (many equal shortest paths)."""
    G = nx.Graph()
    G.add_nodes_from(range(24))
    G.add_edges_from([(0, 1), (1, 2), (2, 0), (2, 3), (3, 4)])  # triangle with a tail
    # node 5 isolated
    G.add_edges_from([(6, 7), (6, 8), (6, 9), (6, 10)])  # star
    G.add_edges_from([(11, 12), (12, 13), (13, 14), (14, 11)])  # 4-cycle
    # nodes 15 and 16 isolated
    G.add_edges_from([(17, 18), (17, 19), (17, 20), (18, 19), (18, 20), (19, 20)])  # K4
    G.add_edges_from([(20, 21), (21, 22)])  # a path leaving the K4
    # node 23 isolated
    return G


def weighted():
    """A small-world graph with float32-exact random weights in (0, 1], plus one isolated node."""
    G = nx.Graph()
    G.add_nodes_from(range(41))
    rng = random.Random(13)
    for u, v in nx.connected_watts_strogatz_graph(40, 4, 0.3, seed=11).edges():
        G.add_edge(u, v, weight=float32(rng.uniform(0.05, 1.0)))
    G.add_edge(3, 39, weight=1.0)
    return G


def main():
    major, minor = (int(part) for part in nx.__version__.split(".")[:2])
    if (major, minor) < (3, 5):
        sys.exit(f"networkx {nx.__version__} is too old: 3.5 changed how betweenness_centrality(k=...) scales, and the engine follows 3.5")
    OUT.mkdir(parents=True, exist_ok=True)
    paths = [
        fixture("karate", "Zachary's karate club (nx.karate_club_graph), unweighted", karate(), sampled=True),
        fixture("gnp-60", "nx.gnp_random_graph(60, 0.08, seed=7)", random_gnp(), sampled=True),
        fixture("components", "Five components, three isolated nodes, a 4-cycle and a K4", components()),
        fixture("weighted", "nx.connected_watts_strogatz_graph(40, 4, 0.3, seed=11) with float32 weights, plus an isolated node", weighted(), True),
    ]
    try:
        subprocess.run(["npx", "prettier", "--write", *map(str, paths)], check=True, cwd=OUT.parent.parent.parent.parent)
    except (OSError, subprocess.CalledProcessError) as error:
        print(f"Could not format the fixtures with prettier ({error}); run: npx prettier --write {OUT}", file=sys.stderr)
    for path in paths:
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
