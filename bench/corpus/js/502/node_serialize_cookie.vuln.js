const express = require("express");
const cookieParser = require("cookie-parser");
const serialize = require("node-serialize");

const app = express();
app.use(cookieParser());

app.get("/dashboard", (req, res) => {
  const raw = Buffer.from(req.cookies.profile || "", "base64").toString();
  const profile = serialize.unserialize(raw);  // cg-expect: CWE-502
  res.send(`Hello ${profile.username ? "back" : "stranger"}`);
});

module.exports = app;
