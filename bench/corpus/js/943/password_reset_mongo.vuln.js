const { MongoClient } = require("mongodb");

const client = new MongoClient("mongodb://db:27017");

async function consumeResetToken(req, res) {
  const { email, token } = req.body;
  const users = client.db("app").collection("users");
  const user = await users.findOneAndUpdate({ email: email, resetToken: token }, { $unset: { resetToken: 1 } });  // cg-expect: CWE-943
  res.json({ ok: Boolean(user) });
}

module.exports = { consumeResetToken };
