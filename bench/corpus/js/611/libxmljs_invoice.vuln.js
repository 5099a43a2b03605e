const express = require("express");
const libxmljs = require("libxmljs");

const app = express();
app.use(express.text({ type: "application/xml" }));

app.post("/invoices", (req, res) => {
  const xml = req.body;
  const doc = libxmljs.parseXml(xml, { noent: true, dtdload: true });  // cg-expect: CWE-611
  res.json({ total: doc.get("//total").text() });
});

module.exports = app;
