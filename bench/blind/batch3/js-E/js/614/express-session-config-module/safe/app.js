const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const settings = require('./settings');
const redis = require('./redis');

const app = express();
app.set('trust proxy', 1);

app.use(session({
  store: new RedisStore({ client: redis }),
  name: 'app.sid',
  secret: settings.sessionSecret,
  resave: false,
  saveUninitialized: false,
  cookie: settings.sessionCookie,
}));

app.get('/me', (req, res) => res.json({ user: req.session.userId || null }));
app.listen(settings.port);
