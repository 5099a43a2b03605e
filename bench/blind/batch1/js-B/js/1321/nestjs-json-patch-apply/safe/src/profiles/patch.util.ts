export interface PatchOp {
  op: 'add' | 'replace' | 'remove';
  path: string; // JSON Pointer, e.g. "/address/city"
  value?: unknown;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function decode(segment: string): string {
  const s = segment.replace(/~1/g, '/').replace(/~0/g, '~');
  if (FORBIDDEN.has(s)) throw new Error(`forbidden path segment: ${s}`);
  return s;
}

export function applyPatch<T extends object>(doc: T, ops: PatchOp[]): T {
  for (const { op, path, value } of ops) {
    const segments = path.split('/').slice(1).map(decode);
    const last = segments.pop();
    if (last === undefined) throw new Error('cannot patch the document root');
    let parent: any = doc;
    for (const seg of segments) {
      if (!Object.prototype.hasOwnProperty.call(parent, seg)) parent[seg] = {};
      parent = parent[seg];
    }
    if (op === 'remove') delete parent[last];
    else parent[last] = value;
  }
  return doc;
}
