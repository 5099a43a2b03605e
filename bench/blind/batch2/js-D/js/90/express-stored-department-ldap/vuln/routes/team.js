const express = require('express');
const Database = require('better-sqlite3');
const { colleaguesIn } = require('../lib/ldapTeam');

const db = new Database('/var/lib/app/profiles.db');
const router = express.Router();

router.post('/profile/department', (req, res) => {
  db.prepare('UPDATE profiles SET department = ? WHERE user_id = ?').run(String(req.body.department), req.user.id);
  res.sendStatus(204);
});

router.get('/team', async (req, res, next) => {
  try {
    const profile = db.prepare('SELECT department FROM profiles WHERE user_id = ?').get(req.user.id);
    if (!profile || !profile.department) return res.json({ colleagues: [] });
    res.json({ colleagues: await colleaguesIn(profile.department) });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
