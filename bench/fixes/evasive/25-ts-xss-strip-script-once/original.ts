import express, { Request, Response } from "express";

const app = express();

const CATALOGUE: string[] = ["red mug", "blue mug", "green teapot", "travel flask"];

app.get("/search", (req: Request, res: Response) => {
  const q = String(req.query.q ?? "");
  if (q.length > 100) {
    res.status(400).send("query too long");
    return;
  }
  const hits = CATALOGUE.filter((item) => item.includes(q.toLowerCase()));
  const list = hits.map((h) => `<li>${h}</li>`).join("");
  res.type("html").send(`<h1>Results for ${q}</h1><ul>${list}</ul>`); // cg-flaw
});

app.listen(3009);
