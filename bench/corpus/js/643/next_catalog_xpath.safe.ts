import type { NextApiRequest, NextApiResponse } from "next";
import * as xpath from "xpath";
import { loadCatalog } from "../../lib/catalog";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const doc = await loadCatalog();
  const brand = String(req.query.brand ?? "");
  const nodes = xpath.parse("//product[brand=$brand]/name/text()").select({ node: doc, variables: { brand } }) as Node[];
  res.json(nodes.map((n) => n.nodeValue));
}
