import { parseXmlString } from 'libxmljs2';

const NS = { sm: 'http://www.sitemaps.org/schemas/sitemap/0.9' };

export function extractUrls(xml: string): string[] {
  const doc = parseXmlString(xml, { dtdload: false, noent: false, nonet: true });
  return doc
    .find('//sm:url/sm:loc', NS)
    .map((n) => n.text().trim())
    .filter((u) => u.startsWith('https://'));
}
