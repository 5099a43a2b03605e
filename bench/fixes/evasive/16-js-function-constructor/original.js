const express = require("express");

const app = express();
app.use(express.json());

const TAX_RATE = 0.2;

app.post("/quote", (req, res) => {
  const price = Number(req.body.price);
  if (!Number.isFinite(price) || price < 0) {
    return res.status(400).json({ error: "invalid price" });
  }
  const formula = String(req.body.formula || "price");
  const net = eval(formula.replace(/price/g, String(price))); // cg-flaw
  const gross = Math.round(net * (1 + TAX_RATE) * 100) / 100;
  res.json({ net, gross });
});

app.listen(3000);
