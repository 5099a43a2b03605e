const express = require("express");

const app = express();
app.use(express.json());

app.post("/preferences", (req, res) => {
  req.session.theme = req.body.theme === "dark" ? "dark" : "light";
  const role = req.body.role;
  req.session.role = role;  // cg-expect: CWE-501
  res.json({ saved: true });
});

module.exports = app;
