const db = require('./db');

async function setTheme(userId, theme) {
  await db.query('UPDATE profiles SET theme = $1 WHERE user_id = $2', [theme, userId]);
}

async function getTheme(userId) {
  const { rows } = await db.query('SELECT theme FROM profiles WHERE user_id = $1', [userId]);
  return rows.length ? rows[0].theme : 'default.css';
}

module.exports = { setTheme, getTheme };
