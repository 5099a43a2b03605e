const express = require("express");
const cookieParser = require("cookie-parser");


const app = express();
app.use(cookieParser());

app.get("/dashboard", (req, res) => {
  const raw = Buffer.from(req.cookies.profile || "", "base64").toString();
  const profile = JSON.parse(raw);
  res.send(`Hello ${profile.username ? "back" : "stranger"}`);
});

module.exports = app;
