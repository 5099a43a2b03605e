// Popular "URL validation" snippet; used to decide whether a profile website is linkable.
const URL_PATTERN = /^(https?:\/\/)?([\da-z.-]+)\.([a-z.]{2,6})([\/\w .-]*)*\/?$/;

export function linkableWebsite(raw: string | null): string | null {
  if (!raw) return null;
  const candidate = raw.trim();
  if (!URL_PATTERN.test(candidate)) return null; // cg-expect: CWE-1333
  return candidate.startsWith('http') ? candidate : `https://${candidate}`;
}
