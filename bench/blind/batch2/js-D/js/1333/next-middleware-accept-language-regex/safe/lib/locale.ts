const SUPPORTED = ['en', 'de', 'fr', 'es'];
const ENTRY_RE = /^([a-zA-Z]{1,8})(?:-[a-zA-Z0-9]{1,8})*$/;

export function pickLocale(header: string | null): string {
  if (!header) return 'en';
  for (const part of header.slice(0, 512).split(',', 20)) {
    const tag = part.split(';')[0].trim();
    if (!ENTRY_RE.test(tag)) continue;
    const lang = tag.slice(0, 2).toLowerCase();
    if (SUPPORTED.includes(lang)) return lang;
  }
  return 'en';
}
