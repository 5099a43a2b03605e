const express = require('express');
const { encryptSsn } = require('../lib/pii');
const settings = require('../settings');
const db = require('../db');
const router = express.Router();

router.post('/applicants', express.urlencoded({ extended: false }), async (req, res) => {
  const ssnEnc = encryptSsn(req.body.ssn, settings.piiKeyHex);
  await db.applicants.insert({ name: req.body.name, ssnEnc });
  res.redirect('/applicants/thanks');
});

module.exports = router;
