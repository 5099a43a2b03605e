const FALLBACK = '/app';

export function continueTarget(value: string | null, origin: string): URL {
  if (!value) return new URL(FALLBACK, origin);
  let u: URL;
  try {
    u = new URL(value, origin);
  } catch {
    return new URL(FALLBACK, origin);
  }
  return u.origin === origin ? u : new URL(FALLBACK, origin);
}
