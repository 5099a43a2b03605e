const express = require('express');
const { findPerson } = require('../ldap/directory');
const router = express.Router();

router.get('/directory/person', async (req, res, next) => {
  try {
    const entries = await findPerson(req.query.uid || '');
    res.json(entries);
  } catch (e) { next(e); }
});
module.exports = router;
