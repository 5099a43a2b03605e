const express = require('express');
const { isBot } = require('./bots');

const app = express();

app.use((req, res, next) => {
  req.isBot = isBot(req.get('user-agent') || '');
  next();
});

app.get('/', (req, res) => res.send(req.isBot ? 'hello bot' : 'hello human'));
app.get('/robots.txt', (req, res) => {
  res.type('text/plain').send('User-agent: *\nDisallow: /admin\n');
});

app.get('/stats', (req, res) => {
  res.json({ bot: req.isBot, at: new Date().toISOString() });
});

app.listen(3000);
