import express from "express";

const app = express();
const WORDS = "(\\w+\\s?)*";

app.post("/titles/check", express.json(), (req, res) => {
  const title = String(req.body.title);
  const valid = new RegExp(`^${WORDS}$`).test(title);  // cg-expect: CWE-1333
  res.json({ valid });
});

export default app;
