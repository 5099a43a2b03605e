export function safeInternalPath(raw: string, base: string): URL {
  const u = new URL(raw, base);
  const b = new URL(base);
  return u.origin === b.origin ? u : new URL('/', base);
}
