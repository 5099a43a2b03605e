const express = require('express');
const { User } = require('../models');
const { recommendFor } = require('../services/recommend');

const router = express.Router();

router.put('/me/preferences', async (req, res) => {
  const category = String(req.body.favoriteCategory || '').slice(0, 60);
  await User.update({ favoriteCategory: category }, { where: { id: req.session.userId } });
  res.status(204).end();
});

router.get('/me/recommendations', async (req, res) => {
  const user = await User.findByPk(req.session.userId);
  if (!user) return res.sendStatus(401);
  const items = await recommendFor(user);
  res.json({ items });
});

module.exports = router;
