import { readFileSync } from 'fs';
import path from 'path';
import * as xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';

const doc = new DOMParser().parseFromString(
  readFileSync(path.join(process.cwd(), 'data', 'shipping-rates.xml'), 'utf8'),
  'text/xml'
);

export function ratesFor(region: string, weightKg: number) {
  const nodes = xpath.select(`/rates/region[@code='${region}']/carrier[@public='true']`, doc as any) as Element[]; // cg-expect: CWE-643
  return nodes.map((c) => ({
    carrier: c.getAttribute('name'),
    price: Number(c.getAttribute('base')) + Number(c.getAttribute('perKg')) * weightKg,
  }));
}
