const express = require('express');
const session = require('express-session');
const { authenticate } = require('./auth');
const { safeNext } = require('./redirects');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true, sameSite: 'lax' } }));

app.post('/login', async (req, res) => {
  const user = await authenticate(req.body.email, req.body.password);
  if (!user) return res.status(401).render('login', { error: 'Invalid credentials' });
  req.session.userId = user.id;
  res.redirect(safeNext(req.body.next));
});

app.listen(3000);
