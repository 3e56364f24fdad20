"""The graph benchmark's queries run in networkx, for the ratio in BENCHMARKS.md.

Called by bench/graph.ts with a folder holding the graph it generated (edges.u32: little-endian
uint32 pairs), the egos (egos.u32) and the subgraph's nodes (subgraph.u32). Prints one JSON object
of seconds. networkx's betweenness on the subgraph is timed from `sources` pivots (networkx's own
k= option) and scaled to all nodes, its constraint from the first `ego_share` egos and its effective
size from the first `effective_share`, each scaled to all of them, since the full runs would take
hours; the output says so.
"""
import json
import sys
import time

import networkx as nx
import numpy as np

folder = sys.argv[1]
sources = int(sys.argv[2]) if len(sys.argv) > 2 else 200
edges = np.fromfile(f"{folder}/edges.u32", dtype="<u4").reshape(-1, 2)
egos = np.fromfile(f"{folder}/egos.u32", dtype="<u4").tolist()
# A share of the egos is timed and scaled to all of them: networkx's constraint recomputes each
# neighbour's total tie weight inside its sums, and its effective size of an undirected graph takes
# the ego graph of G.to_undirected(), a copy of the whole network for every ego (about 45 s each here).
ego_share = int(sys.argv[3]) if len(sys.argv) > 3 else 50
effective_share = int(sys.argv[4]) if len(sys.argv) > 4 else 2
sub_nodes = np.fromfile(f"{folder}/subgraph.u32", dtype="<u4").tolist()

t = time.perf_counter()
G = nx.Graph()
G.add_edges_from(edges.tolist())
build = time.perf_counter() - t
print(f"networkx: built in {build:.1f} s", file=sys.stderr, flush=True)

some = egos[:ego_share]
t = time.perf_counter()
nx.constraint(G, nodes=some)
constraint_s = (time.perf_counter() - t) * len(egos) / len(some)
fewer = egos[:effective_share]
t = time.perf_counter()
nx.effective_size(G, nodes=fewer)
effective_s = (time.perf_counter() - t) * len(egos) / len(fewer)
egos_s = constraint_s + effective_s

S = G.subgraph(sub_nodes).copy()
k = min(sources, S.number_of_nodes())
t = time.perf_counter()
nx.betweenness_centrality(S, k=k, seed=1)
sampled = time.perf_counter() - t

# Warm paths: networkx has no hop-limited k-best simple paths, so the nearest query is Yen's
# algorithm (shortest_simple_paths) from the ego to a sink joined to every market actor, with cost
# −log(weight) so the cheapest path is the strongest product. Each of its paths reruns Dijkstra over
# the whole network; the first path is timed alone, then up to ten within a minute.
weights = np.fromfile(f"{folder}/weights.f32", dtype="<f4")
market = np.fromfile(f"{folder}/market.u32", dtype="<u4").tolist()
ego = int(np.fromfile(f"{folder}/ego.u32", dtype="<u4")[0])
costs = (-np.log(weights.astype(np.float64))).tolist()
for (a, b), cost in zip(edges.tolist(), costs):
    if a == b:
        continue
    edge = G[a][b]
    if cost < edge.get("cost", float("inf")):
        edge["cost"] = cost
sink = -1
G.add_edges_from(((v, sink) for v in set(market)), cost=0.0)
t = time.perf_counter()
found = 0
first = None
for _ in nx.shortest_simple_paths(G, ego, sink, weight="cost"):
    found += 1
    if first is None:
        first = time.perf_counter() - t
    if found == 10 or time.perf_counter() - t > 60:
        break
paths_s = time.perf_counter() - t
print(f"networkx: warm paths {found} in {paths_s:.1f} s", file=sys.stderr, flush=True)

print(json.dumps({
    "warmPathsFirst": first,
    "warmPathsCount": found,
    "warmPathsSeconds": paths_s,
    "build": build,
    "egos": egos_s,
    "egosTimed": len(some),
    "effectiveSizeTimed": len(fewer),
    "constraint": constraint_s,
    "effectiveSize": effective_s,
    "betweennessSampled": sampled,
    "betweennessSources": k,
    "betweennessEstimated": sampled * S.number_of_nodes() / k,
    "version": nx.__version__,
}))
