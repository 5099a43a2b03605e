import express from "express";

const app = express();
const WORDS = "\\w+(\\s\\w+)*";

app.post("/titles/check", express.json(), (req, res) => {
  const title = String(req.body.title);
  const valid = new RegExp(`^${WORDS}$`).test(title);
  res.json({ valid });
});

export default app;
