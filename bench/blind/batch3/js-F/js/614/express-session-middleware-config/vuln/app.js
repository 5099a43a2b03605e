const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const redis = require('./redisClient');
const routes = require('./routes');

const app = express();
app.set('trust proxy', 1);
app.use(session({ store: new RedisStore({ client: redis }), secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: false, httpOnly: false, maxAge: 86400000 } })); // cg-expect: CWE-614
app.use(routes);
module.exports = app;
