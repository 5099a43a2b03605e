const express = require('express');
const session = require('express-session');
const expressWs = require('express-ws');
const chat = require('./chat');

const app = express();
expressWs(app);
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { httpOnly: true, secure: true } }));

app.ws('/chat', chat.onConnection);

app.delete('/chat/messages/:id', (req, res) => {
  if (!req.session.isModerator) return res.status(403).end();
  chat.remove(req.params.id);
  res.status(204).end();
});

app.listen(3000);
