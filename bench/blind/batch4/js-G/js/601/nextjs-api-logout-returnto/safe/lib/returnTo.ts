const ALLOWED_HOSTS = new Set(['www.example.com', 'help.example.com']);

export function resolveReturnTo(value: string | string[] | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw) return '/';
  try {
    const u = new URL(raw, 'https://www.example.com');
    if (u.protocol === 'https:' && ALLOWED_HOSTS.has(u.hostname)) return u.toString();
  } catch {
    // fall through
  }
  return '/';
}
