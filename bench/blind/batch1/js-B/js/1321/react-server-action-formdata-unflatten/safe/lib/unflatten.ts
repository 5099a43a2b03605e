/**
 * Turns form fields named like "shipping.address.city" into nested objects so one
 * server action can accept the whole checkout form.
 */
const FIELD_NAME = /^[a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z][a-zA-Z0-9]*)*$/;
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

export function unflattenFormData(form: FormData): Record<string, unknown> {
  const out: Record<string, any> = Object.create(null);
  for (const [name, value] of form.entries()) {
    if (typeof value !== 'string') continue;
    if (!FIELD_NAME.test(name)) continue;
    const path = name.split('.');
    if (path.some((p) => RESERVED.has(p))) continue;
    let node = out;
    while (path.length > 1) {
      const key = path.shift()!;
      node = node[key] = Object.hasOwn(node, key) ? node[key] : Object.create(null);
    }
    node[path[0]] = value;
  }
  return out;
}
