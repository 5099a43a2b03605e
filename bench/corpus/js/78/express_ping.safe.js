const express = require("express");
const { execFile } = require("child_process");

const app = express();

app.get("/tools/ping", (req, res) => {
  const host = req.query.host;
  if (!host) {
    return res.status(400).json({ error: "host required" });
  }
  execFile("ping", ["-c", "3", host], (err, stdout) => {
    res.json({ ok: !err, output: stdout });
  });
});

module.exports = app;
