const express = require('express');
const Hook = require('../models/hook');
const { deliver } = require('../services/delivery');

const router = express.Router();

router.post('/hooks', async (req, res) => {
  const hook = await Hook.create({
    owner: req.user.id,
    url: String(req.body.url),
    event: String(req.body.event),
    transform: String(req.body.transform || 'payload'),
  });
  res.status(201).json({ id: hook.id });
});

router.post('/events/:event/emit', async (req, res) => {
  const hooks = await Hook.find({ event: req.params.event, owner: req.user.id });
  await Promise.all(hooks.map((h) => deliver(h, req.body)));
  res.json({ delivered: hooks.length });
});

module.exports = router;
