const express = require("express");
const User = require("./models/user");

const router = express.Router();

router.post("/login", async (req, res) => {
  const username = req.body.username;
  const apiToken = req.body.token;
  const user = await User.findOne({ username, apiToken });  // cg-expect: CWE-943
  if (!user) return res.status(401).json({ ok: false });
  res.json({ ok: true, id: user.id });
});

module.exports = router;
