const express = require("express");

const app = express();
app.use(express.urlencoded({ extended: false }));

app.post("/login", (req, res) => {
  if (!req.body.user) return res.status(400).end();
  const next = req.query.next || "/";
  res.redirect(next);  // cg-expect: CWE-601
});

module.exports = app;
