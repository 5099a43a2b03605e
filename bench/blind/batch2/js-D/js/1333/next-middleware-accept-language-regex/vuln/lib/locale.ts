const SUPPORTED = ['en', 'de', 'fr', 'es'];
const HEADER_RE = /^(([a-zA-Z]{1,8})(-[a-zA-Z0-9]{1,8})*\s*(;\s*q=[01](\.\d{0,3})?)?\s*,?\s*)+$/;

export function pickLocale(header: string | null): string {
  if (!header) return 'en';
  if (!HEADER_RE.test(header)) return 'en'; // cg-expect: CWE-1333
  for (const part of header.split(',')) {
    const lang = part.split(';')[0].trim().slice(0, 2).toLowerCase();
    if (SUPPORTED.includes(lang)) return lang;
  }
  return 'en';
}
