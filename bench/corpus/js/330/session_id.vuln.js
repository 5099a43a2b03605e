import express from "express";

const app = express();

function newSessionId() {
  const parts = [];
  for (let i = 0; i < 4; i++) parts.push(Math.floor(Math.random() * 0xffffffff).toString(16));  // cg-expect: CWE-330
  return parts.join("");
}

app.post("/login", (req, res) => {
  res.cookie("sid", newSessionId(), { httpOnly: true, secure: true });
  res.end();
});

export default app;
