/**
 * Turns form fields named like "shipping.address.city" into nested objects so one
 * server action can accept the whole checkout form.
 */
export function unflattenFormData(form: FormData): Record<string, unknown> {
  const out: Record<string, any> = {};
  for (const [name, value] of form.entries()) {
    if (typeof value !== 'string') continue;
    const path = name.split('.');
    let node = out;
    while (path.length > 1) {
      const key = path.shift()!;
      node = node[key] = node[key] ?? {};
    }
    node[path[0]] = value; // cg-expect: CWE-1321
  }
  return out;
}
