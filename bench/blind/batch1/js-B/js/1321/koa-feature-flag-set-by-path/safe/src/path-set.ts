export type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

const SEGMENT = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const BLOCKED = new Set(['__proto__', 'constructor', 'prototype']);

/** setByPath(obj, 'checkout.newFlow.rollout', 25) */
export function setByPath(obj: Record<string, any>, path: string, value: Json): void {
  const segments = path.split('.').filter(Boolean);
  if (segments.length === 0 || segments.some((s) => !SEGMENT.test(s) || BLOCKED.has(s))) {
    throw new RangeError(`invalid flag path: ${path}`);
  }
  let cursor: Record<string, any> = obj;
  for (let i = 0; i < segments.length - 1; i++) {
    const seg = segments[i];
    if (!Object.hasOwn(cursor, seg) || typeof cursor[seg] !== 'object' || cursor[seg] === null) {
      cursor[seg] = Object.create(null);
    }
    cursor = cursor[seg];
  }
  cursor[segments[segments.length - 1]] = value;
}
