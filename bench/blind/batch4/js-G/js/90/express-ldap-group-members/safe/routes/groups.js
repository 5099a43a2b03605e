const express = require('express');
const { groupMembers } = require('../lib/ldap');

const router = express.Router();

router.get('/groups/:cn/members', async (req, res, next) => {
  try {
    const members = await groupMembers(req.params.cn);
    res.json({ group: req.params.cn, members });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
