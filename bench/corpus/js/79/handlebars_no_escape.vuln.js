const express = require("express");
const Handlebars = require("handlebars");

const app = express();
const render = Handlebars.compile("<h2>Results for {{query}}</h2>", { noEscape: true });  // cg-expect: CWE-79

app.get("/search", (req, res) => {
  const query = String(req.query.q || "");
  res.type("html").send(render({ query }));
});

module.exports = app;
