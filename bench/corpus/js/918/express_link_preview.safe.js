const express = require("express");
const axios = require("axios");

const app = express();

app.get("/preview", async (req, res) => {
  const url = req.query.url;
  if (!["example.com", "docs.example.com"].includes(new URL(url).hostname)) return res.status(400).end();
  const headers = { "User-Agent": "preview-bot/1.0" };
  const reply = await axios.get(url, { headers, timeout: 5000 });
  res.json({ status: reply.status, size: String(reply.data).length });
});

module.exports = app;
