const express = require("express");
const Order = require("./models/order");

const router = express.Router();

router.post("/orders/cancel", async (req, res) => {
  const reference = String(req.body.reference);
  const customer = req.user.id;
  const result = await Order.updateOne({ reference, customer }, { $set: { status: "cancelled" } });
  res.json({ cancelled: result.modifiedCount });
});

module.exports = router;
