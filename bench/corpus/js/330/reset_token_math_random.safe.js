const crypto = require("crypto");
const express = require("express");

const router = express.Router();

function makeResetToken() {
  return crypto.randomBytes(24).toString("base64url");
}

router.post("/password/forgot", async (req, res) => {
  const token = makeResetToken();
  await req.app.locals.users.setResetToken(req.body.email, token);
  res.status(202).end();
});

module.exports = router;
