const { MongoClient } = require("mongodb");

const client = new MongoClient("mongodb://db:27017");

async function consumeResetToken(req, res) {
  const email = String(req.body.email);
  const token = String(req.body.token);
  const users = client.db("app").collection("users");
  const user = await users.findOneAndUpdate({ email: email, resetToken: token }, { $unset: { resetToken: 1 } });
  res.json({ ok: Boolean(user) });
}

module.exports = { consumeResetToken };
