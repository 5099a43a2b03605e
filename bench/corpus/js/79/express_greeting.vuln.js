const express = require("express");

const app = express();

app.get("/hello", (req, res) => {
  const name = req.query.name || "guest";
  const greeting = "Welcome back, " + name;
  res.send("<h1>" + greeting + "</h1>");  // cg-expect: CWE-79
});

module.exports = app;
