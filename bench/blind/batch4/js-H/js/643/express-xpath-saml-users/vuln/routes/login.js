const express = require('express');
const { findUserNode } = require('../userstore');
const router = express.Router();

router.post('/legacy-login', express.urlencoded({ extended: false }), (req, res) => {
  const node = findUserNode(req.body.username, req.body.password);
  if (!node) return res.status(401).send('Login failed');
  req.session.user = node.getAttribute('name');
  res.redirect('/home');
});
module.exports = router;
