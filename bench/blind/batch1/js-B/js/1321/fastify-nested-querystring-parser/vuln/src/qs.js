// Parses "filter[status]=open&filter[owner][id]=7&sort=-created" into nested objects.
export function parseNestedQuery(raw) {
  const result = {};
  for (const [rawKey, rawValue] of new URLSearchParams(raw)) {
    const parts = rawKey.replace(/\]/g, '').split('[');
    let node = result;
    for (let i = 0; i < parts.length - 1; i++) {
      const part = parts[i];
      node[part] = node[part] ?? {};
      node = node[part];
    }
    node[parts[parts.length - 1]] = rawValue; // cg-expect: CWE-1321
  }
  return result;
}
