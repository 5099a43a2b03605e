const http = require('http');
const express = require('express');
const { WebSocketServer } = require('ws');
const { connectUpstream, quotes } = require('./feed');

const app = express();
app.get('/health', (req, res) => res.json({ ok: true }));

const server = http.createServer(app);
const wss = new WebSocketServer({ server, path: '/quotes' });

quotes.on('quote', (q) => {
  const msg = JSON.stringify(q);
  for (const client of wss.clients) client.send(msg);
});

connectUpstream('wss://feed.marketdata.example/v2/stream');
server.listen(3000);
