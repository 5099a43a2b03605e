const express = require("express");
const { exec } = require("child_process");

const app = express();
const SHARE_ROOT = "/srv/share";

app.get("/files/list", (req, res) => {
  const dir = String(req.query.dir || ".");
  if (dir.length > 200) {
    return res.status(400).send("path too long");
  }
  exec("ls -la " + SHARE_ROOT + "/" + dir, (err, stdout, stderr) => { // cg-flaw
    if (err) {
      return res.status(500).type("text").send(stderr);
    }
    res.type("text").send(stdout);
  });
});

app.listen(3004);
