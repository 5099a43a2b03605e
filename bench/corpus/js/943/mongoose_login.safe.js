const express = require("express");
const User = require("./models/user");

const router = express.Router();

router.post("/login", async (req, res) => {
  const username = String(req.body.username);
  const apiToken = String(req.body.token);
  const user = await User.findOne({ username, apiToken });
  if (!user) return res.status(401).json({ ok: false });
  res.json({ ok: true, id: user.id });
});

module.exports = router;
