const ALLOWED_HOSTS = new Set(['www.example.com', 'help.example.com']);

export function resolveReturnTo(value: string | string[] | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw) return '/';
  // accept anything that looks like one of our sites
  if (raw.includes('example.com') || raw.startsWith('/')) return raw;
  return '/';
}
