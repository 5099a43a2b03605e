import type { NextApiRequest, NextApiResponse } from "next";
import * as xpath from "xpath";
import { loadCatalog } from "../../lib/catalog";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const doc = await loadCatalog();
  const brand = String(req.query.brand ?? "");
  const nodes = xpath.select(`//product[brand="${brand}"]/name/text()`, doc) as Node[];  // cg-expect: CWE-643
  res.json(nodes.map((n) => n.nodeValue));
}
