import xpath from "xpath";
import type { Request, Response } from "express";

export class CatalogLookup {
  constructor(private readonly catalog: Node) {}

  priceOf(sku: string): string | null {
    const expr = "/catalog/item[sku='" + sku + "']/price/text()";
    const found = xpath.select1(expr, this.catalog);  // cg-expect: CWE-643
    return found ? String((found as Node).nodeValue) : null;
  }
}

export function priceHandler(lookup: CatalogLookup) {
  return (req: Request, res: Response) => res.json({ price: lookup.priceOf(String(req.query.sku)) });
}
