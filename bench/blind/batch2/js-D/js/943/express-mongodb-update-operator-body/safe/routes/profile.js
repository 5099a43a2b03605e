const express = require('express');
const { ObjectId } = require('mongodb');
const { users } = require('../db');
const { buildUpdate } = require('../lib/profileUpdate');

const router = express.Router();

router.patch('/me', express.json(), async (req, res) => {
  const update = buildUpdate(req.body);
  if (!update) {
    return res.status(400).json({ error: 'nothing to update' });
  }
  const coll = await users();
  await coll.updateOne({ _id: new ObjectId(req.session.userId) }, update);
  const me = await coll.findOne({ _id: new ObjectId(req.session.userId) }, { projection: { passwordHash: 0 } });
  res.json(me);
});

module.exports = router;
