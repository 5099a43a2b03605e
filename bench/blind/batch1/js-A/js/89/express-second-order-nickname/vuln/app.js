const express = require('express');
const session = require('express-session');
const profile = require('./profile');
const leaderboard = require('./leaderboard');

const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true, sameSite: 'lax' } }));

app.put('/me/nickname', async (req, res) => {
  await profile.setNickname(req.session.userId, String(req.body.nickname || ''));
  res.sendStatus(204);
});

app.get('/me/rivals', async (req, res) => {
  const me = await profile.get(req.session.userId);
  res.json(await leaderboard.rivalsOf(me));
});

app.listen(3000);
