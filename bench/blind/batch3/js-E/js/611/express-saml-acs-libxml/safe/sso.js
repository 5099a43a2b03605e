const express = require('express');
const { readAssertion } = require('./assertion');

const router = express.Router();
router.use(express.urlencoded({ extended: false, limit: '200kb' }));

router.post('/sso/acs', (req, res) => {
  const xml = Buffer.from(String(req.body.SAMLResponse || ''), 'base64').toString('utf8');
  const assertion = readAssertion(xml);
  if (!assertion.nameId) return res.status(400).send('no subject');
  res.json({ subject: assertion.nameId });
});

module.exports = router;
