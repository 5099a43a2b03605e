const express = require("express");

const router = express.Router();

function makeResetToken() {
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);  // cg-expect: CWE-330
}

router.post("/password/forgot", async (req, res) => {
  const token = makeResetToken();
  await req.app.locals.users.setResetToken(req.body.email, token);
  res.status(202).end();
});

module.exports = router;
