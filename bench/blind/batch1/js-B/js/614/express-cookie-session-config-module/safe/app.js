const express = require('express');
const cookieSession = require('cookie-session');
const config = require('./config');
const { findCustomer } = require('./customers');

const app = express();
app.set('trust proxy', 1);
app.use(express.urlencoded({ extended: false }));
app.use(cookieSession({ keys: config.sessionKeys, ...config.session }));

app.post('/signin', async (req, res) => {
  const customer = await findCustomer(req.body.email, req.body.password);
  if (!customer) return res.status(401).render('signin', { error: 'Unknown email or wrong password' });
  req.session.customerId = customer.id;
  req.session.tier = customer.loyaltyTier;
  res.redirect('/account');
});

app.get('/account', (req, res) => {
  if (!req.session.customerId) return res.redirect('/signin');
  res.render('account', { tier: req.session.tier });
});

app.post('/signout', (req, res) => {
  req.session = null;
  res.redirect('/');
});

app.listen(config.port);
