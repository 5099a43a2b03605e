import xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';

let cached;

async function feedDocument() {
  if (!cached) {
    const xml = await (await fetch(process.env.PODCAST_FEED_URL)).text();
    cached = new DOMParser().parseFromString(xml, 'text/xml');
  }
  return cached;
}

// XPath 1.0 has no escape for quotes; build concat('..', "'", '..') when needed
function xpathLiteral(s) {
  if (!s.includes("'")) return `'${s}'`;
  if (!s.includes('"')) return `"${s}"`;
  return 'concat(' + s.split("'").map((p) => `'${p}'`).join(`, "'", `) + ')';
}

export async function episodesByGuest(guest) {
  const doc = await feedDocument();
  const expr = '/rss/channel/item[contains(description, ' + xpathLiteral(guest) + ')]';
  const result = xpath.evaluate(expr, doc, null, xpath.XPathResult.ORDERED_NODE_ITERATOR_TYPE, null);
  const out = [];
  for (let node = result.iterateNext(); node; node = result.iterateNext()) {
    out.push({ title: xpath.select1('string(title)', node), link: xpath.select1('string(link)', node) });
  }
  return out;
}
