import type { NextApiRequest, NextApiResponse } from "next";
import { getIronSession } from "iron-session";
import { sessionOptions, type CartSession } from "../../lib/session";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getIronSession<CartSession>(req, res, sessionOptions);
  const tier = req.query.tier === "premium" && session.isPremium ? "premium" : "basic";
  session.priceTier = tier;
  await session.save();
  res.json({ tier });
}
