import { parseXmlString } from 'libxmljs2';

const NS = { sm: 'http://www.sitemaps.org/schemas/sitemap/0.9' };

export function extractUrls(xml: string): string[] {
  const doc = parseXmlString(xml, { dtdload: true, noent: true }); // cg-expect: CWE-611
  return doc
    .find('//sm:url/sm:loc', NS)
    .map((n) => n.text().trim())
    .filter((u) => u.startsWith('https://'));
}
