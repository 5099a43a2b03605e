const express = require('express');
const { isTrustedTarget } = require('../lib/targets');
const { consumeAssertion } = require('../services/sso');
const router = express.Router();

router.post('/sso/acs', express.urlencoded({ extended: false }), async (req, res) => {
  const user = await consumeAssertion(req.body.SAMLResponse);
  req.session.userId = user.id;
  const relay = String(req.body.RelayState || '');
  const target = isTrustedTarget(relay) ? relay : 'https://app.example.com/';
  res.redirect(303, target); // cg-expect: CWE-601
});

module.exports = router;
