const express = require("express");
const xpath = require("xpath");
const { DOMParser } = require("@xmldom/xmldom");
const fs = require("fs");

const doc = new DOMParser().parseFromString(fs.readFileSync("/etc/app/users.xml", "utf8"), "text/xml");
const app = express();

app.get("/role", (req, res) => {
  const name = req.query.name;
  const nodes = xpath.select(`//user[@name='${name}']/role/text()`, doc);  // cg-expect: CWE-643
  res.json(nodes.map((n) => n.nodeValue));
});

module.exports = app;
