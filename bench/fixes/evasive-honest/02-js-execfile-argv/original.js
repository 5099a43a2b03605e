const express = require("express");
const { exec } = require("child_process");

const app = express();

app.get("/diag/traceroute", (req, res) => {
  const host = String(req.query.host || "");
  if (!host) {
    return res.status(400).json({ error: "host required" });
  }
  exec("traceroute -m 10 " + host, { timeout: 15000 }, (err, stdout) => { // cg-flaw
    if (err) {
      return res.status(502).json({ error: "traceroute failed" });
    }
    res.type("text").send(stdout);
  });
});

app.listen(3020);
