const express = require("express");

const router = express.Router();

router.post("/calculate", express.json(), (req, res) => {
  const { expression } = req.body;
  const cleaned = String(expression).replace(/\s+/g, "");
  const value = Number(cleaned);
  res.json({ value });
});

module.exports = router;
