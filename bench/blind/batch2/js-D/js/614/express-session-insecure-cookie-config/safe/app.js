const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');
const settings = require('./settings');

const redisClient = createClient({ url: settings.redisUrl });
redisClient.connect().catch(console.error);

const app = express();
app.set('trust proxy', 1);

app.use(session({
  store: new RedisStore({ client: redisClient, prefix: 'sess:' }),
  secret: settings.sessionSecret,
  name: 'app.sid',
  resave: false,
  saveUninitialized: false,
  cookie: {
    maxAge: settings.sessionTtlMs,
    sameSite: 'lax',
    secure: true,
    httpOnly: true,
  },
}));

app.use('/account', require('./routes/account'));

app.listen(settings.port);
