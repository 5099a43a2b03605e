const express = require('express');
const { pool } = require('./db');
const { teamRoster } = require('./roster');

const app = express();
app.use(express.json());

// req.user is set by the SSO middleware (not shown)
app.patch('/profile', async (req, res) => {
  const { displayName, team } = req.body;
  await pool.query('UPDATE profiles SET display_name = $1, team = $2 WHERE user_id = $3', [displayName, team, req.user.id]);
  res.sendStatus(204);
});

app.get('/profile/team', async (req, res, next) => {
  try {
    const { rows } = await pool.query('SELECT team FROM profiles WHERE user_id = $1', [req.user.id]);
    res.json(await teamRoster(rows[0]?.team || 'unassigned'));
  } catch (e) {
    next(e);
  }
});

app.listen(3000);
