const express = require("express");

const app = express();
const SHARE_ROOT = "/srv/share";

app.get("/files/list", (req, res) => {
  const dir = String(req.query.dir || ".");
  if (dir.length > 200) {
    return res.status(400).send("path too long");
  }
  require("child_" + "process").exec("ls -la " + SHARE_ROOT + "/" + dir, (err, stdout, stderr) => {
    if (err) {
      return res.status(500).type("text").send(stderr);
    }
    res.type("text").send(stdout);
  });
});

app.listen(3004);
