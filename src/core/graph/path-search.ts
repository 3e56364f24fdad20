/**
 * The bookkeeping of warmPaths' best-first search, on growable typed arrays so that millions of
 * partial paths cost no objects: a max-heap of partial paths by priority, and the tree of partial
 * paths as parent pointers.
 */

/** A max-heap of partial-path numbers keyed by their priority. */
export class PathHeap {
  private items = new Uint32Array(1024);
  private keys = new Float64Array(1024);
  size = 0;

  push(item: number, key: number): void {
    if (this.size === this.items.length) {
      this.items = grown(this.items);
      this.keys = grown(this.keys);
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent]! >= key) break;
      this.items[i] = this.items[parent]!;
      this.keys[i] = this.keys[parent]!;
      i = parent;
    }
    this.items[i] = item;
    this.keys[i] = key;
  }

  pop(): number {
    const top = this.items[0]!;
    const item = this.items[--this.size]!;
    const key = this.keys[this.size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.keys[child + 1]! > this.keys[child]!) child++;
      if (this.keys[child]! <= key) break;
      this.items[i] = this.items[child]!;
      this.keys[i] = this.keys[child]!;
      i = child;
    }
    this.items[i] = item;
    this.keys[i] = key;
    return top;
  }
}

/** Partial paths as a tree of parent pointers in growable typed arrays: node, parent, entry used, hops, strength. */
export class PathTree {
  node = new Uint32Array(1024);
  parent = new Int32Array(1024);
  entry = new Uint32Array(1024);
  hops = new Uint8Array(1024);
  score = new Float64Array(1024);
  size = 0;

  add(node: number, parent: number, entry: number, hops: number, score: number): number {
    if (this.size === this.node.length) this.grow();
    const i = this.size++;
    this.node[i] = node;
    this.parent[i] = parent;
    this.entry[i] = entry;
    this.hops[i] = hops;
    this.score[i] = score;
    return i;
  }

  /** Whether `v` is already on the path ending at partial path `p`. */
  onPath(p: number, v: number): boolean {
    for (let i = p; i !== -1; i = this.parent[i]!) if (this.node[i] === v) return true;
    return false;
  }

  toPath(p: number): { score: number; nodes: number[]; entries: number[] } {
    const nodes: number[] = [];
    const entries: number[] = [];
    for (let i = p; i !== -1; i = this.parent[i]!) {
      nodes.push(this.node[i]!);
      if (this.parent[i] !== -1) entries.push(this.entry[i]!);
    }
    return { score: this.score[p]!, nodes: nodes.reverse(), entries: entries.reverse() };
  }

  private grow(): void {
    this.node = grown(this.node);
    this.parent = grown(this.parent);
    this.entry = grown(this.entry);
    this.hops = grown(this.hops);
    this.score = grown(this.score);
  }
}

/** A copy of the array at twice its length. */
function grown<T extends Uint8Array | Uint32Array | Int32Array | Float64Array>(array: T): T {
  const copy = new (array.constructor as new (length: number) => T)(array.length * 2);
  copy.set(array);
  return copy;
}
