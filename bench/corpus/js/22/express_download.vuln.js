const express = require("express");
const path = require("path");
const fs = require("fs");

const app = express();
const FILES = "/srv/files";

app.get("/download", (req, res) => {
  const name = req.query.name;
  const full = path.join(FILES, name);
  fs.createReadStream(full).pipe(res);  // cg-expect: CWE-22
});

module.exports = app;
