import vm from "node:vm";
import express from "express";

const app = express();
app.use(express.text());

app.post("/scripts/run", (req, res) => {
  const source = req.body;
  const context = vm.createContext({ result: null });
  vm.runInContext(source, context, { timeout: 50 });  // cg-expect: CWE-94
  res.json({ result: context.result });
});

export default app;
