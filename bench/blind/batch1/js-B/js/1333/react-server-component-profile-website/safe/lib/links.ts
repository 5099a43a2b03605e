// Parse with the WHATWG URL parser instead of a hand-written pattern.
const URL_PATTERN = /^https?:$/;

export function linkableWebsite(raw: string | null): string | null {
  if (!raw) return null;
  const candidate = raw.trim();
  if (candidate.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(candidate.includes('://') ? candidate : `https://${candidate}`);
  } catch {
    return null;
  }
  if (!URL_PATTERN.test(url.protocol) || !url.hostname.includes('.')) return null;
  return url.toString();
}
