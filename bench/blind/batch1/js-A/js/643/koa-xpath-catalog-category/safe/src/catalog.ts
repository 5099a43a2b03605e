import { readFileSync } from 'node:fs';
import * as xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';

export interface Item {
  sku: string;
  title: string;
  price: number;
}

const SLUG = /^[a-z0-9-]{1,40}$/;

export class Catalog {
  private constructor(private readonly doc: Document) {}

  static fromFile(path: string): Catalog {
    return new Catalog(new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/xml') as unknown as Document);
  }

  itemsIn(category: string, maxPrice: number): Item[] {
    if (!SLUG.test(category)) return [];
    // wholesale-only items carry internal="true" and must never be listed
    const expr = `//category[@slug="${category}"]/item[not(@internal="true")]`;
    const nodes = xpath.select(expr, this.doc as any) as Element[];
    return nodes
      .map((n) => ({ sku: n.getAttribute('sku') ?? '', title: xpath.select1('string(title)', n) as string, price: Number(n.getAttribute('price')) }))
      .filter((i) => i.price <= maxPrice);
  }
}
