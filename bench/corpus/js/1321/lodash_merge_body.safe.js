import _ from "lodash";
import express from "express";

const app = express();
app.use(express.json());
const config = { features: { beta: false } };

app.patch("/config", (req, res) => {
  const patch = { features: { beta: Boolean(req.body?.features?.beta) } };
  _.merge(config, patch);
  res.json(config);
});

export default app;
