import { readFileSync } from 'fs';
import path from 'path';
import * as xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';

const doc = new DOMParser().parseFromString(
  readFileSync(path.join(process.cwd(), 'data', 'shipping-rates.xml'), 'utf8'),
  'text/xml'
);
const REGIONS = new Set(['eu', 'uk', 'us', 'apac']);

export function ratesFor(region: string, weightKg: number) {
  if (!REGIONS.has(region)) return [];
  const nodes = xpath.parse("/rates/region[@code=$region]/carrier[@public='true']")
    .select({ node: doc as any, variables: { region } }) as unknown as Element[];
  return nodes.map((c) => ({
    carrier: c.getAttribute('name'),
    price: Number(c.getAttribute('base')) + Number(c.getAttribute('perKg')) * weightKg,
  }));
}
