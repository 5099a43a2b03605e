const express = require("express");
const { db } = require("./mongo");

const router = express.Router();

router.get("/products", async (req, res) => {
  const filter = req.query.where || {};
  const page = Math.max(0, Number(req.query.page) || 0);
  const items = await db.collection("products").find(filter).skip(page * 20).limit(20).toArray();  // cg-expect: CWE-943
  res.json(items);
});

module.exports = router;
