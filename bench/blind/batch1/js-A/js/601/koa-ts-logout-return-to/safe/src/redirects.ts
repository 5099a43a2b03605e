const SITE_ORIGIN = 'https://app.example.com';

// Only allow relative paths on this site.
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0) return '/';
  if (!value.startsWith('/')) return '/';
  const resolved = new URL(value, SITE_ORIGIN);
  if (resolved.origin !== SITE_ORIGIN) return '/';
  return resolved.pathname + resolved.search + resolved.hash;
}
