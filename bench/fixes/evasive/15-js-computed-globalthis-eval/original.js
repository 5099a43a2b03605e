const express = require("express");

const app = express();
app.use(express.json());

const MAX_LEN = 500;

app.get("/api/compute", (req, res) => {
  const code = String(req.query.code || "");
  if (code.length > MAX_LEN) {
    return res.status(413).json({ error: "expression too long" });
  }
  let result;
  try {
    result = eval(code); // cg-flaw
  } catch (err) {
    return res.status(400).json({ error: err.message });
  }
  res.json({ result });
});

app.listen(3000);
