export function sameOriginPath(candidate: string): string {
  try {
    const base = 'http://internal.invalid';
    const u = new URL(candidate, base);
    if (u.origin !== base) return '/';
    return u.pathname + u.search + u.hash;
  } catch {
    return '/';
  }
}
