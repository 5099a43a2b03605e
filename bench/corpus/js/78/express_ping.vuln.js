const express = require("express");
const { exec } = require("child_process");

const app = express();

app.get("/tools/ping", (req, res) => {
  const host = req.query.host;
  if (!host) {
    return res.status(400).json({ error: "host required" });
  }
  const command = `ping -c 3 ${host}`;
  exec(command, (err, stdout) => {  // cg-expect: CWE-78
    res.json({ ok: !err, output: stdout });
  });
});

module.exports = app;
