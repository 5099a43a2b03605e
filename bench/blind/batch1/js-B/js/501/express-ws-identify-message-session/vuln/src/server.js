const http = require('http');
const express = require('express');
const session = require('express-session');
const { WebSocketServer } = require('ws');
const { attachChat } = require('./chat');

const app = express();
const sessionParser = session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: true,
  cookie: { httpOnly: true, secure: true, sameSite: 'lax' },
});
app.use(sessionParser);
app.get('/api/whoami', (req, res) => res.json({ userId: req.session.userId || null }));

const server = http.createServer(app);
const wss = new WebSocketServer({ noServer: true });

server.on('upgrade', (req, socket, head) => {
  sessionParser(req, {}, () => {
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });
});

attachChat(wss);
server.listen(8080);
