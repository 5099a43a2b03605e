import { readFileSync } from 'node:fs';
import * as xpath from 'xpath';
import { DOMParser } from '@xmldom/xmldom';

export interface Item {
  sku: string;
  title: string;
  price: number;
}

export class Catalog {
  private constructor(private readonly doc: Document) {}

  static fromFile(path: string): Catalog {
    return new Catalog(new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/xml') as unknown as Document);
  }

  itemsIn(category: string, maxPrice: number): Item[] {
    // wholesale-only items carry internal="true" and must never be listed
    const expr = `//category[@slug="${category}"]/item[not(@internal="true")]`;
    const nodes = xpath.select(expr, this.doc as any) as Element[]; // cg-expect: CWE-643
    return nodes
      .map((n) => ({ sku: n.getAttribute('sku') ?? '', title: xpath.select1('string(title)', n) as string, price: Number(n.getAttribute('price')) }))
      .filter((i) => i.price <= maxPrice);
  }
}
