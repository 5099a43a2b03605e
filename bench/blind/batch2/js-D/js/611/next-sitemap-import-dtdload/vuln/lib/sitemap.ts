import { parseXmlString } from 'libxmljs2';

const NS = { sm: 'http://www.sitemaps.org/schemas/sitemap/0.9' };

export function extractUrls(xml: string): string[] {
  const doc = parseXmlString(xml, { noent: true, dtdload: true }); // cg-expect: CWE-611
  const nodes = doc.find('//sm:url/sm:loc', NS);
  return nodes.map((n: any) => n.text().trim()).filter((u: string) => /^https?:\/\//.test(u));
}

export function isSitemapIndex(xml: string): boolean {
  return /<sitemapindex[\s>]/.test(xml.slice(0, 2048));
}
