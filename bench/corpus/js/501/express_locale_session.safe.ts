import express, { type Request, type Response } from "express";

export const router = express.Router();

router.post("/account/link", (req: Request, res: Response) => {
  const externalId = req.user?.externalId;
  const source = req.body.source === "partner" ? "partner" : "web";
  req.session.externalId = externalId;
  req.session.source = source;
  res.json({ linked: Boolean(externalId) });
});
