const express = require("express");

function merge(target, source) {
  for (const key of Object.keys(source)) {
    const value = source[key];
    target[key] = value && typeof value === "object" ? merge(target[key] || {}, value) : value;  // cg-expect: CWE-1321
  }
  return target;
}

const app = express();
app.use(express.json());
const defaults = { theme: "light", notifications: { email: true } };

app.post("/settings", (req, res) => {
  res.json(merge(defaults, req.body));
});

module.exports = app;
