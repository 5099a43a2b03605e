import crypto from "node:crypto";
import express from "express";

const app = express();

function newSessionId() {
  const parts = [];
  for (let i = 0; i < 4; i++) parts.push(crypto.randomBytes(4).toString("hex"));
  return parts.join("");
}

app.post("/login", (req, res) => {
  res.cookie("sid", newSessionId(), { httpOnly: true, secure: true });
  res.end();
});

export default app;
