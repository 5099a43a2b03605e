export type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

/** setByPath(obj, 'checkout.newFlow.rollout', 25) */
export function setByPath(obj: Record<string, any>, path: string, value: Json): void {
  const segments = path.split('.').filter(Boolean);
  let cursor: Record<string, any> = obj;
  for (let i = 0; i < segments.length - 1; i++) {
    const seg = segments[i];
    if (typeof cursor[seg] !== 'object' || cursor[seg] === null) cursor[seg] = {};
    cursor = cursor[seg];
  }
  cursor[segments[segments.length - 1]] = value; // cg-expect: CWE-1321
}
