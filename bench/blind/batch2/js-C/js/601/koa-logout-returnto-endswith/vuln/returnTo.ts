const DEFAULT = 'https://www.example.com/';

export function resolveReturnTo(raw: string): string {
  try {
    const u = new URL(raw);
    if (u.hostname.endsWith('example.com')) return u.href;
  } catch {
    // fall through
  }
  return DEFAULT;
}
