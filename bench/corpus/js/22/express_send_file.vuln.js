const express = require("express");

const app = express();

app.get("/docs", (req, res) => {
  const page = req.query.page || "index.html";
  const location = "/srv/docs/" + page;
  res.sendFile(location);  // cg-expect: CWE-22
});

module.exports = app;
