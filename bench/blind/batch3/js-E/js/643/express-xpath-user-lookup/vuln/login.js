const express = require('express');
const { checkCredentials } = require('./userstore');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));

router.post('/login', (req, res) => {
  const user = checkCredentials(String(req.body.user || ''), String(req.body.pass || ''));
  if (!user) return res.status(401).send('denied');
  req.session.user = user;
  res.redirect('/');
});

module.exports = router;
