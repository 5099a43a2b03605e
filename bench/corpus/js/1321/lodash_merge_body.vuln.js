import _ from "lodash";
import express from "express";

const app = express();
app.use(express.json());
const config = { features: { beta: false } };

app.patch("/config", (req, res) => {
  const patch = req.body;
  _.merge(config, patch);  // cg-expect: CWE-1321
  res.json(config);
});

export default app;
