const express = require("express");
const { execSync } = require("child_process");

const app = express();

app.get("/diag/ping", (req, res) => {
  const host = String(req.query.host || "");
  if (!host) {
    return res.status(400).json({ error: "host required" });
  }
  try {
    const out = execSync("ping -c 2 " + host, { timeout: 5000 }).toString(); // cg-flaw
    res.json({ ok: true, out });
  } catch (err) {
    res.status(502).json({ ok: false, error: String(err.stderr || err.message) });
  }
});

app.listen(3005);
