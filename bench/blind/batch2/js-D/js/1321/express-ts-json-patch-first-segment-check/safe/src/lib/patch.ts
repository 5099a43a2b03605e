type Doc = Record<string, any>;
export interface PatchOp {
  op: 'replace' | 'add';
  path: string[];
  value: unknown;
}

const DANGEROUS = ['__proto__', 'constructor', 'prototype'];

export function applyPatch(doc: Doc, ops: PatchOp[]): Doc {
  for (const { path, value } of ops) {
    if (!Array.isArray(path) || path.length === 0) throw new Error('bad path');
    if (path.some((seg) => typeof seg !== 'string' || DANGEROUS.includes(seg))) throw new Error('bad path');
    let node: Doc = doc;
    for (const seg of path.slice(0, -1)) {
      if (!Object.prototype.hasOwnProperty.call(node, seg) || typeof node[seg] !== 'object' || node[seg] === null) node[seg] = {};
      node = node[seg];
    }
    node[path[path.length - 1]] = value;
  }
  return doc;
}
