const express = require('express');
const session = require('express-session');
const { renderLandingPage, saveLandingPage } = require('./landing');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true, sameSite: 'lax' } }));

app.post('/shops/:shop/landing', async (req, res) => {
  await saveLandingPage(req.params.shop, req.body.markup);
  res.redirect(`/shops/${encodeURIComponent(req.params.shop)}`);
});

app.get('/shops/:shop', async (req, res, next) => {
  try {
    res.type('html').send(await renderLandingPage(req.params.shop));
  } catch (e) {
    next(e);
  }
});

app.listen(3000);
