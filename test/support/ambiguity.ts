/**
 * Whether a position automaton (test/support/linear-regex.ts) is finitely
 * ambiguous: over any text, the number of paths from its start is bounded.
 * The two witnesses of the contrary (exponential and polynomial ambiguity)
 * are searched in the product of the automaton with itself and with two
 * copies of itself.
 */
import { complement, intersects, isSubset, union, type CharSet } from "./char-sets.js";

export interface PositionAutomaton {
  /** The characters each state is entered on. */
  readonly sets: readonly CharSet[];
  /** The pattern text of each state, for the reason given. */
  readonly names: readonly string[];
  /** Per state, the states it leads to and by how many distinct routes (capped at 2). */
  readonly follow: readonly Map<number, number>[];
}

export type AmbiguityVerdict =
  { readonly linear: true } | { readonly linear: false; readonly reason: string };

interface Edge {
  readonly to: number;
  readonly routes: number;
}

/** Strongly connected components (Tarjan, iterative): component id per node; -1 if not reached. */
function components(
  count: number,
  roots: readonly number[],
  next: (n: number) => readonly number[],
): Int32Array {
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const comp = new Int32Array(count).fill(-1);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  let counter = 0;
  let comps = 0;
  for (const root of roots) {
    if (index[root] !== -1) continue;
    const work: { node: number; edges: readonly number[]; i: number }[] = [];
    const open = (n: number): void => {
      index[n] = low[n] = counter++;
      stack.push(n);
      onStack[n] = 1;
      work.push({ node: n, edges: next(n), i: 0 });
    };
    open(root);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      if (top.i < top.edges.length) {
        const m = top.edges[top.i++]!;
        if (index[m] === -1) open(m);
        else if (onStack[m]) low[top.node] = Math.min(low[top.node]!, index[m]!);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.node] = Math.min(low[parent.node]!, low[top.node]!);
      if (low[top.node] === index[top.node]) {
        let m: number;
        do {
          m = stack.pop()!;
          onStack[m] = 0;
          comp[m] = comps;
        } while (m !== top.node);
        comps++;
      }
    }
  }
  return comp;
}

/**
 * The states from which the search cannot fail: every state reachable from
 * them may end the pattern, on every character none of its edges takes (and
 * at the end of the text). The engine's first descent from such a state ends
 * in a match, so no path goes on from it to be counted: `\s+` in
 * `replace(/\s+/g, " ")`, `(.*)$` under `m`.
 */
function cannotFail(
  a: PositionAutomaton,
  edges: readonly Edge[][],
  ends: ReadonlyMap<number, CharSet>,
  guarded: ReadonlySet<number>,
): boolean[] {
  const n = a.sets.length;
  const into: number[][] = Array.from({ length: n }, () => []);
  for (let x = 0; x < n; x++) for (const e of edges[x]!) into[e.to]!.push(x);
  const failing: number[] = [];
  for (let x = 0; x < n; x++) {
    const stops = complement(union(...edges[x]!.map((e) => a.sets[e.to]!)));
    const accepted = ends.get(x);
    if (!accepted || !isSubset(stops, accepted) || guarded.has(x)) failing.push(x);
  }
  const mayFail = new Set(failing);
  for (let i = 0; i < failing.length; i++)
    for (const y of into[failing[i]!]!)
      if (!mayFail.has(y)) {
        mayFail.add(y);
        failing.push(y);
      }
  return Array.from({ length: n }, (_, x) => !mayFail.has(x));
}

export function ambiguity(
  a: PositionAutomaton,
  start: Map<number, number>,
  ends: ReadonlyMap<number, CharSet>,
  guarded: ReadonlySet<number>,
): AmbiguityVerdict {
  const n = a.sets.length;
  const init = n;
  const live = (x: number): boolean => a.sets[x]!.length > 0;
  const edges: Edge[][] = a.follow.map((f) =>
    [...f].filter(([to]) => live(to)).map(([to, routes]) => ({ to, routes })),
  );
  const done = cannotFail(a, edges, ends, guarded);
  for (let x = 0; x < n; x++) if (done[x]) edges[x] = [];
  edges.push([...start].filter(([to]) => live(to)).map(([to, routes]) => ({ to, routes })));
  const overlapMemo = new Map<number, boolean>();
  const overlap = (x: number, y: number): boolean => {
    const key = x * n + y;
    let v = overlapMemo.get(key);
    if (v === undefined) overlapMemo.set(key, (v = intersects(a.sets[x]!, a.sets[y]!)));
    return v;
  };
  return exponential(a, edges, init, overlap) ?? polynomial(a, edges, init, overlap) ?? { linear: true };
}

