const express = require("express");
const crypto = require("crypto");
const { checkPassword } = require("./auth");

const app = express();
app.use(express.urlencoded({ extended: false }));

const store = new Map();

app.post("/login", async (req, res) => {
  const account = await checkPassword(req.body.email, req.body.password);
  if (!account) {
    return res.status(401).send("Wrong email or password");
  }
  const sid = crypto.randomBytes(32).toString("hex");
  store.set(sid, account.id);
  res.cookie("session", sid, { sameSite: "lax", maxAge: 8 * 60 * 60 * 1000 });
  res.redirect("/dashboard");
});

app.listen(3008);
