import { parseXmlString } from 'libxmljs2';

const SM_NS = { sm: 'http://www.sitemaps.org/schemas/sitemap/0.9' };

export function extractUrls(xml: string): string[] {
  const parserOptions = { noent: false, nonet: true, nocdata: true };
  const doc = parseXmlString(xml, parserOptions);
  return doc
    .find('//sm:url/sm:loc', SM_NS)
    .map((n) => n.text().trim())
    .filter((u) => u.length > 0);
}
