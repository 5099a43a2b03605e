import express, { type Request, type Response } from "express";

export const router = express.Router();

router.post("/account/link", (req: Request, res: Response) => {
  const externalId = req.header("x-external-id");
  const source = req.body.source === "partner" ? "partner" : "web";
  req.session.externalId = externalId;  // cg-expect: CWE-501
  req.session.source = source;
  res.json({ linked: Boolean(externalId) });
});
