const express = require("express");
const path = require("path");
const { execSync } = require("child_process");

const app = express();
app.use(express.json());

const UPLOADS = "/srv/uploads";
const THUMBS = "/srv/thumbs";
const SIZES = new Set(["64x64", "128x128", "256x256"]);

app.post("/thumbnails", (req, res) => {
  const file = String(req.body.file || "");
  const size = String(req.body.size || "128x128");
  if (!SIZES.has(size)) {
    return res.status(400).json({ error: "unsupported size" });
  }
  const out = path.join(THUMBS, size + "-" + path.basename(file));
  execSync("convert " + path.join(UPLOADS, file) + " -resize " + size + " " + out); // cg-flaw
  res.json({ thumbnail: out });
});

app.listen(3012);
