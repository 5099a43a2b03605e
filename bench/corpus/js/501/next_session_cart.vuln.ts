import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { sessionOptions, type CartSession } from "../../lib/session";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<CartSession>(req, res, sessionOptions);
  const tier = String(req.query.tier ?? "basic");
  session.priceTier = tier;  // cg-expect: CWE-501
  await session.save();
  res.json({ tier });
}
