const express = require('express');
const { Client } = require('ldapts');

const router = express.Router();
const LDAP_URL = process.env.LDAP_URL || 'ldaps://ldap.corp.example';

router.post('/api/login', express.json(), async (req, res) => {
  const { username, password } = req.body;
  if (typeof username !== 'string' || typeof password !== 'string' || !password) {
    return res.status(400).json({ error: 'missing credentials' });
  }
  const client = new Client({ url: LDAP_URL });
  const dn = `uid=${username},ou=people,dc=corp,dc=example`;
  try {
    await client.bind(dn, password); // cg-expect: CWE-90
    req.session.user = { uid: username };
    res.json({ ok: true });
  } catch {
    res.status(401).json({ error: 'invalid credentials' });
  } finally {
    await client.unbind();
  }
});

module.exports = router;
