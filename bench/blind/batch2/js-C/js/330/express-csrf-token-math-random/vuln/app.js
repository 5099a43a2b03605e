const express = require('express');
const session = require('express-session');
const { csrfProtection } = require('./csrf');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: true, cookie: { secure: true, httpOnly: true } }));
app.use(csrfProtection());

app.get('/transfer', (req, res) => {
  res.send(`<form method="post"><input type="hidden" name="_csrf" value="${res.locals.csrfToken}"><input name="amount"><button>Send</button></form>`);
});

app.post('/transfer', (req, res) => res.send('ok'));

app.listen(3000);
