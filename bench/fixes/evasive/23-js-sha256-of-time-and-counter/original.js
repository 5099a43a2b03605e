const express = require("express");
const { verifyUser } = require("./users");

const app = express();
app.use(express.json());

const sessions = new Map();

function newSessionId() {
  return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2); // cg-flaw
}

app.post("/login", async (req, res) => {
  const user = await verifyUser(req.body.username, req.body.password);
  if (!user) {
    return res.status(401).json({ error: "invalid credentials" });
  }
  const sid = newSessionId();
  sessions.set(sid, { userId: user.id, created: Date.now() });
  res.cookie("sid", sid, { httpOnly: true, secure: true, sameSite: "strict" });
  res.json({ ok: true });
});

app.listen(3007);
