const express = require('express');
const { authenticate } = require('./auth');
const { createSession, COOKIE_OPTS } = require('./sessions');

const router = express.Router();
router.use(express.urlencoded({ extended: false }));

router.post('/login', async (req, res) => {
  const user = await authenticate(req.body.username, req.body.password);
  if (!user) return res.status(401).send('Invalid login');
  const sid = await createSession(user.id);
  res.cookie('sid', sid, COOKIE_OPTS); // cg-expect: CWE-614
  res.redirect('/home');
});

module.exports = router;
