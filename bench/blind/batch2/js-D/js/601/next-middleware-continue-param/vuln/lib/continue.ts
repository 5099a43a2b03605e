const FALLBACK = '/app';

export function continueTarget(value: string | null, origin: string): URL {
  if (!value) return new URL(FALLBACK, origin);
  try {
    return value.startsWith('http') ? new URL(value) : new URL(value, origin);
  } catch {
    return new URL(FALLBACK, origin);
  }
}
