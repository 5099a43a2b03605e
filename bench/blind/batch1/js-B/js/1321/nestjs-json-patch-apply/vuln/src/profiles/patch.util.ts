export interface PatchOp {
  op: 'add' | 'replace' | 'remove';
  path: string; // JSON Pointer, e.g. "/address/city"
  value?: unknown;
}

function decode(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function applyPatch<T extends object>(doc: T, ops: PatchOp[]): T {
  for (const { op, path, value } of ops) {
    const segments = path.split('/').slice(1).map(decode);
    const last = segments.pop();
    if (last === undefined) throw new Error('cannot patch the document root');
    let parent: any = doc;
    for (const seg of segments) {
      if (parent[seg] === undefined) parent[seg] = {};
      parent = parent[seg];
    }
    if (op === 'remove') delete parent[last];
    else parent[last] = value; // cg-expect: CWE-1321
  }
  return doc;
}
