const express = require('express');
const session = require('express-session');
const cookieParser = require('cookie-parser');
const remember = require('./middleware/remember');

const app = express();
app.use(cookieParser());
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true } }));
app.use(remember);

app.get('/me', (req, res) => res.json({ userId: req.session.userId || null }));

app.listen(3000);
