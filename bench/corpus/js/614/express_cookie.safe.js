const express = require("express");

const app = express();

app.post("/session", (req, res) => {
  const token = req.app.locals.sessions.create(req.body.user);
  res.cookie("session_token", token, { maxAge: 3600000, secure: true, httpOnly: true, sameSite: "lax" });
  res.json({ ok: true });
});

module.exports = app;
