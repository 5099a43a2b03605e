const express = require("express");

const app = express();
app.use(express.json());

app.post("/preferences", (req, res) => {
  req.session.theme = req.body.theme === "dark" ? "dark" : "light";
  const role = ["viewer", "editor"].includes(req.body.role) ? req.body.role : "viewer";
  req.session.role = role;
  res.json({ saved: true });
});

module.exports = app;
