const express = require("express");

const app = express();
app.use(express.json());

app.post("/notify/preview", (req, res) => {
  const template = String(req.body.template || "");
  const name = String(req.body.name || "customer");
  const items = Array.isArray(req.body.items) ? req.body.items.length : 0;
  if (template.length > 2000) {
    return res.status(413).json({ error: "template too long" });
  }
  let text;
  try {
    text = eval("`" + template + "`"); // cg-flaw
  } catch (err) {
    return res.status(400).json({ error: "bad template" });
  }
  res.json({ preview: text, name, items });
});

app.listen(3003);