/** A state with two different cycles over one text: `(a|a)*`, `(a+)+`, `(.*,)*`. */
function exponential(
  a: PositionAutomaton,
  edges: readonly Edge[][],
  init: number,
  overlap: (x: number, y: number) => boolean,
): AmbiguityVerdict | undefined {
  const size = edges.length;
  const pair = (x: number, y: number): number => x * size + y;
  const doubled: [number, number][] = [];
  const next = (p: number): number[] => {
    const x = Math.floor(p / size);
    const y = p % size;
    const out: number[] = [];
    for (const ex of edges[x]!)
      for (const ey of edges[y]!) {
        if (!overlap(ex.to, ey.to)) continue;
        const q = pair(ex.to, ey.to);
        if (x === y && ex.to === ey.to && ex.routes > 1) doubled.push([p, q]);
        out.push(q);
      }
    return out;
  };
  const comp = components(size * size, [pair(init, init)], next);
  const diagonal = new Set<number>();
  for (let p = 0; p < comp.length; p++)
    if (comp[p] !== -1 && Math.floor(p / size) === p % size) diagonal.add(comp[p]!);
  for (const [from, to] of doubled)
    if (comp[from] === comp[to] && comp[from] !== -1)
      return { linear: false, reason: `exponential: two routes repeat ${a.names[to % size]}` };
  for (let p = 0; p < comp.length; p++) {
    const x = Math.floor(p / size);
    const y = p % size;
    if (x !== y && comp[p] !== -1 && diagonal.has(comp[p]!))
      return { linear: false, reason: `exponential: ${a.names[x]} and ${a.names[y]} repeat over one text` };
  }
  return undefined;
}

/** Two loops p ≠ q and a text that can stay in p, move from p to q, or stay in q: `\s*\s*$`, `\w+\d+`. */
function polynomial(
  a: PositionAutomaton,
  edges: readonly Edge[][],
  init: number,
  overlap: (x: number, y: number) => boolean,
): AmbiguityVerdict | undefined {
  const size = edges.length;
  const targets = (x: number): number[] => edges[x]!.map((e) => e.to);
  const comp = components(size, [init], targets);
  const members = new Map<number, number[]>();
  for (let x = 0; x < size; x++)
    if (comp[x] !== -1) members.set(comp[x]!, [...(members.get(comp[x]!) ?? []), x]);
  const cyclic = (x: number): boolean =>
    comp[x] !== -1 && (members.get(comp[x]!)!.length > 1 || targets(x).includes(x));
  const loops = [...Array(size).keys()].filter(cyclic);
  const reaches = (from: number): Set<number> => {
    const seen = new Set([from]);
    const queue = [from];
    while (queue.length > 0)
      for (const y of targets(queue.pop()!))
        if (!seen.has(y)) {
          seen.add(y);
          queue.push(y);
        }
    return seen;
  };
  const reach = loops.map(reaches);
  const tripleOverlap = (x: number, y: number, z: number): boolean =>
    overlap(x, y) && overlap(y, z) && overlap(x, z) && intersectsAll(a.sets[x]!, a.sets[y]!, a.sets[z]!);
  for (const [i, p] of loops.entries())
    for (const q of loops) {
      if (q === p || !reach[i]!.has(q)) continue;
      const inP = comp[p]!;
      const inQ = comp[q]!;
      const key = (x: number, y: number, z: number): number => (x * size + y) * size + z;
      const seen = new Set([key(p, p, q)]);
      const queue: [number, number, number][] = [[p, p, q]];
      while (queue.length > 0) {
        const [x, y, z] = queue.pop()!;
        for (const ex of edges[x]!) {
          if (comp[ex.to] !== inP) continue;
          for (const ey of edges[y]!)
            for (const ez of edges[z]!) {
              if (comp[ez.to] !== inQ || !tripleOverlap(ex.to, ey.to, ez.to)) continue;
              if (ex.to === p && ey.to === q && ez.to === q)
                return {
                  linear: false,
                  reason: `polynomial: one text repeats ${a.names[p]}, leads from it to ${a.names[q]} and repeats that`,
                };
              const k = key(ex.to, ey.to, ez.to);
              if (!seen.has(k)) {
                seen.add(k);
                queue.push([ex.to, ey.to, ez.to]);
              }
            }
        }
      }
    }
  return undefined;
}

/** Some character in all three sets. */
function intersectsAll(x: CharSet, y: CharSet, z: CharSet): boolean {
  for (const [lo, hi] of x)
    for (const [ylo, yhi] of y) {
      const l = Math.max(lo, ylo);
      const h = Math.min(hi, yhi);
      if (l <= h && intersects([[l, h]], z)) return true;
    }
  return false;
}
