const express = require("express");
const escapeHtml = require("escape-html");

const app = express();

app.get("/hello", (req, res) => {
  const name = req.query.name || "guest";
  const greeting = "Welcome back, " + escapeHtml(name);
  res.send("<h1>" + greeting + "</h1>");
});

module.exports = app;
