export const SLUG_RE = /^([a-z0-9]+-?)*[a-z0-9]$/;
export const SLUG_LINEAR_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(s: string): boolean {
  return s.length <= 120 && SLUG_LINEAR_RE.test(s);
}
