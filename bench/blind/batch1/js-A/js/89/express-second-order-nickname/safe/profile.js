const sqlite3 = require('sqlite3');
const { open } = require('sqlite');

const dbPromise = open({ filename: './game.db', driver: sqlite3.Database });

async function setNickname(userId, nickname) {
  const db = await dbPromise;
  await db.run('UPDATE players SET nickname = ? WHERE id = ?', nickname.slice(0, 40), userId);
}

async function get(userId) {
  const db = await dbPromise;
  return db.get('SELECT id, nickname, score FROM players WHERE id = ?', userId);
}

module.exports = { setNickname, get, dbPromise };
