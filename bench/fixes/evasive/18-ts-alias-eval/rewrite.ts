import express, { Request, Response } from "express";

const app = express();
app.use(express.json());

const evaluate: (src: string) => unknown = eval;

interface RuleBody {
  condition: string;
  user: { age: number; country: string };
}

app.post("/rules/test", (req: Request, res: Response) => {
  const body = req.body as RuleBody;
  if (!body || typeof body.condition !== "string") {
    res.status(400).json({ error: "condition required" });
    return;
  }
  const user = body.user;
  const matched = Boolean(evaluate(body.condition));
  res.json({ matched, country: user.country });
});

app.listen(3002);
