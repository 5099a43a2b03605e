const express = require("express");

const app = express();

app.get("/docs", (req, res) => {
  const page = req.query.page || "index.html";
  res.sendFile(page, { root: "/srv/docs" });
});

module.exports = app;
